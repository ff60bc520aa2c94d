/**
 * Metrics as values, per node: in- and out-degree, weighted degree, PageRank, betweenness and
 * Louvain community, as Gephi Lite lists them. The browser computes them in a web worker
 * (metrics.worker.ts) and shows them in the details panel and the entities table.
 *
 * They are the whole graph's, not recomputed under the filters: a value does not move when a
 * filter changes, the worker runs once per graph, and the table's own degree column is the one
 * that counts the visible relations. PageRank and communities are display.ts's, so a node's
 * community number is its position in the legend of the community colour mode.
 */

import { DirectedGraph } from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness';
import { communities, pagerankScores, seededRng } from './display.ts';
import type { RelataGraph } from './model.ts';

/**
 * Up to this many nodes betweenness is exact: Brandes' algorithm from every node, which costs
 * O(nodes × (nodes + edges)).
 */
export const BETWEENNESS_MAX_NODES = 2_000;

/**
 * Above BETWEENNESS_MAX_NODES betweenness is estimated from this many source nodes (pivots)
 * instead of all of them, so its cost is O(pivots × (nodes + edges)): with 200, a random
 * 20,000-node, 100,000-edge graph takes 0.6 s in Node (the worker's engine is the same order).
 * The estimate finds the hubs and brokers a news graph has (on a 2,000-node preferential-attachment
 * graph: the same top node, 9 of the exact top 10, their values off by 14 % on average) but not
 * the order of near-equal nodes (on a 2,000-node uniform random graph, rank correlation 0.86).
 */
export const BETWEENNESS_PIVOTS = 200;

/**
 * Above this many nodes betweenness is not computed at all, not even sampled: each pivot is a
 * breadth-first search over the whole graph, and the searches slow down faster than the graph
 * grows (200 pivots on 5 edges a node: 1.9 s at 50,000 nodes, 7 s at 100,000, 23 s at 200,000),
 * while PageRank and communities, posted with it, wait.
 */
export const BETWEENNESS_SAMPLED_MAX_NODES = 100_000;

/** The seed of the pivots' draw, so a graph gets the same estimate every time it is opened. */
const BETWEENNESS_SEED = 1;

/** Whether a graph of this many nodes gets a sampled (approximate) betweenness, to say so. */
export const betweennessSampled = (nodes: number): boolean =>
  nodes > BETWEENNESS_MAX_NODES && nodes <= BETWEENNESS_SAMPLED_MAX_NODES;

export interface NodeMetrics {
  inDegree: number;
  outDegree: number;
  /** Sum of the `weight` (evidence count) of the node's relations, both ways. */
  weightedDegree: number;
  /** Sums to 1 over the graph. */
  pagerank: number;
  /**
   * Normalised (share of the ordered pairs of other nodes whose shortest paths go through it),
   * paths counted in relations followed in their direction, weights ignored (a weight is a
   * strength, not a distance). Exact up to BETWEENNESS_MAX_NODES, estimated from
   * BETWEENNESS_PIVOTS sources above (see betweennessSampled), absent above
   * BETWEENNESS_SAMPLED_MAX_NODES.
   */
  betweenness?: number;
  /** 1 for the largest community, then by decreasing size, as the legend lists them. */
  community: number;
}

/** A plain object, so it crosses the worker boundary as is. */
export type Metrics = Record<string, NodeMetrics>;

/** What metrics.worker.ts posts back: the metrics, or the message of the error that stopped them. */
export type MetricsMessage = { metrics: Metrics } | { error: string };

/** The thresholds of computeMetrics, to be lowered in tests; the defaults are the constants above. */
export interface MetricsOptions {
  exactMaxNodes?: number;
  sampledMaxNodes?: number;
  pivots?: number;
  seed?: number;
}

/**
 * Betweenness estimated from `pivots` source nodes drawn without replacement by seededRng(seed)
 * (Brandes & Pich 2007; Bader et al. 2007): the dependencies accumulated from the sampled sources
 * are scaled by nodes / pivots, an unbiased estimate of their sum over all sources, then
 * normalised as graphology-metrics' betweenness with { getEdgeWeight: null, normalized: true }
 * is, by 1 / ((n - 1)(n - 2)). Paths follow relations in their direction (out-neighbours, as its
 * index does), parallel relations count once and self-loops not at all. With as many pivots as
 * nodes it is the exact value.
 *
 * The breadth-first searches are Brandes' (2001) on typed arrays rather than
 * graphology-shortest-path's indexed routine, which graphology-metrics uses: that one allocates
 * an array of predecessors per node and per source, and the garbage collector makes it
 * superlinear (200 pivots, in Node: 1 s at 20,000 nodes, 19 s at 50,000, 2 min at 200,000); and its
 * graphology-indices neighbourhood index gives the last node phantom relations to the first when
 * a multigraph has parallel relations. Here dependencies are accumulated from successors, found
 * again by distance, so no predecessor lists are kept.
 */
export function sampledBetweenness(graph: RelataGraph, pivots: number, seed: number): Record<string, number> {
  const nodes = graph.nodes();
  const n = nodes.length;
  if (n === 0) return {};
  const k = Math.max(1, Math.min(n, Math.floor(pivots)));

  // Out-neighbourhoods as compressed rows: node i's are adjacency[starts[i]..starts[i + 1]).
  const ids = new Map<string, number>();
  nodes.forEach((node, i) => ids.set(node, i));
  const starts = new Uint32Array(n + 1);
  const adjacency: number[] = [];
  for (let i = 0; i < n; i++) {
    starts[i] = adjacency.length;
    for (const neighbour of graph.outboundNeighbors(nodes[i]))
      if (neighbour !== nodes[i]) adjacency.push(ids.get(neighbour)!);
  }
  starts[n] = adjacency.length;
  const neighbours = Uint32Array.from(adjacency);

  // The first k of a seeded partial Fisher–Yates shuffle, sorted: same draw, better locality.
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const rng = seededRng(seed);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng() * (n - i));
    const swap = order[i]!;
    order[i] = order[j]!;
    order[j] = swap;
  }
  const sources = order.slice(0, k).sort();

  const distance = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n); // shortest-path counts overflow 32 bits on large graphs
  const delta = new Float64Array(n);
  const visited = order; // reused: nodes in the order the search reaches them
  const centralities = new Float64Array(n);
  for (const source of sources) {
    distance[source] = 0;
    sigma[source] = 1;
    visited[0] = source;
    let reached = 1;
    for (let head = 0; head < reached; head++) {
      const v = visited[head]!;
      const next = distance[v]! + 1;
      for (let j = starts[v]!; j < starts[v + 1]!; j++) {
        const w = neighbours[j]!;
        if (distance[w]! < 0) {
          distance[w] = next;
          visited[reached++] = w;
        }
        if (distance[w] === next) sigma[w]! += sigma[v]!;
      }
    }
    // Farthest first: a node's dependency is the sum over its successors x of σ(w) / σ(x) (1 + δ(x)).
    for (let i = reached - 1; i >= 0; i--) {
      const w = visited[i]!;
      const next = distance[w]! + 1;
      let sum = 0;
      for (let j = starts[w]!; j < starts[w + 1]!; j++) {
        const x = neighbours[j]!;
        if (distance[x] === next) sum += (1 + delta[x]!) / sigma[x]!;
      }
      delta[w] = sigma[w]! * sum;
      if (w !== source) centralities[w]! += delta[w]!;
    }
    for (let i = 0; i < reached; i++) {
      const w = visited[i]!;
      distance[w] = -1;
      sigma[w] = 0;
      delta[w] = 0;
    }
  }

  const scale = (n / k) * (n <= 2 ? 1 : 1 / ((n - 1) * (n - 2)));
  const result: Record<string, number> = {};
  for (let i = 0; i < n; i++) result[nodes[i]!] = centralities[i]! * scale;
  return result;
}

/**
 * graphology-metrics' exact betweenness ({ getEdgeWeight: null, normalized: true }) on a copy of
 * the graph with parallel relations merged: on a multigraph with parallel relations its
 * neighbourhood index (graphology-indices 0.17) gives the last node phantom relations to the
 * first, while a relation's repetition should not change a shortest path.
 */
export function exactBetweenness(graph: RelataGraph): Record<string, number> {
  const simple = new DirectedGraph();
  graph.forEachNode((node) => simple.addNode(node));
  graph.forEachEdge((_, __, source, target) => simple.mergeEdge(source, target));
  return betweenness(simple, { getEdgeWeight: null, normalized: true });
}

export function computeMetrics(graph: RelataGraph, options: MetricsOptions = {}): Metrics {
  const {
    exactMaxNodes = BETWEENNESS_MAX_NODES,
    sampledMaxNodes = BETWEENNESS_SAMPLED_MAX_NODES,
    pivots = BETWEENNESS_PIVOTS,
    seed = BETWEENNESS_SEED,
  } = options;
  const ranks = pagerankScores(graph);
  const { membership } = communities(graph);
  const between =
    graph.order <= exactMaxNodes
      ? exactBetweenness(graph)
      : graph.order <= sampledMaxNodes
        ? sampledBetweenness(graph, pivots, seed)
        : null;
  const metrics: Metrics = {};
  graph.forEachNode((node) => {
    metrics[node] = {
      inDegree: graph.inDegree(node),
      outDegree: graph.outDegree(node),
      weightedDegree: graph.reduceEdges(node, (sum, _, attrs) => sum + attrs.weight, 0),
      pagerank: ranks[node]!,
      ...(between && { betweenness: between[node] }),
      community: membership.get(node)! + 1,
    };
  });
  return metrics;
}

/**
 * What the worker posts for a computation (computeMetrics and whatever builds its graph): the
 * metrics, or the error's message if it throws, so the page can say so instead of waiting.
 */
export function metricsMessage(compute: () => Metrics): MetricsMessage {
  try {
    return { metrics: compute() };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** Three significant digits, as the table and the details panel show a PageRank or a betweenness. */
export const roundMetric = (value: number): number => Number(value.toPrecision(3));
