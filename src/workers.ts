/**
 * Extraction on several threads: this thread and `jobs − 1` worker threads each run
 * `extractForMerge` (worker.ts) on one document at a time, taking the next one when done; the
 * results come back in the documents' order, so the build that merges them makes the same graph
 * as one thread does.
 */
import { availableParallelism } from 'node:os';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { extractForMerge, type DocumentResult } from './extract/index.ts';
import { withLexicon } from './extract/lexicon/index.ts';
import type { UserLexicon } from './extract/lexicon/user.ts';
import type { Doc } from './types.ts';

/** Below this much text a batch is extracted in the calling thread unless told otherwise: starting a worker costs about 0.5 s. */
export const PARALLEL_MIN_CHARS = 256 * 1024;

/**
 * Documents a worker holds at once: while this thread extracts a document it does not answer,
 * so a worker with only one would wait for it.
 */
const QUEUED = 4;

/**
 * How many threads extract a batch: `jobs` when given (at most one per document). Otherwise
 * this thread alone, unless the machine has more than two cores and the batch at least
 * PARALLEL_MIN_CHARS of text: then one per core but one. (On two cores, V8's own background
 * threads already use the second one.)
 */
export function jobsFor(docs: readonly Doc[], jobs: number | undefined, cores = availableParallelism()): number {
  if (jobs === undefined) {
    const chars = docs.reduce((n, d) => n + d.text.length, 0);
    jobs = cores > 2 && chars >= PARALLEL_MIN_CHARS ? cores - 1 : 1;
  }
  return Math.max(1, Math.min(Math.floor(jobs), docs.length));
}

/** A worker running worker.ts beside this module; from the sources (.ts), tsx is registered in it first. */
function startWorker(lexicon: UserLexicon | undefined): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./worker.js', import.meta.url), { workerData: { lexicon } });
  const url = new URL('./worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`;
  return new Worker(boot, { eval: true, workerData: { lexicon } });
}

/** Threads that extract documents: this one and its workers. */
export interface Extractors {
  /** The results of `docs` in their order; `onDone` counts the documents done. */
  extract(docs: readonly Doc[], onDone: (done: number) => void): Promise<DocumentResult[]>;
  /** Stops the workers. */
  close(): Promise<void>;
}

/**
 * This thread and `jobs − 1` workers, started now: a worker compiles the lexicon as it starts,
 * so a build that starts them before reading its inputs finds them ready.
 */
export function startExtractors(jobs: number, lexicon: UserLexicon | undefined): Extractors {
  const workers = Array.from({ length: Math.max(0, jobs - 1) }, () => startWorker(lexicon));
  return {
    extract: (docs, onDone) => extractOn(workers, docs, lexicon, onDone),
    close: async () => void (await Promise.all(workers.map((worker) => worker.terminate()))),
  };
}

async function extractOn(
  workers: readonly Worker[],
  docs: readonly Doc[],
  lexicon: UserLexicon | undefined,
  onDone: (done: number) => void,
): Promise<DocumentResult[]> {
  const results: DocumentResult[] = new Array(docs.length);
  let next = 0;
  let done = 0;
  const finish = (index: number, result: DocumentResult) => {
    results[index] = result;
    onDone(++done);
  };
  const feed = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let held = 0;
      const settle = (error?: Error) => {
        worker.off('message', onMessage).off('error', settle).off('exit', onExit);
        if (error) reject(error);
        else resolve();
      };
      const give = () => {
        for (; held < QUEUED && next < docs.length; held++) {
          const index = next++;
          worker.postMessage({ index, doc: docs[index] });
        }
        if (held === 0) settle();
      };
      const onMessage = ({ index, result }: { index: number; result: DocumentResult }) => {
        held--;
        finish(index, result);
        give();
      };
      const onExit = (code: number) =>
        settle(held > 0 ? new Error(`an extraction worker stopped (exit code ${code})`) : undefined);
      worker.on('message', onMessage).on('error', settle).on('exit', onExit);
      give();
    });
  const inWorkers = Promise.all(workers.map(feed));
  let failed = false;
  inWorkers.catch(() => (failed = true)); // (awaited below; this thread stops taking documents meanwhile)
  // this thread takes its share, letting the workers' messages in between documents
  while (next < docs.length && !failed) {
    const index = next++;
    finish(
      index,
      withLexicon(lexicon, () => extractForMerge(docs[index]!)),
    );
    await yieldToEvents();
  }
  await inWorkers;
  return results;
}
