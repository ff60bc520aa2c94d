/** Triple patterns over the graph: a filter in, sorted rows with their evidence out. */
import { compareStrings, type Evidence, type RelataGraph } from '../graph/model.ts';
import { provenanceOf } from '../graph/provenance.ts';
import type { EntityType, Modality, Predicate, Provenance } from '../types.ts';
import { evidenceSpec, evidenceTest } from './filter.ts';
import { buildIndex, evidenceDoc, lookupEntity, type GraphIndex } from './lookup.ts';

export interface TripleFilter {
  /** A name, alias (either language) or key; an unknown name matches nothing. */
  subject?: string;
  predicate?: Predicate;
  object?: string;
  subjectType?: EntityType;
  objectType?: EntityType;
  /** Evidence with this modality (or one of these) counts. */
  modality?: Modality | Modality[];
  /** Evidence from documents dated on or after this ISO date counts (`2024-08` = from August). */
  from?: string;
  /** …on or before this date (`2024-08` includes the whole month). */
  to?: string;
  /** Evidence from this document (or these) counts. */
  doc?: string | string[];
  /** Minimum number of counted evidence sentences. */
  minEvidence?: number;
}

/** One sentence behind a triple: `Provenance`, the shape of `extract`'s triples. */
export type EvidenceRow = Provenance;

export interface TripleRow {
  /** Edge key. */
  key: string;
  subject: string;
  subjectKey: string;
  subjectType: EntityType;
  predicate: Predicate;
  object: string;
  objectKey: string;
  objectType: EntityType;
  /** The edge's strongest modality over all its evidence. */
  modality: Modality;
  /** All supporting sentences and documents of the edge. */
  weight: number;
  docCount: number;
  firstDate?: string;
  lastDate?: string;
  /** The evidence that counts under the filter (all of it when the filter has no evidence criteria). */
  evidence: EvidenceRow[];
}

/** The edges a filter's entity and predicate fields allow, or null when a name is unknown. */
function candidates(graph: RelataGraph, index: GraphIndex, filter: TripleFilter): string[] | null {
  const subject = filter.subject === undefined ? undefined : lookupEntity(graph, index, filter.subject);
  const object = filter.object === undefined ? undefined : lookupEntity(graph, index, filter.object);
  if ((filter.subject !== undefined && !subject) || (filter.object !== undefined && !object)) return null;
  const options: string[][] = [];
  if (subject) options.push(graph.outEdges(subject));
  if (object) options.push(graph.inEdges(object));
  if (filter.predicate) options.push(index.byPredicate.get(filter.predicate) ?? []);
  if (options.length === 0) return graph.edges();
  return options.reduce((a, b) => (b.length < a.length ? b : a));
}

export function evidenceRow(ev: Evidence, index: GraphIndex): EvidenceRow {
  return provenanceOf(ev, index.sentences.get(ev.sentence), evidenceDoc(ev, index)?.date);
}

const compareRows = (x: TripleRow, y: TripleRow): number =>
  compareStrings(x.subject, y.subject) ||
  compareStrings(x.predicate, y.predicate) ||
  compareStrings(x.object, y.object) ||
  compareStrings(x.key, y.key);

/** Edges matching every given field, as rows sorted by subject, predicate, object (labels), then key. */
export function matchEdges(graph: RelataGraph, index: GraphIndex, filter: TripleFilter = {}): TripleRow[] {
  const keys = candidates(graph, index, filter);
  if (!keys) return [];
  const subject = filter.subject === undefined ? undefined : lookupEntity(graph, index, filter.subject);
  const object = filter.object === undefined ? undefined : lookupEntity(graph, index, filter.object);
  const test = evidenceTest(evidenceSpec(filter), index);
  const rows: TripleRow[] = [];
  for (const key of keys) {
    const a = graph.getEdgeAttributes(key);
    const [source, target] = graph.extremities(key);
    if ((subject && source !== subject) || (object && target !== object)) continue;
    if (filter.predicate && a.predicate !== filter.predicate) continue;
    const s = graph.getNodeAttributes(source);
    const o = graph.getNodeAttributes(target);
    if ((filter.subjectType && s.type !== filter.subjectType) || (filter.objectType && o.type !== filter.objectType))
      continue;
    const counted = test ? a.evidence.filter(test) : a.evidence;
    if (counted.length === 0 || counted.length < (filter.minEvidence ?? 1)) continue;
    rows.push({
      key,
      subject: s.label,
      subjectKey: source,
      subjectType: s.type,
      predicate: a.predicate,
      object: o.label,
      objectKey: target,
      objectType: o.type,
      modality: a.modality,
      weight: a.weight,
      docCount: a.docCount,
      ...(a.firstDate !== undefined && { firstDate: a.firstDate }),
      ...(a.lastDate !== undefined && { lastDate: a.lastDate }),
      evidence: counted.map((ev) => evidenceRow(ev, index)),
    });
  }
  return rows.sort(compareRows);
}

/** `matchEdges` on a graph without a prebuilt index (KnowledgeGraph keeps one). */
export function matchTriples(graph: RelataGraph, filter: TripleFilter = {}): TripleRow[] {
  return matchEdges(graph, buildIndex(graph), filter);
}
