/**
 * What the drawing of a graph depends on: its size (a big graph is drawn for speed), Louvain
 * communities and PageRank (seeded, so the same on every load; logic/metrics.ts makes them
 * values, logic/appearance.ts colours and sizes).
 */

import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank';
import type { RelataGraph } from './model.ts';

/**
 * Above this many relations the graph is big, and drawn for speed: every edge straight (no
 * curves for parallel edges, logic/reducers.ts), the nodes a frame before the edges (main.ts),
 * and only the nodes while the camera moves.
 */
export const BIG_GRAPH_EDGES = 20_000;

export const isBigGraph = (edges: number): boolean => edges > BIG_GRAPH_EDGES;

/** Sigma's settings for moving the camera: on a big graph, edges and labels are hidden while it moves and drawn once it stops. */
export const movementSettings = (edges: number): { hideEdgesOnMove: boolean; hideLabelsOnMove: boolean } => {
  const big = isBigGraph(edges);
  return { hideEdgesOnMove: big, hideLabelsOnMove: big };
};

/** One colour per community, largest first; smaller communities share the last, neutral one. */
export const COMMUNITY_PALETTE = [
  '#4e79a7',
  '#e15759',
  '#59a14f',
  '#f28e2b',
  '#b07aa1',
  '#76b7b2',
  '#edc948',
  '#ff9da7',
  '#9c755f',
  '#3b3eac',
  '#b6992d',
  '#a0a8b3',
];

/** mulberry32: a small seeded generator, so Louvain gives the same communities on every load. */
export function seededRng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Community {
  color: string;
  /** The label of its largest node (stored size), to name it in the legend. */
  label: string;
  size: number;
}

export interface Communities {
  colors: Map<string, string>;
  /** Each node's community: its position in `list`. */
  membership: Map<string, number>;
  /** Largest first. */
  list: Community[];
}

export function communities(graph: RelataGraph, seed = 42): Communities {
  const louvainOf = louvain(graph, { getEdgeWeight: 'weight', rng: seededRng(seed) });
  const members = new Map<number, string[]>();
  graph.forEachNode((node) => {
    const group = members.get(louvainOf[node]!);
    if (group) group.push(node);
    else members.set(louvainOf[node]!, [node]);
  });
  const bySize = (nodes: string[]) =>
    nodes.reduce((a, b) => (graph.getNodeAttribute(b, 'size') > graph.getNodeAttribute(a, 'size') ? b : a));
  const groups = [...members.values()]
    .map((nodes) => ({ nodes, top: bySize(nodes) }))
    .sort((a, b) => b.nodes.length - a.nodes.length || (a.top < b.top ? -1 : 1));
  const colors = new Map<string, string>();
  const membership = new Map<string, number>();
  const list = groups.map(({ nodes, top }, i) => {
    const color = COMMUNITY_PALETTE[Math.min(i, COMMUNITY_PALETTE.length - 1)]!;
    nodes.forEach((node) => {
      colors.set(node, color);
      membership.set(node, i);
    });
    return { color, label: graph.getNodeAttribute(top, 'label'), size: nodes.length };
  });
  return { colors, membership, list };
}

/** PageRank with the edges' weights (evidence counts), summing to 1: the metrics' (logic/metrics.ts). */
export const pagerankScores = (graph: RelataGraph): Record<string, number> =>
  pagerank(graph, { getEdgeWeight: 'weight', maxIterations: 500 });

/** Room left around what a camera frames, as a share of its width or height. */
export const FRAME_MARGIN = 0.3;

/**
 * The camera that frames some points of sigma's framed coordinates (the graph fits [0, 1]),
 * or null for none: centred on their box, which it shows with FRAME_MARGIN around (and at
 * least a tenth of the graph, so that one node is not drawn huge).
 */
export function frameOf(points: Iterable<{ x: number; y: number }>): { x: number; y: number; ratio: number } | null {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { x, y } of points) {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  if (x0 > x1) return null;
  return { x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio: Math.max(0.1, Math.max(x1 - x0, y1 - y0) * (1 + FRAME_MARGIN)) };
}
