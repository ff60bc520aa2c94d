/** The hand-written e2e fixture graph, loaded the way the viewer loads it. */

import { readFileSync } from 'node:fs';
import { MultiDirectedGraph } from 'graphology';
import { indexGraph, type RelataGraph } from '../../viewer/src/logic/model.ts';

export const FIXTURE = new URL('../e2e/fixtures/graph/graph.json', import.meta.url);

export function loadFixture() {
  const graph: RelataGraph = new MultiDirectedGraph();
  graph.import(JSON.parse(readFileSync(FIXTURE, 'utf8')));
  return { graph, index: indexGraph(graph) };
}
