/**
 * graph.json on disk: atomic save, checked load (serialize.ts makes and reads the text).
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chunked } from '../chunks.ts';
import { writeAtomically } from './atomic.ts';
import { GRAPH_FILE, type RelataGraph } from './model.ts';
import { unreadableGraph } from './parse.ts';
import { graphFromJSON, serializedPieces } from './serialize.ts';

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

/** The folder's graph.json; `trusted` as in `graphFromJSON`. */
export async function loadGraph(dir: string, trusted = false): Promise<RelataGraph> {
  const file = join(dir, GRAPH_FILE);
  const bytes = await readFile(file).catch((e: NodeJS.ErrnoException) => unreadableGraph(file, e));
  return graphFromJSON(bytes, file, trusted);
}
