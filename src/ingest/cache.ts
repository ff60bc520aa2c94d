/**
 * What ingest remembers of the files it read, so that the next ingest of the same files reads
 * only what changed: per file, its size, modification time and the hash of its bytes, and per
 * document what its cleaning depended on (the short lines that repetition across the corpus can
 * remove, and which of them it removed). A file is skipped when its size and modification time
 * are the same (else when its bytes hash the same), every document it gave is stored as it was,
 * and the corpus would remove the same lines from it. JSON, kept beside the graph by the build.
 * A fetched URL is kept under its URL with what the server said of it (`http`): the next ingest
 * asks it only for a newer version, and a 304 (not modified) skips it as an unchanged file.
 */
import type { Warning } from '../errors.ts';
import type { InputFormat } from './readers.ts';

export interface InputCache {
  version: 1;
  /** The maximum document size the files were read with: another one reads them again. */
  maxDocumentBytes: number;
  /** The short lines of every document, each once; documents name them by index. */
  lines: string[];
  /** By path, as listed; a fetched input by its URL, as given. */
  files: Record<string, CachedFile>;
}

export interface CachedFile {
  /** Of a fetched URL: the size of the body, and `mtimeMs` 0. */
  size: number;
  mtimeMs: number;
  /** SHA-256 of the bytes. */
  source: string;
  /** The file's own warnings (bytes that are not UTF-8, bad JSON rows), reported again when it is skipped. */
  warnings: Warning[];
  docs: CachedDoc[];
  /** Only for a fetched URL (optional: a cache written before URLs were fetched has none). */
  http?: CachedHttp;
}

/** What the last fetch of a URL gave: where it ended, what it was, and its validators for a conditional request. */
export interface CachedHttp {
  /** The final URL, after redirects. */
  url: string;
  format: InputFormat;
  charset?: string;
  /** The `ETag` response header, sent back as `If-None-Match`. */
  etag?: string;
  /** The `Last-Modified` response header, sent back as `If-Modified-Since`. */
  lastModified?: string;
}

export interface CachedDoc {
  id: string;
  /** `Doc.sha256`; absent for a document with no text. */
  sha256?: string;
  /** SHA-256 of its text before cleaning: the corpus counts each distinct text once. */
  text: string;
  /** Its `corpusKeys`, as indexes into `lines`. */
  keys: number[];
  /** Those that the corpus removed from it. */
  repeated: number[];
  /** Whether the graph holds it with this `sha256` (set by the build that saved the graph). */
  stored?: boolean;
}

/** A cached file can be skipped only if each of its documents is stored as it is (or has no text). */
export const skippable = (file: CachedFile): boolean =>
  file.docs.every((doc) => doc.stored || doc.sha256 === undefined);

/** A cache read from disk, or undefined when it is not one (another version, a broken file). */
export function parseInputCache(value: unknown): InputCache | undefined {
  const cache = value as Partial<InputCache> | null;
  if (cache?.version !== 1 || !Array.isArray(cache.lines) || typeof cache.files !== 'object' || cache.files === null)
    return undefined;
  return cache as InputCache;
}
