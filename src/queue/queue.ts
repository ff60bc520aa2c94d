/**
 * Extraction on a BullMQ queue in Redis, for builds that spread over machines. The coordinator
 * (`extractOnQueue`, called by a build given `queue`) adds one job per document; any number of
 * workers (`startQueueWorker`, `relata worker`), on any machine that reaches the Redis server,
 * run `extractForMerge` on them (processor.ts) and store the results in Redis; the coordinator
 * takes them back in the documents' order, so the graph is the one a local build makes.
 *
 * A job's id is a hash of what its result depends on (the document and the lexicon): a document
 * already extracted, by an earlier run or a coordinator that stopped half-way, is not extracted
 * again. A job carries the document's id, text and metadata, never the path of its file. A job
 * that fails is tried ATTEMPTS times; a worker that dies mid-job (even `kill -9`) loses its lock
 * and the job goes back to the queue for another (BullMQ's stalled-job check).
 */
import { createHash } from 'node:crypto';
import { Queue, QueueEvents, Worker, type Job } from 'bullmq';
import { queueConnection } from './connection.ts';
import type { DocumentResult } from '../extract/index.ts';
import type { UserLexicon } from '../extract/lexicon/user.ts';
import type { Doc } from '../types.ts';

/** The queue's name in Redis (keys `bull:relata-extract:*`). */
export const QUEUE_NAME = 'relata-extract';
/** Tries of a job before it is failed for good. */
export const ATTEMPTS = 3;
/** A worker's lock on its job, renewed while it runs: a worker gone for this long loses the job. */
export const LOCK_MS = 15_000;
/** How often workers look for jobs whose worker is gone. */
export const STALLED_CHECK_MS = 5_000;

/** What a job carries: the document without its file's path, and the build's own lexicon. */
export interface ExtractionJob {
  doc: Omit<Doc, 'path' | 'source'>;
  lexicon?: UserLexicon;
}

/** The job id of a document: the hash of everything its result depends on. */
export function jobId(job: ExtractionJob): string {
  return createHash('sha256').update(JSON.stringify([job.doc.id, job.doc.sha256, job.doc.date ?? null, job.doc.title ?? null, job.doc.url ?? null, job.lexicon ?? null])).digest('hex');
}

export interface QueueExtraction {
  /** The results in the documents' order; undefined for a document whose job failed for good. */
  results: (DocumentResult | undefined)[];
  /** The documents whose job failed ATTEMPTS times, with the last reason. */
  failed: { id: string; reason: string }[];
}

/**
 * Extracts `docs` on the queue at `url` and waits for the workers; `onDone` counts the
 * documents finished (extracted or failed). The jobs of these documents are removed from Redis
 * once their results are back.
 */
export async function extractOnQueue(
  url: string,
  docs: readonly Doc[],
  options: { lexicon?: UserLexicon; onDone?: (done: number) => void } = {},
): Promise<QueueExtraction> {
  const connection = queueConnection(url);
  const queue = new Queue<ExtractionJob, DocumentResult>(QUEUE_NAME, { connection });
  const events = new QueueEvents(QUEUE_NAME, { connection });
  try {
    await events.waitUntilReady();
    const payloads = docs.map(({ path: _path, source: _source, ...doc }) => ({ doc, ...(options.lexicon && { lexicon: options.lexicon }) }));
    const jobs = await queue.addBulk(
      payloads.map((data) => ({
        name: 'extract',
        data,
        opts: { jobId: jobId(data), attempts: ATTEMPTS, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: false, removeOnFail: false },
      })),
    );
    let done = 0;
    const failed: QueueExtraction['failed'] = [];
    const results = await Promise.all(
      jobs.map(async (added, i) => {
        // a job with this id may be there from an earlier run: done, running, or failed (tried again now)
        const job = (await queue.getJob(added.id!)) ?? added;
        if ((await job.getState()) === 'failed') await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
        try {
          return (await job.waitUntilFinished(events)) as DocumentResult;
        } catch (error) {
          failed.push({ id: docs[i].id, reason: error instanceof Error ? error.message : String(error) });
          return undefined;
        } finally {
          options.onDone?.(++done);
        }
      }),
    );
    await Promise.all(jobs.map((job) => queue.remove(job.id!).catch(() => 0)));
    failed.sort((a, b) => (a.id < b.id ? -1 : 1));
    return { results, failed };
  } finally {
    await events.close();
    await queue.close();
  }
}

export interface QueueWorker {
  /** Stops taking jobs and waits for the ones running to finish. */
  close(): Promise<void>;
  /** Resolves when the worker has closed (after `close`, or on a fatal error). */
  closed: Promise<void>;
}

/**
 * A worker on the queue at `url`: `concurrency` jobs at a time, each in a worker thread
 * (processor.ts). `onJob` hears of each job finished.
 */
/** A job a worker finished: extracted (`ok`) or failed, with the reason. */
export interface WorkerEvent {
  id: string;
  doc: string;
  ok: boolean;
  reason?: string;
}

export function startQueueWorker(url: string, options: { concurrency?: number; onJob?: (event: WorkerEvent) => void } = {}): QueueWorker {
  const processor = new URL(import.meta.url.endsWith('.ts') ? './processor.ts' : './processor.js', import.meta.url);
  const worker = new Worker<ExtractionJob, DocumentResult>(QUEUE_NAME, processor, {
    connection: queueConnection(url),
    concurrency: options.concurrency ?? 1,
    useWorkerThreads: true,
    lockDuration: LOCK_MS,
    stalledInterval: STALLED_CHECK_MS,
    maxStalledCount: ATTEMPTS,
  });
  const report = (job: Job<ExtractionJob, DocumentResult> | undefined, ok: boolean, reason?: string) => {
    if (job) options.onJob?.({ id: job.id!, doc: job.data.doc.id, ok, ...(reason && { reason }) });
  };
  worker.on('completed', (job) => report(job, true));
  worker.on('failed', (job, error) => report(job, false, error.message));
  worker.on('error', () => {}); // connection trouble: ioredis reconnects, and the worker goes on
  let resolveClosed: () => void;
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));
  worker.on('closed', () => resolveClosed());
  return { close: () => worker.close(), closed };
}
