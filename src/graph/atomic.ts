/** Atomic file writes: a whole new file or the old one, never half of either. */
import { open, rename, rm } from 'node:fs/promises';

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
