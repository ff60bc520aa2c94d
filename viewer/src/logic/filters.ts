/**
 * Filters are data: a FilterSpec says what to show, and the library's evaluator
 * (src/query/filter.ts: `evidenceTest`, `keptEvidence`) decides, per edge, whether it passes;
 * here, the nodes and edges shown follow. The viewer applies the result through sigma's
 * reducers (hidden); the loaded graph is never edited.
 *
 * Evidence-level criteria (modality, dates, documents) pick the evidence that counts; an
 * edge is shown when enough of its evidence counts (minEvidence, minDocs, at least one) and
 * both its ends pass the type filter. An edge without evidence records (from another tool's
 * file) is judged by its predicate and its ends only.
 */

import { evidenceTest, keptEvidence, type FilterSpec as SharedFilterSpec } from '../../../src/query/filter.ts';
import { evidenceDoc } from '../../../src/query/lookup.ts';
import type { EdgeAttrs, Evidence, GraphIndex, NodeAttrs, NodeType, RelataGraph } from './model.ts';

/** The library's filter spec (src/query/filter.ts), with the viewer's `unknown` type for other tools' graphs. */
export type FilterSpec = SharedFilterSpec<NodeType>;

/** Facts only: hypothetical and negated evidence is hidden until asked for. */
export const DEFAULT_FILTER: FilterSpec = { modalities: ['asserted', 'reported'] };

/** The evidence of an edge that counts under the spec's evidence-level criteria. */
export function countedEvidence(attrs: EdgeAttrs, spec: FilterSpec, index: GraphIndex): Evidence[] {
  const test = evidenceTest(spec, index);
  return test ? attrs.evidence.filter(test) : attrs.evidence;
}

function nodeVisible(attrs: NodeAttrs, spec: FilterSpec): boolean {
  return !spec.types || spec.types.includes(attrs.type);
}

/** Whether an edge passes the spec, its ends aside (see visibleEdges). */
export function edgeVisible(attrs: EdgeAttrs, spec: FilterSpec, index: GraphIndex): boolean {
  return keptEvidence(attrs, spec, evidenceTest(spec, index), index) !== undefined;
}

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

/** The nodes and edges the spec shows: nodes by type, edges by edgeVisible and both ends shown. */
export function visibleEdges(graph: RelataGraph, spec: FilterSpec, index: GraphIndex): Visibility {
  const nodes = new Set(graph.filterNodes((_, attrs) => nodeVisible(attrs, spec)));
  const test = evidenceTest(spec, index);
  const edges = new Set(
    graph.filterEdges(
      (_, attrs, source, target) =>
        nodes.has(source) && nodes.has(target) && keptEvidence(attrs, spec, test, index) !== undefined,
    ),
  );
  return { nodes, edges };
}

/** A new graph holding only what is visible (for export); attributes are shared, not copied. */
export function visibleSubgraph(graph: RelataGraph, visibility: Visibility): RelataGraph {
  const sub = graph.nullCopy();
  visibility.nodes.forEach((node) => sub.addNode(node, graph.getNodeAttributes(node)));
  visibility.edges.forEach((edge) =>
    sub.addEdgeWithKey(edge, graph.source(edge), graph.target(edge), graph.getEdgeAttributes(edge)),
  );
  return sub;
}

/** Evidence sentences per month (`YYYY-MM`) across all edges, sorted by month: the timeline's data. */
export function evidenceByMonth(graph: RelataGraph, index: GraphIndex): [month: string, count: number][] {
  const counts = new Map<string, number>();
  graph.forEachEdge((_, attrs) => {
    for (const ev of attrs.evidence) {
      const month = evidenceDoc(ev, index)?.date?.slice(0, 7);
      if (month && month.length === 7) counts.set(month, (counts.get(month) ?? 0) + 1);
    }
  });
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1));
}

/** Toggle a value in an optional "absent = all" list: the result lists what stays shown. */
export function toggleIn<T extends string>(
  list: readonly T[] | undefined,
  all: readonly T[],
  value: T,
): T[] | undefined {
  const current = list ?? all;
  const next = current.includes(value)
    ? current.filter((v) => v !== value)
    : all.filter((v) => v === value || current.includes(v));
  return next.length === all.length ? undefined : next;
}
