/**
 * One index over a loaded graph, built once per KnowledgeGraph: the document and sentence
 * tables by id, edges by predicate, and every folded name (label, alias, key slug) → node.
 * `lookupEntity` is the one body of name resolution (resolve.ts's `resolveEntity` builds an
 * index and calls it): O(1) per name once the index is built.
 */
import {
  compareStrings,
  splitSentenceId,
  type DocumentRecord,
  type Evidence,
  type RelataGraph,
  type SentenceRecord,
} from '../graph/model.ts';
import { fold, slug } from '../text/fold.ts';
import type { Predicate } from '../types.ts';

interface Candidate {
  key: string;
  score: number;
}

export interface GraphIndex {
  documents: Map<string, DocumentRecord>;
  sentences: Map<string, SentenceRecord>;
  byPredicate: Map<Predicate, string[]>;
  /** folded label → best node; folded alias → best node; key slug → best node. */
  labels: Map<string, Candidate>;
  aliases: Map<string, Candidate>;
  slugs: Map<string, Candidate>;
  /** Every label and alias with its folded form, for suggestions. */
  forms: NameForm[];
}

/** A label or alias of a node, with its folded form. */
export interface NameForm {
  key: string;
  form: string;
  folded: string;
}

const better = (a: Candidate, b: Candidate | undefined): boolean =>
  !b || a.score > b.score || (a.score === b.score && compareStrings(a.key, b.key) < 0);

function offer(map: Map<string, Candidate>, name: string, candidate: Candidate): void {
  if (name && better(candidate, map.get(name))) map.set(name, candidate);
}

export function buildIndex(graph: RelataGraph): GraphIndex {
  const index: GraphIndex = {
    documents: new Map(graph.getAttribute('documents').map((d) => [d.id, d])),
    sentences: new Map(graph.getAttribute('sentences').map((s) => [s.id, s])),
    byPredicate: new Map(),
    labels: new Map(),
    aliases: new Map(),
    slugs: new Map(),
    forms: [],
  };
  graph.forEachEdge((key, a) => {
    const list = index.byPredicate.get(a.predicate);
    if (list) list.push(key);
    else index.byPredicate.set(a.predicate, [key]);
  });
  graph.forEachNode((key, a) => {
    const label = fold(a.label);
    offer(index.labels, label, { key, score: a.mentions });
    index.forms.push({ key, form: a.label, folded: label });
    const counts = new Map<string, number>();
    for (const al of a.aliases) {
      const folded = fold(al.text);
      counts.set(folded, (counts.get(folded) ?? 0) + al.count);
      index.forms.push({ key, form: al.text, folded });
    }
    for (const [name, count] of counts) offer(index.aliases, name, { key, score: count });
    offer(index.slugs, key.slice(key.indexOf(':') + 1), { key, score: a.mentions });
  });
  return index;
}

/**
 * The node `name` designates: its key itself, else the node whose folded label matches, else
 * the one with a matching folded alias, else the one whose key ends with the slug of `name`.
 * Ties go to the most mentioned (for aliases: the most frequent use of that form, summed over
 * languages and spellings that fold alike), then to the smallest key.
 */
export function lookupEntity(graph: RelataGraph, index: GraphIndex, name: string): string | undefined {
  if (graph.hasNode(name)) return name;
  const folded = fold(name);
  if (!folded) return undefined;
  return (index.labels.get(folded) ?? index.aliases.get(folded) ?? index.slugs.get(slug(name)))?.key;
}

/** The document of an evidence item, when the graph records it. */
/** What finding an evidence item's document needs of an index (the viewer keeps one of these too). */
export interface DocumentIndex<D extends { id: string; date?: string } = DocumentRecord> {
  documents: ReadonlyMap<string, D>;
  sentences: ReadonlyMap<string, { doc: string }>;
}

export function evidenceDoc<D extends { id: string; date?: string }>(
  ev: Evidence,
  index: DocumentIndex<D>,
): D | undefined {
  const docId = index.sentences.get(ev.sentence)?.doc ?? splitSentenceId(ev.sentence)[0];
  return index.documents.get(docId);
}
