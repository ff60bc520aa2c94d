/**
 * The attribute shapes of a relata graph, exactly as `graph/README.md` documents them.
 * They are `type` aliases rather than interfaces because graphology requires attribute
 * types assignable to `{ [name: string]: any }`, which an interface is not.
 */
import { MultiDirectedGraph } from 'graphology';
import type { Doc, EntityType, Language, Modality, Predicate } from '../types.ts';

/** The store's file in its folder. */
export const GRAPH_FILE = 'graph.json';
export const GRAPH_FORMAT = 'relata-graph';
export const GRAPH_VERSION = 1;

export type Alias = { text: string; language: Language; count: number };

export type NodeAttributes = {
  label: string;
  type: EntityType;
  /** Every surface form seen, most frequent first. */
  aliases: Alias[];
  /** Distinct mentions (document, span) among the evidence of the node's edges. */
  mentions: number;
  /** Ids of the documents that mention it, sorted. */
  docs: string[];
  x: number;
  y: number;
  size: number;
  color: string;
};

/**
 * Evidence items, document records and sentence records are values: the graph adds and drops
 * them, and never changes one in place (graph.json's text of one is kept with it: record-text.ts).
 */
export type Evidence = {
  /** Id into the graph's `sentences` table. */
  sentence: string;
  modality: Modality;
  attributedTo?: string;
  rule: string;
  cue: string;
  confidence: number;
  /** Subject mention, offsets into the document text. */
  subject: [number, number];
  object: [number, number];
};

export type EdgeAttributes = {
  predicate: Predicate;
  label: string;
  code?: string;
  role?: 'theme' | 'recipient';
  /** Number of supporting sentences. */
  weight: number;
  docCount: number;
  modality: Modality;
  firstDate?: string;
  lastDate?: string;
  size: number;
  /** Sorted by sentence (document, then index). */
  evidence: Evidence[];
};

/** A document as the graph records it: its metadata (`Doc` without its text) and its number of sentences. */
export type DocumentRecord = Pick<Doc, 'id' | 'title' | 'date' | 'url' | 'author' | 'path' | 'sha256' | 'source'> & {
  /** Number of sentences in the document (not only the stored ones). */
  sentences: number;
};

export type SentenceRecord = {
  id: string;
  doc: string;
  index: number;
  start: number;
  end: number;
  text: string;
  language: Language;
};

export type GraphAttributes = {
  format: typeof GRAPH_FORMAT;
  version: typeof GRAPH_VERSION;
  /** Sorted by id (after `finalizeGraph` and in `graph.json`). */
  documents: DocumentRecord[];
  /** Only sentences that support an edge; sorted by document, then index. */
  sentences: SentenceRecord[];
};

export type RelataGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createGraph(): RelataGraph {
  const graph: RelataGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  graph.replaceAttributes({ format: GRAPH_FORMAT, version: GRAPH_VERSION, documents: [], sentences: [] });
  return graph;
}

/** Strongest first: an edge's modality is the strongest among its evidence. */
export const MODALITY_STRENGTH: readonly Modality[] = ['asserted', 'reported', 'hypothetical', 'negated'];

export function strongerModality(a: Modality, b: Modality): Modality {
  return MODALITY_STRENGTH.indexOf(a) <= MODALITY_STRENGTH.indexOf(b) ? a : b;
}

/** `doc#12` → `['doc', 12]`; a document id may itself contain `#`. */
export function splitSentenceId(id: string): [string, number] {
  const hash = id.lastIndexOf('#');
  return [id.slice(0, hash), Number(id.slice(hash + 1))];
}

export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Document, then index: the order of the `sentences` table and of every `evidence` array. The
 * ids are compared where they lie, the documents as `compareStrings` orders them (it runs for
 * every pair a sort compares, over every edge's evidence).
 */
export function compareSentenceIds(a: string, b: string): number {
  if (a === b) return 0;
  const hashA = a.lastIndexOf('#');
  const hashB = b.lastIndexOf('#');
  for (let i = 0; i < hashA && i < hashB; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  if (hashA !== hashB) return hashA < hashB ? -1 : 1;
  return sentenceIndex(a, hashA) - sentenceIndex(b, hashB);
}

/** The number after `#` of a sentence id. */
function sentenceIndex(id: string, hash: number): number {
  let n = 0;
  for (let i = hash + 1; i < id.length; i++) n = n * 10 + id.charCodeAt(i) - 48;
  return n;
}

/** Most frequent first, then text, then language: the order of `aliases` in graph.json. */
export const compareAliases = (a: Alias, b: Alias): number =>
  b.count - a.count || compareStrings(a.text, b.text) || compareStrings(a.language, b.language);

/** A sorted copy of a node's aliases (a graph in memory may not hold them sorted). */
export const sortedAliases = (aliases: readonly Alias[]): Alias[] => [...aliases].sort(compareAliases);
