import { DOMParser } from '@xmldom/xmldom'; // graphology-gexf's own XML parser, strict here
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { EXPORTERS, toGEXF, toJSON, type ExportFormat } from '../../src/export/index.ts';
import { edgeSpells } from '../../src/export/gexf-spells.ts';
import { serializeGraph } from '../../src/graph/index.ts';
import { CORPUS, E, buildGraph, makeDoc } from '../graph/fixtures.ts';
import { channels, xmlErrors } from './helpers.ts';

const tricky = makeDoc(
  'tricky',
  ['Germany supplies "AT&T <kits>" to Ukraine.'],
  [
    [
      {
        s: E.germany,
        p: 'supplies',
        o: { id: 'equipment:at-t-kits', label: 'AT&T <kits> "pro"', type: 'Equipment' },
        oText: '"AT&T <kits>"',
      },
    ],
  ],
);

describe('EXPORTERS', () => {
  it('maps each format to a graph → string function', () => {
    const graph = buildGraph([CORPUS.en1]);
    expect(Object.keys(EXPORTERS).sort()).toEqual([
      'csv',
      'cypher',
      'gexf',
      'graphml',
      'json',
      'neo4j',
      'ntriples',
      'turtle',
    ] satisfies ExportFormat[]);
    expect(EXPORTERS.json(graph)).toBe(serializeGraph(graph));
    expect(toJSON(graph)).toBe(serializeGraph(graph));
    expect(EXPORTERS.gexf(graph)).toBe(toGEXF(graph));
  });
});

/** An edge of a GEXF read back, by its relata key: full's id, or compact's `source|kind|target`. */
const edgeOf = (graph: MultiDirectedGraph, key: string) => {
  const edge = graph.findEdge((id, a, source, target) => id === key || `${source}|${a.kind}|${target}` === key);
  return edge === undefined ? undefined : graph.getEdgeAttributes(edge);
};

describe.each([
  ['compact', {}],
  ['full', { evidence: 'full' }],
] as const)('toGEXF, %s', (level, options) => {
  const graph = buildGraph([CORPUS.en1, CORPUS.fr1, tricky]);
  const xml = toGEXF(graph, options);

  it('writes well-formed GEXF 1.3, escaping labels', () => {
    expect(xml).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3"');
    expect(xmlErrors(xml)).toEqual([]);
    expect(xmlErrors('<gexf><node></gexf>')).not.toEqual([]); // the check does catch broken XML
  });

  it('parses back with labels, types, colours, positions, sizes, kinds, weights, counts and modalities', () => {
    const back = parse(MultiDirectedGraph, xml);
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachNode((node, a) => {
      expect(back.getNodeAttributes(node)).toMatchObject({
        label: a.label,
        type: a.type,
        docCount: a.docs.length,
        x: a.x,
        y: a.y,
        size: a.size,
        ...(level === 'full' && { mentions: a.mentions }),
      });
      expect(channels(back.getNodeAttribute(node, 'color'))).toEqual(channels(a.color)); // read back from r/g/b as rgb(…)
    });
    expect(back.getNodeAttribute('equipment:at-t-kits', 'label')).toBe('AT&T <kits> "pro"');
    expect(edgeOf(back, 'country:germany|supplies|country:ukraine')).toMatchObject({
      kind: 'supplies',
      label: 'supplies',
      weight: 2,
      docCount: 2,
      modality: 'asserted',
      ...(level === 'full' && { evidence: 2, firstDate: '2024-01-25' }),
    });
    expect(edgeOf(back, 'country:russia|attacks|country:ukraine')?.modality).toBe('reported');
  });

  it(level === 'full' ? 'carries aliases and evidence text' : 'carries aliases and counts, no evidence text', () => {
    for (const text of ['officials said', 'livre des chars']) expect(xml.includes(text)).toBe(level === 'full');
    expect(xml).toContain('Allemagne@fr');
  });

  it('is deterministic whatever the insertion order', () => {
    expect(toGEXF(buildGraph([tricky, CORPUS.fr1, CORPUS.en1]), options)).toBe(xml);
  });

  it('is dynamic: each edge carries its evidence dates for the timeline (full: a spell per day; compact: first to last)', () => {
    const doc = new DOMParser().parseFromString(xml, 'text/xml');
    const g = doc.getElementsByTagName('graph')[0];
    expect([g.getAttribute('mode'), g.getAttribute('timeformat')]).toEqual(['dynamic', 'date']);
    const spells = (source: string, target: string) => {
      const edge = Array.from(doc.getElementsByTagName('edge')).find(
        (e) => e.getAttribute('source') === source && e.getAttribute('target') === target,
      )!;
      const list = edge.hasAttribute('start') ? [edge] : Array.from(edge.getElementsByTagName('spell'));
      return list.map((s) => `${s.getAttribute('start')}/${s.getAttribute('end')}`);
    };
    expect(spells('country:germany', 'country:ukraine')).toEqual(
      level === 'full' ? ['2024-01-25/2024-01-25', '2024-02-03/2024-02-03'] : ['2024-01-25/2024-02-03'],
    );
    expect(spells('country:germany', 'equipment:at-t-kits')).toEqual([]); // an undated document: always present
  });
});

describe('edgeSpells', () => {
  const dates = new Map([
    ['a', '2024-08'],
    ['b', '2024-08-12'],
    ['c', '2023'],
    ['d', undefined],
    ['e', '2024-02'],
    ['f', 'soon'],
    ['g', '2024-08-13'],
    ['h', '2024-08-15'],
    ['i', '2024-03-01'],
  ]);
  const ev = (docs: string[]) => docs.map((d) => ({ sentence: `${d}#0` }) as Parameters<typeof edgeSpells>[0][number]);
  it.each([
    [['b'], [['2024-08-12', '2024-08-12']]],
    [['a', 'b'], [['2024-08-01', '2024-08-31']]], // a day inside a month merges into it
    [
      ['c', 'e'],
      [
        ['2023-01-01', '2023-12-31'],
        ['2024-02-01', '2024-02-29'],
      ],
    ], // leap year
    [['d', 'f'], []],
    [
      ['b', 'g', 'h'],
      [
        ['2024-08-12', '2024-08-13'],
        ['2024-08-15', '2024-08-15'],
      ],
    ], // consecutive days merge, a gap does not
    [['e', 'i'], [['2024-02-01', '2024-03-01']]], // the day after a leap month's end
  ])('%j → %j', (docs, expected) => {
    expect(edgeSpells(ev(docs), dates)).toEqual(expected);
  });
});
