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

/** Parse and normalise; throws with a short reason when the text is not a graph. */
export function parseGraph(text: string, format: GraphFormat): RelataGraph {
  if (format === 'gexf') return normalizeGraph(parse(Graph, text, { addMissingNodes: true, allowUndeclaredAttributes: true }));
  const data: unknown = JSON.parse(text);
  if (!data || typeof data !== 'object' || !Array.isArray((data as { nodes?: unknown }).nodes)) {
    throw new Error('not a graphology graph (no "nodes" array)');
  }
  return normalizeGraph(Graph.from(data as Parameters<typeof Graph.from>[0]));
}
