/**
 * Part of `npm run bench`: the built command (dist/, `npm run build` first) as a user runs it.
 * How long it takes to start, beside `node -e 0` (goals: --version and --help ≤ 0.3 s, query
 * ≤ 1 s); a build of 2,000 articles made from the demo corpus (numbers varied) with --jobs 1,
 * then again with nothing changed (goal ≤ 5 % of it), with 1 % more articles (goal ≤ 10 %) and
 * with --jobs 2 (goal: 1.7× faster, the same graph); and the CPU time and peak memory of a build
 * of 10,000 such articles on one thread (goals: ≤ 30 s, ≤ 1 GB). Medians of BENCH_RUNS runs
 * (default 7; 3 for the builds). Not a test: nothing here passes or fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeArticles } from './articles.ts';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'dist/cli/bin.js');
if (!existsSync(bin)) throw new Error('no dist/cli/bin.js: run npm run build first');
const runs = Number(process.env.BENCH_RUNS ?? 7);
const graph = mkdtempSync(join(tmpdir(), 'relata-bench-startup-'));
spawnSync(process.execPath, [bin, 'build', join(root, 'examples/corpus'), '--graph', graph, '--quiet']);

function median(args: string[], count = runs): number {
  const times = Array.from({ length: count }, () => {
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

const corpus = join(graph, 'articles');
writeArticles(corpus, 2000);
const build = (jobs: number) =>
  median(
    [bin, 'build', corpus, '--graph', join(graph, `jobs-${jobs}`), '--rebuild', '--quiet', '--jobs', String(jobs)],
    3,
  );
const one = build(1);
const two = build(2);
const same =
  readFileSync(join(graph, 'jobs-1', 'graph.json'), 'utf8') ===
  readFileSync(join(graph, 'jobs-2', 'graph.json'), 'utf8');
row('build 2,000 articles --jobs 1', `${one.toFixed(2)} s`);
const unchanged = median([bin, 'build', corpus, '--graph', join(graph, 'jobs-1'), '--quiet'], 3);
row(
  'the same build, nothing changed',
  `${unchanged.toFixed(2)} s  (${((100 * unchanged) / one).toFixed(0)} % of the full build, goal ≤ 5 %)`,
);
// 1 % more: each run into a store of the 2,000 (built untimed), then 20 new articles in the same folder
const more = Array.from({ length: 3 }, (_, run) => {
  const store = join(graph, `more-${run}`);
  spawnSync(process.execPath, [bin, 'build', corpus, '--graph', store, '--quiet']);
  const added = writeArticles(corpus, 20, 2000);
  const seconds = median([bin, 'build', corpus, '--graph', store, '--quiet'], 1);
  added.forEach((file) => rmSync(file));
  return seconds;
}).sort((a, b) => a - b)[1];
row(
  'the same build, 20 articles more',
  `${more.toFixed(2)} s  (${((100 * more) / one).toFixed(0)} % of the full build, goal ≤ 10 %)`,
);
row(
  'build 2,000 articles --jobs 2',
  `${two.toFixed(2)} s  (${(one / two).toFixed(2)}× faster, goal ≥ 1.7×; ${same ? 'the same' : 'NOT the same'} graph.json)`,
);

// 10,000 articles in one process, as the library builds them: CPU time and peak memory; then the
// rebuilds above at that size, where the fixed costs of a run (Node, modules, lexicon) weigh less
// (BENCH_LARGE_ARTICLES to change the count, 0 to skip)
const large = Number(process.env.BENCH_LARGE_ARTICLES ?? 10_000);
if (large > 0) {
  const folder = join(graph, 'large');
  const store = join(graph, 'large-graph');
  writeArticles(folder, large);
  const script = `const started = performance.now();
const { buildGraph } = await import(${JSON.stringify(join(root, 'dist/index.js'))});
await buildGraph([${JSON.stringify(folder)}], { out: ${JSON.stringify(store)}, jobs: 1 });
const r = process.resourceUsage();
console.log(JSON.stringify({ wall: (performance.now() - started) / 1000, cpu: (r.userCPUTime + r.systemCPUTime) / 1e6, peak: r.maxRSS * 1024 }));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`the build of ${large} articles failed: ${child.stderr}`);
  const { wall, cpu, peak } = JSON.parse(child.stdout) as { wall: number; cpu: number; peak: number };
  const count = large.toLocaleString('en');
  row(
    `build ${count} articles, 1 thread`,
    `${wall.toFixed(2)} s, ${cpu.toFixed(1)} s of CPU (goal ≤ 30 s), peak ${(peak / 1e9).toFixed(2)} GB (goal ≤ 1 GB)`,
  );
  const same = median([bin, 'build', folder, '--graph', store, '--quiet'], 3);
  row(`  the same, nothing changed`, `${same.toFixed(2)} s  (${((100 * same) / wall).toFixed(0)} % of it, goal ≤ 5 %)`);
  // 1 % more: three runs, each into a copy of the store (`cp -a` keeps graph.json's time to the
  // nanosecond, so the build cache still vouches for it)
  writeArticles(folder, large / 100, large);
  const grown = Array.from({ length: 3 }, (_, run) => {
    const copy = join(graph, `large-more-${run}`);
    spawnSync('cp', ['-a', store, copy]);
    return median([bin, 'build', folder, '--graph', copy, '--quiet'], 1);
  }).sort((a, b) => a - b)[1];
  row(`  the same, 1 % more`, `${grown.toFixed(2)} s  (${((100 * grown) / wall).toFixed(0)} % of it, goal ≤ 10 %)`);
}
rmSync(graph, { recursive: true, force: true });
