/**
 * Extraction on a Redis-backed queue (BullMQ, queue.ts): the coordinator's side and the
 * workers'. BullMQ is loaded only when a queue is used.
 */
import type { Doc } from '../types.ts';
import type { QueueExtraction, QueueOptions, QueueWorker, WorkerEvent } from './queue.ts';

export { queueConnection } from './connection.ts';
export type { QueueExtraction, QueueOptions, QueueWorker, WorkerEvent } from './queue.ts';

/** Extracts `docs` on the queue at `url` (`redis://host:port`) and waits for the workers: queue.ts. */
export async function extractOnQueue(
  url: string,
  docs: readonly Doc[],
  options: QueueOptions = {},
): Promise<QueueExtraction> {
  return (await import('./queue.ts')).extractOnQueue(url, docs, options);
}

/** A worker on the queue at `url`, `concurrency` jobs at a time, each in a worker thread: queue.ts. */
export async function startQueueWorker(
  url: string,
  options: { concurrency?: number; onJob?: (event: WorkerEvent) => void } = {},
): Promise<QueueWorker> {
  return (await import('./queue.ts')).startQueueWorker(url, options);
}
