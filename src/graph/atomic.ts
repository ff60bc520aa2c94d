/** Atomic file writes: a whole new file or the old one, never half of either. */
import { open, rename, rm, type FileHandle } from 'node:fs/promises';

/** Pieces written with one call, at most: a few hundred small ones cost one system call. */
const BATCH = { pieces: 256, bytes: 1 << 20 };

/**
 * Writes `pieces` (text, as UTF-8, or bytes) to `target` atomically: into `<target>.<pid>.tmp`
 * in the same folder (synced when `sync`), then renamed over it. The temporary is removed on
 * failure, and after a kill by the next writer of the folder (lock.ts).
 */
export async function writeAtomically(
  target: string,
  pieces: Iterable<string | Uint8Array>,
  { sync = false } = {},
): Promise<void> {
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    const handle = await open(tmp, 'w');
    try {
      let batch: Uint8Array[] = [];
      let bytes = 0;
      for (const piece of pieces) {
        const buffer = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
        batch.push(buffer);
        bytes += buffer.byteLength;
        if (batch.length < BATCH.pieces && bytes < BATCH.bytes) continue;
        await writeAll(handle, batch, bytes);
        batch = [];
        bytes = 0;
      }
      await writeAll(handle, batch, bytes);
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

/** `batch` (`bytes` long) at the file's position: at once, then the rest if the system wrote less. */
async function writeAll(handle: FileHandle, batch: Uint8Array[], bytes: number): Promise<void> {
  if (bytes === 0) return;
  const { bytesWritten } = await handle.writev(batch);
  if (bytesWritten < bytes) await handle.writeFile(Buffer.concat(batch).subarray(bytesWritten));
}
