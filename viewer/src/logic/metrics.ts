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

import betweenness from 'graphology-metrics/centrality/betweenness';
import { communities, pagerankScores } from './display.ts';
import type { RelataGraph } from './model.ts';

/**
 * Above this many nodes betweenness is not computed: exact Brandes costs O(nodes × edges),
 * graphology-metrics has no sampled variant, and a hand-made one would need a shortest-path
 * library relata does not depend on.
 */
export const BETWEENNESS_MAX_NODES = 2_000;

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
   * strength, not a distance). Absent above BETWEENNESS_MAX_NODES.
   */
  betweenness?: number;
  /** 1 for the largest community, then by decreasing size, as the legend lists them. */
  community: number;
}

/** A plain object, so it crosses the worker boundary as is. */
export type Metrics = Record<string, NodeMetrics>;

export function computeMetrics(graph: RelataGraph): Metrics {
  const ranks = pagerankScores(graph);
  const { membership } = communities(graph);
  const between = graph.order <= BETWEENNESS_MAX_NODES ? betweenness(graph, { getEdgeWeight: null, normalized: true }) : null;
  const metrics: Metrics = {};
  graph.forEachNode((node) => {
    metrics[node] = {
      inDegree: graph.inDegree(node),
      outDegree: graph.outDegree(node),
      weightedDegree: graph.reduceEdges(node, (sum, _, attrs) => sum + attrs.weight, 0),
      pagerank: ranks[node],
      ...(between && { betweenness: between[node] }),
      community: membership.get(node)! + 1,
    };
  });
  return metrics;
}

/** Three significant digits, as the table and the details panel show a PageRank or a betweenness. */
export const roundMetric = (value: number): number => Number(value.toPrecision(3));
