/**
 * Taking documents out of the graph: their records, sentences and evidence. A node subtracts
 * what it loses; the edges they touched are derived again from what remains (derive.ts), at once
 * or once for a batch.
 */
import { countAlias, deriveEdge, deriveNode, documentDates } from './derive.ts';
import type { Alias, NodeAttributes, RelataGraph, SentenceRecord } from './model.ts';

/** The nodes and edges that taking documents out left to derive again (`deriveTouched`). */
export interface Touched {
  nodes: Set<string>;
  edges: Set<string>;
}

/** An empty `Touched`, for a batch of `addExtraction` calls. */
export const touchedNothing = (): Touched => ({ nodes: new Set(), edges: new Set() });

/**
 * Takes a document out of the graph: its record, sentences and evidence; edges left without
 * evidence and nodes left without edges are dropped, the nodes it touched lose its mentions, and
 * the edges it touched are derived again from what remains. Returns whether the graph held it.
 */
export function removeDocument(graph: RelataGraph, docId: string): boolean {
  const touched = touchedNothing();
  const held = takeOut(graph, new Set([docId]), touched);
  if (held) deriveTouched(graph, touched);
  return held;
}

/**
 * `removeDocument` for several documents at once, in one pass over the tables and the edges,
 * but for the derivation: what it touched is added to `touched`. A node keeps its aliases,
 * mentions and documents less those of the evidence taken out (where they do not add up, it is
 * derived again instead), so a hub is not read again whole. Returns whether the graph held any.
 */
export function takeOut(graph: RelataGraph, docIds: ReadonlySet<string>, touched: Touched): boolean {
  const documents = graph.getAttribute('documents');
  if (!documents.some((d) => docIds.has(d.id))) return false;
  graph.setAttribute(
    'documents',
    documents.filter((d) => !docIds.has(d.id)),
  );
  // the sentences taken out, to read the mentions lost back out of them
  const sentences = new Map<string, SentenceRecord>();
  const kept: SentenceRecord[] = [];
  for (const s of graph.getAttribute('sentences')) {
    if (docIds.has(s.doc)) sentences.set(s.id, s);
    else kept.push(s);
  }
  graph.setAttribute('sentences', kept);

  const touchedNodes = graph.filterNodes((_, a) => a.docs.some((doc) => docIds.has(doc)));
  const lost = new Map<string, Lost>();
  for (const key of new Set(touchedNodes.flatMap((n) => graph.outEdges(n)))) {
    const attrs = graph.getEdgeAttributes(key);
    const [source, target] = graph.extremities(key);
    const remaining = attrs.evidence.filter((ev) => {
      const doc = ev.sentence.slice(0, ev.sentence.lastIndexOf('#'));
      if (!docIds.has(doc)) return true;
      const sentence = sentences.get(ev.sentence);
      loseMention(lost, source, doc, sentence, ev.subject);
      loseMention(lost, target, doc, sentence, ev.object);
      return false;
    });
    if (remaining.length === attrs.evidence.length) continue; // (the same list: graph.json's bytes of it still hold)
    attrs.evidence = remaining;
    if (remaining.length > 0) touched.edges.add(key);
    else {
      graph.dropEdge(key);
      touched.edges.delete(key);
    }
  }
  for (const node of touchedNodes) {
    if (graph.degree(node) === 0) {
      graph.dropNode(node);
      touched.nodes.delete(node);
    } else if (!subtract(graph.getNodeAttributes(node), lost.get(node), docIds)) touched.nodes.add(node);
  }
  return true;
}

/** What a node loses with the evidence taken out: its distinct (document, span) mentions and the aliases they counted. */
interface Lost {
  spans: Set<string>;
  aliases: Alias[];
  /** False when a span's sentence was not in the table: the node is then derived again. */
  readable: boolean;
}

function loseMention(
  lost: Map<string, Lost>,
  node: string,
  doc: string,
  sentence: SentenceRecord | undefined,
  [start, end]: readonly [number, number],
): void {
  let entry = lost.get(node);
  if (!entry) lost.set(node, (entry = { spans: new Set(), aliases: [], readable: true }));
  if (!sentence) {
    entry.readable = false;
    return;
  }
  const key = `${doc}#${start}:${end}`;
  if (entry.spans.has(key)) return;
  entry.spans.add(key);
  // as deriveNode reads them: a span outside its sentence is a mention without an alias
  if (start >= sentence.start && end <= sentence.end)
    countAlias(entry, sentence.text.slice(start - sentence.start, end - sentence.start), sentence.language);
}

/** Takes `lost` off the node's aliases, mentions and documents; false, leaving it as it was, where they do not add up. */
function subtract(attrs: NodeAttributes, lost: Lost | undefined, docIds: ReadonlySet<string>): boolean {
  if (!lost?.readable || lost.spans.size > attrs.mentions) return false;
  const aliases = lost.aliases.map((gone) => {
    const alias = attrs.aliases.find((a) => a.text === gone.text && a.language === gone.language);
    return alias && alias.count >= gone.count ? { alias, count: alias.count - gone.count } : undefined;
  });
  if (aliases.includes(undefined)) return false;
  for (const { alias, count } of aliases as { alias: Alias; count: number }[]) alias.count = count;
  attrs.aliases = attrs.aliases.filter((a) => a.count > 0);
  attrs.mentions -= lost.spans.size;
  attrs.docs = attrs.docs.filter((doc) => !docIds.has(doc));
  return true;
}

/**
 * Derives again the edges documents were taken out of, and the nodes `takeOut` could not
 * subtract from, from the evidence they hold now: once for a batch.
 */
export function deriveTouched(graph: RelataGraph, touched: Touched): void {
  const dates = documentDates(graph);
  for (const key of touched.edges) if (graph.hasEdge(key)) deriveEdge(graph.getEdgeAttributes(key), dates);
  if (touched.nodes.size === 0) return;
  const sentences = new Map(graph.getAttribute('sentences').map((s) => [s.id, s]));
  for (const node of touched.nodes) if (graph.hasNode(node)) deriveNode(graph, node, sentences);
}
