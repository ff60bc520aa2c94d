/**
 * Dated snapshots of a store: `relata build --snapshot` keeps, after each build that changed the
 * graph, a copy of the new graph.json as `<store>/snapshots/<UTC time>.json`, named
 * `2025-11-25T08-00-00Z.json` (safe on every file system; names sort as the times do). Two
 * snapshots in the same second: the later one replaces the earlier one.
 *
 * With them, "what changed since a date" knows removals: `diffSinceStore` compares the latest
 * snapshot taken before the date with the graph now. Snapshots are dated by when they were
 * built, not by the dates of the documents (which `diffSince` reads).
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RelataError } from '../errors.ts';
import { diffGraphs, diffSince, requireDiffDate, type DiffOptions } from './diff.ts';
import type { GraphDiff } from './diff-types.ts';
import type { RelataGraph } from './model.ts';
import { graphFromJSON } from './serialize.ts';
import { removeStaleTemporaries } from './lock.ts';
import { loadGraph, writeGraphFile } from './store.ts';

/** The folder of the store that holds the snapshots. */
export const SNAPSHOTS_DIR = 'snapshots';

/** A snapshot name: a UTC time to the second, `-` for `:`. */
const NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z$/;

export interface Snapshot {
  /** `2025-11-25T08-00-00Z`: the file's name without `.json`. */
  name: string;
  /** When it was taken, ISO 8601 in UTC: `2025-11-25T08:00:00Z`. */
  date: string;
  /** Its path: `<store>/snapshots/<name>.json`. */
  file: string;
}

/** The snapshot name of a time: `2025-11-25T08-00-00Z` (UTC, to the second). */
export function snapshotName(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/:/g, '-');
}

/** The ISO time of a snapshot name (`.json` or not), or undefined when it is not one (a real time, nothing else). */
export function snapshotDate(name: string): string | undefined {
  const m = NAME.exec(name.replace(/\.json$/, ''));
  if (!m) return undefined;
  const iso = `${m[1]}T${m[2]}:${m[3]}:${m[4]}Z`;
  const time = Date.parse(iso);
  return Number.isNaN(time) || snapshotName(new Date(time)) !== name.replace(/\.json$/, '') ? undefined : iso;
}

/**
 * Writes `graph` as the snapshot of time `date` (default now), atomically. Called by the build
 * while it holds the store's lock; a temporary left in the folder by a killed build is removed.
 */
export async function saveSnapshot(storeDir: string, graph: RelataGraph, date: Date = new Date()): Promise<Snapshot> {
  const dir = join(storeDir, SNAPSHOTS_DIR);
  await mkdir(dir, { recursive: true });
  await removeStaleTemporaries(dir);
  const name = snapshotName(date);
  const file = join(dir, `${name}.json`);
  await writeGraphFile(file, graph);
  return { name, date: snapshotDate(name)!, file };
}

/** The store's snapshots, oldest first (none when it has no snapshots folder). Other files there are ignored. */
export async function listSnapshots(storeDir: string): Promise<Snapshot[]> {
  const dir = join(storeDir, SNAPSHOTS_DIR);
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return [];
    throw e;
  }
  const snapshots: Snapshot[] = [];
  for (const entry of entries) {
    if (!entry.endsWith('.json')) continue;
    const name = entry.slice(0, -'.json'.length);
    const date = snapshotDate(name);
    if (date) snapshots.push({ name, date, file: join(dir, entry) });
  }
  return snapshots.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Reads the snapshot `name` (`2025-11-25T08-00-00Z`, with or without `.json`) of a store. Any other
 * name (a path, `..`) is refused with a RelataError `E_USAGE`; a missing one is `E_GRAPH_NOT_FOUND`.
 */
export async function loadSnapshot(storeDir: string, name: string): Promise<RelataGraph> {
  if (snapshotDate(name) === undefined) {
    throw new RelataError(
      'graph',
      'E_USAGE',
      `"${name}" is not a snapshot name (a UTC time such as 2025-11-25T08-00-00Z)`,
      { name },
    );
  }
  const file = join(storeDir, SNAPSHOTS_DIR, `${name.replace(/\.json$/, '')}.json`);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new RelataError('graph', 'E_GRAPH_NOT_FOUND', `no snapshot at "${file}"`, { file });
    throw new RelataError('graph', 'E_GRAPH_FORMAT', `"${file}" cannot be read (${(e as Error).message})`, { file });
  }
  return graphFromJSON(text, file);
}

/** Whether a snapshot time (ISO) is before `since` (a `diffSince` date), at the precision of `since`. */
const takenBefore = (date: string, since: string): boolean => date.slice(0, since.length) < since;

/**
 * What changed in a store since a date. When the store has a snapshot taken before `since`, the
 * latest such is compared with the graph (`diffGraphs`: removals and weakenings known), and the
 * diff says `mode: 'since'`, `since`, `removals: true` and the snapshot's name in `baseline`.
 * Otherwise the graph is split at the date by the dates of its documents (`diffSince`: no removals).
 * Throws a RelataError `E_USAGE` when `since` is not an ISO date, `E_GRAPH_NOT_FOUND` without a graph.
 */
export async function diffSinceStore(
  storeDir: string,
  since: string,
  options: DiffOptions = {},
  current?: RelataGraph,
): Promise<GraphDiff> {
  requireDiffDate(since);
  const graph = current ?? (await loadGraph(storeDir));
  const baseline = (await listSnapshots(storeDir)).filter((s) => takenBefore(s.date, since)).at(-1);
  if (!baseline) return diffSince(graph, since, options);
  const {
    mode: _mode,
    since: _since,
    removals: _removals,
    ...diff
  } = diffGraphs(await loadSnapshot(storeDir, baseline.name), graph, options);
  return { mode: 'since', since, removals: true, baseline: baseline.name, ...diff };
}
