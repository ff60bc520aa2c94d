/**
 * `build-cache.json` beside `graph.json`: what the last build read (the ingest cache) and the
 * counts of the graph it saved, so that the next build skips the files it knows unchanged (and
 * asks the URLs it fetched only for a newer version: ETag, Last-Modified) and, when nothing
 * changed, does not even load the graph. A cache written before URLs were fetched loads as it is. Only a cache: it is used only while
 * `graph.json` has the size and modification time it was written with, deleting it costs one
 * full read, and it is written without fsync.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomically } from './graph/atomic.ts';
import { GRAPH_FILE, type RelataGraph } from './graph/model.ts';
import { parseInputCache, type InputCache } from './ingest/cache.ts';

export const CACHE_FILE = 'build-cache.json';

export interface BuildCache {
  graph: { size: number; mtimeMs: number; documents: number; entities: number; relations: number };
  inputs: InputCache;
}

/** The folder's cache, if it describes its graph.json as it is now. */
export async function readBuildCache(dir: string): Promise<BuildCache | undefined> {
  try {
    const [info, text] = await Promise.all([stat(join(dir, GRAPH_FILE)), readFile(join(dir, CACHE_FILE), 'utf8')]);
    const cache = JSON.parse(text) as Partial<BuildCache>;
    const inputs = parseInputCache(cache.inputs);
    if (!inputs || cache.graph?.size !== info.size || cache.graph.mtimeMs !== info.mtimeMs) return undefined;
    return { graph: cache.graph, inputs };
  } catch {
    return undefined; // none, unreadable or broken: the build reads everything
  }
}

/** Writes the cache for the folder's graph.json as it is now, each cached document marked stored or not in `graph`. */
export async function writeBuildCache(dir: string, graph: RelataGraph, inputs: InputCache): Promise<void> {
  const records = new Map(graph.getAttribute('documents').map((d) => [d.id, d.sha256]));
  for (const file of Object.values(inputs.files)) {
    for (const doc of file.docs) doc.stored = doc.sha256 !== undefined && records.get(doc.id) === doc.sha256;
  }
  const { size, mtimeMs } = await stat(join(dir, GRAPH_FILE));
  const cache: BuildCache = {
    graph: { size, mtimeMs, documents: records.size, entities: graph.order, relations: graph.size },
    inputs,
  };
  // a cache not written costs the next build a full read, nothing else
  await writeAtomically(join(dir, CACHE_FILE), [JSON.stringify(cache)]).catch(() => undefined);
}
