/**
 * What nodes and edges derive from their evidence: an edge's weight, document count, modality,
 * dates and size; a node's aliases, mentions and documents, read back out of the stored sentences.
 */
import type { Language } from '../types.ts';
import {
  compareStrings,
  splitSentenceId,
  strongerModality,
  type EdgeAttributes,
  type NodeAttributes,
  type RelataGraph,
  type SentenceRecord,
} from './model.ts';
import { edgeSize } from './style.ts';

/** Document id → date, for edges' firstDate/lastDate. */
export function documentDates(graph: RelataGraph): Map<string, string | undefined> {
  return new Map(graph.getAttribute('documents').map((d) => [d.id, d.date]));
}

/** Recompute an edge's derived attributes from its evidence (kept in insertion order; serializeGraph sorts). */
export function deriveEdge(attrs: EdgeAttributes, dates: Map<string, string | undefined>): void {
  const { evidence } = attrs;
  const docs = new Set(evidence.map((ev) => splitSentenceId(ev.sentence)[0]));
  let first: string | undefined;
  let last: string | undefined;
  for (const doc of docs) {
    const date = dates.get(doc);
    if (date === undefined) continue;
    if (first === undefined || compareStrings(date, first) < 0) first = date;
    if (last === undefined || compareStrings(date, last) > 0) last = date;
  }
  attrs.weight = evidence.length;
  attrs.docCount = docs.size;
  attrs.modality = evidence.map((ev) => ev.modality).reduce(strongerModality);
  attrs.firstDate = first;
  attrs.lastDate = last;
  attrs.size = edgeSize(evidence.length);
}

/**
 * Recompute a node's aliases, mentions and docs from the evidence of its edges, reading each
 * span back out of `sentences` (evidence whose sentence is missing there is skipped). Aliases
 * and docs come in first-seen order, unsorted (serializeGraph sorts; `sortedAliases` in model.ts).
 */
export function deriveNode(graph: RelataGraph, node: string, sentences: Map<string, SentenceRecord>): void {
  const attrs = graph.getNodeAttributes(node);
  attrs.aliases = [];
  attrs.mentions = 0;
  const seen = new Set<string>();
  // the documents in a set: the node's edges list them one after another, each from its first
  const docs = new Set<string>();
  graph.forEachEdge(node, (_, edge, source) => {
    for (const ev of edge.evidence) {
      const s = sentences.get(ev.sentence);
      if (!s) continue;
      const [start, end] = source === node ? ev.subject : ev.object;
      const mention = `${s.doc}#${start}:${end}`;
      if (seen.has(mention)) continue;
      seen.add(mention);
      // Spans lie inside their sentence (the extractor guarantees it); one outside cannot be read back.
      const text = start >= s.start && end <= s.end ? s.text.slice(start - s.start, end - s.start) : undefined;
      attrs.mentions++;
      docs.add(s.doc);
      countAlias(attrs, text, s.language);
    }
  });
  attrs.docs = [...docs];
}

/** Counts one mention of the node as `text` in `language`. */
export function countAlias(attrs: Pick<NodeAttributes, 'aliases'>, text: string | undefined, language: Language): void {
  if (text === undefined) return;
  const alias = attrs.aliases.find((a) => a.text === text && a.language === language);
  if (alias) alias.count++;
  else attrs.aliases.push({ text, language, count: 1 });
}
