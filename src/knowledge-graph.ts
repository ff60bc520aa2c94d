/**
 * KnowledgeGraph, the library's handle on a graph: create or load it, ingest documents, query
 * it (match, entity, neighbors, paths, subgraph, top, query: see src/query), save it, export
 * it. `graph` is the underlying graphology graph; the lookup index is built on first use.
 */
import { mergeDocuments } from './build-merge.ts';
import { toGEXF, toJSON, type GexfOptions } from './export/index.ts';
import { createGraph, finalizeGraph, loadGraph, saveGraph } from './graph/index.ts';
import { parseDocument } from './ingest/index.ts';
import { RelataError } from './errors.ts';
import type { Alias, DocumentRecord, Evidence, RelataGraph } from './graph/model.ts';
import type { Doc, EntityType, Triple } from './types.ts';
import { evaluateQuery, evaluateQueryAsync, type QueryOptions, type QueryResult } from './query/evaluate.ts';
import { applyFilter, evidenceSpec, evidenceTest, sliceGraph, type FilterSpec } from './query/filter.ts';
import { buildIndex, lookupEntity, type GraphIndex } from './query/lookup.ts';
import { matchEdges, type TripleFilter, type TripleRow } from './query/match.ts';
import type { Query } from './query/pattern.ts';
import { topEntities, type Ranked, type TopOptions } from './query/rank.ts';
import { notFoundMessage, suggestEntities, type Suggestion } from './query/resolve.ts';
import { graphStats, type GraphStats } from './query/stats.ts';
import {
  neighborsOf,
  pathsBetween,
  type Neighbor,
  type NeighborOptions,
  type PathOptions,
  type Paths,
} from './query/traverse.ts';

export interface EntityInfo {
  key: string;
  label: string;
  type: EntityType;
  aliases: Alias[];
  /** Number of relations, in and out. */
  degree: number;
  /** The documents that mention it, sorted by id. */
  documents: Pick<DocumentRecord, 'id' | 'title' | 'date'>[];
}

export class KnowledgeGraph {
  readonly graph: RelataGraph;
  #index: GraphIndex | undefined;

  /** Wraps `graph` (by default a new, empty one); the graph is changed only by `ingest`. */
  constructor(graph: RelataGraph = createGraph()) {
    this.graph = graph;
  }

  /** An empty graph. */
  static create(): KnowledgeGraph {
    return new KnowledgeGraph();
  }

  /** Load `dir/graph.json`. */
  static async load(dir: string): Promise<KnowledgeGraph> {
    return new KnowledgeGraph(await loadGraph(dir));
  }

  /** Write `dir/graph.json` atomically. */
  async save(dir: string): Promise<void> {
    await saveGraph(dir, this.graph);
  }

  get index(): GraphIndex {
    return (this.#index ??= buildIndex(this.graph));
  }

  /** Forget the lookup index, after the graph was changed. */
  private invalidate(): void {
    this.#index = undefined;
  }

  /** The key `name` designates (key, label, alias in any language, key slug), or undefined. */
  resolve(name: string): string | undefined {
    return lookupEntity(this.graph, this.index, name);
  }

  /** The key `name` designates, or a RelataError E_NOT_FOUND listing close names. */
  require(name: string): string {
    const key = this.resolve(name);
    if (key) return key;
    const suggestions = this.suggest(name);
    throw new RelataError('query', 'E_NOT_FOUND', notFoundMessage(name, suggestions), { name, suggestions });
  }

  suggest(name: string, limit = 5): Suggestion[] {
    return suggestEntities(this.graph, name, limit, this.index.forms);
  }

  match(filter: TripleFilter = {}): TripleRow[] {
    return matchEdges(this.graph, this.index, filter);
  }

  entity(name: string): EntityInfo {
    const key = this.require(name);
    const a = this.graph.getNodeAttributes(key);
    const documents = a.docs.map((id) => {
      const d = this.index.documents.get(id);
      return { id, ...(d?.title !== undefined && { title: d.title }), ...(d?.date !== undefined && { date: d.date }) };
    });
    return {
      key,
      label: a.label,
      type: a.type,
      aliases: a.aliases.map((al) => ({ ...al })),
      degree: this.graph.degree(key),
      documents,
    };
  }

  neighbors(name: string, options: NeighborOptions = {}): Neighbor[] {
    return neighborsOf(this.graph, this.require(name), options);
  }

  paths(from: string, to: string, options: PathOptions = {}): Paths {
    return pathsBetween(this.graph, this.require(from), this.require(to), options);
  }

  /** A new KnowledgeGraph with what the filter keeps, documents and sentences included. */
  subgraph(spec: FilterSpec): KnowledgeGraph {
    return new KnowledgeGraph(applyFilter(this.graph, spec, this.index));
  }

  /** The slice a pattern query binds: every edge of every row, with its counted evidence. */
  slice(query: Query | string, options: QueryOptions = {}): KnowledgeGraph {
    const { rows } = this.query(query, { ...options, limit: undefined, evidence: false });
    const test = evidenceTest(evidenceSpec(options), this.index);
    const edges = new Map<string, Evidence[]>();
    for (const edge of rows.flatMap((row) => row.edges)) {
      const all = this.graph.getEdgeAttribute(edge, 'evidence');
      if (!edges.has(edge)) edges.set(edge, test ? all.filter(test) : all);
    }
    return new KnowledgeGraph(sliceGraph(this.graph, edges));
  }

  top(options: TopOptions = {}): Ranked[] {
    return topEntities(this.graph, options);
  }

  query(query: Query | string, options: QueryOptions = {}): QueryResult {
    return evaluateQuery(this.graph, this.index, query, options);
  }

  /** `query`, letting other work run every few thousand steps (for servers). */
  queryAsync(query: Query | string, options: QueryOptions = {}): Promise<QueryResult> {
    return evaluateQueryAsync(this.graph, this.index, query, options);
  }

  stats(top?: number): GraphStats {
    return graphStats(this.graph, top);
  }

  /**
   * Extract documents (from ingest or parseDocument, or plain texts) and merge them in; a
   * document already present is replaced. Statistics and layout are recomputed. Returns the
   * new triples.
   */
  ingest(docs: readonly (Doc | string)[], options: { iterations?: number } = {}): Triple[] {
    const parsed = docs.map((d, i) => (typeof d === 'string' ? parseDocument(`text-${i + 1}`, d, 'txt') : d));
    const results = mergeDocuments(this.graph, parsed);
    finalizeGraph(this.graph, options);
    this.invalidate();
    return results.flatMap((r) => r.triples);
  }

  /** The triples of the graph matching a filter (as `match`). */
  triples(filter: TripleFilter = {}): TripleRow[] {
    return this.match(filter);
  }

  toJSON(): string {
    return toJSON(this.graph);
  }

  /** GEXF: compact for Gephi by default, `{ evidence: 'full' }` to reopen in relata (export/gexf.ts). */
  toGEXF(options: GexfOptions = {}): string {
    return toGEXF(this.graph, options);
  }
}
