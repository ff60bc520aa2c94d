/**
 * relata/core: what runs wherever JavaScript runs, a browser included: the graph model,
 * graph.json as text, queries and exports. No file, network or process access. Reading
 * articles, the store on disk, the server and SPARQL are in the Node entry (`relata`, src/index.ts),
 * which re-exports all of this.
 */
export type * from './types.ts';
export { ENTITY_TYPES, MODALITIES, PREDICATES } from './types.ts';
export { RelataError, type RelataErrorCode, type Warning } from './errors.ts';
export {
  createGraph,
  GRAPH_FILE,
  GRAPH_FORMAT,
  GRAPH_VERSION,
  type Alias,
  type DocumentRecord,
  type EdgeAttributes,
  type Evidence,
  type NodeAttributes,
  type RelataGraph,
  type SentenceRecord,
} from './graph/model.ts';
export { addExtraction, type Extraction } from './graph/merge.ts';
export { removeDocument } from './graph/remove.ts';
export { finalizeGraph, type FinalizeOptions } from './graph/finalize.ts';
export { graphFromJSON, serializeGraph } from './graph/serialize.ts';
export * from './graph/diff.ts';
export type * from './graph/diff-types.ts';
export { matchTriples, type EvidenceRow, type TripleFilter, type TripleRow } from './query/match.ts';
export { applyFilter, sliceGraph, ISO_DATE, type FilterSpec } from './query/filter.ts';
export { parsePattern, type Query, type TriplePattern } from './query/pattern.ts';
export {
  evaluateQuery,
  evaluateQueryAsync,
  type QueryOptions,
  type QueryResult,
  type QueryRow,
} from './query/evaluate.ts';
export { resolveEntity, suggestEntities, type Suggestion } from './query/resolve.ts';
export {
  neighborsOf,
  pathsBetween,
  type Neighbor,
  type NeighborOptions,
  type PathOptions,
  type Paths,
} from './query/traverse.ts';
export { topEntities, type Ranked, type TopOptions } from './query/rank.ts';
export { graphStats, type GraphStats } from './query/stats.ts';
export { csvTable } from './export/csv.ts';
export {
  EXPORTERS,
  EXPORT_CHUNKS,
  EXPORT_FORMATS,
  GEXF_EVIDENCE,
  NEO4J_ADMIN_COMMAND,
  PREFIXES,
  toCSV,
  toCypher,
  gexfChunks,
  toGEXF,
  toGraphML,
  toJSON,
  toNeo4jAdmin,
  toNTriples,
  toTurtle,
  type ExportFormat,
  type GexfEvidence,
  type GexfOptions,
} from './export/index.ts';
