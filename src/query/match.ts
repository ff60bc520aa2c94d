/** Triple patterns over the graph: a filter in, sorted rows out. */
import { compareStrings, splitSentenceId, type RelataGraph } from '../graph/model.ts';
import type { EntityType, Modality, Predicate } from '../types.ts';
import { resolveEntity } from './resolve.ts';

export interface TripleFilter {
  /** A name, alias or key, resolved with `resolveEntity`; an unknown name matches nothing. */
  subject?: string;
  predicate?: Predicate;
  object?: string;
  /** The edge's (strongest) modality. */
  modality?: Modality;
  /** Minimum number of supporting sentences (edge weight). */
  minEvidence?: number;
}

export interface TripleRow {
  subject: string;
  subjectType: EntityType;
  predicate: Predicate;
  object: string;
  objectType: EntityType;
  modality: Modality;
  weight: number;
  docCount: number;
  firstDate?: string;
  lastDate?: string;
  evidence: { doc: string; sentence: string; text: string }[];
}

/** Edges matching every given field, as rows sorted by subject, predicate, object (labels), then key. */
export function matchTriples(graph: RelataGraph, filter: TripleFilter = {}): TripleRow[] {
  const subject = filter.subject === undefined ? undefined : resolveEntity(graph, filter.subject);
  const object = filter.object === undefined ? undefined : resolveEntity(graph, filter.object);
  if ((filter.subject !== undefined && !subject) || (filter.object !== undefined && !object)) return [];

  const candidates = subject ? graph.outEdges(subject) : object ? graph.inEdges(object) : graph.edges();
  const sentences = new Map(graph.getAttribute('sentences').map((s) => [s.id, s.text]));
  const rows: { key: string; row: TripleRow }[] = [];
  for (const key of candidates) {
    const a = graph.getEdgeAttributes(key);
    const [source, target] = graph.extremities(key);
    if (object && target !== object) continue;
    if (filter.predicate && a.predicate !== filter.predicate) continue;
    if (filter.modality && a.modality !== filter.modality) continue;
    if (filter.minEvidence !== undefined && a.weight < filter.minEvidence) continue;
    const s = graph.getNodeAttributes(source);
    const o = graph.getNodeAttributes(target);
    rows.push({
      key,
      row: {
        subject: s.label,
        subjectType: s.type,
        predicate: a.predicate,
        object: o.label,
        objectType: o.type,
        modality: a.modality,
        weight: a.weight,
        docCount: a.docCount,
        firstDate: a.firstDate,
        lastDate: a.lastDate,
        evidence: a.evidence.map((ev) => ({
          doc: splitSentenceId(ev.sentence)[0],
          sentence: ev.sentence,
          text: sentences.get(ev.sentence) ?? '',
        })),
      },
    });
  }
  return rows
    .sort(
      (x, y) =>
        compareStrings(x.row.subject, y.row.subject) ||
        compareStrings(x.row.predicate, y.row.predicate) ||
        compareStrings(x.row.object, y.row.object) ||
        compareStrings(x.key, y.key),
    )
    .map(({ row }) => row);
}
