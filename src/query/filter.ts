/**
 * Filters are data. `FilterSpec` is the one serialisable shape behind the viewer's panels,
 * the library's `subgraph` and the CLI, and `evidenceTest` and `keptEvidence` the one
 * evaluator, which the viewer uses too.
 *
 * Evidence-level criteria (modalities, from/to dates, docs) pick the evidence that counts;
 * an edge passes when enough of its evidence counts (at least one, `minEvidence`, `minDocs`),
 * its predicate is listed and both its ends have a listed type. An edge without evidence
 * records (from another tool's file, in the viewer) is judged by its predicate and its ends only.
 */
import { deriveEdge, deriveNode, documentDates } from '../graph/derive.ts';
import { compareStrings, createGraph, sortedAliases, type Evidence, type RelataGraph } from '../graph/model.ts';
import type { EntityType, Modality, Predicate } from '../types.ts';
import { buildIndex, evidenceDoc, type DocumentIndex, type GraphIndex } from './lookup.ts';

export interface FilterSpec<Type extends string = EntityType> {
  /** Entity types kept; absent = all. (The viewer adds `unknown`, for other tools' graphs.) */
  types?: Type[];
  /** Predicates kept; absent = all. */
  predicates?: Predicate[];
  /** Evidence modalities that count; absent = all. */
  modalities?: Modality[];
  /** Minimum number of counted evidence sentences per edge. */
  minEvidence?: number;
  /** Minimum number of distinct documents among the counted evidence. */
  minDocs?: number;
  /** Earliest document date (ISO 8601, `2024-08` or `2024-08-12`), inclusive. */
  from?: string;
  /** Latest document date, inclusive (`2024-08` includes the whole month). */
  to?: string;
  /** Only evidence from these documents counts. */
  docs?: string[];
}

/** Whether an ISO date (possibly partial) falls in [from, to], comparing at the precision of each bound. */
export function dateInRange(date: string | undefined, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  if (from && date.slice(0, from.length) < from) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}

export const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

const asList = <T>(v: T | T[] | undefined): T[] | undefined =>
  v === undefined ? undefined : Array.isArray(v) ? v : [v];

/** The evidence criteria of `match` and `query` options (single values or lists) as a FilterSpec. */
export function evidenceSpec(o: {
  modality?: Modality | Modality[];
  from?: string;
  to?: string;
  doc?: string | string[];
}): FilterSpec {
  return { modalities: asList(o.modality), from: o.from, to: o.to, docs: asList(o.doc) };
}

/** The evidence-level part of a spec, precompiled; undefined when every item counts. */
export type EvidenceTest = (ev: Evidence) => boolean;

export function evidenceTest(
  spec: Pick<FilterSpec<string>, 'modalities' | 'from' | 'to' | 'docs'>,
  index: DocumentIndex<{ id: string; date?: string }>,
): EvidenceTest | undefined {
  const { modalities, from, to } = spec;
  const docs = spec.docs && new Set(spec.docs);
  if (!modalities && !from && !to && !docs) return undefined;
  return (ev) => {
    if (modalities && !modalities.includes(ev.modality)) return false;
    if (!from && !to && !docs) return true;
    const doc = evidenceDoc(ev, index);
    if (docs && !(doc && docs.has(doc.id))) return false;
    return dateInRange(doc?.date, from, to);
  };
}

/**
 * The evidence of an edge that counts under the spec, or undefined when the edge does not pass
 * (its ends aside: types are the caller's). `test` is `evidenceTest(spec, index)`, compiled once.
 */
export function keptEvidence(
  edge: { predicate: Predicate; evidence: Evidence[] },
  spec: FilterSpec<string>,
  test: EvidenceTest | undefined,
  index: DocumentIndex<{ id: string; date?: string }>,
): Evidence[] | undefined {
  if (spec.predicates && !spec.predicates.includes(edge.predicate)) return undefined;
  if (edge.evidence.length === 0) return edge.evidence;
  const counted = test ? edge.evidence.filter(test) : edge.evidence;
  if (counted.length === 0 || counted.length < (spec.minEvidence ?? 1)) return undefined;
  if (spec.minDocs && spec.minDocs > 1) {
    const docs = new Set(counted.map((ev) => evidenceDoc(ev, index)?.id ?? ev.sentence));
    if (docs.size < spec.minDocs) return undefined;
  }
  return counted;
}

/** The counted evidence of each edge that passes the spec. */
export function filterEdges(
  graph: RelataGraph,
  spec: FilterSpec,
  index: GraphIndex = buildIndex(graph),
): Map<string, Evidence[]> {
  const test = evidenceTest(spec, index);
  const types = spec.types && new Set(spec.types);
  const kept = new Map<string, Evidence[]>();
  graph.forEachEdge((key, a, _source, _target, sa, ta) => {
    if (types && !(types.has(sa.type) && types.has(ta.type))) return;
    const counted = keptEvidence(a, spec, test, index);
    if (counted) kept.set(key, counted);
  });
  return kept;
}

/** A new graph holding what the spec keeps (see `sliceGraph`). */
export function applyFilter(graph: RelataGraph, spec: FilterSpec, index?: GraphIndex): RelataGraph {
  return sliceGraph(graph, filterEdges(graph, spec, index));
}

/**
 * A new, self-contained relata graph: the given edges with only the given evidence, their end
 * nodes, and the documents and sentences that evidence cites. Edge statistics and node
 * aliases, mentions and docs are re-derived from the kept evidence (by graph/derive.ts's
 * `deriveNode`, then sorted); positions, sizes and colours are kept. The source graph is not modified.
 */
export function sliceGraph(graph: RelataGraph, edges: Map<string, Evidence[]>): RelataGraph {
  const sub = createGraph();
  const sentences = new Map(graph.getAttribute('sentences').map((s) => [s.id, s]));
  const usedSentences = new Set<string>();
  for (const key of [...edges.keys()].sort(compareStrings)) {
    const [source, target] = graph.extremities(key);
    for (const node of [source, target]) {
      if (!sub.hasNode(node))
        sub.addNode(node, { ...structuredClone(graph.getNodeAttributes(node)), aliases: [], mentions: 0, docs: [] });
    }
    const evidence = structuredClone(edges.get(key)!);
    evidence.forEach((ev) => usedSentences.add(ev.sentence));
    sub.addDirectedEdgeWithKey(key, source, target, { ...structuredClone(graph.getEdgeAttributes(key)), evidence });
  }
  const kept = graph
    .getAttribute('sentences')
    .filter((s) => usedSentences.has(s.id))
    .map((s) => ({ ...s }));
  const docIds = new Set(kept.map((s) => s.doc));
  sub.setAttribute('sentences', kept);
  sub.setAttribute(
    'documents',
    graph
      .getAttribute('documents')
      .filter((d) => docIds.has(d.id))
      .map((d) => ({ ...d })),
  );
  const dates = documentDates(sub);
  sub.forEachEdge((_, a) => deriveEdge(a, dates));
  sub.forEachNode((node, a) => {
    deriveNode(sub, node, sentences);
    a.docs.sort(compareStrings);
    a.aliases = sortedAliases(a.aliases);
  });
  return sub;
}
