/** Benchmark corpora: the demo corpus's articles copied with their numbers shifted and a numbered last sentence, so that no two are the same. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '../../examples/corpus');
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(dir, f), 'utf8'));

/** Writes `count` articles (numbered from `from`) into `folder`; gives their paths. */
export function writeArticles(folder: string, count: number, from = 0): string[] {
  mkdirSync(folder, { recursive: true });
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    const text = texts[i % texts.length].replace(/\b\d{1,3}\b/g, (n) => String((Number(n) + i) % 997));
    const file = join(folder, `a${String(i).padStart(5, '0')}.txt`);
    writeFileSync(file, `${text}\n\nLe rapport numéro ${i} de la rédaction a été publié ce jour-là.\n`);
    return file;
  });
}
