/**
 * relata's own GEXF writer (src/export/gexf.ts) against the one it replaced, graphology-gexf's
 * `write()` with spells added afterwards (gexf-previous.ts): read back by graphology-gexf's parser,
 * both give the same nodes, edges, attributes and colours, on the demo corpus and on a graph of
 * hostile text, and every edge carries the spells its evidence dates give. The differences allowed
 * are the old writer's faults on hostile text: it let through characters XML 1.0 does not allow
 * (the new one leaves them out), wrote NEL and LS raw (read back as spaces; the new one writes
 * references) and put spells on the wrong edges after an id holding `>`. Then the chunks: joined
 * they are `toGEXF`, and each is about CHUNK long.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHUNK, edgeSpells, gexfChunks, toGEXF } from '../../src/export/gexf.ts';
import { EXPORT_CHUNKS } from '../../src/export/index.ts';
import { createGraph, type RelataGraph } from '../../src/graph/index.ts';
import { documentDates } from '../../src/graph/merge.ts';
import { buildGraph as buildCorpus } from '../../src/index.ts';
import { CORPUS, E, buildGraph, makeDoc } from '../graph/fixtures.ts';
import { SANCTIONS } from '../query/fixture.ts';
import { previousGEXF } from './gexf-previous.ts';
import { parseXml, xmlErrors } from './helpers.ts';
import { syntheticGraph } from './synthetic.ts';

/** Characters XML 1.0 does not allow: C0 controls but tab, LF and CR; U+FFFE, U+FFFF; with `u`, unpaired surrogates only. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/u;
const NOT_XML_ALL = new RegExp(NOT_XML.source, 'gu');

/** [what, text written, text read back] */
const HOSTILE: [string, string, string][] = [
  ['quotes', `He said "no" and 'yes'`, `He said "no" and 'yes'`],
  ['markup', '<b>AT&T</b> & <i>co</i> ]]> &amp; &#65;', '<b>AT&T</b> & <i>co</i> ]]> &amp; &#65;'],
  ['white space', 'tab\there\nline\r\ncrlf  two  spaces ', 'tab\there\nline\r\ncrlf  two  spaces '],
  ['controls', 'nul\u0000soh\u0001bs\u0008vt\u000bff\u000cesc\u001b del\u007f nel\u0085 ls\u2028', 'nulsohbsvtffesc del\u007f nel\u0085 ls\u2028'],
  ['emoji', 'Zelensky 🇺🇦 👩‍👩‍👧 𝔘𝔫𝔦 é ß ﬁ zero\u200bwidth', 'Zelensky 🇺🇦 👩‍👩‍👧 𝔘𝔫𝔦 é ß ﬁ zero\u200bwidth'],
  ['non-characters', 'bad\ufffe\uffff lone\ud800high lone\udc00low', 'bad lonehigh lonelow'],
  ['very long', 'Ministère de la Défense « & » '.repeat(8_000), 'Ministère de la Défense « & » '.repeat(8_000)],
];

/** A document whose id, an entity's key and label, and the edge between them are hostile text. */
const ODD = makeDoc(
  'wire/"odd" & <id>\u0001 🇺🇦.txt',
  ['Germany supplies AT&T to Ukraine.'],
  [[{ s: E.germany, p: 'supplies', o: { id: 'organization:at&t-"quoted"-<x>-\u0001-🇺🇦', label: 'AT&T', type: 'Organization' } }]],
  { date: '2024-05' },
);

/** The fixture corpus with every hostile text as a node label, an alias and an edge label. */
function hostileGraph(): RelataGraph {
  const graph = buildGraph([CORPUS.en1, CORPUS.fr1, SANCTIONS, ODD]);
  const nodes = graph.nodes().sort();
  const edges = graph.edges().sort();
  if (nodes.length < HOSTILE.length || edges.length < HOSTILE.length) throw new Error('test fixture: too few nodes or edges for the hostile texts');
  HOSTILE.forEach(([, text], i) => {
    graph.setNodeAttribute(nodes[i], 'label', text);
    graph.getNodeAttribute(nodes[i], 'aliases').push({ text, language: 'en', count: 99 });
    graph.setEdgeAttribute(edges[i], 'label', text);
  });
  return graph;
}

/** Every string in `value`, keys included, changed by `change`. */
function mapStrings<T>(value: T, change: (text: string) => string): T {
  if (typeof value === 'string') return change(value) as T;
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, change)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [change(k), mapStrings(v, change)])) as T;
  return value;
}

/** Without the characters XML 1.0 does not allow: what the new writer writes of a text. */
const withoutNonXml = <T,>(value: T): T => mapStrings(value, (text) => text.replace(NOT_XML_ALL, ''));

/**
 * What both writers can carry of a text: the previous one wrote NEL and LS raw, which the parser
 * reads as spaces (XML 1.1 line ends), where the new one writes references, kept as they are.
 */
const comparable = <T,>(value: T): T => mapStrings(value, (text) => text.replace(NOT_XML_ALL, '').replace(/[\u0085\u2028]/g, ' '));

/** What graphology-gexf reads: the graph as graphology's serialisation. */
const readBack = (xml: string) => parse(MultiDirectedGraph, xml).export();

/** Each edge's spells as `edgeSpells` computes them from its evidence, by key. */
function expectedSpells(graph: RelataGraph) {
  const dates = documentDates(graph);
  return Object.fromEntries(graph.edges().map((edge) => [edge, edgeSpells(graph.getEdgeAttribute(edge, 'evidence'), dates)]));
}

/** The spells of each edge, by id, and the graph's time mode. */
function timeOf(xml: string) {
  const doc = parseXml(xml);
  const graph = doc.getElementsByTagName('graph')[0];
  const spells: Record<string, (string | null)[][]> = Object.fromEntries(
    Array.from(doc.getElementsByTagName('edge')).map((edge) => [
      edge.getAttribute('id'),
      Array.from(edge.getElementsByTagName('spell')).map((s) => [s.getAttribute('start'), s.getAttribute('end')]),
    ]),
  );
  return { mode: graph.getAttribute('mode'), timeformat: graph.getAttribute('timeformat'), spells };
}

/** The declared attributes, `class:title` → type. */
function declared(xml: string): Record<string, string> {
  return Object.fromEntries(
    Array.from(parseXml(xml).getElementsByTagName('attributes')).flatMap((list) =>
      Array.from(list.getElementsByTagName('attribute')).map((a) => [`${list.getAttribute('class')}:${a.getAttribute('title')}`, a.getAttribute('type')!]),
    ),
  );
}

let demo: RelataGraph;
beforeAll(async () => {
  ({ graph: demo } = await buildCorpus([join(import.meta.dirname, '../../examples/corpus')], { out: mkdtempSync(join(tmpdir(), 'relata-gexf-demo-')) }));
});

describe.each([
  ['the demo corpus', () => demo],
  ['a graph of hostile text', hostileGraph],
])('on %s, the GEXF reads back as the previous writer’s did', (_, graphOf) => {
  let ours: string;
  let previous: string;
  beforeAll(() => {
    ours = toGEXF(graphOf());
    previous = previousGEXF(graphOf());
  });

  it('is well-formed XML with no character XML 1.0 does not allow', () => {
    expect(xmlErrors(ours)).toEqual([]);
    expect(ours).not.toMatch(NOT_XML);
  });

  it('gives the same nodes, edges, attributes and colours to graphology-gexf', () => {
    const back = readBack(ours);
    expect(back.nodes.length).toBe(graphOf().order);
    expect(back.edges.length).toBe(graphOf().size);
    expect(comparable(back)).toEqual(comparable(readBack(previous)));
  });

  it('carries each edge’s evidence dates as spells, in dynamic mode', () => {
    expect(timeOf(ours)).toEqual({ mode: 'dynamic', timeformat: 'date', spells: withoutNonXml(expectedSpells(graphOf())) });
    expect(Object.values(timeOf(ours).spells).some((spells) => spells.length > 0)).toBe(true);
  });

  it('declares every attribute of the table, typed as before', () => {
    expect(declared(ours)).toMatchObject(declared(previous));
    expect(Object.keys(declared(ours))).toEqual([
      ...['type', 'aliases', 'mentions', 'docCount', 'docs'].map((name) => `node:${name}`),
      ...['predicate', 'code', 'role', 'modality', 'docCount', 'evidence', 'docs', 'firstDate', 'lastDate'].map((name) => `edge:${name}`),
    ]);
  });

  it('joins its chunks into toGEXF', () => {
    expect([...gexfChunks(graphOf())].join('')).toBe(ours);
  });
});

it('on the demo corpus, writes the spells the previous writer wrote', () => {
  expect(timeOf(toGEXF(demo))).toEqual(timeOf(previousGEXF(demo)));
});

describe('hostile text', () => {
  const graph = hostileGraph();
  const xml = toGEXF(graph);
  const back = parse(MultiDirectedGraph, xml);
  const nodes = graph.nodes().sort();
  const edges = graph.edges().sort();

  it.each(HOSTILE.map(([what, written, read], i) => [what, i, written, read] as const))('%s comes back as written, less what XML 1.0 does not allow', (_, i, written, read) => {
    expect(graph.getNodeAttribute(nodes[i], 'label')).toBe(written);
    const [node, edge] = withoutNonXml([nodes[i], edges[i]]); // a key too can hold what XML does not allow
    expect(back.getNodeAttribute(node, 'label')).toBe(read);
    expect(back.getNodeAttribute(node, 'aliases').split('|')).toContain(`${read}@en`);
    expect(back.getEdgeAttribute(edge, 'label')).toBe(read);
  });

  it('in keys and document ids: ids, sources, targets and docs read back, spells included', () => {
    const key = 'organization:at&t-"quoted"-<x>--🇺🇦';
    expect(back.hasNode(key)).toBe(true);
    expect(back.getNodeAttribute(key, 'docs')).toBe('wire/"odd" & <id> 🇺🇦.txt');
    expect(back.extremities(`country:germany|supplies|${key}`)).toEqual(['country:germany', key]);
    expect(timeOf(xml).spells[`country:germany|supplies|${key}`]).toEqual([['2024-05-01', '2024-05-31']]);
  });

  it('broke the previous writer: characters XML does not allow let through, spells on the wrong edges after an id with `>`', () => {
    const previous = previousGEXF(graph);
    expect(previous).toMatch(NOT_XML);
    expect(timeOf(previous).spells).not.toEqual(withoutNonXml(expectedSpells(graph)));
  });
});

describe('gexfChunks', () => {
  const graph = syntheticGraph(3_000);
  const chunks = [...gexfChunks(graph)];

  it('is the gexf entry of EXPORT_CHUNKS, which `relata export -f gexf -o` writes piece by piece', () => {
    expect(EXPORT_CHUNKS.gexf).toBe(gexfChunks);
  });

  it('joins into toGEXF, in pieces of about CHUNK characters ending at a line end', () => {
    const longest = Math.max(...toGEXF(graph).split('\n').map((line) => line.length + 1));
    expect(chunks.join('')).toBe(toGEXF(graph));
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks.slice(0, -1)) {
      expect(chunk.length).toBeGreaterThanOrEqual(CHUNK);
      expect(chunk.length).toBeLessThan(CHUNK + longest);
      expect(chunk.endsWith('\n')).toBe(true);
    }
    expect(chunks.at(-1)!.endsWith('</gexf>\n')).toBe(true);
  });

  it('writes one line per node and per edge', () => {
    const lines = chunks.join('').split('\n');
    expect(lines.filter((line) => line.startsWith('      <node ')).length).toBe(graph.order);
    expect(lines.filter((line) => line.startsWith('      <edge ')).length).toBe(graph.size);
  });

  it('gives the same bytes for the same graph, whatever the order it was built in', () => {
    const reversed = createGraph();
    reversed.replaceAttributes(graph.getAttributes());
    for (const node of graph.nodes().reverse()) reversed.addNode(node, graph.getNodeAttributes(node));
    for (const edge of graph.edges().reverse()) reversed.addDirectedEdgeWithKey(edge, graph.source(edge), graph.target(edge), graph.getEdgeAttributes(edge));
    expect([...gexfChunks(reversed)]).toEqual(chunks);
    expect(toGEXF(syntheticGraph(3_000))).toBe(chunks.join(''));
  });

  it('writes an empty graph as a valid document', () => {
    const xml = toGEXF(createGraph());
    expect(xmlErrors(xml)).toEqual([]);
    expect(parse(MultiDirectedGraph, xml, { respectInputGraphType: true }).order).toBe(0); // with no edge to tell, the parser would guess a mixed graph
  });
});
