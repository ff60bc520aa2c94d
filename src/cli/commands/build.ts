import { buildGraph, loadLexicon, type BuildProgress } from '../../build.ts';
import { intOption, type Parsed } from '../args.ts';
import { EXIT, type Io } from '../command.ts';
import { formatWarning } from '../format.ts';

export async function run({ positional, options }: Parsed, io: Io): Promise<number> {
  if (positional.length === 0) {
    io.stderr('relata build: name at least one file or folder (or - for standard input)\n');
    return EXIT.usage;
  }
  const started = Date.now();
  let last = '';
  const onProgress = (p: BuildProgress) => {
    if (options.quiet || Date.now() - started < 1000) return;
    // within a long document: whole percents on a terminal, tens in a log
    const step = io.interactive ? 1 : 10;
    const within = p.sentences && `extracting document ${p.done + 1}/${p.total}: ${Math.floor((100 * p.sentences.done) / p.sentences.total / step) * step} % of its ${p.sentences.total.toLocaleString('en')} sentences`;
    const line = p.phase === 'extract' ? (within ?? `extracting ${p.done}/${p.total} documents`) : p.phase === 'wait' ? 'waiting for another build of this folder…' : `${p.phase}…`;
    if (line === last) return;
    last = line;
    io.stderr(io.interactive ? `\r\x1b[K${line}` : `${line}\n`);
  };
  const { summary } = await buildGraph(positional, {
    out: typeof options.out === 'string' ? options.out : 'graph',
    rebuild: options.rebuild === true,
    iterations: options.iterations === undefined ? undefined : intOption(options.iterations, 'iterations', 0),
    stdin: io.readStdin,
    maxDocumentBytes: intOption(options['max-document-size'], 'max-document-size', 16) * 2 ** 20,
    lexicon: typeof options.lexicon === 'string' ? await loadLexicon(options.lexicon) : undefined,
    onProgress,
  });
  if (last && io.interactive) io.stderr('\r\x1b[K');
  for (const w of summary.warnings) io.stderr(`${formatWarning(w)}\n`);
  for (const d of summary.duplicates) io.stderr(`relata/ingest: "${d.id}" has the same content as "${d.sameAs}": read once\n`);
  if (!options.quiet) {
    io.stderr(
      `${summary.file}: ${summary.documents} documents (${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged), ` +
        `${summary.sentences} sentences read, ${summary.entities} entities, ${summary.relations} relations, ${summary.seconds.toFixed(1)} s\n`,
    );
  }
  return summary.warnings.length ? EXIT.problems : EXIT.ok;
}
