/**
 * Extraction: documents in, triples with provenance out. Pure: no files, no printing.
 *
 *   sentences (text/) → tokens → mentions → quotes, speakers, coreference (context.ts)
 *   → rules (rules/) → mentions resolved to entities (resolve.ts) → modality → de-duplicated
 *   triples (triples.ts) → people resolved across the corpus (resolve.ts, people.ts)
 *
 * `explainSentence` (explain.ts) returns the same pipeline's intermediate results for one sentence.
 */
import { sentenceTable, sentencesOf } from '../text/sentences.ts';
import type { Doc, DocExtraction, Sentence, Triple } from '../types.ts';
import { documentContext } from './context.ts';
import { applyResolution, peopleNamed, resolvePeople } from './resolve.ts';
import { sentenceTriples } from './triples.ts';

export { explainSentence, type Explanation } from './explain.ts';
export { RULES, type RuleId } from './rules/catalog.ts';
export { PREDICATE_INFO } from './lexicon/predicates.ts';

/**
 * Sentences analysed together: names, pronouns and speakers are resolved within this many.
 * A news article is far shorter; a book-length document is read a window at a time, so its
 * tokens are never all in memory at once.
 */
const WINDOW = 1000;

/**
 * Extracts the triples of one document. People are merged within the document only; use
 * `extractCorpus` across documents. `onWindow` hears of each window of a long document.
 */
export function extractDocument(
  doc: Doc,
  sentences: Sentence[] = sentencesOf(doc),
  onWindow?: (done: number, total: number) => void,
): DocExtraction {
  return { doc, sentences, triples: documentTriples(doc, sentences, onWindow) };
}

/** The triples of one document, its sentences taken a window at a time (a `SentenceTable` makes only those). */
function documentTriples(
  doc: Doc,
  sentences: SentenceSource,
  onWindow?: (done: number, total: number) => void,
): Triple[] {
  const triples: Triple[] = [];
  for (let from = 0; from < sentences.length; from += WINDOW) {
    if (from > 0) onWindow?.(from, sentences.length);
    const context = documentContext(sentences.slice(from, from + WINDOW));
    for (let si = 0; si < context.sentences.length; si++)
      for (const t of sentenceTriples(doc, context, si)) triples.push(t);
  }
  return triples;
}

/** What a build needs of one document: its triples and its number of sentences. */
export interface DocumentResult {
  triples: Triple[];
  sentences: number;
}

/**
 * The unit of work of a build: one document in, its triples out (people not yet resolved across
 * documents: resolve.ts). Pure, and its input and output are plain data, so a worker thread runs it as it is.
 */
export function extractForMerge(doc: Doc, onWindow?: (done: number, total: number) => void): DocumentResult {
  const sentences = sentenceTable(doc);
  return { triples: documentTriples(doc, sentences, onWindow), sentences: sentences.length };
}

/** A document's sentences: an array, or a `SentenceTable`. */
export interface SentenceSource {
  readonly length: number;
  slice(from: number, to: number): Sentence[];
}

/** Extracts every document, then resolves each person's spellings to one person across the corpus. */
export function extractCorpus(docs: readonly Doc[]): DocExtraction[] {
  const results = docs.map((doc) => extractDocument(doc));
  const resolution = resolvePeople(peopleNamed(results.map((r) => r.triples)));
  return results.map((r) => ({ ...r, triples: applyResolution(r.triples, resolution) }));
}
