/**
 * graph.json on disk: atomic save, checked load (serialize.ts makes and reads the text).
 */
import { readFileSync } from 'node:fs';
import { open, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { RelataError } from '../errors.ts';
import type { RelataGraph } from './model.ts';
import { chunked } from '../chunks.ts';
import { GRAPH_FILE, graphFromJSON, serializedPieces } from './serialize.ts';

/** graph.json is written in pieces of about this many characters. */
const WRITE_SIZE = 1 << 16;

/** Write `dir/graph.json` atomically, synced: a temporary file in the same folder, then a rename. */
export async function saveGraph(dir: string, graph: RelataGraph): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeGraphFile(join(dir, GRAPH_FILE), graph);
}

/** Writes `graph` as graph.json text to `file` (any name; its folder must exist), atomically and synced. */
export async function writeGraphFile(file: string, graph: RelataGraph): Promise<void> {
  await writeAtomically(file, chunked(serializedPieces(graph), WRITE_SIZE), { sync: true });
}

/**
 * Writes `pieces` to `target` atomically: into `<target>.<pid>.tmp` in the same folder (synced
 * when `sync`), then renamed over it. The temporary is removed on failure, and after a kill by
 * the next writer of the folder (lock.ts).
 */
export async function writeAtomically(target: string, pieces: Iterable<string>, { sync = false } = {}): Promise<void> {
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    const handle = await open(tmp, 'w');
    try {
      for (const piece of pieces) await handle.writeFile(piece, 'utf8');
      if (sync) await handle.sync().catch(() => undefined); // best effort: some file systems refuse fsync
    } finally {
      await handle.close();
    }
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/** The folder's graph.json; `trusted` as in `graphFromJSON`. */
export async function loadGraph(dir: string, trusted = false): Promise<RelataGraph> {
  const file = join(dir, GRAPH_FILE);
  const text = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => unreadable(file, e));
  return graphFromJSON(text, file, trusted);
}

/** `loadGraph` that blocks: for a build's result whose graph it did not need to load, read when asked for. */
export function loadGraphSync(dir: string): RelataGraph {
  const file = join(dir, GRAPH_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    unreadable(file, e as NodeJS.ErrnoException);
  }
  return graphFromJSON(text, file);
}

function unreadable(file: string, e: NodeJS.ErrnoException): never {
  if (e.code === 'ENOENT' || e.code === 'ENOTDIR') {
    throw new RelataError('graph', 'E_GRAPH_NOT_FOUND', `no graph at "${file}": run \`relata build\` first`, { file });
  }
  throw new RelataError(
    'graph',
    'E_GRAPH_FORMAT',
    `"${file}" cannot be read (${e.code === 'EISDIR' ? 'it is a folder' : e.message})`,
    { file },
  );
}
