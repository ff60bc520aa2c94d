/**
 * The job a queue worker runs (queue.ts starts it in a worker thread of its own, sandboxed by
 * BullMQ): `extractForMerge` on the document of the job, with the build's lexicon, exactly as
 * `--jobs` runs it in a worker thread.
 */
import { extractForMerge, type DocumentResult } from '../extract/index.ts';
import { withLexicon } from '../extract/lexicon/index.ts';
import type { ExtractionJob } from './queue.ts';

export default function extract(job: { data: ExtractionJob }): DocumentResult {
  return withLexicon(job.data.lexicon, () => extractForMerge(job.data.doc));
}
