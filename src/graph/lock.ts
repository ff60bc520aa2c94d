/**
 * One writer at a time for a graph folder: `graph.lock` holds the writer's process id while it
 * reads, merges and saves. Another writer waits for it (a build started while one runs merges
 * into its result instead of overwriting it), and fails with the holder named after `wait` ms.
 * A lock or a temporary `<file>.<pid>.tmp` left by a process that no longer runs (a kill)
 * is removed.
 */
import { open, readdir, readFile, rm, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { RelataError } from '../errors.ts';

const LOCK_FILE = 'graph.lock';

export interface LockOptions {
  /** How long to wait for another writer, in ms (default 10 minutes). */
  wait?: number;
  /** Called once when another writer holds the folder. */
  onWait?: (holder: { pid: number; since: string }) => void;
  /** Stops the waiting (with the signal's reason): a watch told to stop does not wait for another writer. */
  signal?: AbortSignal;
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

async function holderOf(file: string): Promise<{ pid: number; since: string } | undefined> {
  try {
    const data = JSON.parse(await readFile(file, 'utf8')) as { pid?: unknown; since?: unknown };
    return typeof data.pid === 'number' ? { pid: data.pid, since: String(data.since ?? '') } : undefined;
  } catch {
    return undefined; // being written, or damaged: treated as held until it reads
  }
}

/** Runs `work` while holding the folder's lock. */
export async function withStoreLock<T>(dir: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, LOCK_FILE);
  const started = Date.now();
  let told = false;
  for (;;) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
      await handle.close();
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = await holderOf(file);
    if (holder && !alive(holder.pid)) {
      await rm(file, { force: true });
      continue;
    }
    if (holder && !told) {
      options.onWait?.(holder);
      told = true;
    }
    options.signal?.throwIfAborted();
    if (Date.now() - started > (options.wait ?? 600_000)) {
      throw new RelataError(
        'graph',
        'E_GRAPH_LOCKED',
        `"${dir}" is being written by process ${holder?.pid ?? '?'}${holder?.since ? ` (since ${holder.since})` : ''}; try again when it ends`,
        { dir, holder },
      );
    }
    await sleep(100, undefined, { signal: options.signal });
  }
  try {
    await removeStaleTemporaries(dir);
    return await work();
  } finally {
    await rm(file, { force: true });
  }
}

/** Removes from `dir` the temporary files (`graph.json.<pid>.tmp`, `build-cache.json.<pid>.tmp`: store.ts's `writeAtomically`) of processes that no longer run. */
export async function removeStaleTemporaries(dir: string): Promise<void> {
  for (const name of await readdir(dir)) {
    const pid = /^[^/]+\.json\.(\d+)\.tmp$/.exec(name)?.[1];
    if (pid && !alive(Number(pid))) await rm(join(dir, name), { force: true });
  }
}
