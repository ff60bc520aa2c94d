/**
 * Part of `npm run bench`: the built command (dist/, `npm run build` first) as a user runs it.
 * How long it takes to start, beside `node -e 0` (goals: --version and --help ≤ 0.3 s, query
 * ≤ 1 s), and a build of 2,000 articles made from the demo corpus (numbers varied) with
 * --jobs 2 beside --jobs 1 (goal: 1.7× faster, the same graph). Medians of BENCH_RUNS runs
 * (default 7; 3 for the builds). Not a test: nothing here passes or fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

// 2,000 articles: the demo corpus's texts, each copy with its numbers shifted and a numbered last sentence, so that no two are the same
const corpus = join(graph, 'articles');
mkdirSync(corpus);
const dir = join(root, 'examples/corpus');
const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8'));
for (let i = 0; i < 2000; i++) {
  const text = texts[i % texts.length].replace(/\b\d{1,3}\b/g, (n) => String((Number(n) + i) % 997));
  writeFileSync(join(corpus, `a${String(i).padStart(4, '0')}.txt`), `${text}\n\nLe rapport numéro ${i} de la rédaction a été publié ce jour-là.\n`);
}
const build = (jobs: number) => median([bin, 'build', corpus, '--graph', join(graph, `jobs-${jobs}`), '--rebuild', '--quiet', '--jobs', String(jobs)], 3);
const one = build(1);
const two = build(2);
const same = readFileSync(join(graph, 'jobs-1', 'graph.json'), 'utf8') === readFileSync(join(graph, 'jobs-2', 'graph.json'), 'utf8');
row('build 2,000 articles --jobs 1', `${one.toFixed(2)} s`);
const unchanged = median([bin, 'build', corpus, '--graph', join(graph, 'jobs-1'), '--quiet'], 3);
row('the same build, nothing changed', `${unchanged.toFixed(2)} s  (${((100 * unchanged) / one).toFixed(0)} % of the full build, goal 5 %)`);
row('build 2,000 articles --jobs 2', `${two.toFixed(2)} s  (${(one / two).toFixed(2)}× faster, goal 1.7×; ${same ? 'the same' : 'NOT the same'} graph.json)`);
rmSync(graph, { recursive: true, force: true });
