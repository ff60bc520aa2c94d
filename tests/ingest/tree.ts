/** Files for the ingest tests (a plain module: importing it registers no tests). */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Writes `tree` (relative path → content) under `dir`, making folders as needed. */
export async function writeTree(dir: string, tree: Record<string, string | Buffer>): Promise<void> {
  for (const [name, content] of Object.entries(tree)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
}
