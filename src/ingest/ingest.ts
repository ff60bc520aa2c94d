/**
 * `ingest`: inputs (files, folders, `-` for standard input, `http(s)://` URLs) → sorted, cleaned,
 * deduplicated docs. Reading is done first so that boilerplate removal can count lines across
 * the corpus. Given the cache of an earlier ingest (cache.ts), files known unchanged are not
 * read again, and URLs are fetched with a conditional request (a 304 is an unchanged file).
 */
import { RelataError, type Warning } from '../errors.ts';
import type { Doc } from '../types.ts';
import { corpusKeys, countKeys, repeatedKeys } from './boilerplate.ts';
import type { CachedDoc, InputCache } from './cache.ts';
import { FETCH_TIMEOUT_MS, isUrlInput, MAX_FETCH_BYTES, MAX_REDIRECTS, type FetchLimits } from './fetch.ts';
import { nextCache, type Entry } from './ingest-cache.ts';
import {
  fetchAgain,
  mapLimit,
  readFile,
  readStdin,
  readUrl,
  textReaders,
  type FileRead,
  type Source,
} from './ingest-read.ts';
import { inputError, toWarning } from './problems.ts';
import { listFiles, readBytes, textHash } from './readers.ts';

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

/**
 * Reads the inputs in order (URLs fetched a few at a time, files several at a time) and cleans
 * their documents against the whole corpus; a problem with one input is a warning, not an error.
 */
export async function ingest(inputs: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const max = options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
  const limits: FetchLimits = {
    timeoutMs: options.fetchTimeoutMs ?? FETCH_TIMEOUT_MS,
    maxBytes: options.maxFetchBytes ?? Math.max(MAX_FETCH_BYTES, max),
    maxRedirects: options.maxRedirects ?? MAX_REDIRECTS,
  };
  const previous = options.cache?.maxDocumentBytes === max ? options.cache : undefined;
  const keysOf = (doc: CachedDoc) => doc.keys.map((k) => previous!.lines[k]!);
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
      take((await fetching)[urlsTaken++]!); // one result per URL, in the inputs' order
      continue;
    }
    if (input === '-') {
      const source = await attempt(() => readStdin(options, max));
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
          doc.repeated.map((k) => previous!.lines[k]!),
        ),
    );
    if (!stale) continue;
    const bytes = read.file.url ? await attempt(() => fetchAgain(read, limits)) : await readBytes(read.file.path);
    if (!bytes) {
      read.keepPrevious = true; // its documents as stored, and its entry as it was: read again next time
      continue;
    }
    const { readSources } = await textReaders();
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
  const readers = ordered.some((entry) => entry.source) ? await textReaders() : undefined;
  for (const entry of ordered) {
    const doc = entry.source
      ? readers!.buildDoc(entry.id, entry.source.extracted, entry.source.format, entry.source.meta, context)
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

const sameKeys = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((key) => b.includes(key));
