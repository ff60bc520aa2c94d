/**
 * The shapes of graph.json as the viewer reads it (graph/README.md is the reference), the
 * normalisation that gives any graphology graph those shapes, and one lookup index over the
 * document and sentence tables.
 */

import { MultiDirectedGraph } from 'graphology';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { TYPE_COLORS } from '../../../src/graph/style.ts';
import type {
  Alias,
  DocumentRecord as StoredDocument,
  EdgeAttributes,
  Evidence,
  GraphAttributes,
  RelataGraph as LibraryGraph,
  NodeAttributes,
  SentenceRecord,
} from '../../../src/graph/model.ts';
import { ENTITY_TYPES } from '../../../src/types.ts';

export type { Alias, Evidence, SentenceRecord };

/** A document as graph.json records it; one rebuilt from a GEXF's evidence (open.ts) has no hash nor sentence count. */
export type DocumentRecord = Omit<StoredDocument, 'sha256' | 'sentences'> &
  Partial<Pick<StoredDocument, 'sha256' | 'sentences'>>;

/** Nodes from other tools' files have no relata type. */
export const NODE_TYPES = [...ENTITY_TYPES, 'unknown'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

/** Colours for what a file does not colour itself. */
export const DEFAULT_NODE_COLOR = '#9aa5b1';
export const DEFAULT_EDGE_COLOR = '#b5bdc7';

/** The library's node attributes, with the viewer's `unknown` type, and the document count a file may give without the list. */
export type NodeAttrs = Omit<NodeAttributes, 'type'> & {
  type: NodeType;
  /** The number of documents: of `docs`, or as a file without the list gives it (relata's compact GEXF). */
  docCount: number;
};

/** The library's edge attributes; `evidence` is empty for an edge from another tool's file (evidence criteria do not apply to it). */
export type EdgeAttrs = EdgeAttributes & {
  /** Only in other tools' files; relata colours edges by modality. */
  color?: string;
};

/**
 * How many evidence sentences an edge has: its records, or, from a file without them (relata's
 * compact GEXF, its GraphML, which write the count as the weight), its weight.
 */
export const evidenceCount = (attrs: EdgeAttrs): number => attrs.evidence.length || attrs.weight;

/** The library's graph attributes; `format` and `version` are absent in other tools' files, and a document rebuilt from a GEXF has no hash. */
export type GraphAttrs = Partial<Pick<GraphAttributes, 'format' | 'version'>> & {
  documents: DocumentRecord[];
  sentences: SentenceRecord[];
};

export type RelataGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>;

/**
 * The graph for the library's functions (its GEXF writer, diffs): it differs from theirs only
 * by the `unknown` type of other tools' nodes and their optional fields, which they pass through.
 */
export const asLibraryGraph = (graph: RelataGraph): LibraryGraph => graph as unknown as LibraryGraph;

const finite = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;
const list = <T>(value: unknown): T[] => (Array.isArray(value) ? value : []);

/**
 * Any graphology graph (relata's graph.json, another tool's JSON or GEXF) as a RelataGraph:
 * a copy into a MultiDirectedGraph (an undirected edge keeps its stored source → target),
 * attributes kept, and those the viewer reads filled in when absent or malformed: type
 * `unknown`, no aliases, documents or evidence, the edge's `kind` (GEXF's edge type, which
 * relata's GEXF gives the predicate) or else its label as predicate, the file's
 * colour or a default, positions on a circle. A relata graph comes through unchanged.
 */
export function normalizeGraph(source: AbstractGraph): RelataGraph {
  const graph: RelataGraph = new MultiDirectedGraph();
  const attrs = source.getAttributes();
  graph.replaceAttributes({ ...attrs, documents: list(attrs.documents), sentences: list(attrs.sentences) });
  let i = 0;
  source.forEachNode((node, a: Attributes) => {
    const angle = (2 * Math.PI * i++) / source.order;
    const type: NodeType = (ENTITY_TYPES as readonly unknown[]).includes(a.type) ? a.type : 'unknown';
    graph.addNode(node, {
      ...a,
      label: typeof a.label === 'string' ? a.label : node,
      type,
      aliases: list(a.aliases),
      mentions: finite(a.mentions) ?? 0,
      docs: list(a.docs),
      docCount: list(a.docs).length || (finite(a.docCount) ?? 0),
      x: finite(a.x) ?? 100 * Math.cos(angle),
      y: finite(a.y) ?? 100 * Math.sin(angle),
      size: finite(a.size) ?? 4,
      color: typeof a.color === 'string' ? a.color : type === 'unknown' ? DEFAULT_NODE_COLOR : TYPE_COLORS[type],
    });
  });
  source.forEachEdge((edge, a: Attributes, from, to) => {
    const label = typeof a.label === 'string' ? a.label : typeof a.predicate === 'string' ? a.predicate : '';
    graph.addEdgeWithKey(edge, from, to, {
      ...a,
      // May lie outside relata's vocabulary: panels then show it as is.
      predicate: (typeof a.predicate === 'string'
        ? a.predicate
        : typeof a.kind === 'string'
          ? a.kind
          : label) as EdgeAttributes['predicate'],
      modality: a.modality,
      label,
      weight: finite(a.weight) ?? 1,
      docCount: finite(a.docCount) ?? 0,
      size: finite(a.size) ?? 1,
      evidence: list(a.evidence),
    });
  });
  return graph;
}

/** Documents and sentences by id. */
export interface GraphIndex {
  documents: Map<string, DocumentRecord>;
  sentences: Map<string, SentenceRecord>;
}

export function indexGraph(graph: RelataGraph): GraphIndex {
  const { documents = [], sentences = [] } = graph.getAttributes();
  return {
    documents: new Map(documents.map((d) => [d.id, d])),
    sentences: new Map(sentences.map((s) => [s.id, s])),
  };
}
