/**
 * One graph as the viewer holds it: fetched (with the version the server gave it) or opened
 * from a file, then prepared once: its index, curvatures, timeline, legend counts, documents,
 * attributes; and what is computed later for it (metrics, the changes mode's view).
 */

import { PREDICATES, type Predicate } from '../../src/types.ts';
import { nodeAttributes, type Attribute } from './logic/appearance.ts';
import type { ChangeView } from './logic/changes.ts';
import { evidenceByMonth } from './logic/filters.ts';
import type { Metrics } from './logic/metrics.ts';
import {
  DEFAULT_NODE_COLOR,
  indexGraph,
  NODE_TYPES,
  type DocumentRecord,
  type GraphIndex,
  type NodeType,
  type RelataGraph,
} from './logic/model.ts';
import { formatOf, parseGraph } from './logic/open.ts';
import { parallelCurvatures } from './logic/reducers.ts';
import { versionOf } from './ui/rebuilt-notice.ts';

/** What the panels and reducers derive from one graph. */
export interface Loaded {
  graph: RelataGraph;
  index: GraphIndex;
  curvatures: Map<string, number>;
  timeline: [string, number][];
  typeStats: { type: NodeType; color: string; count: number }[];
  predicateStats: { predicate: Predicate; count: number }[];
  documents: DocumentRecord[];
  hasEvidence: boolean;
  /** What colour, size and range filters can stand for. */
  attributes: Attribute[];
  /** From the worker (or this thread, see view.ts), null until computed. */
  metrics: Metrics | null;
  metricsError: string | null;
  /** The changes mode's view, for the date it was computed for. */
  changes?: { since: string; view: ChangeView };
  /** The graph relata's server serves (not a file opened): its /api/diff knows the store's snapshots. */
  served: boolean;
}

/** The graph at `url`, and the version the server gave it (ui/rebuilt-notice.ts). */
export async function loadGraph(url: string): Promise<{ graph: RelataGraph; version: string | null }> {
  const response = await fetch(url, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return {
    graph: parseGraph(await response.text(), formatOf(new URL(url, location.href).pathname) ?? 'json'),
    version: versionOf(response.headers),
  };
}

export function prepare(graph: RelataGraph, served = false): Loaded {
  const index = indexGraph(graph);
  const typeCounts = new Map<string, number>();
  graph.forEachNode((_, attrs) => typeCounts.set(attrs.type, (typeCounts.get(attrs.type) ?? 0) + 1));
  const predicateCounts = new Map<string, number>();
  graph.forEachEdge((_, attrs) =>
    predicateCounts.set(attrs.predicate, (predicateCounts.get(attrs.predicate) ?? 0) + 1),
  );
  return {
    graph,
    index,
    curvatures: parallelCurvatures(graph),
    timeline: evidenceByMonth(graph, index),
    typeStats: NODE_TYPES.filter((type) => typeCounts.has(type)).map((type) => ({
      type,
      count: typeCounts.get(type)!,
      color:
        type === 'unknown'
          ? DEFAULT_NODE_COLOR
          : graph.getNodeAttribute(
              graph.findNode((_, a) => a.type === type),
              'color',
            ),
    })),
    predicateStats: PREDICATES.flatMap((predicate) =>
      predicateCounts.has(predicate) ? [{ predicate, count: predicateCounts.get(predicate)! }] : [],
    ),
    hasEvidence: graph.someEdge((_, attrs) => attrs.evidence.length > 0),
    documents: [...index.documents.values()].sort(
      (a, b) => (a.date ?? '').localeCompare(b.date ?? '') || (a.title ?? a.id).localeCompare(b.title ?? b.id),
    ),
    attributes: nodeAttributes(graph),
    served,
    metrics: null,
    metricsError: null,
  };
}
