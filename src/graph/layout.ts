/**
 * Deterministic ForceAtlas2, then noverlap: starting positions come from a hash of the node
 * key, the layout runs a fixed number of iterations over a copy whose nodes and edges are
 * inserted in key order, and coordinates are rounded, so the same graph always gets the same bytes.
 */
import { MultiDirectedGraph } from 'graphology';
import forceAtlas2Import from 'graphology-layout-forceatlas2';
import noverlapImport from 'graphology-layout-noverlap';
import { cjsDefault } from '../cjs.ts';
import { compareStrings, type RelataGraph } from './model.ts';
import { round2 } from './style.ts';

const forceAtlas2 = cjsDefault(forceAtlas2Import);
const noverlap = cjsDefault(noverlapImport);

/** 200 iterations under 1k nodes, fewer above (FA2 with Barnes-Hut costs ~0.1 s per iteration at 10k nodes). */
export function defaultIterations(order: number): number {
  return order < 1_000 ? 200 : order < 5_000 ? 100 : 50;
}

/** FNV-1a (32 bits), mapped to [-1, 1). */
function hashUnit(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0) / 2 ** 31 - 1;
}

/** Set `x`, `y` on every node. */
export function layoutGraph(graph: RelataGraph, iterations = defaultIterations(graph.order)): void {
  if (graph.order === 0) return;
  const copy = new MultiDirectedGraph<{ x: number; y: number; size?: number }, { weight: number }>();
  const spread = 10 * Math.sqrt(graph.order);
  for (const node of graph.nodes().sort(compareStrings)) {
    copy.addNode(node, { x: spread * hashUnit(`x:${node}`), y: spread * hashUnit(`y:${node}`) });
  }
  for (const edge of graph.edges().sort(compareStrings)) {
    copy.addDirectedEdgeWithKey(edge, graph.source(edge), graph.target(edge), { weight: graph.getEdgeAttribute(edge, 'weight') });
  }
  // inferSettings turns Barnes-Hut on only above 2k nodes; from 500 it is already several times faster.
  const settings = { ...forceAtlas2.inferSettings(copy), barnesHutOptimize: copy.order > 500 };
  forceAtlas2.assign(copy, { iterations, settings, getEdgeWeight: 'weight' });
  // then spread nodes that sit on each other, so labels have room (noverlap reads size as a radius)
  copy.forEachNode((node, attrs) => (attrs.size = graph.getNodeAttribute(node, 'size') * 2));
  noverlap.assign(copy, { maxIterations: 150, settings: { margin: 12, ratio: 1.5, expansion: 1.1, gridSize: Math.max(20, Math.ceil(Math.sqrt(copy.order))) } });
  copy.forEachNode((node, { x, y }) => graph.mergeNodeAttributes(node, { x: round2(x), y: round2(y) }));
}
