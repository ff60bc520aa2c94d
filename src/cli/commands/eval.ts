import type { EVAL } from './index.ts';
import { RelataError, extractInputs, scoreTriples, type GoldTriple } from '../../index.ts';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Parsed } from '../args.ts';
import { EXIT, formatWarning, type Io } from '../command.ts';
import { table } from '../format.ts';

async function readJson<T>(path: string, lines: boolean): Promise<T> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new RelataError('eval', 'E_INPUT_NOT_FOUND', `cannot read "${path}"`);
  }
  try {
    return (
      lines
        ? text
            .split('\n')
            .filter((l) => l.trim())
            .map((l) => JSON.parse(l))
        : JSON.parse(text)
    ) as T;
  } catch (e) {
    throw new RelataError(
      'eval',
      'E_INPUT_FORMAT',
      `"${path}" is not valid JSON${lines ? ' Lines' : ''}: ${(e as Error).message}`,
    );
  }
}

const r3 = (x: number) => x.toFixed(3);

export async function run({ positional, options }: Parsed<typeof EVAL>, io: Io): Promise<number> {
  const [folder, goldPath] = positional;
  if (!folder || !goldPath) {
    io.stderr('relata: eval: give a folder and a gold file, e.g. relata eval examples/corpus examples/gold.jsonl\n');
    return EXIT.usage;
  }
  const gold = await readJson<GoldTriple[]>(goldPath, true);
  const aliasPath = typeof options.aliases === 'string' ? options.aliases : join(dirname(goldPath), 'aliases.json');
  const aliases = await readJson<Record<string, string[]>>(aliasPath, false).catch((e) => {
    if (typeof options.aliases === 'string') throw e;
    return {};
  });
  const { results, warnings } = await extractInputs([folder]);
  for (const w of warnings) io.stderr(`${formatWarning(w)}\n`);
  const report = scoreTriples(
    gold,
    results.flatMap((r) => r.triples),
    aliases,
  );
  if (options.json) {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    return EXIT.ok;
  }
  const rows = Object.entries(report.byPredicate).map(([predicate, c]) => ({
    predicate,
    tp: c.tp,
    fp: c.fp,
    fn: c.fn,
    precision: r3(c.precision),
    recall: r3(c.recall),
    f1: r3(c.f1),
  }));
  io.stdout(table(rows, ['predicate', 'tp', 'fp', 'fn', 'precision', 'recall', 'f1']));
  if (options.verbose) {
    io.stdout(`\nmissed (${report.missed.length}):\n${report.missed.map((k) => `  - ${k}\n`).join('')}`);
    io.stdout(`invented (${report.invented.length}):\n${report.invented.map((k) => `  + ${k}\n`).join('')}`);
  }
  io.stdout(
    `\ngold ${report.required} required + ${report.optional} optional, predicted ${report.predicted}, correct ${report.tp}\n`,
  );
  io.stdout(`precision ${r3(report.precision)} recall ${r3(report.recall)} f1 ${r3(report.f1)}\n`);
  return EXIT.ok;
}
