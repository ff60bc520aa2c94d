/**
 * relata/ingest: the only library code that reads files. Files and folders (txt, md, html,
 * json/jsonl, and feeds: RSS and Atom in .rss/.atom/.xml, JSON Feed in .json, one document per
 * item), `http://` and `https://` URLs (a feed, a page, plain text; fetch.ts) and standard
 * input become `Doc`s: main text without page furniture, title,
 * ISO date, SHA-256; exact duplicates are set aside. For .txt, `Doc.text` keeps the file's
 * length and offsets (boilerplate lines are blanked, not removed). Problems with one input
 * are collected as `Warning`s and the run goes on.
 */
export { ingest, MAX_DOCUMENT_BYTES, type IngestOptions, type IngestResult } from './ingest.ts';
export { parseInputCache, type InputCache } from './cache.ts';
export { FETCH_TIMEOUT_MS, MAX_FETCH_BYTES, MAX_REDIRECTS } from './fetch.ts';
export { parseDocument, type DocFormat, type DocMeta } from './document.ts';
export { cleanBoilerplate, corpusContext, type BoilerplateContext } from './boilerplate.ts';
export { findDate, normalizeDate } from './dates.ts';
