/**
 * relata's public API for Node: everything of relata/core (src/core.ts: the graph, queries,
 * exports, for any JavaScript runtime) and what needs Node: reading articles, extraction, the
 * store on disk, the server, SPARQL. Re-exports only. Data flows one way:
 * ingest → text → extract → graph → (query | export | viewer).
 */
export * from './core.ts';
export { ingest, parseDocument, findDate, type IngestResult } from './ingest/index.ts';
export { sentencesOf, splitSentences } from './text/sentences.ts';
export { detectLanguage } from './text/language.ts';
export { extractCorpus, extractDocument, explainSentence, PREDICATE_INFO, RULES } from './extract/index.ts';
export { compileLexicon, type Lexicon } from './extract/lexicon/index.ts';
export { buildGraph, loadLexicon, type BuildOptions, type BuildProgress, type BuildSummary } from './build.ts';
export { extract, extractInputs } from './extract-text.ts';
export { KnowledgeGraph, type EntityInfo } from './knowledge-graph.ts';
export { loadGraph, saveGraph } from './graph/store.ts';
export {
  diffSinceStore,
  listSnapshots,
  loadSnapshot,
  saveSnapshot,
  SNAPSHOTS_DIR,
  type Snapshot,
} from './graph/snapshots.ts';
export { watchBuild, DEFAULT_WATCH_INTERVAL, type WatchOptions, type WatchRound } from './watch.ts';
export { rdfStore, sparql, type SparqlResult } from './query/rdf.ts';
export { scoreTriples, type EvalReport, type GoldTriple } from './eval/index.ts';
export { startServer } from './server/index.ts';
export {
  extractOnQueue,
  startQueueWorker,
  queueConnection,
  type QueueExtraction,
  type QueueWorker,
  type WorkerEvent,
} from './queue/index.ts';
