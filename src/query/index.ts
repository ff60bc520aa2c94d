/**
 * relata/query: the graph, queried from code (the `KnowledgeGraph` class in ../knowledge-graph.ts gathers these). Data in, data out: nothing here prints or exits.
 *
 * - match.ts            `matchTriples`: triple filters → sorted rows with their evidence
 * - filter.ts           `FilterSpec` (shared with the viewer), `applyFilter`, `sliceGraph`
 * - pattern.ts          the pattern language's grammar and parser (`?x supplies Ukraine . ?x member_of NATO`)
 * - evaluate.ts         the join that evaluates parsed patterns
 * - lookup.ts           `buildIndex` / `lookupEntity`: the one name → key resolution (labels, aliases in both languages, key slugs)
 * - resolve.ts          `resolveEntity` (lookupEntity over a fresh index), suggestions
 * - traverse.ts         neighbourhoods and paths (breadth-first, deterministic)
 * - rank.ts             top entities by degree, pagerank or evidence
 * - rdf.ts              the RDF form in an oxigraph store, SPARQL SELECT/ASK
 * - stats.ts            summary figures
 */
export { resolveEntity, suggestEntities, editDistance, type Suggestion } from './resolve.ts';
export { matchTriples, type TripleFilter, type TripleRow, type EvidenceRow } from './match.ts';
export { applyFilter, sliceGraph, filterEdges, dateInRange, ISO_DATE, type FilterSpec } from './filter.ts';
export { parsePattern, type Query, type TriplePattern } from './pattern.ts';
export {
  evaluateQuery,
  evaluateQueryAsync,
  type QueryOptions,
  type QueryResult,
  type QueryRow,
  type Binding,
} from './evaluate.ts';
export {
  neighborsOf,
  pathsBetween,
  type Neighbor,
  type NeighborOptions,
  type PathOptions,
  type Paths,
  type Step,
} from './traverse.ts';
export { topEntities, type Ranked, type TopOptions } from './rank.ts';
export { rdfStore, sparql, type SparqlResult } from './rdf.ts';
export { graphStats, type GraphStats } from './stats.ts';
