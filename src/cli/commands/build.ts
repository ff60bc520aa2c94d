import type { BUILD } from './index.ts';
// the modules a build needs, not the whole library: a build that finds nothing changed loads little else
import { buildGraph, loadLexicon, type BuildOptions, type BuildProgress, type BuildSummary } from '../../build.ts';
import { RelataError } from '../../errors.ts';
import { queueConnection } from '../../queue/connection.ts';
import { watchBuild, type WatchRound } from '../../watch.ts';
import { intOption, type Parsed } from '../args.ts';
import { cliMessage, EXIT, formatWarning, type Io } from '../command.ts';

const SHOWN_DUPLICATES = 5;

const usage = (message: string) => new RelataError('cli', 'E_USAGE', message);

export async function run({ positional, options }: Parsed<typeof BUILD>, io: Io): Promise<number> {
  if (positional.length === 0) {
    io.stderr('relata: build: name at least one file, folder or URL (or - for standard input)\n');
    return EXIT.usage;
  }
  if (!options.watch && options.interval !== undefined) throw usage('--interval goes with --watch');
  if (options.watch && positional.includes('-'))
    throw usage('--watch reads its inputs again each round: standard input (-) cannot be one of them');
  const interval = intOption(options.interval, 'interval', 300);
  if (interval < 1) throw usage('option --interval takes a whole number of seconds, at least 1');
  if (typeof options.queue === 'string') queueConnection(options.queue); // a bad address is a usage error before anything is read
  const progress = reporter(io, options.quiet === true);
  const buildOptions: BuildOptions = {
    out: options.graph ?? options.out ?? 'graph',
    rebuild: options.rebuild === true,
    iterations: options.iterations === undefined ? undefined : intOption(options.iterations, 'iterations', 0),
    stdin: io.readStdin,
    maxDocumentBytes: intOption(options['max-document-size'], 'max-document-size', 16) * 2 ** 20,
    fetchTimeoutMs:
      options['fetch-timeout'] === undefined
        ? undefined
        : Math.max(1, intOption(options['fetch-timeout'], 'fetch-timeout', 30)) * 1000,
    lexicon: typeof options.lexicon === 'string' ? await loadLexicon(options.lexicon) : undefined,
    jobs: options.jobs === undefined ? undefined : Math.max(1, intOption(options.jobs, 'jobs', 1)),
    queue: typeof options.queue === 'string' ? options.queue : undefined,
    snapshot: options.snapshot === true,
    onProgress: progress.onProgress,
  };
  if (options.watch) return watch(positional, buildOptions, interval, options.quiet === true, io, progress);
  progress.start();
  const { summary } = await buildGraph(positional, buildOptions);
  progress.clear();
  reportProblems(summary, io);
  if (!options.quiet) io.stderr(`${summaryLine(summary)}\n`);
  return summary.warnings.length ? EXIT.problems : EXIT.ok;
}

/**
 * `--watch`: a round now, then one every `interval` seconds, a line each, until Ctrl-C or SIGTERM
 * (the round under way finishes, or stops before it writes). A failed round is a line too.
 */
async function watch(
  inputs: string[],
  options: BuildOptions,
  interval: number,
  quiet: boolean,
  io: Io,
  progress: Reporter,
): Promise<number> {
  const controller = new AbortController();
  let running = false;
  void io.interrupted().then(() => {
    if (!quiet)
      io.stderr(
        running
          ? 'relata: stopping: the round under way stops before it writes, or finishes writing…\n'
          : 'relata: stopping…\n',
      );
    controller.abort();
  });
  const clock = options.now ?? (() => new Date());
  const time = (date: Date) => date.toISOString().replace(/\.\d+Z$/, 'Z');
  if (!quiet)
    io.stderr(`relata: watching ${inputs.join(', ')} every ${interval} s into ${options.out} (Ctrl-C to stop)\n`);
  const onRound = (round: WatchRound) => {
    running = false;
    progress.clear();
    const at = time(clock());
    if (round.summary === undefined) {
      const e = round.error;
      io.stderr(
        `${at} ${e instanceof RelataError ? cliMessage(e.message) : `relata: build: unexpected error: ${e instanceof Error ? e.message : String(e)}`}\n`,
      );
      return;
    }
    const summary = round.summary;
    reportProblems(summary, io);
    if (quiet) return;
    io.stderr(
      summary.written
        ? `${at} ${summaryLine(summary)}\n`
        : `${at} no change: ${summary.documents} documents, ${summary.entities} entities, ${summary.relations} relations\n`,
    );
  };
  const onRoundStart = () => {
    running = true;
    progress.start();
  };
  const { rounds } = await watchBuild(inputs, options, {
    interval: interval * 1000,
    signal: controller.signal,
    onRoundStart,
    onRound,
  });
  progress.clear();
  if (!quiet) io.stderr(`relata: stopped after ${rounds} round${rounds === 1 ? '' : 's'}\n`);
  return EXIT.ok;
}

/** The summary of a build, as its last line (and a round's, after the time). */
function summaryLine(summary: BuildSummary): string {
  return (
    `${summary.file}: ${summary.documents} documents (${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged), ` +
    `${summary.sentences} sentences read, ${summary.entities} entities, ${summary.relations} relations, ${summary.seconds.toFixed(1)} s` +
    (summary.snapshot === undefined ? '' : `; snapshot ${summary.snapshot}`)
  );
}

function reportProblems(summary: BuildSummary, io: Io): void {
  for (const w of summary.warnings) io.stderr(`${formatWarning(w)}\n`);
  // a few by name, then a count: a corpus of copies should not bury the summary
  for (const d of summary.duplicates.slice(0, SHOWN_DUPLICATES))
    io.stderr(`relata: "${d.id}" has the same content as "${d.sameAs}": read once\n`);
  const more = summary.duplicates.length - SHOWN_DUPLICATES;
  if (more > 0) io.stderr(`relata: and ${more} more documents with the same content as another: read once\n`);
}

interface Reporter {
  onProgress?: (p: BuildProgress) => void;
  /** A build begins: progress is shown once it has run a second. */
  start(): void;
  /** Clears a progress line redrawn on a terminal. */
  clear(): void;
}

function reporter(io: Io, quiet: boolean): Reporter {
  let started = Date.now();
  let last = '';
  return {
    onProgress: quiet
      ? undefined
      : (p) => {
          if (Date.now() - started < 1000) return;
          const line = progressLine(p, io.interactive);
          if (line === last) return;
          last = line;
          io.stderr(io.interactive ? `\r\x1b[K${line}` : `${line}\n`);
        },
    start() {
      started = Date.now();
      last = '';
    },
    clear() {
      if (last && io.interactive) io.stderr('\r\x1b[K');
      last = '';
    },
  };
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
  if (p.sentences)
    return `extracting document ${p.done + 1}/${p.total}: ${percent(p.sentences.done, p.sentences.total)} % of its ${p.sentences.total.toLocaleString('en')} sentences`;
  return interactive
    ? `extracting ${p.done}/${p.total} documents`
    : `extracting ${p.total} documents: ${percent(p.done, p.total)} %`;
}
