/**
 * The JSON text of a graph's records: how graph.json writes a document, a sentence and an
 * evidence item (serialize.ts lays them out), and the text graph.json held for them, kept beside
 * them once it is loaded, so that a build which adds a few documents to a large store serializes
 * what is new and copies the rest. Documents, sentences and evidence items are values: the
 * graph replaces them, never changes one in place (model.ts), so the text of one holds as long
 * as the object lives. An edge's evidence list only grows (addExtraction) or is replaced
 * (removal): its text holds while the array has the length it had. Kept only for text a build wrote (a trusted load), whose
 * first records serialize again to exactly their lines; otherwise nothing is kept.
 */
import { compareSentenceIds, type DocumentRecord, type Evidence, type SentenceRecord } from './model.ts';

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

export const documentText = (d: DocumentRecord): string => records.get(d) ?? JSON.stringify(pick(d, DOCUMENT_KEYS));
export const sentenceText = (s: SentenceRecord): string => records.get(s) ?? JSON.stringify(pick(s, SENTENCE_KEYS));
export const evidenceItemText = (ev: Evidence): string => records.get(ev) ?? JSON.stringify(pick(ev, EVIDENCE_KEYS));

/** An edge's evidence in the order graph.json lists it: by sentence. */
export const sortedEvidence = (evidence: readonly Evidence[]): Evidence[] =>
  [...evidence].sort((x, y) => compareSentenceIds(x.sentence, y.sentence));

const records = new WeakMap<DocumentRecord | SentenceRecord | Evidence, string>();
const evidenceLists = new WeakMap<readonly Evidence[], { length: number; text: string }>();

/** The text of an edge's evidence list (`[…]`) as graph.json held it, if the list has not grown since. */
export function knownEvidenceText(evidence: readonly Evidence[]): string | undefined {
  const known = evidenceLists.get(evidence);
  return known && known.length === evidence.length ? known.text : undefined;
}

/** What graph.json's text was parsed into (graphology's export shape). */
interface Parsed {
  attributes: { documents: DocumentRecord[]; sentences: SentenceRecord[] };
  nodes: unknown[];
  edges: { attributes: { evidence: Evidence[] } }[];
}

const EVIDENCE_KEY = ',"evidence":';
/** Between two evidence items: `sentence` is an item's first key, and no string holds an unescaped quote. */
const BETWEEN_ITEMS = '},{"sentence":';

/**
 * Keeps the text of the records of `data`, parsed from `text` as serializeGraph lays it out (one
 * record a line, each table behind its own line). Keeps nothing when the layout is not that, or
 * when the first document, sentence or evidence list would not serialize to its line again.
 */
export function rememberText(text: string, data: Parsed): void {
  const { documents, sentences } = data.attributes;
  const { nodes, edges } = data;
  if (!documents.length || !sentences.length || !nodes.length || !edges.length) return;
  const lines = text.split('\n');
  const docsAt = 1;
  const sentencesAt = docsAt + documents.length + 1;
  const nodesAt = sentencesAt + sentences.length + 1;
  const edgesAt = nodesAt + nodes.length + 1;
  const laidOut =
    lines[0]?.endsWith('"documents":[') &&
    lines[sentencesAt - 1] === '],"sentences":[' &&
    lines[nodesAt - 1] === ']},"nodes":[' &&
    lines[edgesAt - 1] === '],"edges":[' &&
    lines[edgesAt + edges.length] === ']}';
  if (!laidOut) return;
  // a line is its record, then a comma unless it is its table's last
  const item = (at: number, last: boolean) => (last ? lines[at]! : lines[at]!.slice(0, -1));
  const tail = (line: string) => {
    const at = line.indexOf(EVIDENCE_KEY); // the first: no string of the line holds an unescaped quote
    return at < 0 ? undefined : line.slice(at + EVIDENCE_KEY.length, -2);
  };
  const firstEdge = tail(item(edgesAt, edges.length === 1));
  const firstEvidence = `[${sortedEvidence(edges[0]!.attributes.evidence).map(evidenceItemText).join(',')}]`;
  if (
    documentText(documents[0]!) !== item(docsAt, documents.length === 1) ||
    sentenceText(sentences[0]!) !== item(sentencesAt, sentences.length === 1) ||
    firstEvidence !== firstEdge
  )
    return;
  for (const [i, d] of documents.entries()) records.set(d, item(docsAt + i, i === documents.length - 1));
  for (const [i, s] of sentences.entries()) records.set(s, item(sentencesAt + i, i === sentences.length - 1));
  for (const [i, { attributes }] of edges.entries()) {
    const { evidence } = attributes;
    const list = tail(item(edgesAt + i, i === edges.length - 1));
    if (list === undefined) continue;
    evidenceLists.set(evidence, { length: evidence.length, text: list });
    // and each item's, for when the list grows: in the file's order, which is the parsed array's
    const parts = list.slice(1, -1).split(BETWEEN_ITEMS);
    if (parts.length !== evidence.length) continue;
    for (const [k, part] of parts.entries())
      records.set(evidence[k]!, `${k > 0 ? '{"sentence":' : ''}${part}${k < parts.length - 1 ? '}' : ''}`);
  }
}
