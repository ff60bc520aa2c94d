/**
 * An extraction worker thread (workers.ts starts it): a document in, `extractForMerge`'s
 * result out, with the user's lexicon if the build has one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractForMerge } from './extract/index.ts';
import { lexicon as compiledLexicon, withLexicon } from './extract/lexicon/index.ts';
import type { UserLexicon } from './extract/lexicon/user.ts';
import type { Doc } from './types.ts';

const { lexicon } = workerData as { lexicon?: UserLexicon };
withLexicon(lexicon, compiledLexicon); // compiled now, while the build still reads its inputs
parentPort?.on('message', ({ index, doc }: { index: number; doc: Doc }) => {
  parentPort?.postMessage({ index, result: withLexicon(lexicon, () => extractForMerge(doc)) });
});
