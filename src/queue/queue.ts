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
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue, QueueEvents, Worker, type Job } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';
import { RelataError } from '../errors.ts';
import { queueConnection } from './connection.ts';
import extract from './processor.ts';
import type { DocumentResult } from '../extract/index.ts';
import type { UserLexicon } from '../extract/lexicon/user.ts';
import type { Doc } from '../types.ts';

/** The queue's name in Redis (keys `bull:relata-extract:*`). */
export const QUEUE_NAME = 'relata-extract';
/** Tries of a job before it is failed for good. */
const ATTEMPTS = 3;
/**
 * A worker's lock on its job, renewed while it runs: a worker gone for this long loses the job.
 * A worker that extracts in its own thread cannot renew it meanwhile, so it is BullMQ's default,
 * 30 s, longer than a document of the largest size takes (16 MiB: about 10 s); one that takes
 * longer still may be extracted twice, by another worker, and gives one result.
 */
const LOCK_MS = 30_000;
/** How often workers look for jobs whose worker is gone. */
const STALLED_CHECK_MS = 5_000;

/** What a job carries: the document without its file's path, and the build's own lexicon. */
export interface ExtractionJob {
  doc: Omit<Doc, 'path' | 'source'>;
  lexicon?: UserLexicon;
}

/** The job id of a document: the hash of everything its result depends on. */
export function jobId(job: ExtractionJob): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        job.doc.id,
        job.doc.sha256,
        job.doc.date ?? null,
        job.doc.title ?? null,
        job.doc.url ?? null,
        job.lexicon ?? null,
      ]),
    )
    .digest('hex');
}

export interface QueueExtraction {
  /** The results in the documents' order; undefined for a document whose job failed for good. */
  results: (DocumentResult | undefined)[];
  /** The documents whose job failed ATTEMPTS times, with the last reason. */
  failed: { id: string; reason: string }[];
}

export interface QueueOptions {
  lexicon?: UserLexicon;
  /** Counts the documents finished (extracted or failed). */
  onDone?: (done: number) => void;
  /** Called when the Redis server cannot be reached (`true`) and when it can again (`false`). */
  onUnreachable?: (unreachable: boolean) => void;
  /** How long to wait for an unreachable Redis server before giving up (default UNREACHABLE_MS). */
  unreachableMs?: number;
}

/** How long a coordinator waits for its Redis server to come back: 5 minutes. */
const UNREACHABLE_MS = 5 * 60_000;
/** Every so often the coordinator looks at the jobs it waits for: done ones whose event it missed, vanished ones to add again. */
const SWEEP_MS = 2_000;
/** A first connection that takes longer than this is told as a server out of reach. */
const FIRST_CONTACT_MS = 1_000;
/** Jobs looked at in one sweep. */
const SWEEP_BATCH = 500;

/**
 * Extracts `docs` on the queue at `url` and waits for the workers. A job that vanished (Redis
 * restarted without its data) is added again; while Redis cannot be reached the coordinator
 * waits, up to `unreachableMs`, then fails with E_QUEUE_UNAVAILABLE. The jobs of these
 * documents are removed from Redis once their results are back.
 */
export async function extractOnQueue(
  url: string,
  docs: readonly Doc[],
  options: QueueOptions = {},
): Promise<QueueExtraction> {
  // connections of our own, watched from the start and cut when the coordinator gives up
  const connection = queueConnection(url) as RedisOptions;
  const client = new Redis(connection);
  const eventsClient = new Redis(connection);
  const clients = [client, eventsClient];
  clients.forEach((c) => c.on('error', () => {})); // (ioredis reconnects; `lost` tells)
  const queue = new Queue<ExtractionJob, DocumentResult>(QUEUE_NAME, { connection: client });
  const events = new QueueEvents(QUEUE_NAME, { connection: eventsClient });
  const payloads = docs.map(({ path: _path, source: _source, ...doc }) => ({
    doc,
    ...(options.lexicon && { lexicon: options.lexicon }),
  }));
  const ids = payloads.map(jobId);
  const index = new Map(ids.map((id, i) => [id, i]));
  const results: QueueExtraction['results'] = new Array(docs.length).fill(undefined);
  const failed: QueueExtraction['failed'] = [];
  const pending = new Set(ids);
  const add = (only: ReadonlySet<string>) =>
    queue.addBulk(
      ids
        .map((id, i) => ({ id, data: payloads[i]! }))
        .filter(({ id }) => only.has(id))
        .map(({ id, data }) => ({
          name: 'extract',
          data,
          opts: {
            jobId: id,
            attempts: ATTEMPTS,
            backoff: { type: 'exponential', delay: 1000 },
            removeOnComplete: false,
            removeOnFail: false,
          },
        })),
    );
  let news = Date.now();
  const take = (id: string, outcome: { result: DocumentResult } | { reason: string }) => {
    if (!pending.delete(id)) return;
    news = Date.now();
    if ('result' in outcome) results[index.get(id)!] = outcome.result;
    else failed.push({ id: docs[index.get(id)!]!.id, reason: outcome.reason });
    options.onDone?.(docs.length - pending.size);
  };
  /** Takes a job's outcome if it has one; adds it again when it is gone. */
  const look = async (id: string) => {
    const state = await queue.getJobState(id);
    if (state === 'unknown') return void (await add(new Set([id])));
    if (!pending.has(id) || (state !== 'completed' && state !== 'failed')) return;
    const job = await queue.getJob(id); // (read after its state: a job read while it ran has no result yet)
    if (job) take(id, state === 'completed' ? { result: job.returnvalue } : { reason: job.failedReason });
  };

  // Redis out of reach (from the start, or later): told once, waited for at most `unreachableMs`
  const waitMs = options.unreachableMs ?? UNREACHABLE_MS;
  let unreachable: ReturnType<typeof setTimeout> | undefined;
  let closing = false;
  let giveUp: (error: Error) => void = () => {};
  const gaveUp = new Promise<never>((_, reject) => (giveUp = reject));
  gaveUp.catch(() => {});
  const lost = () => {
    if (unreachable || closing) return;
    options.onUnreachable?.(true);
    const error = new RelataError(
      'queue',
      'E_QUEUE_UNAVAILABLE',
      `the queue's Redis server at ${url} could not be reached for ${Math.round(waitMs / 1000)} s`,
    );
    unreachable = setTimeout(() => giveUp(error), waitMs).unref();
  };
  const found = () => {
    if (!unreachable) return;
    clearTimeout(unreachable);
    unreachable = undefined;
    options.onUnreachable?.(false);
  };
  /** `promise`, unless the coordinator gives up first. */
  const orGiveUp = <T>(promise: Promise<T>) => Promise.race([promise, gaveUp]);
  client.on('close', lost).on('ready', found);
  const firstContact = setTimeout(lost, FIRST_CONTACT_MS).unref();
  try {
    await orGiveUp(Promise.all([queue.waitUntilReady(), events.waitUntilReady()]));
    clearTimeout(firstContact);
    // (QueueEvents gives the result parsed, though typed as its JSON text)
    events.on('completed', ({ jobId: id, returnvalue }) =>
      take(id, { result: returnvalue as unknown as DocumentResult }),
    );
    events.on('failed', ({ jobId: id }) => void (pending.has(id) && look(id).catch(() => {})));
    // a job may be there from an earlier run: done (taken as it is), running, or failed (tried again)
    await orGiveUp(
      Promise.all(
        ids.map(async (id) => {
          if ((await queue.getJobState(id)) === 'failed')
            await (await queue.getJob(id))?.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
        }),
      ),
    );
    await orGiveUp(add(pending));
    // events bring the results; when none came for a while, the jobs waited for are looked at
    // (done before this run, or lost by a Redis that restarted)
    for (let first = true; pending.size > 0; first = false) {
      if (!first) await orGiveUp(sleep(SWEEP_MS));
      if (Date.now() - news < SWEEP_MS && !first) continue;
      // the longest waiting first; each looked at goes to the back
      const batch = [...pending].slice(0, SWEEP_BATCH);
      for (const id of batch) pending.delete(id) && pending.add(id);
      await orGiveUp(Promise.all(batch.map((id) => (pending.has(id) ? look(id) : undefined))));
    }
    await Promise.all(ids.map((id) => queue.remove(id).catch(() => 0)));
    failed.sort((a, b) => (a.id < b.id ? -1 : 1));
    return { results, failed };
  } finally {
    closing = true;
    clearTimeout(firstContact);
    clearTimeout(unreachable);
    // the connections are ours: closed politely, or cut when the server is out of reach
    if (unreachable === undefined) await Promise.all([events.close(), queue.close()]).catch(() => {});
    await Promise.all(
      clients.map((c) => (unreachable === undefined ? c.quit().catch(() => c.disconnect()) : c.disconnect())),
    );
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
/** A job a worker started, extracted or failed (with the reason). */
export interface WorkerEvent {
  kind: 'started' | 'extracted' | 'failed';
  id: string;
  doc: string;
  reason?: string;
}

export function startQueueWorker(
  url: string,
  options: { concurrency?: number; onJob?: (event: WorkerEvent) => void } = {},
): QueueWorker {
  const concurrency = options.concurrency ?? 1;
  // one at a time: in this thread (a thread of its own per document costs a structured copy of
  // it and of its result, and a cold start); more: each in a worker thread, BullMQ's sandbox
  const processor =
    concurrency === 1
      ? async (job: Job<ExtractionJob>) => extract(job)
      : new URL(import.meta.url.endsWith('.ts') ? './processor.ts' : './processor.js', import.meta.url);
  const worker = new Worker<ExtractionJob, DocumentResult>(QUEUE_NAME, processor, {
    connection: queueConnection(url),
    concurrency,
    useWorkerThreads: concurrency > 1,
    lockDuration: LOCK_MS,
    stalledInterval: STALLED_CHECK_MS,
    maxStalledCount: ATTEMPTS,
  });
  const report = (job: Job<ExtractionJob, DocumentResult> | undefined, kind: WorkerEvent['kind'], reason?: string) => {
    if (job) options.onJob?.({ kind, id: job.id!, doc: job.data.doc.id, ...(reason && { reason }) });
  };
  worker.on('active', (job) => report(job, 'started'));
  worker.on('completed', (job) => report(job, 'extracted'));
  worker.on('failed', (job, error) => report(job, 'failed', error.message));
  worker.on('error', () => {}); // connection trouble: ioredis reconnects, and the worker goes on
  let resolveClosed: () => void;
  const closed = new Promise<void>((resolve) => (resolveClosed = resolve));
  worker.on('closed', () => resolveClosed());
  return { close: () => worker.close(), closed };
}
