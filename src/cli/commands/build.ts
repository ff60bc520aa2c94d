import type { BUILD } from './index.ts';
import { buildGraph, loadLexicon, queueConnection, type BuildProgress } from '../../index.ts';
import { intOption, type Parsed } from '../args.ts';
import { EXIT, type Io } from '../command.ts';
import { formatWarning } from '../format.ts';

const SHOWN_DUPLICATES = 5;

export async function run({ positional, options }: Parsed<typeof BUILD>, io: Io): Promise<number> {
  if (positional.length === 0) {
    io.stderr('relata: build: name at least one file or folder (or - for standard input)\n');
    return EXIT.usage;
  }
  if (typeof options.queue === 'string') queueConnection(options.queue); // a bad address is a usage error before anything is read
  const started = Date.now();
  let last = '';
  const onProgress = (p: BuildProgress) => {
    if (options.quiet || Date.now() - started < 1000) return;
    const line = progressLine(p, io.interactive);
    if (line === last) return;
    last = line;
    io.stderr(io.interactive ? `\r\x1b[K${line}` : `${line}\n`);
  };
  const { summary } = await buildGraph(positional, {
    out: options.graph ?? options.out ?? 'graph',
    rebuild: options.rebuild === true,
    iterations: options.iterations === undefined ? undefined : intOption(options.iterations, 'iterations', 0),
    stdin: io.readStdin,
    maxDocumentBytes: intOption(options['max-document-size'], 'max-document-size', 16) * 2 ** 20,
    lexicon: typeof options.lexicon === 'string' ? await loadLexicon(options.lexicon) : undefined,
    jobs: options.jobs === undefined ? undefined : Math.max(1, intOption(options.jobs, 'jobs', 1)),
    queue: typeof options.queue === 'string' ? options.queue : undefined,
    onProgress,
  });
  if (last && io.interactive) io.stderr('\r\x1b[K');
  for (const w of summary.warnings) io.stderr(`${formatWarning(w)}\n`);
  // a few by name, then a count: a corpus of copies should not bury the summary
  for (const d of summary.duplicates.slice(0, SHOWN_DUPLICATES)) io.stderr(`relata: "${d.id}" has the same content as "${d.sameAs}": read once\n`);
  const more = summary.duplicates.length - SHOWN_DUPLICATES;
  if (more > 0) io.stderr(`relata: and ${more} more documents with the same content as another: read once\n`);
  if (!options.quiet) {
    io.stderr(
      `${summary.file}: ${summary.documents} documents (${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged), ` +
        `${summary.sentences} sentences read, ${summary.entities} entities, ${summary.relations} relations, ${summary.seconds.toFixed(1)} s\n`,
    );
  }
  return summary.warnings.length ? EXIT.problems : EXIT.ok;
}

/**
 * The progress line: on a terminal one line redrawn (documents one by one, a long document's
 * sentences by the percent); in a log a line per phase and per ten percent, never one per document.
 */
export function progressLine(p: BuildProgress, interactive: boolean): string {
  const step = interactive ? 1 : 10;
  const percent = (done: number, total: number) => Math.floor((100 * done) / total / step) * step;
  if (p.phase === 'wait') return 'waiting for another build of this folder…';
  if (p.phase === 'unreachable') return "waiting for the queue's Redis server (5 minutes at most)…";
  if (p.phase !== 'extract') return `${p.phase}…`;
  if (p.sentences) return `extracting document ${p.done + 1}/${p.total}: ${percent(p.sentences.done, p.sentences.total)} % of its ${p.sentences.total.toLocaleString('en')} sentences`;
  return interactive ? `extracting ${p.done}/${p.total} documents` : `extracting ${p.total} documents: ${percent(p.done, p.total)} %`;
}
