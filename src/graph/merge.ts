/**
 * Merging documents into the graph (taking them out again: remove.ts).
 *
 * Evidence, sentences and document records are the primary data; everything else on
 * nodes and edges is derived from them (derive.ts). Adding a document accumulates node aliases,
 * mentions and docs from its triples; removing one re-derives them, for the nodes it
 * touched, from the remaining evidence spans read back out of the stored sentences
 * (so a loaded graph can be updated incrementally with no hidden per-document state).
 * A mention is a distinct (document, span) pair; an alias counts mentions.
 */
import type { Doc, Language, Triple } from '../types.ts';
import { countAlias } from './derive.ts';
import {
  MODALITY_STRENGTH,
  type DocumentRecord,
  type NodeAttributes,
  type RelataGraph,
  type SentenceRecord,
} from './model.ts';
import { removeDocument } from './remove.ts';
import { TYPE_COLORS } from './style.ts';

export const edgeKey = (subject: string, predicate: string, object: string): string =>
  `${subject}|${predicate}|${object}`;

/** The sha256 recorded for a document, or undefined when the graph does not hold it. */
export function documentSha(graph: RelataGraph, docId: string): string | undefined {
  return graph.getAttribute('documents').find((d) => d.id === docId)?.sha256;
}

/** What `addExtraction` reads of a `DocExtraction`: the document, its triples and its number of sentences. */
export interface Extraction {
  doc: Doc;
  triples: readonly Triple[];
  sentences: { readonly length: number };
}

/**
 * Merge one document's triples. A document already in the graph is replaced. Self-loops are
 * skipped. Edge statistics (weight, docCount, modality, dates, size) are derived once for all
 * documents by `finalizeGraph`, not at every merge. `takenOut`: the caller has taken the older
 * versions of a batch out already, at once (`takeOut`), and derives what that touched once for
 * the batch (`deriveTouched`).
 */
export function addExtraction(graph: RelataGraph, ex: Extraction, takenOut = false): void {
  const { doc } = ex;
  if (!takenOut) removeDocument(graph, doc.id);

  const sentences = new Map<number, SentenceRecord>();
  const firstMention = mentionCounter(doc.text.length);
  for (const t of bestPerSentence(ex.triples)) {
    let record = sentences.get(t.sentenceIndex);
    if (!record) {
      record = {
        id: `${doc.id}#${t.sentenceIndex}`,
        doc: doc.id,
        index: t.sentenceIndex,
        start: t.start,
        end: t.end,
        text: t.sentence,
        language: t.language,
      };
      sentences.set(t.sentenceIndex, record);
    }
    const sentence = record.id;
    for (const [id, label, type, text, span] of [
      [t.subjectId, t.subject, t.subjectType, t.subjectText, t.subjectSpan],
      [t.objectId, t.object, t.objectType, t.objectText, t.objectSpan],
    ] as const) {
      if (!graph.hasNode(id)) {
        graph.addNode(id, {
          label,
          type,
          aliases: [],
          mentions: 0,
          docs: [],
          x: 0,
          y: 0,
          size: 1,
          color: TYPE_COLORS[type],
        });
      }
      if (firstMention(id, span)) countMention(graph.getNodeAttributes(id), doc.id, text, t.language);
    }
    const key = edgeKey(t.subjectId, t.predicate, t.objectId);
    if (!graph.hasEdge(key)) {
      graph.addDirectedEdgeWithKey(key, t.subjectId, t.objectId, {
        predicate: t.predicate,
        label: t.predicate,
        weight: 0,
        docCount: 0,
        modality: t.modality,
        size: 1,
        evidence: [],
      });
    }
    const edge = graph.getEdgeAttributes(key);
    // code and role describe the predicate and object: documents agree; if not, the smaller value wins, in any order
    if (t.code !== undefined && (edge.code === undefined || t.code < edge.code)) edge.code = t.code;
    if (t.role !== undefined && (edge.role === undefined || t.role < edge.role)) edge.role = t.role;
    edge.evidence.push({
      sentence,
      modality: t.modality,
      ...(t.attributedTo !== undefined && { attributedTo: t.attributedTo }),
      rule: t.rule,
      cue: t.cue,
      confidence: t.confidence,
      subject: [t.subjectSpan.start, t.subjectSpan.end],
      object: [t.objectSpan.start, t.objectSpan.end],
    });
  }

  const record: DocumentRecord = { id: doc.id, sha256: doc.sha256, sentences: ex.sentences.length };
  for (const field of ['title', 'date', 'url', 'author', 'path', 'source'] as const)
    if (doc[field] !== undefined) record[field] = doc[field];
  graph.getAttribute('documents').push(record);
  // (one by one: a long article has more sentences than a call can take arguments)
  const records = graph.getAttribute('sentences');
  for (const sentence of [...sentences.values()].sort((a, b) => a.index - b.index)) records.push(sentence);
}

/**
 * One evidence item per (edge, sentence): the most confident triple. Triples come sentence by
 * sentence (they are sorted when not), so only one sentence's choices are held at a time.
 */
function* bestPerSentence(triples: readonly Triple[]): Generator<Triple> {
  const inOrder = triples.every((t, i) => i === 0 || triples[i - 1]!.sentenceIndex <= t.sentenceIndex);
  const sorted = inOrder ? triples : [...triples].sort((a, b) => a.sentenceIndex - b.sentenceIndex);
  const chosen = new Map<string, Triple>();
  for (const [i, t] of sorted.entries()) {
    if (t.subjectId !== t.objectId) {
      const key = edgeKey(t.subjectId, t.predicate, t.objectId);
      const previous = chosen.get(key);
      if (!previous || preferTriple(t, previous)) chosen.set(key, t);
    }
    if (sorted[i + 1]?.sentenceIndex !== t.sentenceIndex) {
      yield* chosen.values();
      chosen.clear();
    }
  }
}

/**
 * Whether a (node, span) mention is seen for the first time in a document of `length`
 * characters; a span is one number while start × (length + 1) + end stays an exact integer.
 */
function mentionCounter(length: number): (node: string, span: { start: number; end: number }) => boolean {
  const width = length + 1;
  const seen = new Map<string, Set<number | string>>();
  return (node, { start, end }) => {
    let spans = seen.get(node);
    if (!spans) seen.set(node, (spans = new Set()));
    const key = width < 2 ** 26 ? start * width + end : `${start}:${end}`;
    if (spans.has(key)) return false;
    spans.add(key);
    return true;
  };
}

/** Counts one mention; `docs` stays unsorted here (serializeGraph sorts) and a document's mentions come together. */
function countMention(attrs: NodeAttributes, doc: string, text: string | undefined, language: Language): void {
  attrs.mentions++;
  if (attrs.docs.at(-1) !== doc && !attrs.docs.includes(doc)) attrs.docs.push(doc);
  countAlias(attrs, text, language);
}

/** For one (edge, sentence): higher confidence, then stronger modality, then rule id. */
function preferTriple(a: Triple, b: Triple): boolean {
  if (a.confidence !== b.confidence) return a.confidence > b.confidence;
  const strength = MODALITY_STRENGTH.indexOf(a.modality) - MODALITY_STRENGTH.indexOf(b.modality);
  return strength !== 0 ? strength < 0 : a.rule < b.rule;
}
