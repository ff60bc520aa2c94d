import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../..');
export const SEEDS = join(ROOT, '../shared/corpus/seeds');
export const SCORER = join(ROOT, '../shared/eval/score.mjs');

/** Runs the real `relata` binary. */
export function relata(args: string[], options: { input?: string; cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli/bin.js'), ...args], { cwd: options.cwd ?? ROOT, input: options.input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
