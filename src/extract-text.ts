/**
 * Extraction without a store: the triples of a text (`extract`) or of the files, folders and
 * URLs a build would read (`extractInputs`).
 */
import { ingestOptions, type BuildOptions } from './build.ts';
import type { Warning } from './errors.ts';
import { extractCorpus, extractDocument } from './extract/index.ts';
import { withLexicon, type Lexicon } from './extract/lexicon/index.ts';
import type { UserLexicon } from './extract/lexicon/user.ts';
import { ingest, parseDocument } from './ingest/index.ts';
import type { DocExtraction, Triple } from './types.ts';

/**
 * What `relata extract` prints: the triples of the inputs (paths, as `buildGraph` reads them),
 * people resolved across them; nothing is stored.
 */
export async function extractInputs(
  inputs: readonly string[],
  options: Pick<
    BuildOptions,
    'stdin' | 'maxDocumentBytes' | 'fetchTimeoutMs' | 'maxFetchBytes' | 'maxRedirects' | 'lexicon'
  > = {},
): Promise<{ results: DocExtraction[]; warnings: Warning[] }> {
  const { docs, warnings } = await ingest([...inputs], ingestOptions(options));
  return { results: withLexicon(options.lexicon, () => extractCorpus(docs)), warnings };
}

/**
 * The triples of one text, with provenance (`id`, `date`, `title` describe the document), read
 * with the built-in lexicon and, for this call only, the user's `lexicon`: their entities and
 * verbs, or a lexicon `compileLexicon` compiled once for many texts. Nothing is stored.
 */
export function extract(
  text: string,
  options: { id?: string; date?: string; title?: string; lexicon?: UserLexicon | Lexicon } = {},
): Triple[] {
  const doc = parseDocument(options.id ?? 'text', text, 'txt', { date: options.date, title: options.title });
  return withLexicon(options.lexicon, () => extractDocument(doc).triples);
}
