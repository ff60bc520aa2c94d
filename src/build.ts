/**
 * Building the graph store: inputs → ingest → extract → merge into the stored graph →
 * layout → atomic save. Incremental: a document whose content hash is already in the graph
 * is not extracted again; a changed one replaces its old version; `rebuild` starts afresh.
 * The build cache (build-cache.ts) lets ingest skip the files it knows unchanged, unread; when
 * no file needed reading, the graph is not even loaded. When nothing new came in, nothing is
 * laid out or written. With `snapshot`, a build that wrote the graph also keeps a dated copy
 * (graph/snapshots.ts). `watchBuild` (watch.ts) runs builds in rounds. Extracting and merging
 * the documents is build-merge.ts; the summary, build-summary.ts.
 */
import { readFile } from 'node:fs/promises';
import { summaryOf, unchangedBuild } from './build-summary.ts';
import { RelataError, type Warning } from './errors.ts';
import { readBuildCache, writeBuildCache } from './build-cache.ts';
import type { RelataGraph } from './graph/model.ts';
import { withStoreLock } from './graph/lock.ts';
import { ingest } from './ingest/ingest.ts';
import { parseLexicon, type UserLexicon } from './extract/lexicon/user.ts';
import type { Doc } from './types.ts';

export interface BuildProgress {
  /** `wait`: another build is writing the same folder; `unreachable`: the queue's Redis server cannot be reached (`queue`). */
  phase: 'wait' | 'ingest' | 'extract' | 'unreachable' | 'layout' | 'save';
  done: number;
  total: number;
  /** In `extract`, within a long document: sentences read so far of its total. */
  sentences?: { done: number; total: number };
}

export interface BuildOptions {
  /** The store folder (default `graph`). */
  out?: string;
  /** Ignore the stored graph and start afresh. */
  rebuild?: boolean;
  /** Reads standard input, for the input `-`. */
  stdin?: () => Promise<string>;
  /** Larger documents are refused with a warning (default `MAX_DOCUMENT_BYTES`, 16 MiB). */
  maxDocumentBytes?: number;
  /** For URL inputs (src/ingest/fetch.ts): time per URL (default 30 s), body size (16 MiB, or maxDocumentBytes if larger), redirects (5). */
  fetchTimeoutMs?: number;
  maxFetchBytes?: number;
  maxRedirects?: number;
  onProgress?: (p: BuildProgress) => void;
  /** ForceAtlas2 iterations (default: scaled to the graph's size). */
  iterations?: number;
  /** The user's own entities and verbs (`loadLexicon`), for this build's extraction only. */
  lexicon?: UserLexicon;
  /**
   * Threads that extract documents: this one and `jobs − 1` workers (default: `jobsFor`, this
   * thread alone on two cores or for little text). The graph is the same for any number.
   */
  jobs?: number;
  /**
   * Extract on the BullMQ queue at this Redis address (`redis://host:port`) instead of this
   * machine's threads: `relata worker` processes anywhere take the documents (queue/queue.ts).
   * The graph is the same.
   */
  queue?: string;
  /** With `queue`: how long to wait for an unreachable Redis server before failing (default 5 minutes). */
  queueWaitMs?: number;
  /**
   * After a build that changed the graph (not after one that found nothing new), also keep the new
   * graph as `<out>/snapshots/<UTC time>.json` (graph/snapshots.ts), for `diffSinceStore`.
   */
  snapshot?: boolean;
  /** The clock that dates snapshots (default: the system's). */
  now?: () => Date;
  /**
   * Stops the build before it writes anything: checked after reading the inputs and after
   * extracting, it rejects with the signal's reason and leaves the store as it was. Once the
   * build has begun to write, it finishes (graph.json, the build cache, the snapshot).
   */
  signal?: AbortSignal;
}

export interface BuildSummary {
  documents: number;
  added: number;
  updated: number;
  unchanged: number;
  duplicates: { id: string; sameAs: string }[];
  sentences: number;
  triples: number;
  entities: number;
  relations: number;
  seconds: number;
  file: string;
  warnings: Warning[];
  /** Whether graph.json was written (false when nothing new came in). */
  written: boolean;
  /** With `snapshot`, when graph.json was written: the snapshot file written. */
  snapshot?: string;
}

/**
 * Builds the store: `inputs` are paths (files, folders, `-`) and/or documents already in memory
 * (`parseDocument`), merged into `out/graph.json`.
 */
export async function buildGraph(
  inputs: readonly (string | Doc)[],
  options: BuildOptions = {},
): Promise<{ graph: RelataGraph; summary: BuildSummary }> {
  const out = options.out ?? 'graph';
  options.signal?.throwIfAborted();
  // one writer at a time: a second build waits and merges into the first one's result
  return withStoreLock(out, () => buildLocked(inputs, out, options), {
    onWait: () => options.onProgress?.({ phase: 'wait', done: 0, total: 1 }),
    signal: options.signal,
  });
}

async function buildLocked(
  inputs: readonly (string | Doc)[],
  out: string,
  options: BuildOptions,
): Promise<{ graph: RelataGraph; summary: BuildSummary }> {
  options.signal?.throwIfAborted();
  const started = performance.now();
  const progress = options.onProgress ?? (() => {});
  const rebuild = options.rebuild ?? false;
  const cache = rebuild ? undefined : await readBuildCache(out);
  const paths = inputs.filter((i): i is string => typeof i === 'string');
  const given = inputs.filter((i): i is Doc => typeof i !== 'string');
  // workers asked for are started first: they get ready while the inputs are read
  const early =
    options.queue === undefined && options.jobs !== undefined && options.jobs > 1
      ? (await import('./workers.ts')).startExtractors(options.jobs, options.lexicon)
      : undefined;
  try {
    progress({ phase: 'ingest', done: 0, total: inputs.length });
    const read = paths.length ? await ingest(paths, { ...ingestOptions(options), cache: cache?.inputs }) : undefined;
    if (cache && read && read.filesRead === 0 && read.docs.length === 0 && given.length === 0)
      return unchangedBuild(out, cache, read, started);
    options.signal?.throwIfAborted();

    // extraction, the graph and its layout are loaded only now: a build that found every file unchanged never needs them
    const [{ mergeNew }, { finalizeGraph }] = await Promise.all([
      import('./build-merge.ts'),
      import('./graph/finalize.ts'),
    ]);
    const graph = await storedGraph(out, rebuild, cache !== undefined);
    const stored = graph.getAttribute('documents').length > 0;
    const placed = stored ? new Set(graph.nodes()) : undefined; // the stored layout, kept when the graph grew a little
    const docs = [...(read?.docs ?? []), ...given];
    const { counts, warnings, changed } = await mergeNew(graph, docs, options, progress, early);
    counts.unchanged += read?.unread ?? 0;
    // nothing new: the stored graph stays as it is, not laid out, written or synced again
    const written = !stored || counts.added + counts.updated > 0;
    // the last moment to stop with the store untouched; from here the build finishes
    options.signal?.throwIfAborted();
    let snapshot: string | undefined;
    if (written) {
      progress({ phase: 'layout', done: 0, total: 1 });
      // a stored graph derives only the edges that got evidence (taking some out derived theirs)
      finalizeGraph(graph, { iterations: options.iterations, placed, changed: stored ? changed : undefined });
      progress({ phase: 'save', done: 0, total: 1 });
      await (await import('./graph/store.ts')).saveGraph(out, graph);
      if (options.snapshot) {
        const { saveSnapshot } = await import('./graph/snapshots.ts');
        snapshot = (await saveSnapshot(out, graph, options.now?.() ?? new Date())).file;
      }
    }
    const inputCache = read?.cache ?? cache?.inputs;
    if (inputCache) await writeBuildCache(out, graph, inputCache);
    const summary = summaryOf(
      graph,
      counts,
      read?.duplicates ?? [],
      [...(read?.warnings ?? []), ...warnings],
      started,
      out,
      written,
    );
    return { graph, summary: snapshot === undefined ? summary : { ...summary, snapshot } };
  } finally {
    await early?.close();
  }
}

/** The stored graph, or a new one; `trusted` when the build cache vouches for graph.json as written. */
async function storedGraph(out: string, rebuild: boolean, trusted: boolean): Promise<RelataGraph> {
  const { createGraph } = await import('./graph/model.ts');
  if (rebuild) return createGraph();
  try {
    return await (await import('./graph/store.ts')).loadGraph(out, trusted);
  } catch (e) {
    if (e instanceof RelataError && e.code === 'E_GRAPH_NOT_FOUND') return createGraph();
    throw e; // a broken store is never overwritten silently: the user chooses --rebuild
  }
}

/** What a build passes on to ingest. */
export const ingestOptions = (
  o: Pick<BuildOptions, 'stdin' | 'maxDocumentBytes' | 'fetchTimeoutMs' | 'maxFetchBytes' | 'maxRedirects'>,
) => ({
  stdin: o.stdin,
  maxDocumentBytes: o.maxDocumentBytes,
  fetchTimeoutMs: o.fetchTimeoutMs,
  maxFetchBytes: o.maxFetchBytes,
  maxRedirects: o.maxRedirects,
});

/** Reads a user lexicon file (schema in extract/lexicon/user.ts and the README). */
export async function loadLexicon(path: string): Promise<UserLexicon> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new RelataError('build', 'E_INPUT_NOT_FOUND', `cannot read lexicon "${path}"`, { file: path });
  }
  return parseLexicon(text, path);
}
