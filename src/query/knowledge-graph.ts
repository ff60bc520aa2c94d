/**
 * KnowledgeGraph: the query API over one relata graph. It wraps a RelataGraph (never
 * modifying it) and builds its lookup index once, on first use. The public class of the same
 * name (src/knowledge-graph.ts) adds building and saving.
 */
import { RelataError } from '../errors.ts';
import { loadGraph } from '../graph/store.ts';
import type { Alias, DocumentRecord, Evidence, RelataGraph } from '../graph/model.ts';
import type { EntityType } from '../types.ts';
import { evaluateQuery, evaluateQueryAsync, type QueryOptions, type QueryResult } from './evaluate.ts';
import { applyFilter, evidenceSpec, evidenceTest, sliceGraph, type FilterSpec } from './filter.ts';
import { buildIndex, lookupEntity, type GraphIndex } from './lookup.ts';
import { matchEdges, type TripleFilter, type TripleRow } from './match.ts';
import type { Query } from './pattern.ts';
import { topEntities, type Ranked, type TopOptions } from './rank.ts';
import { notFoundMessage, suggestEntities, type Suggestion } from './resolve.ts';
import { graphStats, type GraphStats } from './stats.ts';
import { neighborsOf, pathsBetween, type Neighbor, type NeighborOptions, type PathOptions, type Paths } from './traverse.ts';

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

  constructor(graph: RelataGraph) {
    this.graph = graph;
  }

  /** Load `dir/graph.json`. */
  static async load(dir: string): Promise<KnowledgeGraph> {
    return new KnowledgeGraph(await loadGraph(dir));
  }

  get index(): GraphIndex {
    return (this.#index ??= buildIndex(this.graph));
  }

  /** Forget the lookup index, after the graph was changed. */
  protected invalidate(): void {
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
    return { key, label: a.label, type: a.type, aliases: a.aliases.map((al) => ({ ...al })), degree: this.graph.degree(key), documents };
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
}
