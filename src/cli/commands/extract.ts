import { loadLexicon } from '../../build.ts';
import { extractCorpus } from '../../extract/index.ts';
import { extendLexicon } from '../../extract/lexicon/index.ts';
import { ingest } from '../../ingest/index.ts';
import { EXIT, type Command } from '../command.ts';
import { formatWarning } from '../format.ts';

export const extract: Command = {
  name: 'extract',
  usage: 'relata extract <inputs...> [--lexicon FILE]',
  summary: 'Prints the triples of the inputs as JSON Lines (the scorer\'s format plus provenance); writes nothing.',
  options: {
    lexicon: { type: 'string', short: 'l', description: 'a JSON file of your own entities and verbs (see the README)' },
  },
  async run({ positional, options }, io) {
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
  },
};
