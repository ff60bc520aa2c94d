/**
 * `ingest`: inputs (files, folders, `-` for standard input, `http(s)://` URLs) → sorted, cleaned,
 * deduplicated docs. Reading is done first so that boilerplate removal can count lines across
 * the corpus. Given the cache of an earlier ingest (cache.ts), files known unchanged are not
 * read again, and URLs are fetched with a conditional request (a 304 is an unchanged file).
 */
import { RelataError, type Warning } from '../errors.ts';
import type { Doc } from '../types.ts';
import { corpusKeys, countKeys, repeatedKeys } from './boilerplate.ts';
import { skippable, type CachedDoc, type CachedFile, type CachedHttp, type InputCache } from './cache.ts';
import { buildDoc, extractText, textHash, type DocFormat, type DocMeta, type Extracted } from './document.ts';
import { parseFeed } from './feeds.ts';
import { FETCH_TIMEOUT_MS, fetchUrl, isUrlInput, MAX_FETCH_BYTES, MAX_REDIRECTS, type FetchLimits } from './fetch.ts';
import { inputError, toWarning } from './problems.ts';
import { bytesHash, decodeText, fileStat, listFiles, readBytes, type InputFile } from './readers.ts';
import { parseRecords } from './records.ts';

export interface IngestResult {
  /** Sorted by id: the documents read, without those of the files skipped (`unread`). */
  docs: Doc[];
  warnings: Warning[];
  /** Documents whose cleaned text (sha256) equals that of an earlier doc (by id), left out of `docs`. */
  duplicates: { id: string; sameAs: string }[];
  /** How many documents of skipped files are not in `docs`: the cache knows them stored as they are. */
  unread: number;
  /** How many files were read (the others were known by their size and modification time), URLs fetched with a body counted as files (a 304 is not). */
  filesRead: number;
  /** The cache for the next ingest: this one's files, and the earlier cache's other files. */
  cache: InputCache;
}

/** Larger documents (a file, or a JSON record's text) are refused with a warning: 16 MiB (a news article is under 1 MiB; a 50 MiB one builds in about 1.7 GB). */
export const MAX_DOCUMENT_BYTES = 16 * 2 ** 20;

export interface IngestOptions {
  /** Reads standard input, for the input `-`. */
  stdin?: () => Promise<string>;
  /** Default `MAX_DOCUMENT_BYTES`. */
  maxDocumentBytes?: number;
  /** An earlier ingest's `cache`: the files it knows unchanged are skipped, the URLs it knows asked only for a newer version. */
  cache?: InputCache;
  /** Milliseconds for the whole fetch of one URL, redirects and body included; default `FETCH_TIMEOUT_MS` (30 s). */
  fetchTimeoutMs?: number;
  /** Bytes of a fetched body; default the larger of `MAX_FETCH_BYTES` (16 MiB) and `maxDocumentBytes`. */
  maxFetchBytes?: number;
  /** Redirects followed for one URL; default `MAX_REDIRECTS` (5). */
  maxRedirects?: number;
}

/** Files read at once: reading one at a time leaves the disk and the thread waiting in turn. */
const READ_CONCURRENCY = 8;

/** URLs fetched at once (all of them before the files are read, in the inputs' order). */
const FETCH_CONCURRENCY = 4;

/** The error for a document of `bytes` over `max`, or undefined when it fits. */
function tooLarge(file: string, bytes: number, max: number, where?: string): RelataError | undefined {
  if (bytes <= max) return undefined;
  return inputError(
    'E_INPUT_TOO_LARGE',
    file,
    `${(bytes / 2 ** 20).toFixed(1)} MiB, more than the maximum document size of ${(max / 2 ** 20).toFixed(1)} MiB (--max-document-size)`,
    where,
  );
}

/** A document read but not yet cleaned; `file` names it in warnings. */
interface Source {
  id: string;
  file: string;
  format: DocFormat;
  extracted: Extracted;
  meta: DocMeta;
}

/** A file: read (`sources`), or skipped and known from the cache (`cached`). */
interface FileRead {
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
async function readFile(file: InputFile, max: number, previous: CachedFile | undefined): Promise<FileRead> {
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
  return { file, size, mtimeMs, source, ...readSources(file, bytes, source, max) };
}

/**
 * Fetches a URL, conditionally when `previous` (its cache entry) can be skipped: on a 304 it is
 * known unread, like a file of the same size and time; a body with the same bytes (and final
 * URL) reuses the entry as a file with the same bytes does.
 */
async function readUrl(
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
  return { ...read, ...readSources(file, bytes, source, max) };
}

function readSources(
  file: InputFile,
  bytes: Uint8Array,
  sha256: string,
  max: number,
): { sources: Source[]; warnings: Warning[] } {
  const { text: content, invalid } = decodeText(bytes, file.path, file.format === 'feed', file.charset);
  const encoding = invalid
    ? [toWarning(inputError('E_INPUT_FORMAT', file.path, 'bytes that are not UTF-8 were replaced by U+FFFD'))]
    : [];
  if (file.format !== 'json' && file.format !== 'feed') {
    // a fetched page: its final URL as id (file.id) and url, no path
    const where = file.url ? { url: file.url } : { path: file.path };
    const source = {
      id: file.id,
      file: file.path,
      format: file.format,
      extracted: extractText(content, file.format),
      meta: { ...where, ...(!invalid && { source: sha256 }) },
    };
    return { sources: [source], warnings: encoding };
  }
  // records and feed items: one document each, without the file's path and hash (a document is not the file)
  const { records: parsed, warnings: recordWarnings } = (file.format === 'feed' ? parseFeed : parseRecords)(
    content,
    file.id,
    file.path,
  );
  const warnings = [...encoding, ...recordWarnings];
  const what = file.format === 'feed' ? 'item' : 'record';
  const records = parsed.filter((record) => {
    const large = tooLarge(file.path, Buffer.byteLength(record.text), max, `${what} "${record.id}"`);
    if (large) warnings.push(toWarning(large));
    return !large;
  });
  const sources = records.map(({ id, text, format = 'txt', ...meta }) => ({
    id,
    file: file.path,
    format,
    extracted: extractText(text, format),
    meta,
  }));
  return { sources, warnings };
}

/** `f` over `items`, at most `limit` at a time; results in the items' order. */
async function mapLimit<T, R>(items: readonly T[], limit: number, f: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const run = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await f(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
  return results;
}

async function readStdin(options: IngestOptions): Promise<Source> {
  if (!options.stdin) throw inputError('E_INPUT_UNREADABLE', '-', 'no standard input reader given');
  const text = await options.stdin();
  const max = options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
  const large = tooLarge('-', Buffer.byteLength(text), max);
  if (large) throw large;
  return { id: 'stdin', file: '-', format: 'txt', extracted: extractText(text, 'txt'), meta: {} };
}

/** A document of the corpus: from a file read now (`source`), or from a skipped one (`cached`). */
interface Entry {
  id: string;
  read?: FileRead;
  source?: Source;
  cached?: CachedDoc;
  /** Its `corpusKeys`. */
  keys: readonly string[];
  /** SHA-256 of its text before cleaning. */
  text: string;
}

export async function ingest(inputs: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const max = options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
  const limits: FetchLimits = {
    timeoutMs: options.fetchTimeoutMs ?? FETCH_TIMEOUT_MS,
    maxBytes: options.maxFetchBytes ?? Math.max(MAX_FETCH_BYTES, max),
    maxRedirects: options.maxRedirects ?? MAX_REDIRECTS,
  };
  const previous = options.cache?.maxDocumentBytes === max ? options.cache : undefined;
  const keysOf = (doc: CachedDoc) => doc.keys.map((k) => previous!.lines[k]);
  const warnings: Warning[] = [];
  const entries = new Map<string, Entry>();
  const reads: FileRead[] = [];
  const collect = (read: FileRead | undefined, sources: readonly Source[]) => {
    for (const source of read?.cached?.docs ?? sources) {
      const known = entries.get(source.id);
      if (known) {
        // the same item in two feeds (a site's section feeds) is one document, read once; another text under the same id is a problem
        const text = 'extracted' in source ? textHash(source.extracted.text) : source.text;
        if (text !== known.text)
          warnings.push(
            toWarning(inputError('E_INPUT_FORMAT', read?.file.path ?? '-', `duplicate id "${source.id}", skipped`)),
          );
      } else if ('extracted' in source)
        entries.set(source.id, {
          id: source.id,
          read,
          source,
          keys: [...corpusKeys(source.extracted.text)],
          text: textHash(source.extracted.text),
        });
      else entries.set(source.id, { id: source.id, read, cached: source, keys: keysOf(source), text: source.text });
    }
  };
  /** An input's problem is a warning and the rest goes on; any other error is a bug, thrown. */
  const warn = (error: unknown) => {
    if (!(error instanceof RelataError)) throw error;
    warnings.push(toWarning(error));
  };
  const attempt = async <T>(read: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await read();
    } catch (error) {
      warn(error);
      return undefined;
    }
  };
  /** A read that does not throw, so that the others go on while one fails; taken in its turn by `take`. */
  const settle = (read: Promise<FileRead>) =>
    read.then(
      (done) => ({ read: done }),
      (error: unknown) => ({ error }),
    );
  const take = (result: Awaited<ReturnType<typeof settle>>) => {
    if ('error' in result) return warn(result.error);
    warnings.push(...result.read.warnings);
    reads.push(result.read);
    collect(result.read, result.read.sources ?? []);
  };

  // the URLs are fetched first, a few at a time, while the files are read; each is taken in its turn
  const urls = inputs.filter(isUrlInput);
  const fetching = mapLimit(urls, FETCH_CONCURRENCY, (url) => settle(readUrl(url, max, limits, previous?.files[url])));
  let urlsTaken = 0;

  for (const input of inputs) {
    if (isUrlInput(input)) {
      take((await fetching)[urlsTaken++]);
      continue;
    }
    if (input === '-') {
      const source = await attempt(() => readStdin(options));
      if (source) collect(undefined, [source]);
      continue;
    }
    const files = await attempt(() => listFiles(input));
    // read several at a time; warnings and ids still taken in the files' order
    const results = await mapLimit(files ?? [], READ_CONCURRENCY, (file) =>
      settle(readFile(file, max, previous?.files[file.path])),
    );
    results.forEach(take);
  }

  const ordered = [...entries.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const distinct = new Map(ordered.map((entry) => [entry.text, entry.keys]));
  const context = countKeys(distinct.values());
  // a skipped file whose documents the corpus would now clean otherwise is read after all (the same bytes: the same counts)
  for (const read of reads) {
    const stale = read.cached?.docs.some(
      (doc) =>
        entries.get(doc.id)?.cached === doc &&
        !sameKeys(
          repeatedKeys(keysOf(doc), context),
          doc.repeated.map((k) => previous!.lines[k]),
        ),
    );
    if (!stale) continue;
    const bytes = read.file.url ? await attempt(() => fetchAgain(read, limits)) : await readBytes(read.file.path);
    if (!bytes) {
      read.keepPrevious = true; // its documents as stored, and its entry as it was: read again next time
      continue;
    }
    const again = { ...read, cached: undefined, unread: false, ...readSources(read.file, bytes, read.source, max) };
    reads[reads.indexOf(read)] = again;
    for (const source of again.sources) {
      const entry = entries.get(source.id)!;
      Object.assign(entry, { read: again, source, cached: undefined });
    }
  }

  const docs: Doc[] = [];
  const duplicates: IngestResult['duplicates'] = [];
  const firstWithHash = new Map<string, string>();
  const cachedDocs = new Map<Entry, CachedDoc>();
  let unread = 0;
  for (const entry of ordered) {
    const doc = entry.source
      ? buildDoc(entry.id, entry.source.extracted, entry.source.format, entry.source.meta, context)
      : undefined;
    const sha256 = doc ? (doc.text.trim() ? doc.sha256 : undefined) : entry.cached!.sha256;
    cachedDocs.set(entry, { id: entry.id, ...(sha256 && { sha256 }), text: entry.text, keys: [], repeated: [] });
    const sameAs = sha256 && firstWithHash.get(sha256);
    if (!sha256)
      warnings.push(toWarning(inputError('E_INPUT_FORMAT', entry.read?.file.path ?? '-', `no text in "${entry.id}"`)));
    else if (sameAs) duplicates.push({ id: entry.id, sameAs });
    else {
      firstWithHash.set(sha256, entry.id);
      if (doc) docs.push(doc);
      else unread++;
    }
  }
  const filesRead = reads.filter((read) => !read.unread).length;
  return {
    docs,
    warnings,
    duplicates,
    unread,
    filesRead,
    cache: nextCache(previous, max, reads, entries, cachedDocs, context),
  };
}

/** A URL skipped (a 304, or the same bytes) fetched again in full: the bytes, if they are still those of its cache entry. */
async function fetchAgain(read: FileRead, limits: FetchLimits): Promise<Uint8Array> {
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

const sameKeys = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((key) => b.includes(key));

/**
 * The cache after this ingest: its files (a file some of whose documents were left out for an
 * id already taken is not kept: it is read again next time), then the earlier cache's others.
 */
function nextCache(
  previous: InputCache | undefined,
  max: number,
  reads: readonly FileRead[],
  entries: ReadonlyMap<string, Entry>,
  docs: ReadonlyMap<Entry, CachedDoc>,
  context: ReturnType<typeof countKeys>,
): InputCache {
  const lines: string[] = [];
  const index = new Map<string, number>();
  const indexes = (keys: readonly string[]) =>
    keys.map((key) => {
      let i = index.get(key);
      if (i === undefined) index.set(key, (i = lines.push(key) - 1));
      return i;
    });
  const files: Record<string, CachedFile> = {};
  for (const read of reads) {
    if (read.keepPrevious) continue;
    const mine = (read.cached?.docs ?? read.sources ?? []).map((d) => entries.get(d.id));
    if (mine.some((entry) => entry?.read !== read)) continue;
    const cachedDocs = (mine as Entry[]).map((entry) => ({
      ...docs.get(entry)!,
      keys: indexes(entry.keys),
      repeated: indexes(repeatedKeys(entry.keys, context)),
    }));
    files[read.file.path] = {
      size: read.size,
      mtimeMs: read.mtimeMs,
      source: read.source,
      warnings: read.warnings,
      docs: cachedDocs,
      ...(read.http && { http: read.http }),
    };
  }
  for (const [path, file] of Object.entries(previous?.files ?? {})) {
    if (files[path]) continue;
    const remap = (ks: number[]) => indexes(ks.map((k) => previous!.lines[k]));
    files[path] = {
      ...file,
      docs: file.docs.map((doc) => ({ ...doc, keys: remap(doc.keys), repeated: remap(doc.repeated) })),
    };
  }
  return { version: 1, maxDocumentBytes: max, lines, files };
}
