/**
 * What the details panel shows, as plain data: a node's relations grouped by direction and
 * predicate, and each evidence sentence cut into segments with the two entity mentions
 * marked. The panel turns segments into text nodes and <mark> elements; nothing here is HTML.
 */

import type { Modality, Predicate } from '../../../src/types.ts';
import { countedEvidence, type FilterSpec } from './filters.ts';
import { evidenceCount, type Evidence, type GraphIndex, type RelataGraph } from './model.ts';

export type MarkRole = 'subject' | 'object';

export interface Segment {
  text: string;
  mark: MarkRole | null;
}

/**
 * Cut a sentence into segments, marking the subject and object spans. Spans are offsets into
 * the document text; `sentenceStart` turns them into offsets into the sentence. Spans outside
 * the sentence are clipped; an overlapping second span is dropped.
 */
export function highlightSegments(
  text: string,
  sentenceStart: number,
  spans: { role: MarkRole; span: [number, number] }[],
): Segment[] {
  const local = spans
    .map(({ role, span }) => ({
      role,
      start: Math.max(0, Math.min(text.length, span[0] - sentenceStart)),
      end: Math.max(0, Math.min(text.length, span[1] - sentenceStart)),
    }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const span of local) {
    if (span.start < cursor) continue;
    if (span.start > cursor) segments.push({ text: text.slice(cursor, span.start), mark: null });
    segments.push({ text: text.slice(span.start, span.end), mark: span.role });
    cursor = span.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), mark: null });
  return segments;
}

export interface EvidenceView {
  sentence: string;
  docTitle: string;
  docDate?: string;
  docUrl?: string;
  docAuthor?: string;
  segments: Segment[];
  modality: Modality;
  attributedTo?: string;
  cue: string;
  confidence: number;
}

export function evidenceView(ev: Evidence, index: GraphIndex): EvidenceView {
  const sentence = index.sentences.get(ev.sentence);
  const doc = sentence && index.documents.get(sentence.doc);
  const segments = sentence
    ? highlightSegments(sentence.text, sentence.start, [
        { role: 'subject', span: ev.subject },
        { role: 'object', span: ev.object },
      ])
    : [];
  return {
    sentence: ev.sentence,
    docTitle: doc?.title ?? doc?.path ?? sentence?.doc ?? ev.sentence,
    ...(doc?.date ? { docDate: doc.date } : {}),
    ...(doc?.url ? { docUrl: doc.url } : {}),
    ...(doc?.author ? { docAuthor: doc.author } : {}),
    segments,
    modality: ev.modality,
    ...(ev.attributedTo ? { attributedTo: ev.attributedTo } : {}),
    cue: ev.cue,
    confidence: ev.confidence,
  };
}

export interface RelationView {
  edge: string;
  predicate: Predicate;
  /** The entity at the other end. */
  other: string;
  otherLabel: string;
  /** The evidence that counts under the filter, as the panel lists it. */
  evidence: EvidenceView[];
  /** Its count: that evidence's, or the edge's evidence count from a file without records (model.ts evidenceCount). */
  count: number;
}

export interface RelationGroup {
  direction: 'out' | 'in';
  predicate: Predicate;
  relations: RelationView[];
}

function relationView(
  graph: RelataGraph,
  edge: string,
  from: string,
  spec: FilterSpec,
  index: GraphIndex,
): RelationView {
  const attrs = graph.getEdgeAttributes(edge);
  const other = graph.opposite(from, edge);
  const evidence = countedEvidence(attrs, spec, index).map((ev) => evidenceView(ev, index));
  return {
    edge,
    predicate: attrs.predicate,
    other,
    otherLabel: graph.getNodeAttribute(other, 'label'),
    evidence,
    count: attrs.evidence.length ? evidence.length : evidenceCount(attrs),
  };
}

/** A node's visible relations: outgoing then incoming, grouped by predicate, strongest first. */
export function relationGroups(
  graph: RelataGraph,
  node: string,
  visibleEdges: Set<string>,
  spec: FilterSpec,
  index: GraphIndex,
): RelationGroup[] {
  const groups: RelationGroup[] = [];
  for (const direction of ['out', 'in'] as const) {
    const byPredicate = new Map<Predicate, RelationView[]>();
    const edges = direction === 'out' ? graph.outEdges(node) : graph.inEdges(node);
    for (const edge of edges) {
      if (!visibleEdges.has(edge)) continue;
      const view = relationView(graph, edge, node, spec, index);
      byPredicate.set(view.predicate, [...(byPredicate.get(view.predicate) ?? []), view]);
    }
    for (const [predicate, relations] of [...byPredicate].sort(([a], [b]) => a.localeCompare(b))) {
      relations.sort((a, b) => b.count - a.count || a.otherLabel.localeCompare(b.otherLabel));
      groups.push({ direction, predicate, relations });
    }
  }
  return groups;
}
