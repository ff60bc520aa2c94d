/**
 * The shapes of graph.json as the viewer reads it (graph/README.md is the reference),
 * and one lookup index over its document and sentence tables.
 */

import type { MultiDirectedGraph } from 'graphology';
import type { EntityType, Language, Modality, Predicate } from '../../../src/types.ts';

export interface Alias {
  text: string;
  language: Language;
  count: number;
}

export interface NodeAttrs {
  label: string;
  type: EntityType;
  aliases: Alias[];
  mentions: number;
  docs: string[];
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface Evidence {
  sentence: string;
  modality: Modality;
  attributedTo?: string;
  rule: string;
  cue: string;
  confidence: number;
  subject: [number, number];
  object: [number, number];
}

export interface EdgeAttrs {
  predicate: Predicate;
  label: string;
  code?: string;
  role?: 'theme' | 'recipient';
  weight: number;
  docCount: number;
  modality: Modality;
  firstDate?: string;
  lastDate?: string;
  size: number;
  evidence: Evidence[];
}

export interface DocumentRecord {
  id: string;
  title?: string;
  date?: string;
  url?: string;
  path?: string;
  sha256: string;
  sentences: number;
}

export interface SentenceRecord {
  id: string;
  doc: string;
  index: number;
  start: number;
  end: number;
  text: string;
  language: Language;
}

export interface GraphAttrs {
  format: 'relata-graph';
  version: 1;
  documents: DocumentRecord[];
  sentences: SentenceRecord[];
}

export type RelataGraph = MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>;

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

/** The document an evidence sentence comes from (undefined when the tables are incomplete). */
export function evidenceDocument(evidence: Evidence, index: GraphIndex): DocumentRecord | undefined {
  const sentence = index.sentences.get(evidence.sentence);
  return sentence && index.documents.get(sentence.doc);
}
