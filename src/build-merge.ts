/**
 * A build's merge step: the new and changed documents extracted (on this thread, worker threads
 * or the queue), then merged into the stored graph in the documents' order, each person resolved
 * to one node across the documents and the graph (extract/resolve.ts).
 */
import type { BuildOptions, BuildProgress } from './build.ts';
import type { Counts } from './build-summary.ts';
import type { Warning } from './errors.ts';
import { extractForMerge, type DocumentResult } from './extract/index.ts';
import { lexicon, withLexicon } from './extract/lexicon/index.ts';
import type { PersonName } from './extract/people.ts';
import { applyResolution, peopleNamed, resolvePeople } from './extract/resolve.ts';
import { addExtraction, edgeKey } from './graph/merge.ts';
import { deriveTouched, takeOut, touchedNothing } from './graph/remove.ts';
import type { RelataGraph } from './graph/model.ts';
import { extractOnQueue } from './queue/index.ts';
import type { Doc, Triple } from './types.ts';
import { jobsFor, startExtractors, type Extractors } from './workers.ts';

/**
 * Merges the new and changed documents of `docs` into `graph`; `changed`, the edges that got
 * evidence (to derive again). The documents and their extractions are dropped on return, before
 * the layout and the save.
 */
export async function mergeNew(
  graph: RelataGraph,
  docs: readonly Doc[],
  options: BuildOptions,
  progress: (p: BuildProgress) => void,
  started?: Extractors,
): Promise<{ counts: Counts; warnings: Warning[]; changed: Set<string> }> {
  const records = new Map(graph.getAttribute('documents').map((d) => [d.id, d.sha256]));
  let fresh = docs.filter((d) => records.get(d.id) !== d.sha256);
  const unchanged = docs.length - fresh.length;
  const onDocument = (done: number, sentences?: { done: number; total: number }) =>
    progress({ phase: 'extract', done, total: fresh.length, sentences });
  const warnings: Warning[] = [];
  let extracted: DocumentResult[] | undefined;
  if (options.queue !== undefined) {
    let finished = 0;
    const { results, failed } = await extractOnQueue(options.queue, fresh, {
      lexicon: options.lexicon,
      onDone: (done) => onDocument((finished = done)),
      onUnreachable: (down) =>
        down ? progress({ phase: 'unreachable', done: finished, total: fresh.length }) : onDocument(finished),
      unreachableMs: options.queueWaitMs,
    });
    // a document whose job failed for good is left out, named; the others are merged
    for (const { id, reason } of failed)
      warnings.push({
        module: 'queue',
        code: 'E_EXTRACTION_FAILED',
        message: `relata/queue: "${id}" was not extracted: ${reason}`,
        file: id,
      });
    fresh = fresh.filter((_, i) => results[i]);
    extracted = results.filter((r): r is DocumentResult => r !== undefined);
  } else {
    const jobs = jobsFor(fresh, options.jobs);
    const extractors = jobs > 1 ? (started ?? startExtractors(jobs, options.lexicon)) : undefined;
    try {
      extracted = await extractors?.extract(fresh, (done) => onDocument(done));
    } finally {
      if (extractors !== started) await extractors?.close();
    }
  }
  const updated = fresh.filter((d) => records.has(d.id)).length;
  const results = withLexicon(options.lexicon, () =>
    extracted ? mergeResults(graph, fresh, extracted) : mergeDocuments(graph, fresh, onDocument),
  );
  const counts = {
    added: fresh.length - updated,
    updated,
    unchanged,
    sentences: results.reduce((n, r) => n + r.sentences, 0),
    triples: results.reduce((n, r) => n + r.triples.length, 0),
  };
  const changed = new Set(results.flatMap((r) => r.triples.map((t) => edgeKey(t.subjectId, t.predicate, t.objectId))));
  return { counts, warnings, changed };
}

/**
 * Extracts documents and merges them into a graph, one person per name across the graph
 * (`Roustem Oumierov` joins an existing `Rustem Umerov`). Derived attributes and the layout
 * are left to `finalizeGraph`.
 */
export function mergeDocuments(
  graph: RelataGraph,
  docs: readonly Doc[],
  onDocument: (done: number, sentences?: { done: number; total: number }) => void = () => {},
): MergedDocument[] {
  const results = docs.map((doc, i) => {
    const result = extractForMerge(doc, (done, total) => onDocument(i, { done, total }));
    onDocument(i + 1);
    return result;
  });
  return mergeResults(graph, docs, results);
}

/** A document merged into the graph: its triples, people resolved. */
export type MergedDocument = { doc: Doc; triples: Triple[]; sentences: number };

/**
 * Merges extracted documents into the graph in the documents' order (the same graph whoever
 * extracted them), their people resolved against each other and the graph's.
 */
function mergeResults(graph: RelataGraph, docs: readonly Doc[], results: readonly DocumentResult[]): MergedDocument[] {
  const resolution = resolvePeople(peopleNamed(results.map((r) => r.triples)), storedPeople(graph));
  const merged = docs.map((doc, i) => {
    const { triples, sentences } = results[i]!;
    return { doc, triples: applyResolution(triples, resolution), sentences };
  });
  const touched = touchedNothing();
  takeOut(graph, new Set(docs.map((d) => d.id)), touched); // the older versions of all, in one pass
  for (const m of merged)
    addExtraction(graph, { doc: m.doc, triples: m.triples, sentences: { length: m.sentences } }, true);
  deriveTouched(graph, touched);
  return merged;
}

/** The people a stored graph holds, for `resolvePeople`: new spellings of them join them. */
function storedPeople(graph: RelataGraph): PersonName[] {
  const lex = lexicon();
  return graph
    .filterNodes((_, a) => a.type === 'Person')
    .map((id) => ({
      id,
      label: graph.getNodeAttribute(id, 'label'),
      count: graph.getNodeAttribute(id, 'mentions'),
      known: lex.entities.has(id),
    }));
}
