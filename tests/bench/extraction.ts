/**
 * Part of `npm run bench`: relata's extraction beside compromise's tagging of the same realistic
 * text (the demo corpus's articles, each copy with its numbers shifted): goal ≥ 5× faster.
 * compromise reads the English articles, fr-compromise the French ones. Medians of 3 rounds.
 * Not a test: nothing here passes or fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractForMerge } from '../../src/extract/index.ts';
import { lexicon } from '../../src/extract/lexicon/index.ts';
import { english, french } from '../../src/extract/nlp.ts';
import { parseDocument } from '../../src/ingest/index.ts';
import { detectLanguage } from '../../src/text/language.ts';

const copies = Number(process.env.BENCH_ARTICLES ?? 600);
const dir = join(import.meta.dirname, '../../examples/corpus');
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(dir, f), 'utf8'));
const docs = Array.from({ length: copies }, (_, i) =>
  parseDocument(
    `a${i}.txt`,
    texts[i % texts.length].replace(/\b\d{1,3}\b/g, (n) => String((Number(n) + i) % 997)),
    'txt',
  ),
);
const megabytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6;

lexicon(); // compiled once, outside the timing
const en = english();
const fr = french();
const median = (f: () => void): number => {
  const times = [0, 1, 2].map(() => {
    const started = performance.now();
    f();
    return (performance.now() - started) / 1000;
  });
  return times.sort((a, b) => a - b)[1];
};
const relata = median(() => docs.forEach((d) => extractForMerge(d)));
const tagging = median(() => docs.forEach((d) => (detectLanguage(d.text) === 'en' ? en(d.text) : fr(d.text))));
const row = (name: string, value: string) => console.log(`${name.padEnd(34)} ${value}`);
row('realistic articles', `${copies} articles, ${megabytes.toFixed(2)} MB`);
row('relata extraction', `${relata.toFixed(2)} s  (${(megabytes / relata).toFixed(2)} MB/s)`);
row(
  'compromise tagging, same text',
  `${tagging.toFixed(2)} s  (relata ${(tagging / relata).toFixed(2)}× faster, goal 5×)`,
);
