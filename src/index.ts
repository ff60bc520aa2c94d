/**
 * relata's public API: re-exports only. Data flows one way:
 * ingest → text → extract → graph → (query | export | viewer).
 */
export type * from './types.ts';
export { ENTITY_TYPES, MODALITIES, PREDICATES } from './types.ts';
export { RelataError, type RelataErrorCode, type Warning } from './errors.ts';
export { ingest, parseDocument, findDate, type IngestResult } from './ingest/index.ts';
export { sentencesOf, splitSentences } from './text/sentences.ts';
export { detectLanguage } from './text/language.ts';
export { extractCorpus, extractDocument, explainSentence, PREDICATE_INFO, RULES } from './extract/index.ts';
export { buildGraph, extract, extractInputs, loadLexicon, type BuildOptions, type BuildProgress, type BuildSummary } from './build.ts';
export { KnowledgeGraph, type EntityInfo } from './knowledge-graph.ts';
export {
  addExtraction,
  createGraph,
  finalizeGraph,
  loadGraph,
  removeDocument,
  saveGraph,
  serializeGraph,
  GRAPH_FILE,
  type RelataGraph,
} from './graph/index.ts';
export {
  graphStats,
  matchTriples,
  resolveEntity,
  parsePattern,
  evaluateQuery,
  evaluateQueryAsync,
  sparql,
  rdfStore,
  ISO_DATE,
  type FilterSpec,
  type QueryOptions,
  type TripleFilter,
  type TripleRow,
} from './query/index.ts';
export { csvTable } from './export/csv.ts';
export { EXPORTERS, EXPORT_CHUNKS, EXPORT_FORMATS, NEO4J_ADMIN_COMMAND, PREFIXES, toCSV, toCypher, toGEXF, toGraphML, toJSON, toNTriples, toTurtle, type ExportFormat } from './export/index.ts';
export { scoreTriples, type EvalReport, type GoldTriple } from './eval/index.ts';
export { startServer } from './server/index.ts';
