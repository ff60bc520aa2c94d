/**
 * GEXF (full: `evidence: 'full'`), GraphML and the spreadsheet CSV carry the same node and edge
 * attributes, under the same names, with the same values, read back by third-party readers
 * (graphology-gexf, graphology-graphml, csv-parse); full GEXF adds edge kinds and the JSON that
 * reopens the graph (gexf-reopen.test.ts), compact GEXF a part of them (gexf-compact.test.ts). GEXF
 * colours are in interop-colours.test.ts.
 */
import { parse as parseCSV } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGEXF } from 'graphology-gexf';
import { parse as parseGraphML } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { toCSV, toGEXF, toGraphML } from '../../src/export/index.ts';
import type { EdgeAttributes, NodeAttributes, RelataGraph } from '../../src/graph/model.ts';
import { channels, parseXml } from './helpers.ts';
import { graph } from './interop-fixture.ts';

const NODE_NAMES = ['label', 'type', 'aliases', 'mentions', 'docCount', 'docs', 'x', 'y', 'size', 'color'];
const EDGE_NAMES = [
  'label',
  'predicate',
  'code',
  'role',
  'modality',
  'weight',
  'docCount',
  'evidence',
  'docs',
  'firstDate',
  'lastDate',
  'size',
];

const list = (items: string[]) => items.map((s) => s.replaceAll('|', '¦')).join('|');
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What every format says of a node, written out from graph.json's attributes (undefined: not written). */
function expectedNode(a: NodeAttributes): Record<string, unknown> {
  const aliases = [...a.aliases].sort(
    (x, y) => y.count - x.count || byText(x.text, y.text) || byText(x.language, y.language),
  );
  return {
    label: a.label,
    type: a.type,
    aliases: list(aliases.map((al) => `${al.text}@${al.language}`)),
    mentions: a.mentions,
    docCount: a.docs.length,
    docs: list([...a.docs].sort(byText)),
    x: a.x,
    y: a.y,
    size: a.size,
    color: a.color,
  };
}

function expectedEdge(a: EdgeAttributes): Record<string, unknown> {
  const docs = [...new Set(a.evidence.map((ev) => ev.sentence.slice(0, ev.sentence.lastIndexOf('#'))))].sort(byText);
  return {
    label: a.label,
    predicate: a.predicate,
    code: a.code,
    role: a.role,
    modality: a.modality,
    weight: a.weight,
    docCount: a.docCount,
    evidence: a.evidence.length,
    docs: list(docs),
    firstDate: a.firstDate,
    lastDate: a.lastDate,
    size: a.size,
  };
}

/** A CSV row of `expected`: every column, as text, an absent value empty. */
const asCells = (expected: Record<string, unknown>, names: string[]) =>
  Object.fromEntries(names.map((n) => [n, expected[n] === undefined ? '' : String(expected[n])]));

const readCSV = (text: string) => parseCSV(text, { columns: true }) as Record<string, string>[];

const FULL = { evidence: 'full' } as const;

/** Without what only full GEXF writes: the edge kind (the predicate) and the JSON. */
const shared = (attributes: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(attributes).filter(([name]) => name !== 'kind' && !name.endsWith('Json')));

/** The three formats of one graph, each read back by its reader, as attribute getters by key. */
function readBack(g: RelataGraph) {
  const gexf = parseGEXF(MultiDirectedGraph, toGEXF(g, FULL));
  const graphml = parseGraphML(MultiDirectedGraph, toGraphML(g));
  const files = toCSV(g);
  const nodes = new Map(readCSV(files['nodes.csv']).map(({ key, ...row }) => [key, row]));
  const edges = new Map(
    readCSV(files['edges.csv']).map(({ key, source, source_label, target, target_label, ...row }) => [key, row]),
  );
  return { gexf, graphml, nodes, edges, files };
}

const back = readBack(graph);

describe('GEXF, GraphML and CSV carry the same attributes', () => {
  it('declare the same names: GraphML keys, CSV columns, and GEXF attributes plus its own places', () => {
    const gexf = parseXml(toGEXF(graph, FULL));
    const graphml = parseXml(toGraphML(graph));
    const graphmlKeys = (which: string) =>
      Object.fromEntries(
        Array.from(graphml.getElementsByTagName('key'))
          .filter((k) => k.getAttribute('for') === which)
          .map((k) => [k.getAttribute('attr.name')!, k.getAttribute('attr.type')!]),
      );
    const gexfAttributes = (which: string) =>
      Object.fromEntries(
        Array.from(gexf.getElementsByTagName('attributes'))
          .filter((a) => a.getAttribute('class') === which)
          .flatMap((a) => Array.from(a.getElementsByTagName('attribute')))
          .map((a) => [a.getAttribute('title')!, a.getAttribute('type')!]),
      );
    const graphmlNodes = graphmlKeys('node');
    const graphmlEdges = graphmlKeys('edge');
    expect(Object.keys(graphmlNodes)).toEqual(NODE_NAMES);
    expect(Object.keys(graphmlEdges)).toEqual(EDGE_NAMES);
    // GEXF: label, weight, position, size, colour and thickness have places of their own; the rest are typed <attribute>s, typed alike, then the JSON.
    const gexfNodes = gexfAttributes('node');
    const gexfEdges = gexfAttributes('edge');
    const gexfType = { int: 'integer', double: 'double', string: 'string' } as Record<string, string>;
    expect(gexfNodes).toEqual({
      ...Object.fromEntries(
        ['type', 'aliases', 'mentions', 'docCount', 'docs'].map((n) => [n, gexfType[graphmlNodes[n]]]),
      ),
      aliasesJson: 'string',
      docsJson: 'string',
    });
    expect(gexfEdges).toEqual({
      ...Object.fromEntries(
        ['predicate', 'code', 'role', 'modality', 'docCount', 'evidence', 'docs', 'firstDate', 'lastDate'].map((n) => [
          n,
          gexfType[graphmlEdges[n]],
        ]),
      ),
      evidenceJson: 'string',
    });
    expect(back.files['nodes.csv'].split('\r\n')[0]).toBe(['key', ...NODE_NAMES].join(','));
    expect(back.files['edges.csv'].split('\r\n')[0]).toBe(
      [
        'key',
        'source',
        'source_label',
        'predicate',
        'target',
        'target_label',
        ...EDGE_NAMES.filter((n) => n !== 'predicate'),
      ].join(','),
    );
  });

  it.each(graph.nodes().sort())('node %s reads back alike from GEXF, GraphML and CSV', (node) => {
    const expected = expectedNode(graph.getNodeAttributes(node));
    const { color, ...gexf } = shared(back.gexf.getNodeAttributes(node));
    const { color: expectedColor, ...rest } = expected;
    expect(gexf).toEqual(rest);
    expect(channels(color as string)).toEqual(channels(expectedColor as string)); // graphology-gexf gives rgb(…)/rgba(…)
    expect(back.graphml.getNodeAttributes(node)).toEqual(expected);
    expect(back.nodes.get(node)).toEqual(asCells(expected, NODE_NAMES));
  });

  it.each(graph.edges().sort())('edge %s reads back alike from GEXF, GraphML and CSV', (edge) => {
    const expected = expectedEdge(graph.getEdgeAttributes(edge));
    const { thickness, ...gexf } = shared(back.gexf.getEdgeAttributes(edge)); // GEXF's viz:thickness is the edge's size
    expect({ ...gexf, size: thickness }).toEqual(expected);
    expect(back.graphml.getEdgeAttributes(edge)).toEqual(expected);
    expect(back.edges.get(edge)).toEqual(asCells(expected, EDGE_NAMES));
  });

  const readers = [
    [
      'GEXF',
      (kind: 'node' | 'edge', key: string) =>
        kind === 'node' ? back.gexf.getNodeAttributes(key) : back.gexf.getEdgeAttributes(key),
    ],
    [
      'GraphML',
      (kind: 'node' | 'edge', key: string) =>
        kind === 'node' ? back.graphml.getNodeAttributes(key) : back.graphml.getEdgeAttributes(key),
    ],
    ['CSV', (kind: 'node' | 'edge', key: string) => (kind === 'node' ? back.nodes.get(key) : back.edges.get(key))],
  ] as const;
  const SPOTS: [kind: 'node' | 'edge', key: string, values: Record<string, string | number>][] = [
    [
      'node',
      'country:germany',
      {
        aliases: 'Germany@en|Allemagne@fr',
        docCount: 4,
        docs: 'en/berlin-tanks.txt|en/sanctions.txt|fr/chars.txt|wire¦afp.txt',
      },
    ],
    ['node', 'equipment:gepard', { aliases: 'Gepard¦SPAAG@en', mentions: 1, docCount: 1, docs: 'wire¦afp.txt' }],
    [
      'edge',
      'country:germany|supplies|country:ukraine',
      {
        predicate: 'supplies',
        role: 'recipient',
        code: '070',
        modality: 'asserted',
        weight: 2,
        docCount: 2,
        evidence: 2,
        docs: 'en/berlin-tanks.txt|fr/chars.txt',
        firstDate: '2024-01-25',
        lastDate: '2024-02-03',
      },
    ],
    [
      'edge',
      'country:germany|supplies|equipment:gepard',
      { docCount: 1, docs: 'wire¦afp.txt', firstDate: '2024-04-02', lastDate: '2024-04-02' },
    ],
    [
      'edge',
      'country:russia|attacks|country:ukraine',
      {
        predicate: 'attacks',
        code: '190',
        modality: 'reported',
        docCount: 2,
        docs: 'en/berlin-tanks.txt|fr/chars.txt',
      },
    ],
    [
      'edge',
      'country:france|sanctions|country:germany',
      { modality: 'negated', docs: 'en/sanctions.txt', firstDate: '2024-03-10' },
    ],
  ];
  it.each(
    readers.flatMap(([reader, read]) => SPOTS.map(([kind, key, values]) => [reader, kind, key, values, read] as const)),
  )('%s: %s %s has %o', (reader, kind, key, values, read) => {
    const got = read(kind, key)!;
    expect(got).toMatchObject(reader === 'CSV' ? asCells(values, Object.keys(values)) : values);
  });

  it('writes no role for a predicate without one, in any format', () => {
    const key = 'country:russia|attacks|country:ukraine';
    expect(back.gexf.getEdgeAttributes(key)).not.toHaveProperty('role');
    expect(back.graphml.getEdgeAttributes(key)).not.toHaveProperty('role');
    expect(back.edges.get(key)!.role).toBe('');
  });
});
