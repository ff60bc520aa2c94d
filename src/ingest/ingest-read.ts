/**
 * Reading the inputs of an ingest (ingest.ts): a file, a URL (conditionally, given its cache
 * entry) or standard input, into documents read but not yet cleaned, with the file's warnings.
 */
import type { Warning } from '../errors.ts';
import { skippable, type CachedFile, type CachedHttp } from './cache.ts';
import type { DocFormat, DocMeta, Extracted } from './document.ts';
import { fetchUrl, type FetchLimits } from './fetch.ts';
import { inputError, tooLarge } from './problems.ts';
import { bytesHash, fileStat, readBytes, type InputFile } from './readers.ts';

/**
 * The readers of text (HTML, Markdown, JSON records, feeds, dates: sources.ts), loaded with the
 * first file read: an ingest that finds every file unchanged needs none of them.
 */
export const textReaders = () => import('./sources.ts');

/** A document read but not yet cleaned; `file` names it in warnings. */
export interface Source {
  id: string;
  file: string;
  format: DocFormat;
  extracted: Extracted;
  meta: DocMeta;
}

/** A file: read (`sources`), or skipped and known from the cache (`cached`). */
export interface FileRead {
  file: InputFile;
  size: number;
  mtimeMs: number;
  /** SHA-256 of the bytes. */
  source: string;
  /** The file's own warnings. */
  warnings: Warning[];
  sources?: Source[];
  cached?: CachedFile;
  /** Known by its size and time alone (or, for a URL, by a 304). */
  unread?: boolean;
  /** For a fetched URL: its cache entry's `http`. */
  http?: CachedHttp;
  /** Not cached anew: the earlier cache's entry is kept (a URL that could not be read again). */
  keepPrevious?: boolean;
}

/** Reads a file unless `previous` (its cache entry) shows it unchanged: the same size and time, or else the same bytes. */
export async function readFile(file: InputFile, max: number, previous: CachedFile | undefined): Promise<FileRead> {
  const { size, mtimeMs } = fileStat(file.path);
  const reusable = previous && skippable(previous) ? previous : undefined;
  if (reusable && reusable.size === size && reusable.mtimeMs === mtimeMs)
    return {
      file,
      size,
      mtimeMs,
      source: reusable.source,
      warnings: reusable.warnings,
      cached: reusable,
      unread: true,
    };
  // (the records of a JSON file and the items of a feed are measured one by one)
  const large = file.format === 'json' || file.format === 'feed' ? undefined : tooLarge(file.path, size, max);
  if (large) throw large;
  const bytes = await readBytes(file.path);
  const source = bytesHash(bytes);
  if (reusable?.source === source)
    return { file, size, mtimeMs, source, warnings: reusable.warnings, cached: reusable };
  return { file, size, mtimeMs, source, ...(await textReaders()).readSources(file, bytes, source, max) };
}

/**
 * Fetches a URL, conditionally when `previous` (its cache entry) can be skipped: on a 304 it is
 * known unread, like a file of the same size and time; a body with the same bytes (and final
 * URL) reuses the entry as a file with the same bytes does.
 */
export async function readUrl(
  url: string,
  max: number,
  limits: FetchLimits,
  previous: CachedFile | undefined,
): Promise<FileRead> {
  const known = previous?.http && typeof previous.http.url === 'string' ? previous.http : undefined;
  const reusable = previous && known && skippable(previous) ? previous : undefined;
  const fetched = await fetchUrl(url, limits, reusable && known);
  const validators = {
    ...(fetched.etag && { etag: fetched.etag }),
    ...(fetched.lastModified && { lastModified: fetched.lastModified }),
  };
  if (fetched.status === 'not-modified') {
    const http = { ...known!, ...validators };
    const file: InputFile = {
      path: url,
      id: http.url,
      url: http.url,
      format: http.format,
      ...(http.charset && { charset: http.charset }),
    };
    return {
      file,
      size: reusable!.size,
      mtimeMs: 0,
      source: reusable!.source,
      warnings: reusable!.warnings,
      cached: reusable,
      unread: true,
      http,
    };
  }
  const { bytes, format, charset } = fetched;
  const file: InputFile = { path: url, id: fetched.url, url: fetched.url, format, ...(charset && { charset }) };
  const http: CachedHttp = { url: fetched.url, format, ...(charset && { charset }), ...validators };
  const large = format === 'json' || format === 'feed' ? undefined : tooLarge(url, bytes.byteLength, max);
  if (large) throw large;
  const source = bytesHash(bytes);
  const read = { file, size: bytes.byteLength, mtimeMs: 0, source, http };
  if (reusable?.source === source && known?.url === fetched.url && known.format === format)
    return { ...read, warnings: reusable.warnings, cached: reusable };
  return { ...read, ...(await textReaders()).readSources(file, bytes, source, max) };
}

/** `f` over `items`, at most `limit` at a time; results in the items' order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, f: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const run = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await f(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
  return results;
}

/** Standard input as one document, `stdin`, through the reader of the options (none: a problem). */
export async function readStdin(options: { stdin?: () => Promise<string> }, max: number): Promise<Source> {
  if (!options.stdin) throw inputError('E_INPUT_UNREADABLE', '-', 'no standard input reader given');
  const text = await options.stdin();
  const large = tooLarge('-', Buffer.byteLength(text), max);
  if (large) throw large;
  return { id: 'stdin', file: '-', format: 'txt', extracted: (await textReaders()).extractText(text, 'txt'), meta: {} };
}

/** A URL skipped (a 304, or the same bytes) fetched again in full: the bytes, if they are still those of its cache entry. */
export async function fetchAgain(read: FileRead, limits: FetchLimits): Promise<Uint8Array> {
  const fetched = await fetchUrl(read.file.path, limits);
  if (
    fetched.status === 'ok' &&
    fetched.url === read.file.url &&
    fetched.format === read.file.format &&
    bytesHash(fetched.bytes) === read.source
  )
    return fetched.bytes;
  throw inputError(
    'E_INPUT_UNREADABLE',
    read.file.path,
    'changed while it was read: its documents are kept as stored, and read again next time',
  );
}
