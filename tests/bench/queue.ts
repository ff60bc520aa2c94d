/**
 * Part of `npm run bench`: the queue's overhead. 2,000 articles built with `--queue` and two
 * local `relata worker` processes (one thread each), against `--jobs 2` on the same articles
 * (goal: within 15 %), and the overhead per job in milliseconds. Workers run for long, so the
 * first build, which finds them cold, is shown apart. A Redis server of its own on 127.0.0.1
 * (Debian's redis-server). Medians of 3 runs. Not a test: nothing here passes or fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRedis, startWorker, stopWorker } from '../queue/redis.ts';
import { writeArticles } from './articles.ts';

const root = join(import.meta.dirname, '../..');
const bin = join(root, 'dist/cli/bin.js');
if (!existsSync(bin)) throw new Error('no dist/cli/bin.js: run npm run build first');
const articles = Number(process.env.BENCH_QUEUE_ARTICLES ?? 2000);
const dir = mkdtempSync(join(tmpdir(), 'relata-bench-queue-'));
const corpus = join(dir, 'articles');
writeArticles(corpus, articles);

const timed = (args: string[]) => {
  const started = performance.now();
  const r = spawnSync(process.execPath, [bin, 'build', corpus, '--rebuild', '--quiet', ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return (performance.now() - started) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const redis = await startRedis();
const workers = await Promise.all([startWorker(redis.url), startWorker(redis.url)]);
try {
  // workers run for long: the first build, which finds them cold, is shown apart
  const cold = timed(['--graph', join(dir, 'queued'), '--queue', redis.url]);
  const queued = median([0, 1, 2].map(() => timed(['--graph', join(dir, 'queued'), '--queue', redis.url])));
  const threads = median([0, 1, 2].map(() => timed(['--graph', join(dir, 'threads'), '--jobs', '2'])));
  const same =
    readFileSync(join(dir, 'queued', 'graph.json'), 'utf8') ===
    readFileSync(join(dir, 'threads', 'graph.json'), 'utf8');
  const row = (name: string, value: string) => console.log(`${name.padEnd(34)} ${value}`);
  row(`build ${articles.toLocaleString('en')} articles --jobs 2`, `${threads.toFixed(2)} s`);
  row('the same, --queue, workers cold', `${cold.toFixed(2)} s`);
  row(
    'the same, --queue, 2 workers',
    `${queued.toFixed(2)} s  (${((100 * (queued - threads)) / threads).toFixed(0)} % more, goal ≤ 15 %; ${((1000 * (queued - threads)) / articles).toFixed(2)} ms a job; ${same ? 'the same' : 'NOT the same'} graph.json)`,
  );
} finally {
  await Promise.all(workers.map((worker) => stopWorker(worker)));
  await redis.stop();
  rmSync(dir, { recursive: true, force: true });
}
