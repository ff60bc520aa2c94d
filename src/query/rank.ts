/** Rankings: the most connected, most central or best attested entities. */
import pagerankImport from 'graphology-metrics/centrality/pagerank.js';
import { cjsDefault } from '../cjs.ts';
import { compareStrings, type RelataGraph } from '../graph/model.ts';
import type { EntityType } from '../types.ts';

const pagerank = cjsDefault(pagerankImport);

export interface TopOptions {
  /** degree: number of relations; pagerank: weighted by evidence; evidence: supporting sentences over all relations. */
  by?: 'degree' | 'pagerank' | 'evidence';
  type?: EntityType;
  /** Default 10. */
  limit?: number;
}

export interface Ranked {
  key: string;
  label: string;
  type: EntityType;
  score: number;
}

export function topEntities(graph: RelataGraph, options: TopOptions = {}): Ranked[] {
  const { by = 'degree', limit = 10 } = options;
  let score: (node: string) => number;
  if (by === 'pagerank') {
    const ranks = graph.order ? pagerank(graph, { getEdgeWeight: 'weight' }) : {};
    score = (node) => Math.round(ranks[node]! * 1e6) / 1e6;
  } else if (by === 'evidence') {
    score = (node) => {
      let n = 0;
      graph.forEachEdge(node, (_, a) => (n += a.weight));
      return n;
    };
  } else score = (node) => graph.degree(node);
  const rows: Ranked[] = [];
  graph.forEachNode((key, a) => {
    if (!options.type || a.type === options.type) rows.push({ key, label: a.label, type: a.type, score: score(key) });
  });
  return rows
    .sort((a, b) => b.score - a.score || compareStrings(a.label, b.label) || compareStrings(a.key, b.key))
    .slice(0, limit);
}
