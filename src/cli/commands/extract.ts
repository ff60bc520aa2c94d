import { loadLexicon } from '../../build.ts';
import { extractCorpus } from '../../extract/index.ts';
import { extendLexicon } from '../../extract/lexicon/index.ts';
import { ingest } from '../../ingest/index.ts';
import type { Parsed } from '../args.ts';
import { EXIT, type Io } from '../command.ts';
import { formatWarning } from '../format.ts';

export async function run({ positional, options }: Parsed, io: Io): Promise<number> {
  if (positional.length === 0) {
    io.stderr('relata extract: name at least one file or folder (or - for standard input)\n');
    return EXIT.usage;
  }
  if (typeof options.lexicon === 'string') extendLexicon(await loadLexicon(options.lexicon));
  const { docs, warnings } = await ingest(positional, { stdin: io.readStdin });
  for (const w of warnings) io.stderr(`${formatWarning(w)}\n`);
  for (const { triples } of extractCorpus(docs)) {
    if (triples.length) io.stdout(`${triples.map((t) => JSON.stringify(t)).join('\n')}\n`);
  }
  return warnings.length ? EXIT.problems : EXIT.ok;
}
