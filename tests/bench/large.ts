/**
 * `npm run bench:large`: one long article (BENCH_ARTICLE_MB, default 50 MB) built into a graph
 * in this process; prints the time and the peak memory. Not a test. Paragraphs come from the
 * synthetic corpus, numbered so that none repeats (a repeated paragraph is read once).
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph } from '../../src/build.ts';
import { syntheticCorpus } from './corpus.ts';

const megabytes = Number(process.env.BENCH_ARTICLE_MB ?? 50);
const paragraphs = syntheticCorpus(2000, 4).map((d) => d.text);
const parts: string[] = [];
let size = 0;
for (let i = 0; size < megabytes * 2 ** 20; i++) {
  const paragraph = `${i + 1}. ${paragraphs[i % paragraphs.length]}`;
  parts.push(paragraph);
  size += Buffer.byteLength(paragraph) + 2;
}
const dir = mkdtempSync(join(tmpdir(), 'relata-bench-large-'));
writeFileSync(join(dir, 'article.txt'), parts.join('\n\n'));
parts.length = 0;

const row = (name: string, value: string) => console.log(`${name.padEnd(34)} ${value}`);
row('article', `${(statSync(join(dir, 'article.txt')).size / 2 ** 20).toFixed(1)} MiB`);
const started = performance.now();
const { summary } = await buildGraph([join(dir, 'article.txt')], {
  out: join(dir, 'graph'),
  maxDocumentBytes: 2 * megabytes * 2 ** 20,
});
row(
  'build',
  `${((performance.now() - started) / 1000).toFixed(1)} s  (${summary.sentences} sentences, ${summary.triples} triples, ${summary.relations} relations)`,
);
row('graph.json', `${(statSync(join(dir, 'graph', 'graph.json')).size / 1e6).toFixed(1)} MB`);
row('peak memory (RSS)', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
rmSync(dir, { recursive: true, force: true });
