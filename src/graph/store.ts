/**
 * graph.json: canonical serialization, atomic save, checked load.
 *
 * `serializeGraph` writes graphology's `export()` shape with everything sorted and a fixed
 * key order, one document / sentence / node / edge per line so diffs stay readable. Only
 * the attributes of graph/README.md are written: anything else set on the graph is dropped.
 */
import { open, mkdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { RelataError } from '../errors.ts';
import { graphProblem } from './schema.ts';
import {
  GRAPH_FORMAT,
  GRAPH_VERSION,
  compareSentenceIds,
  compareStrings,
  type Alias,
  type RelataGraph,
} from './model.ts';

export const GRAPH_FILE = 'graph.json';

const OPTIONS = { type: 'directed', multi: true, allowSelfLoops: false } as const;

/** Copy of `o` with `keys` in that order, leaving out undefined values. */
function pick<T extends object, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
}

const byAlias = (a: Alias, b: Alias): number =>
  b.count - a.count || compareStrings(a.text, b.text) || compareStrings(a.language, b.language);

const lines = (items: unknown[]): string =>
  items.length === 0 ? '[]' : `[\n${items.map((i) => JSON.stringify(i)).join(',\n')}\n]`;

/** Same graph content, same bytes: independent of insertion order, no timestamps. */
export function serializeGraph(graph: RelataGraph): string {
  const { documents, sentences } = graph.getAttributes();
  const docs = [...documents]
    .sort((a, b) => compareStrings(a.id, b.id))
    .map((d) => pick(d, ['id', 'title', 'date', 'url', 'path', 'sha256', 'sentences']));
  const sents = [...sentences]
    .sort((a, b) => compareSentenceIds(a.id, b.id))
    .map((s) => pick(s, ['id', 'doc', 'index', 'start', 'end', 'text', 'language']));
  const nodes = graph
    .nodes()
    .sort(compareStrings)
    .map((key) => {
      const a = graph.getNodeAttributes(key);
      const attributes = {
        ...pick(a, ['label', 'type']),
        aliases: [...a.aliases].sort(byAlias).map((al) => pick(al, ['text', 'language', 'count'])),
        mentions: a.mentions,
        docs: [...a.docs].sort(compareStrings),
        ...pick(a, ['x', 'y', 'size', 'color']),
      };
      return { key, attributes };
    });
  const edges = graph
    .edges()
    .sort(compareStrings)
    .map((key) => {
      const a = graph.getEdgeAttributes(key);
      const attributes = {
        ...pick(a, ['predicate', 'label', 'code', 'role', 'weight', 'docCount', 'modality', 'firstDate', 'lastDate', 'size']),
        evidence: [...a.evidence]
          .sort((x, y) => compareSentenceIds(x.sentence, y.sentence))
          .map((ev) => pick(ev, ['sentence', 'modality', 'attributedTo', 'rule', 'cue', 'confidence', 'subject', 'object'])),
      };
      return { key, source: graph.source(key), target: graph.target(key), attributes };
    });
  const head = `{"format":${JSON.stringify(GRAPH_FORMAT)},"version":${GRAPH_VERSION}`;
  return (
    `{"options":${JSON.stringify(OPTIONS)},` +
    `"attributes":${head},"documents":${lines(docs)},"sentences":${lines(sents)}},` +
    `"nodes":${lines(nodes)},"edges":${lines(edges)}}\n`
  );
}

/** Parse graph.json text; `file` names the source in error messages. */
export function graphFromJSON(text: string, file = GRAPH_FILE): RelataGraph {
  const fail = (why: string): RelataError =>
    new RelataError('graph', 'E_GRAPH_FORMAT', `"${file}" ${why}`, { file });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw fail(`is not valid JSON (${(e as Error).message})`);
  }
  const attrs = (data as { attributes?: Record<string, unknown> } | null)?.attributes;
  if (attrs?.format !== GRAPH_FORMAT) throw fail(`is not a relata graph (attributes.format is not "${GRAPH_FORMAT}")`);
  if (attrs.version !== GRAPH_VERSION) throw fail(`has format version ${String(attrs.version)}; this relata reads version ${GRAPH_VERSION}`);
  if (!Array.isArray(attrs.documents) || !Array.isArray(attrs.sentences)) throw fail('lacks the documents or sentences table');
  const problem = graphProblem(data);
  if (problem) throw fail(`is damaged at ${problem}`);
  const graph: RelataGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  try {
    graph.import(data as Parameters<RelataGraph['import']>[0]);
  } catch (e) {
    throw fail(`is not a valid graph (${(e as Error).message})`);
  }
  return graph;
}

/** Write `dir/graph.json` atomically: a temporary file in the same folder, then a rename. */
export async function saveGraph(dir: string, graph: RelataGraph): Promise<void> {
  const text = serializeGraph(graph);
  await mkdir(dir, { recursive: true });
  const target = join(dir, GRAPH_FILE);
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    const handle = await open(tmp, 'w');
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync().catch(() => undefined); // best effort: some file systems refuse fsync
    } finally {
      await handle.close();
    }
    await rename(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

export async function loadGraph(dir: string): Promise<RelataGraph> {
  const file = join(dir, GRAPH_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new RelataError('graph', 'E_GRAPH_NOT_FOUND', `no graph at "${file}": run \`relata build\` first`, { file });
    }
    throw new RelataError('graph', 'E_GRAPH_FORMAT', `"${file}" cannot be read (${code === 'EISDIR' ? 'it is a folder' : (e as Error).message})`, { file });
  }
  return graphFromJSON(text, file);
}
