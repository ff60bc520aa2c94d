/**
 * Taking documents out of the graph: their records, sentences and evidence; what they touched
 * is derived again from what remains (derive.ts), at once or once for a batch.
 */
import { deriveEdge, deriveNode, documentDates } from './derive.ts';
import type { RelataGraph } from './model.ts';

/** The nodes and edges that taking documents out left to derive again (`deriveTouched`). */
export interface Touched {
  nodes: Set<string>;
  edges: Set<string>;
}

/** An empty `Touched`, for a batch of `addExtraction` calls. */
export const touchedNothing = (): Touched => ({ nodes: new Set(), edges: new Set() });

/**
 * Takes a document out of the graph: its record, sentences and evidence; edges left without
 * evidence and nodes left without edges are dropped, and the nodes and edges it touched are
 * derived again from what remains. Returns whether the graph held it.
 */
export function removeDocument(graph: RelataGraph, docId: string): boolean {
  const touched = touchedNothing();
  const held = takeOut(graph, new Set([docId]), touched);
  if (held) deriveTouched(graph, touched);
  return held;
}

/**
 * `removeDocument` for several documents at once, in one pass over the tables and the edges,
 * but for the derivation: what it touched is added to `touched`. Returns whether the graph held any.
 */
export function takeOut(graph: RelataGraph, docIds: ReadonlySet<string>, touched: Touched): boolean {
  const documents = graph.getAttribute('documents');
  if (!documents.some((d) => docIds.has(d.id))) return false;
  graph.setAttribute(
    'documents',
    documents.filter((d) => !docIds.has(d.id)),
  );
  graph.setAttribute(
    'sentences',
    graph.getAttribute('sentences').filter((s) => !docIds.has(s.doc)),
  );

  const touchedNodes = graph.filterNodes((_, a) => a.docs.some((doc) => docIds.has(doc)));
  for (const key of new Set(touchedNodes.flatMap((n) => graph.outEdges(n)))) {
    const attrs = graph.getEdgeAttributes(key);
    attrs.evidence = attrs.evidence.filter((ev) => !docIds.has(ev.sentence.slice(0, ev.sentence.lastIndexOf('#'))));
    if (attrs.evidence.length > 0) touched.edges.add(key);
    else {
      graph.dropEdge(key);
      touched.edges.delete(key);
    }
  }
  for (const node of touchedNodes) {
    if (graph.degree(node) > 0) touched.nodes.add(node);
    else {
      graph.dropNode(node);
      touched.nodes.delete(node);
    }
  }
  return true;
}

/**
 * Derives again the edges and nodes documents were taken out of, from the evidence they hold
 * now: once for a batch, where each document's removal would derive a hub again each time.
 */
export function deriveTouched(graph: RelataGraph, touched: Touched): void {
  const dates = documentDates(graph);
  for (const key of touched.edges) if (graph.hasEdge(key)) deriveEdge(graph.getEdgeAttributes(key), dates);
  const sentences = new Map(graph.getAttribute('sentences').map((s) => [s.id, s]));
  for (const node of touched.nodes) if (graph.hasNode(node)) deriveNode(graph, node, sentences);
}
