/**
 * KnowledgeGraph, the library's handle on a graph: create or load it, ingest documents,
 * query it (match, entity, neighbors, paths, subgraph, top, query: see src/query), save it,
 * export it. `graph` is the underlying graphology graph.
 */
import { mergeDocuments } from './build.ts';
import { toGEXF, toJSON } from './export/index.ts';
import { createGraph, finalizeGraph, loadGraph, saveGraph } from './graph/index.ts';
import { parseDocument } from './ingest/index.ts';
import { KnowledgeGraph as GraphQueries } from './query/index.ts';
import type { TripleFilter, TripleRow } from './query/index.ts';
import type { Doc, Triple } from './types.ts';

export class KnowledgeGraph extends GraphQueries {
  /** An empty graph. */
  static create(): KnowledgeGraph {
    return new KnowledgeGraph(createGraph());
  }

  /** Load `dir/graph.json`. */
  static override async load(dir: string): Promise<KnowledgeGraph> {
    return new KnowledgeGraph(await loadGraph(dir));
  }

  /** Write `dir/graph.json` atomically. */
  async save(dir: string): Promise<void> {
    await saveGraph(dir, this.graph);
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

  toGEXF(): string {
    return toGEXF(this.graph);
  }
}
