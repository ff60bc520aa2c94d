import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  attributeValues,
  colorMapping,
  DEFAULT_APPEARANCE,
  mix,
  nodeAttributes,
  OTHER_COLOR,
  paintOf,
  SCALE_COLORS,
  sizeMapping,
} from '../../viewer/src/logic/appearance.ts';
import { COMMUNITY_PALETTE } from '../../viewer/src/logic/display.ts';
import { computeMetrics } from '../../viewer/src/logic/metrics.ts';
import { DEFAULT_NODE_COLOR, type RelataGraph } from '../../viewer/src/logic/model.ts';
import { loadFixture } from './fixture.ts';

const { graph } = loadFixture();
const metrics = computeMetrics(graph);

/** A graph from another tool: nodes with free attributes, as a GEXF or GraphML file brings them. */
function foreign(nodes: Record<string, Record<string, unknown>>): RelataGraph {
  const g: RelataGraph = new MultiDirectedGraph();
  Object.entries(nodes).forEach(([key, attrs], i) =>
    g.addNode(key, { label: key, size: 2 + i, color: '#000000', x: i, y: i, ...attrs } as never),
  );
  return g;
}

describe('nodeAttributes', () => {
  it("offers relata's type, document and mention counts, then every metric; never positions, colours, labels or lists", () => {
    expect(nodeAttributes(graph)).toEqual([
      { key: 'type', kind: 'category', metric: false },
      { key: 'docCount', kind: 'number', metric: false },
      { key: 'mentions', kind: 'number', metric: false },
      ...['inDegree', 'outDegree', 'weightedDegree', 'pagerank', 'betweenness'].map((key) => ({
        key,
        kind: 'number',
        metric: true,
      })),
      { key: 'community', kind: 'category', metric: true },
    ]);
  });

  it.each([
    ['numbers', { a: { score: 1 }, b: { score: 2.5 } }, 'number'],
    ['strings', { a: { party: 'left' }, b: { party: 'right' } }, 'category'],
    ['numbers and strings mixed', { a: { v: 1 }, b: { v: 'n/a' } }, 'category'],
    ['booleans', { a: { flag: true }, b: { flag: false } }, 'category'],
  ])("reads a foreign file's attribute of %s", (_, nodes, kind) => {
    const [attribute] = nodeAttributes(foreign(nodes));
    expect(attribute.kind).toBe(kind);
  });

  it('leaves out a text attribute with too many distinct values to colour by, and empty values', () => {
    const nodes = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`n${i}`, { note: `text ${i}`, empty: '' }]));
    expect(nodeAttributes(foreign(nodes)).filter((a) => !a.metric)).toEqual([]);
  });
});

describe('attributeValues', () => {
  it('reads a metric once computed, null before', () => {
    expect(attributeValues(graph, 'pagerank', null)).toBeNull();
    expect(attributeValues(graph, 'pagerank', metrics)?.get('country:ukraine')).toBe(
      metrics['country:ukraine'].pagerank,
    );
  });

  it('leaves out the nodes without a value', () => {
    const values = attributeValues(foreign({ a: { score: 1 }, b: {}, c: { score: Number.NaN } }), 'score', null)!;
    expect([...values]).toEqual([['a', 1]]);
  });
});

describe('colorMapping', () => {
  it('gives categories palette colours by decreasing count, the rest one neutral colour, missing values the default', () => {
    const nodes: Record<string, Record<string, unknown>> = { lone: {} };
    const classes = Array.from({ length: COMMUNITY_PALETTE.length + 1 }, (_, c) => c);
    // class c has 20 - c members: class 0 the largest
    classes.forEach((c) => Array.from({ length: 20 - c }, (_, i) => (nodes[`c${c}-${i}`] = { group: `g${c}` })));
    const g = foreign(nodes);
    const { colors, legend } = colorMapping(g, 'group', 'category', attributeValues(g, 'group', null)!);
    expect(colors.get('c0-0')).toBe(COMMUNITY_PALETTE[0]);
    expect(colors.get('c1-5')).toBe(COMMUNITY_PALETTE[1]);
    expect(colors.get(`c${classes.length - 1}-0`)).toBe(OTHER_COLOR);
    expect(colors.get('lone')).toBe(DEFAULT_NODE_COLOR);
    expect(legend).toMatchObject({
      kind: 'category',
      key: 'group',
      missing: 1,
      others: 20 - classes.length + 1 + (20 - classes.length + 2),
    });
    if (legend.kind !== 'category') throw new Error('category legend expected');
    expect(legend.items.map((item) => item.value)).toEqual(
      classes.slice(0, COMMUNITY_PALETTE.length - 1).map((c) => `g${c}`),
    );
  });

  it('maps numbers onto a scale from the light end (minimum) to the dark end (maximum)', () => {
    const g = foreign({ low: { v: 10 }, mid: { v: 15 }, high: { v: 20 } });
    const { colors, legend } = colorMapping(g, 'v', 'number', attributeValues(g, 'v', null)!);
    expect(colors.get('low')).toBe(SCALE_COLORS[0]);
    expect(colors.get('high')).toBe(SCALE_COLORS[1]);
    expect(colors.get('mid')).toBe(mix(SCALE_COLORS[0], SCALE_COLORS[1], 0.5));
    expect(legend).toEqual({
      kind: 'scale',
      key: 'v',
      min: 10,
      max: 20,
      from: SCALE_COLORS[0],
      to: SCALE_COLORS[1],
      missing: 0,
    });
  });
});

describe('mix', () => {
  it.each([
    ['#000000', '#ffffff', 0, '#000000'],
    ['#000000', '#ffffff', 1, '#ffffff'],
    ['#000000', '#ffffff', 0.5, '#808080'],
    ['#102030', '#102030', 0.3, '#102030'],
    ['#000000', '#ffffff', 2, '#ffffff'],
  ])('%s → %s at %d is %s', (from, to, t, expected) => {
    expect(mix(from, to, t)).toBe(expected);
  });
});

describe('sizeMapping', () => {
  it('maps PageRank onto the stored size range, the most pointed-at node largest', () => {
    const { sizes, legend } = sizeMapping(graph, 'pagerank', attributeValues(graph, 'pagerank', metrics)!);
    const stored = graph.mapNodes((_, a) => a.size);
    const values = [...sizes.values()];
    expect(sizes.size).toBe(graph.order);
    expect(Math.min(...values)).toBeCloseTo(Math.min(...stored));
    expect(Math.max(...values)).toBeCloseTo(Math.max(...stored));
    expect(sizes.get('country:russia')).toBe(Math.max(...values));
    expect(legend.key).toBe('pagerank');
    expect(graph.getNodeAttributes('country:ukraine')).not.toHaveProperty('pagerank');
  });

  it('uses 3–15 when every stored size is equal, the smallest for a missing value', () => {
    const g = foreign({ a: { v: 1 }, b: { v: 3 }, c: {} });
    g.forEachNode((node) => g.setNodeAttribute(node, 'size', 4));
    const { sizes } = sizeMapping(g, 'v', attributeValues(g, 'v', null)!);
    expect(Object.fromEntries(sizes)).toEqual({ a: 3, b: 15, c: 3 });
  });
});

describe('paintOf', () => {
  it('keeps the stored look by default', () => {
    expect(paintOf(graph, DEFAULT_APPEARANCE, null)).toEqual({
      paint: { colors: null, sizes: null },
      legend: null,
      sizeLegend: null,
      pending: false,
    });
  });

  it('waits for a metric not computed yet, stored look meanwhile', () => {
    expect(paintOf(graph, { color: 'community', size: 'betweenness' }, null)).toMatchObject({
      paint: { colors: null, sizes: null },
      pending: true,
    });
  });

  it('names communities after their largest member, largest community first', () => {
    const { legend } = paintOf(graph, { color: 'community', size: 'degree' }, metrics);
    if (legend?.kind !== 'category') throw new Error('category legend expected');
    expect(legend.items[0].value).toBe('1');
    expect(legend.items[0].color).toBe(COMMUNITY_PALETTE[0]);
    const members = graph.filterNodes((node) => metrics[node].community === 1);
    const largest = members.reduce((a, b) =>
      graph.getNodeAttribute(b, 'size') > graph.getNodeAttribute(a, 'size') ? b : a,
    );
    expect(legend.items[0].name).toBe(graph.getNodeAttribute(largest, 'label'));
  });

  it.each([
    ['an attribute the graph lacks', { color: 'party', size: 'score' }],
    ['a category for size', { color: 'type', size: 'type' }],
  ])('falls back to the stored look for %s', (_, appearance) => {
    expect(paintOf(graph, appearance, metrics)).toMatchObject({ paint: { colors: null, sizes: null }, pending: false });
  });
});
