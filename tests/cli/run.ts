import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Io } from '../../src/cli/command.ts';
import { main } from '../../src/cli/main.ts';

export const ROOT = join(import.meta.dirname, '../..');
export const SEEDS = join(ROOT, '../shared/corpus/seeds');
export const SCORER = join(ROOT, '../shared/eval/score.mjs');

/** Runs the real `relata` binary. */
export function relata(args: string[], options: { input?: string; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli/bin.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the CLI's `main` in this process, its output captured; `interactive` as on a terminal. */
export async function relataInProcess(
  argv: string[],
  interactive = false,
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    interactive,
    readStdin: async () => '',
    interrupted: () => new Promise(() => {}),
  };
  return { code: await main(argv, io), stdout, stderr };
}
