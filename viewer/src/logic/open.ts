/**
 * Graph files the viewer opens: graphology JSON (relata's graph.json or any `graph.export()`)
 * and GEXF, both normalised (model.ts) so the rest of the viewer sees one shape. The viewer's
 * build maps `graphology-gexf` to its browser endpoint (the DOM's own XML parser).
 */

import Graph from 'graphology';
import { parse } from 'graphology-gexf';
import { normalizeGraph, type RelataGraph } from './model.ts';

export type GraphFormat = 'json' | 'gexf';

/** The format a file name says, or null for anything else. */
export function formatOf(fileName: string): GraphFormat | null {
  const extension = /\.(json|gexf)$/i.exec(fileName)?.[1].toLowerCase();
  return extension === 'json' || extension === 'gexf' ? extension : null;
}

/**
 * In the browser, the XML document of a GEXF, or an error saying why it is not one: the DOM's
 * parser returns a `<parsererror>` document for a truncated file, which would read as an empty graph.
 * (Elsewhere the text is left to graphology-gexf's own parser.)
 */
function gexfSource(text: string): Document | string {
  if (typeof DOMParser === 'undefined') return text;
  const xml = new DOMParser().parseFromString(text, 'application/xml');
  const error = xml.getElementsByTagName('parsererror')[0];
  if (error) {
    const reason = (error.textContent ?? '').replace(/\s+/g, ' ').replace(/^This page contains the following errors: ?/, '').replace(/ Below is a rendering.*$/, '');
    throw new Error(`not well-formed XML${reason ? ` (${reason.trim()})` : ''}`);
  }
  const root = xml.documentElement.localName;
  if (root !== 'gexf' || !xml.getElementsByTagName('graph')[0]) throw new Error(`not a GEXF graph (its root element is <${root}>${root === 'gexf' ? ' without <graph>' : ''})`);
  return xml;
}

/** Parse and normalise; throws with a short reason when the text is not a graph. */
export function parseGraph(text: string, format: GraphFormat): RelataGraph {
  if (format === 'gexf') return normalizeGraph(parse(Graph, gexfSource(text), { addMissingNodes: true, allowUndeclaredAttributes: true }));
  const data: unknown = JSON.parse(text);
  if (!data || typeof data !== 'object' || !Array.isArray((data as { nodes?: unknown }).nodes)) {
    throw new Error('not a graphology graph (no "nodes" array)');
  }
  return normalizeGraph(Graph.from(data as Parameters<typeof Graph.from>[0]));
}
