/** What a build reports (`BuildSummary`), for a build that merged documents and for one that found every file unchanged. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildSummary } from './build.ts';
import type { BuildCache } from './build-cache.ts';
import type { Warning } from './errors.ts';
import { GRAPH_FILE, type RelataGraph } from './graph/model.ts';
import { parseGraph, unreadableGraph } from './graph/parse.ts';
import type { IngestResult } from './ingest/ingest.ts';

/**
 * Every file known unchanged and unread: the summary comes from the cache, and the graph is read
 * only if the caller asks for it, as the graph.json the cache vouched for (without the schema's
 * check, as an incremental build reads it: graph.json is only ever written by builds, whole).
 */
export function unchangedBuild(
  out: string,
  cache: BuildCache,
  read: IngestResult,
  started: number,
): { graph: RelataGraph; summary: BuildSummary } {
  const { documents, entities, relations } = cache.graph;
  const summary: BuildSummary = {
    documents,
    added: 0,
    updated: 0,
    unchanged: read.unread,
    duplicates: read.duplicates,
    sentences: 0,
    triples: 0,
    entities,
    relations,
    seconds: (performance.now() - started) / 1000,
    file: join(out, GRAPH_FILE),
    warnings: read.warnings,
    written: false,
  };
  let graph: RelataGraph | undefined;
  return {
    summary,
    get graph() {
      return (graph ??= storedGraphSync(join(out, GRAPH_FILE)));
    },
  };
}

function storedGraphSync(file: string): RelataGraph {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    unreadableGraph(file, e as NodeJS.ErrnoException);
  }
  return parseGraph(text, file);
}

/** What merging the documents counted. */
export type Counts = Pick<BuildSummary, 'added' | 'updated' | 'unchanged' | 'sentences' | 'triples'>;

/** The summary of a build that merged documents: the graph's size now, what was counted, how long it took. */
export function summaryOf(
  graph: RelataGraph,
  counts: Counts,
  duplicates: BuildSummary['duplicates'],
  warnings: Warning[],
  started: number,
  out: string,
  written: boolean,
): BuildSummary {
  return {
    documents: graph.getAttribute('documents').length,
    ...counts,
    duplicates,
    entities: graph.order,
    relations: graph.size,
    seconds: (performance.now() - started) / 1000,
    file: join(out, GRAPH_FILE),
    warnings,
    written,
  };
}
