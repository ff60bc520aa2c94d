/**
 * relata/graph: DocExtractions → one graphology MultiDirectedGraph, and graph.json.
 *
 * - model.ts     the attribute types of graph/README.md, `createGraph`
 * - merge.ts     `addExtraction`: evidence, sentences and documents are the primary data
 * - remove.ts    `removeDocument`, and a batch's removals derived once (`deriveTouched`)
 * - derive.ts    aliases, mentions, weights… derived from the evidence
 * - finalize.ts  `finalizeGraph`: edge statistics, sizes, colours, sorted tables, layout
 * - layout.ts    seeded ForceAtlas2 (hash-of-key start, fixed iterations, rounded output)
 * - style.ts     colours by entity type and predicate, sizes
 * - serialize.ts canonical `serializeGraph`, checked `graphFromJSON` (text only)
 * - store.ts     atomic `saveGraph`, checked `loadGraph` (the file); atomic.ts, `writeAtomically`
 * - snapshots.ts dated copies of graph.json in `<store>/snapshots/`, and `diffSinceStore`
 *
 * A build is: `createGraph` (or `loadGraph` for an incremental build, comparing
 * `documentSha`), `addExtraction` per document, `removeDocument` for vanished ones,
 * then `finalizeGraph` and `saveGraph`. Nothing here knows about languages or files
 * other than graph.json.
 */
export {
  createGraph,
  GRAPH_FILE,
  GRAPH_FORMAT,
  GRAPH_VERSION,
  MODALITY_STRENGTH,
  compareAliases,
  sortedAliases,
  type Alias,
  type DocumentRecord,
  type EdgeAttributes,
  type Evidence,
  type GraphAttributes,
  type NodeAttributes,
  type RelataGraph,
  type SentenceRecord,
} from './model.ts';
export { addExtraction, documentSha, edgeKey, type Extraction } from './merge.ts';
export { removeDocument } from './remove.ts';
export { deriveNode } from './derive.ts';
export { finalizeGraph, type FinalizeOptions } from './finalize.ts';
export { layoutGraph, defaultIterations } from './layout.ts';
export { TYPE_COLORS, PREDICATE_COLORS } from './style.ts';
export { serializeGraph, graphFromJSON } from './serialize.ts';
export { saveGraph, loadGraph, writeGraphFile } from './store.ts';
export { writeAtomically } from './atomic.ts';
export {
  SNAPSHOTS_DIR,
  diffSinceStore,
  listSnapshots,
  loadSnapshot,
  saveSnapshot,
  snapshotDate,
  snapshotName,
  type Snapshot,
} from './snapshots.ts';
export * from './diff.ts';
export type * from './diff-types.ts';
