/**
 * Part of `npm run bench`: what a second thread gives once its code is warm. The same 2,000
 * articles extracted by the built package (dist/, `npm run build` first) on a pool of one thread
 * and on a pool of two, four rounds each, in turns, on the same pools; the first round warms
 * them, the median of the others is printed. A build (`build … --jobs 2` in cli.ts) pays what the
 * first round costs: a worker that starts, and code that each thread optimises as it runs.
 * Not a test: nothing here passes or fails.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeArticles } from './articles.ts';

const root = join(import.meta.dirname, '../..');
const dist = (file: string) => join(root, 'dist', file);
if (!existsSync(dist('workers.js'))) throw new Error('no dist/workers.js: run npm run build first');
type Workers = typeof import('../../src/workers.ts');
type Ingest = typeof import('../../src/ingest/index.ts');
const { startExtractors } = (await import(dist('workers.js'))) as Workers;
const { ingest } = (await import(dist('ingest/index.js'))) as Ingest;

const folder = mkdtempSync(join(tmpdir(), 'relata-bench-threads-'));
writeArticles(folder, 2000);
const { docs } = await ingest([folder]);
const pools = { 1: startExtractors(1, undefined), 2: startExtractors(2, undefined) };
const seconds: Record<1 | 2, number[]> = { 1: [], 2: [] };
for (let round = 0; round < 4; round++)
  for (const jobs of [1, 2] as const) {
    const started = performance.now();
    await pools[jobs].extract(docs, () => {});
    seconds[jobs].push((performance.now() - started) / 1000);
  }
await Promise.all([pools[1].close(), pools[2].close()]);
rmSync(folder, { recursive: true, force: true });

const row = (name: string, value: string) => console.log(`${name.padEnd(34)} ${value}`);
const warm = (jobs: 1 | 2) => [...seconds[jobs].slice(1)].sort((a, b) => a - b)[1]!;
row(
  'extraction, 2 warm threads',
  `${warm(2).toFixed(2)} s against ${warm(1).toFixed(2)} s on 1: ${(warm(1) / warm(2)).toFixed(2)}× faster`,
);
