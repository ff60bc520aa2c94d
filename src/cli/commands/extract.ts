import type { EXTRACT } from './index.ts';
import { extractInputs, loadLexicon } from '../../index.ts';
import { intOption, type Parsed } from '../args.ts';
import { EXIT, formatWarning, type Io } from '../command.ts';
import { printRows } from '../format.ts';

const COLUMNS = ['doc', 'date', 'subject', 'predicate', 'object', 'modality', 'rule', 'cue', 'confidence', 'sentence'];

export async function run({ positional, options }: Parsed<typeof EXTRACT>, io: Io): Promise<number> {
  if (positional.length === 0) {
    io.stderr('relata: extract: name at least one file or folder (or - for standard input)\n');
    return EXIT.usage;
  }
  const lexicon = options.lexicon === undefined ? undefined : await loadLexicon(options.lexicon);
  const { results, warnings } = await extractInputs(positional, { stdin: io.readStdin, lexicon });
  for (const w of warnings) io.stderr(`${formatWarning(w)}\n`);
  const limit = intOption(options.limit, 'limit', Infinity);
  const triples = results.flatMap((r) => r.triples).slice(0, limit);
  printRows(io, options.format ?? 'jsonl', triples, COLUMNS, 'no triples');
  return warnings.length ? EXIT.problems : EXIT.ok;
}
