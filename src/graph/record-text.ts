/**
 * The JSON text of a graph's records: how graph.json writes a document, a sentence and an
 * evidence item (serialize.ts lays them out), and, for a graph read from graph.json's bytes as a
 * build wrote them, where its records lie in those bytes, so that a build which adds a few
 * documents to a large store writes what is new and copies the rest, in runs, byte for byte.
 * Documents, sentences and evidence items are values: the graph replaces them, never changes
 * one in place (model.ts), so the bytes of a record the graph still holds are still its JSON.
 * The records read are kept in graph.json's order, which is the order the serializer writes
 * them in: it finds them by walking both lists at once, one comparison a record, without a map
 * from object to place. An edge's evidence list only grows (addExtraction) or is replaced
 * (removal): a list of the length it had is copied whole. Kept only when the bytes are laid out
 * as serializeGraph lays them out and their first records serialize again to exactly their
 * bytes; otherwise nothing is kept. The bytes live as long as the graph does.
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

/** Records of one kind as read, in graph.json's order, and where each lies in the bytes. */
export interface KeptTable<T> {
  records: readonly T[];
  starts: readonly number[];
  ends: readonly number[];
}

/** An edge's evidence as read: the list (an array the graph may grow), its items then, and where each lies. */
export interface KeptList extends KeptTable<Evidence> {
  list: readonly Evidence[];
  length: number;
  /** The list's own bytes, `[` to `]`. */
  start: number;
  end: number;
}

/** The graph.json bytes a graph was read from, and where its records lie in them. */
export interface KeptBytes {
  bytes: Uint8Array;
  documents: KeptTable<DocumentRecord>;
  sentences: KeptTable<SentenceRecord>;
  /** By edge key. */
  edges: Map<string, KeptList>;
}

const kept = new WeakMap<RelataGraph, KeptBytes>();

/** The bytes `graph` was read from, if they were kept. */
export const keptBytes = (graph: RelataGraph): KeptBytes | undefined => kept.get(graph);

/** What graph.json was parsed into (graphology's export shape). */
interface Parsed {
  attributes: { documents: DocumentRecord[]; sentences: SentenceRecord[] };
  nodes: unknown[];
  edges: { key: string; attributes: { evidence: Evidence[] } }[];
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
  // (copies: the graph's own tables are these arrays, which it grows and sorts)
  const lines = <T>(records: readonly T[], at: number): KeptTable<T> => ({
    records: records.slice(),
    starts: lineStarts.slice(at, at + records.length),
    ends: records.map((_, i) => lineStarts[at + i + 1]! - (i === records.length - 1 ? 1 : 2)),
  });
  const table = { documents: lines(documents, docsAt), sentences: lines(sentences, sentencesAt) };
  const edgeLines = lines(edges, edgesAt);
  const listOf = (k: number): [number, number] | undefined => {
    const at = buffer.indexOf(EVIDENCE_KEY, edgeLines.starts[k], 'latin1'); // the first: no string holds an unescaped quote
    return at < 0 || at >= edgeLines.ends[k]! ? undefined : [at + EVIDENCE_KEY.length, edgeLines.ends[k]! - 2];
  };
  const text = (start: number, stop: number) => buffer.toString('utf8', start, stop);
  const firstList = listOf(0);
  if (
    !firstList ||
    documentText(documents[0]!) !== text(table.documents.starts[0]!, table.documents.ends[0]!) ||
    sentenceText(sentences[0]!) !== text(table.sentences.starts[0]!, table.sentences.ends[0]!) ||
    `[${sortedEvidence(edges[0]!.attributes.evidence).map(evidenceItemText).join(',')}]` !== text(...firstList)
  )
    return;
  const source: KeptBytes = { bytes, ...table, edges: new Map() };
  for (const [k, { key, attributes }] of edges.entries()) {
    const list = listOf(k);
    if (list) source.edges.set(key, keptList(buffer, attributes.evidence, ...list));
  }
  kept.set(graph, source);
}

/**
 * An edge's evidence list as read from `[start, end)`: the list whole, and each item, found
 * between `},{"sentence":` (in the bytes' order, which is the parsed array's).
 */
function keptList(buffer: Buffer, list: Evidence[], start: number, end: number): KeptList {
  const starts: number[] = [];
  const ends: number[] = [];
  let from = start + 1;
  for (let k = 0; k < list.length; k++) {
    const next = k === list.length - 1 ? end - 1 : buffer.indexOf(BETWEEN_ITEMS, from, 'latin1') + 1;
    if (next <= from || next > end - 1) break; // (not one item per separator: the rest are written anew)
    starts.push(from);
    ends.push(next);
    from = next + 1;
  }
  const records = list.slice(0, starts.length);
  return { list, length: list.length, records, starts, ends, start, end };
}
