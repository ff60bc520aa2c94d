/**
 * graph.json text → a graph, with the checks every reading makes: JSON, format, version, tables,
 * and graphology's import. The schema's check of every node and edge is the caller's `problem`
 * (serialize.ts `graphFromJSON`): without it, reading a graph its build cache vouches for never
 * loads the schema and zod. Given graph.json's bytes, the graph keeps where its records lie in
 * them when unchecked (record-text.ts).
 */
import { MultiDirectedGraph } from 'graphology';
import { RelataError } from '../errors.ts';
import { GRAPH_FORMAT, GRAPH_VERSION, type RelataGraph } from './model.ts';
import { keepBytes } from './record-text.ts';

export function parseGraph(
  input: string | Uint8Array,
  file: string,
  problem?: (data: unknown) => string | undefined,
): RelataGraph {
  const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
  const fail = (why: string): RelataError => new RelataError('graph', 'E_GRAPH_FORMAT', `"${file}" ${why}`, { file });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw fail(`is not valid JSON (${(e as Error).message})`);
  }
  const attrs = (data as { attributes?: Record<string, unknown> } | null)?.attributes;
  if (attrs?.format !== GRAPH_FORMAT) throw fail(`is not a relata graph (attributes.format is not "${GRAPH_FORMAT}")`);
  if (attrs.version !== GRAPH_VERSION)
    throw fail(`has format version ${String(attrs.version)}; this relata reads version ${GRAPH_VERSION}`);
  if (!Array.isArray(attrs.documents) || !Array.isArray(attrs.sentences))
    throw fail('lacks the documents or sentences table');
  const found = problem?.(data);
  if (found) throw fail(`is damaged at ${found}`);
  const graph: RelataGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  try {
    graph.import(data as Parameters<RelataGraph['import']>[0]);
  } catch (e) {
    throw fail(`is not a valid graph (${(e as Error).message})`);
  }
  // bytes a build wrote, unchecked: the next save copies what it still holds of them (record-text.ts)
  if (!problem && typeof input !== 'string') keepBytes(graph, input, data as Parameters<typeof keepBytes>[2]);
  return graph;
}

/** The error for a graph.json that cannot be read: none there, or not a readable file. */
export function unreadableGraph(file: string, e: NodeJS.ErrnoException): never {
  if (e.code === 'ENOENT' || e.code === 'ENOTDIR') {
    throw new RelataError('graph', 'E_GRAPH_NOT_FOUND', `no graph at "${file}": run \`relata build\` first`, { file });
  }
  throw new RelataError(
    'graph',
    'E_GRAPH_FORMAT',
    `"${file}" cannot be read (${e.code === 'EISDIR' ? 'it is a folder' : e.message})`,
    { file },
  );
}
