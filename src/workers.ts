/**
 * Extraction on worker threads: each worker runs `extractForMerge` (worker.ts) over the
 * documents it is given, one at a time; the results come back in the documents' order, so the
 * build that merges them makes the same graph as one thread does.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { DocumentResult } from './extract/index.ts';
import type { UserLexicon } from './extract/lexicon/user.ts';
import type { Doc } from './types.ts';

/** Below this much text a batch is extracted in the calling thread unless told otherwise: starting a worker costs about 0.5 s. */
export const PARALLEL_MIN_CHARS = 256 * 1024;

/**
 * How many workers a batch gets: `jobs` when given (at most one per document). Otherwise this
 * thread alone, unless the machine has more than two cores and the batch at least
 * PARALLEL_MIN_CHARS of text: then one worker per core but one. (On two cores, V8's own
 * background threads already use the second one: two workers made a 2,000-article build 10 %
 * slower in wall time and 40 % dearer in CPU.)
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
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { workerData: { lexicon } });
  const url = new URL('./worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); })`;
  return new Worker(boot, { eval: true, workerData: { lexicon } });
}

export async function extractInWorkers(docs: readonly Doc[], jobs: number, lexicon: UserLexicon | undefined, onDone: (done: number) => void): Promise<DocumentResult[]> {
  const results: DocumentResult[] = new Array(docs.length);
  const workers = Array.from({ length: Math.min(jobs, docs.length) }, () => startWorker(lexicon));
  let next = 0;
  let done = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const give = () => {
              if (next >= docs.length) return resolve();
              const index = next++;
              worker.postMessage({ index, doc: docs[index] });
            };
            worker.on('message', ({ index, result }: { index: number; result: DocumentResult }) => {
              results[index] = result;
              onDone(++done);
              give();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => (next < docs.length || done < docs.length ? reject(new Error(`an extraction worker stopped (exit code ${code})`)) : resolve()));
            give();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  return results;
}
