/**
 * Part of `npm run bench`: how long the installed command takes to start, beside `node -e 0` on
 * the same machine (medians of BENCH_RUNS runs, default 7). Runs dist/ (`npm run build` first).
 * Not a test: nothing here passes or fails. Goals: --version and --help ≤ 0.3 s, query ≤ 1 s.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'dist/cli/bin.js');
if (!existsSync(bin)) throw new Error('no dist/cli/bin.js: run npm run build first');
const runs = Number(process.env.BENCH_RUNS ?? 7);
const graph = mkdtempSync(join(tmpdir(), 'relata-bench-startup-'));
spawnSync(process.execPath, [bin, 'build', join(root, 'examples/corpus'), '--graph', graph, '--quiet']);

function median(args: string[]): number {
  const times = Array.from({ length: runs }, () => {
    const started = performance.now();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    return (performance.now() - started) / 1000;
  }).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const row = (name: string, value: string) => console.log(`${name.padEnd(34)} ${value}`);
const node = median(['-e', '0']);
row('node -e 0', `${node.toFixed(2)} s`);
for (const [name, args] of [
  ['relata --version', ['--version']],
  ['relata --help', ['--help']],
  ["relata query '?x supplies Ukraine'", ['query', '?x supplies Ukraine', '--graph', graph, '--format', 'jsonl']],
  ['relata extract (one article)', ['extract', join(root, 'examples/corpus/2025-03-03-pologne-patriot.txt')]],
] as const) {
  const seconds = median([bin, ...args]);
  row(name, `${seconds.toFixed(2)} s  (node -e 0 + ${(seconds - node).toFixed(2)} s)`);
}
rmSync(graph, { recursive: true, force: true });
