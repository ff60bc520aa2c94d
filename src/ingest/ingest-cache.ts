/**
 * The input cache an ingest leaves for the next one (ingest.ts, cache.ts): its files with their
 * documents' line keys, then the earlier cache's other files, every key indexed once in `lines`.
 */
import { repeatedKeys, type countKeys } from './boilerplate.ts';
import type { CachedDoc, CachedFile, InputCache } from './cache.ts';
import type { FileRead, Source } from './ingest-read.ts';

/** A document of the corpus: from a file read now (`source`), or from a skipped one (`cached`). */
export interface Entry {
  id: string;
  read?: FileRead;
  source?: Source;
  cached?: CachedDoc;
  /** Its `corpusKeys`. */
  keys: readonly string[];
  /** SHA-256 of its text before cleaning. */
  text: string;
}

/**
 * The cache after this ingest: its files (a file some of whose documents were left out for an
 * id already taken is not kept: it is read again next time), then the earlier cache's others.
 */
export function nextCache(
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
    const remap = (ks: number[]) => indexes(ks.map((k) => previous!.lines[k]!));
    files[path] = {
      ...file,
      docs: file.docs.map((doc) => ({ ...doc, keys: remap(doc.keys), repeated: remap(doc.repeated) })),
    };
  }
  return { version: 1, maxDocumentBytes: max, lines, files };
}
