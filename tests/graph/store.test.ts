import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RelataError } from '../../src/errors.ts';
import {
  addExtraction,
  createGraph,
  graphFromJSON,
  loadGraph,
  saveGraph,
  serializeGraph,
  type RelataGraph,
} from '../../src/graph/index.ts';
import { CORPUS, buildGraph } from './fixtures.ts';
import { buildGraph as buildStore } from '../../src/build.ts';
import { parseDocument } from '../../src/ingest/index.ts';

const buildGraphInto = (out: string) =>
  buildStore([parseDocument('new.txt', 'France condemned Russia.', 'txt')], { out, iterations: 1 });

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relata-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function rejection(promise: Promise<unknown>): Promise<RelataError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RelataError);
  return error as RelataError;
}

describe('saveGraph', () => {
  it('writes the bytes of serializeGraph, in pieces, for an empty graph and for an edge with thousands of sentences', async () => {
    const long = createGraph();
    const [first] = CORPUS.en1.triples;
    const sentences = Array.from({ length: 3000 }, (_, index) => ({
      ...CORPUS.en1.sentences[first.sentenceIndex],
      id: `long.txt#${index}`,
      doc: 'long.txt',
      index,
    }));
    addExtraction(long, {
      doc: { ...CORPUS.en1.doc, id: 'long.txt' },
      sentences,
      triples: sentences.map((s) => ({ ...first, doc: 'long.txt', sentenceIndex: s.index })),
    });
    for (const graph of [createGraph(), long]) {
      await saveGraph(dir, graph);
      const text = await readFile(join(dir, 'graph.json'), 'utf8');
      expect(text).toBe(serializeGraph(graph));
      expect(serializeGraph(graphFromJSON(text))).toBe(text);
    }
    expect(serializeGraph(long).length).toBeGreaterThan(3000 * 100);
  });
});

describe('serializeGraph', () => {
  it("is graphology's export format, sorted, readable by a plain graphology import", () => {
    const graph = buildGraph([CORPUS.en1, CORPUS.fr1]);
    const text = serializeGraph(graph);
    const data = JSON.parse(text);
    expect(Object.keys(data)).toEqual(['options', 'attributes', 'nodes', 'edges']);
    expect(data.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: false });
    expect(Object.keys(data.attributes)).toEqual(['format', 'version', 'documents', 'sentences']);
    expect(data.nodes.map((n: { key: string }) => n.key)).toEqual(graph.nodes().sort());
    expect(Object.keys(data.edges[0].attributes)).toEqual([
      'predicate',
      'label',
      'code',
      'role',
      'weight',
      'docCount',
      'modality',
      'firstDate',
      'lastDate',
      'size',
      'evidence',
    ]);
    expect(text).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/); // no timestamps
    const plain = MultiDirectedGraph.from(data);
    expect(plain.export()).toEqual(data);
  });
});

describe('saveGraph / loadGraph', () => {
  it('round-trips: the loaded graph serializes to the same bytes', async () => {
    const graph = buildGraph([CORPUS.en1, CORPUS.fr1]);
    const out = join(dir, 'nested', 'graph');
    await saveGraph(out, graph);
    expect(await readdir(out)).toEqual(['graph.json']);
    const loaded = await loadGraph(out);
    expect(serializeGraph(loaded)).toBe(serializeGraph(graph));
    expect(loaded.getEdgeAttribute('country:germany|supplies|country:ukraine', 'weight')).toBe(2);
    expect(loaded.allowSelfLoops).toBe(false);
  });

  it('leaves the previous graph.json intact when the temporary file cannot be written', async () => {
    await writeFile(join(dir, 'graph.json'), 'previous');
    await mkdir(join(dir, `graph.json.${process.pid}.tmp`)); // opening the tmp file for writing fails
    await expect(saveGraph(dir, buildGraph([CORPUS.en1]))).rejects.toThrow(/EISDIR/);
    expect(await readFile(join(dir, 'graph.json'), 'utf8')).toBe('previous');
  });

  it('writes nothing when serialization throws', async () => {
    await writeFile(join(dir, 'graph.json'), 'previous');
    const graph = buildGraph([CORPUS.en1]);
    (graph as RelataGraph).setNodeAttribute('country:germany', 'mentions', 10n as unknown as number);
    await expect(saveGraph(dir, graph)).rejects.toThrow(/BigInt/);
    expect(await readdir(dir)).toEqual(['graph.json']);
    expect(await readFile(join(dir, 'graph.json'), 'utf8')).toBe('previous');
  });

  it('E_GRAPH_NOT_FOUND names the path and says to run relata build', async () => {
    const error = await rejection(loadGraph(join(dir, 'missing')));
    expect(error.code).toBe('E_GRAPH_NOT_FOUND');
    expect(error.message).toContain(join(dir, 'missing', 'graph.json'));
    expect(error.message).toContain('relata build');
  });

  const broken: [string, string][] = [
    ['broken JSON', '{"options": '],
    ['not a relata graph', JSON.stringify(new MultiDirectedGraph().export())],
    ['a future version', serializeGraph(buildGraph([])).replace('"version":1', '"version":2')],
    ['JSON null', 'null'],
    [
      'an edge to a missing node',
      serializeGraph(buildGraph([])).replace('"edges":[]', '"edges":[{"source":"a","target":"b"}]'),
    ],
  ];
  it.each(broken)('E_GRAPH_FORMAT for %s, naming the file', async (_, text) => {
    await writeFile(join(dir, 'graph.json'), text);
    const error = await rejection(loadGraph(dir));
    expect(error.code).toBe('E_GRAPH_FORMAT');
    expect(error.message).toContain(join(dir, 'graph.json'));
  });

  // damaged stores that once gave stack traces: each names the file and its first problem, and no build overwrites it
  type Stored = { nodes: { attributes: Record<string, unknown> }[]; edges: { attributes: Record<string, unknown> }[] };
  const good = (): Stored => JSON.parse(serializeGraph(buildGraph([CORPUS.fr1])));
  const damaged: [string, (g: Stored) => void, string][] = [
    ['a node without aliases', (g) => delete g.nodes[0].attributes.aliases, 'nodes[0].attributes.aliases'],
    ['an edge without evidence', (g) => delete g.edges[0].attributes.evidence, 'edges[0].attributes.evidence'],
    ['a null label', (g) => (g.nodes[1].attributes.label = null), 'nodes[1].attributes.label'],
    ['an unknown predicate', (g) => (g.edges[0].attributes.predicate = 'loves'), 'edges[0].attributes.predicate'],
  ];
  it.each(damaged)(
    'E_GRAPH_FORMAT for %s, with the place of the problem; a build leaves it as it was',
    async (_, damage, where) => {
      const data = good();
      damage(data);
      const text = JSON.stringify(data);
      await writeFile(join(dir, 'graph.json'), text);
      const error = await rejection(loadGraph(dir));
      expect(error.code).toBe('E_GRAPH_FORMAT');
      expect(error.message).toContain(join(dir, 'graph.json'));
      expect(error.message).toContain(where);
      const build = await rejection(buildGraphInto(dir));
      expect(build.code).toBe('E_GRAPH_FORMAT');
      expect(await readFile(join(dir, 'graph.json'), 'utf8')).toBe(text);
    },
  );

  it('E_GRAPH_FORMAT when graph.json is a folder', async () => {
    await mkdir(join(dir, 'graph.json'));
    const error = await rejection(loadGraph(dir));
    expect(error.code).toBe('E_GRAPH_FORMAT');
    expect(error.message).toContain('folder');
  });

  it('graphFromJSON reads what serializeGraph writes', () => {
    const graph = buildGraph([CORPUS.fr1]);
    expect(serializeGraph(graphFromJSON(serializeGraph(graph)))).toBe(serializeGraph(graph));
  });
});
