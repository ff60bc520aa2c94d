/**
 * The benchmark's baseline (viewer/bench/first-render.ts): graph.json drawn by sigma with its
 * defaults and nothing else. relata's node `type` is the entity type, which sigma would take
 * for a program name, so it is dropped; then the same test hook as the viewer's, set once the
 * constructor has drawn.
 */

import Graph from 'graphology';
import Sigma from 'sigma';

async function main(): Promise<void> {
  const data = await (await fetch('graph.json')).json();
  for (const node of data.nodes) delete node.attributes.type;
  const graph = Graph.from(data);
  const sigma = new Sigma(graph, document.getElementById('graph')!);
  (window as unknown as { __relata: object }).__relata = { sigma, graph, state: { firstRenderMs: performance.now() } };
}

void main();
