/**
 * The JSON text of a graph's records: how graph.json writes a document, a sentence and an
 * evidence item (serialize.ts lays them out), and, for a graph read from graph.json's bytes as a
 * build wrote them, where each record lies in those bytes, so that a build which adds a few
 * documents to a large store writes what is new and copies the rest, in runs, byte for byte.
 * Documents, sentences and evidence items are values: the graph replaces them, never changes
 * one in place (model.ts), so a record's bytes hold as long as the object lives. An edge's
 * evidence list only grows (addExtraction) or is replaced (removal): its bytes hold while the
 * array has the length it had. Kept only when the bytes are laid out as serializeGraph lays them
 * out and their first records serialize again to exactly their bytes; otherwise nothing is kept.
 */
import {
  compareSentenceIds,
  type DocumentRecord,
  type Evidence,
  type RelataGraph,
  type SentenceRecord,
} from './model.ts';

/** Copy of `o` with `keys` in that order, leaving out undefined values. */
export function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

const DOCUMENT_KEYS = ['id', 'title', 'date', 'url', 'author', 'path', 'sha256', 'source', 'sentences'] as const;
const SENTENCE_KEYS = ['id', 'doc', 'index', 'start', 'end', 'text', 'language'] as const;
const EVIDENCE_KEYS = [
  'sentence',
  'modality',
  'attributedTo',
  'rule',
  'cue',
  'confidence',
  'subject',
  'object',
] as const;

export const documentText = (d: DocumentRecord): string => JSON.stringify(pick(d, DOCUMENT_KEYS));
export const sentenceText = (s: SentenceRecord): string => JSON.stringify(pick(s, SENTENCE_KEYS));
export const evidenceItemText = (ev: Evidence): string => JSON.stringify(pick(ev, EVIDENCE_KEYS));

/** An edge's evidence in the order graph.json lists it: by sentence. */
export const sortedEvidence = (evidence: readonly Evidence[]): Evidence[] =>
  [...evidence].sort((x, y) => compareSentenceIds(x.sentence, y.sentence));

/** The graph.json bytes a graph was read from, and where its records lie in them. */
export interface KeptBytes {
  bytes: Uint8Array;
  /** Record (document, sentence, evidence item, evidence list) → its span's number. */
  spans: WeakMap<object, number>;
  starts: number[];
  ends: number[];
  /** An evidence list's length when read: its span holds while it has that length. */
  lengths: WeakMap<readonly Evidence[], number>;
}

const kept = new WeakMap<RelataGraph, KeptBytes>();

/** The bytes `graph` was read from, if they were kept. */
export const keptBytes = (graph: RelataGraph): KeptBytes | undefined => kept.get(graph);

/** The span of an evidence list, if it has not grown since it was read. */
export function listSpan(source: KeptBytes, evidence: readonly Evidence[]): number | undefined {
  return source.lengths.get(evidence) === evidence.length ? source.spans.get(evidence) : undefined;
}

/** What graph.json was parsed into (graphology's export shape). */
interface Parsed {
  attributes: { documents: DocumentRecord[]; sentences: SentenceRecord[] };
  nodes: unknown[];
  edges: { attributes: { evidence: Evidence[] } }[];
}

const EVIDENCE_KEY = ',"evidence":';
/** Between two evidence items: `sentence` is an item's first key, and no string holds an unescaped quote. */
const BETWEEN_ITEMS = '},{"sentence":';

/**
 * Keeps where the records of `data`, parsed from `bytes`, lie in them, for `graph`: nothing when
 * the layout is not serializeGraph's (one record a line, each table behind its own line), or
 * when the first document, sentence or evidence list would not serialize to its bytes again.
 */
export function keepBytes(graph: RelataGraph, bytes: Uint8Array, data: Parsed): void {
  const { documents, sentences } = data.attributes;
  const { nodes, edges } = data;
  // (Node's Buffer searches the bytes; a runtime without it keeps nothing)
  const Bytes = globalThis.Buffer;
  if (!Bytes || !documents.length || !sentences.length || !nodes.length || !edges.length) return;
  const buffer = Bytes.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lineStarts = [0];
  for (let at = buffer.indexOf(10); at >= 0; at = buffer.indexOf(10, at + 1)) lineStarts.push(at + 1);
  const line = (k: number) => buffer.toString('utf8', lineStarts[k], (lineStarts[k + 1] ?? buffer.length + 1) - 1);
  const docsAt = 1;
  const sentencesAt = docsAt + documents.length + 1;
  const nodesAt = sentencesAt + sentences.length + 1;
  const edgesAt = nodesAt + nodes.length + 1;
  if (
    lineStarts.length !== edgesAt + edges.length + 2 ||
    !buffer.toString('latin1', 0, lineStarts[1]! - 1).endsWith('"documents":[') ||
    line(sentencesAt - 1) !== '],"sentences":[' ||
    line(nodesAt - 1) !== ']},"nodes":[' ||
    line(edgesAt - 1) !== '],"edges":[' ||
    line(edgesAt + edges.length) !== ']}'
  )
    return;
  // a line is its record, then a comma unless it is its table's last, then a line end
  const end = (k: number, last: boolean) => lineStarts[k + 1]! - (last ? 1 : 2);
  const listOf = (k: number, last: boolean): [number, number] | undefined => {
    const at = buffer.indexOf(EVIDENCE_KEY, lineStarts[k], 'latin1'); // the first: no string holds an unescaped quote
    return at < 0 || at >= end(k, last) ? undefined : [at + EVIDENCE_KEY.length, end(k, last) - 2];
  };
  const firstList = listOf(edgesAt, edges.length === 1);
  const text = (start: number, stop: number) => buffer.toString('utf8', start, stop);
  if (
    !firstList ||
    documentText(documents[0]!) !== text(lineStarts[docsAt]!, end(docsAt, documents.length === 1)) ||
    sentenceText(sentences[0]!) !== text(lineStarts[sentencesAt]!, end(sentencesAt, sentences.length === 1)) ||
    `[${sortedEvidence(edges[0]!.attributes.evidence).map(evidenceItemText).join(',')}]` !== text(...firstList)
  )
    return;
  const source: KeptBytes = { bytes, spans: new WeakMap(), starts: [], ends: [], lengths: new WeakMap() };
  const span = (record: object, start: number, stop: number) => {
    source.spans.set(record, source.starts.length);
    source.starts.push(start);
    source.ends.push(stop);
  };
  for (const [i, d] of documents.entries())
    span(d, lineStarts[docsAt + i]!, end(docsAt + i, i === documents.length - 1));
  for (const [i, s] of sentences.entries())
    span(s, lineStarts[sentencesAt + i]!, end(sentencesAt + i, i === sentences.length - 1));
  for (const [i, { attributes }] of edges.entries()) {
    const { evidence } = attributes;
    const list = listOf(edgesAt + i, i === edges.length - 1);
    if (!list) continue;
    span(evidence, ...list);
    source.lengths.set(evidence, evidence.length);
    // and each item's, for when the list grows: in the bytes' order, which is the parsed array's
    let start = list[0] + 1;
    for (const [k, ev] of evidence.entries()) {
      const next = buffer.indexOf(BETWEEN_ITEMS, start, 'latin1');
      const stop = k === evidence.length - 1 ? list[1] - 1 : next + 1;
      if (stop <= start || stop > list[1] - 1) break; // (not one item per `},{`: the rest are written anew)
      span(ev, start, stop);
      start = next + 2;
    }
  }
  kept.set(graph, source);
}
