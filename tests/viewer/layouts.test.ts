import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { communities } from '../../viewer/src/logic/display.ts';
import {
  circularByCommunity,
  clampLayoutSettings,
  defaultLayoutSettings,
  nodesInRectangle,
  SETTING_RANGES,
  toForceAtlas2Settings,
  type LayoutSettings,
} from '../../viewer/src/logic/layouts.ts';
import { noverlapParameters, NOVERLAP_SETTINGS } from '../../src/graph/layout.ts';
import { loadFixture } from './fixture.ts';

const BASE: LayoutSettings = {
  gravity: 0.5,
  scalingRatio: 10,
  slowDown: 2,
  edgeWeightInfluence: 1,
  barnesHutOptimize: false,
  linLogMode: false,
  strongGravityMode: true,
  outboundAttractionDistribution: false,
};

describe('defaultLayoutSettings', () => {
  it.each([
    [0, false],
    [1, false],
    [500, false],
    [501, true],
    [2000, true],
    [50_000, true],
  ])('%i nodes: Barnes-Hut %s, as the build', (order, barnesHut) => {
    const settings = defaultLayoutSettings(order);
    expect(settings.barnesHutOptimize).toBe(barnesHut);
    expect(settings).toEqual(clampLayoutSettings(settings));
  });

  it("takes ForceAtlas2's inferred settings, with a finite slowDown even for an empty graph", () => {
    expect(defaultLayoutSettings(100)).toMatchObject({
      gravity: 0.05,
      scalingRatio: 10,
      strongGravityMode: true,
      linLogMode: false,
      slowDown: 1 + Math.log(100),
    });
    expect(defaultLayoutSettings(0).slowDown).toBe(1);
    const { graph } = loadFixture();
    expect(defaultLayoutSettings(graph)).toEqual(defaultLayoutSettings(graph.order));
  });

  it('gives settings ForceAtlas2 accepts', () => {
    expect(toForceAtlas2Settings(defaultLayoutSettings(10))).toMatchObject({ gravity: 0.05, scalingRatio: 10 });
  });
});

describe('clampLayoutSettings', () => {
  it.each([
    ['NaN', { gravity: NaN }, { gravity: BASE.gravity }],
    ['Infinity', { scalingRatio: Infinity }, { scalingRatio: BASE.scalingRatio }],
    ['-Infinity', { slowDown: -Infinity }, { slowDown: BASE.slowDown }],
    ['negative gravity', { gravity: -3 }, { gravity: SETTING_RANGES.gravity.min }],
    ['zero scaling', { scalingRatio: 0 }, { scalingRatio: SETTING_RANGES.scalingRatio.min }],
    ['zero slowDown', { slowDown: 0 }, { slowDown: SETTING_RANGES.slowDown.min }],
    ['negative edge weight influence', { edgeWeightInfluence: -1 }, { edgeWeightInfluence: 0 }],
    ['huge gravity', { gravity: 1e12 }, { gravity: SETTING_RANGES.gravity.max }],
    ['huge scaling', { scalingRatio: 1e300 }, { scalingRatio: SETTING_RANGES.scalingRatio.max }],
    ['a string as a number', { gravity: '5' }, { gravity: BASE.gravity }],
    ['an empty string', { scalingRatio: '' }, { scalingRatio: BASE.scalingRatio }],
    ['null', { slowDown: null }, { slowDown: BASE.slowDown }],
    ['a string as a flag', { linLogMode: 'true' }, { linLogMode: false }],
    ['a number as a flag', { barnesHutOptimize: 1 }, { barnesHutOptimize: false }],
    ['valid values', { gravity: 2, linLogMode: true }, { gravity: 2, linLogMode: true }],
  ] as const)('%s', (_, input, expected) => {
    expect(clampLayoutSettings({ ...BASE, ...input }, BASE)).toEqual({ ...BASE, ...expected });
  });

  it("falls back on ForceAtlas2's defaults without a fallback, and never returns a bad number", () => {
    const settings = clampLayoutSettings({ gravity: 'x', scalingRatio: NaN });
    expect(settings).toMatchObject({
      gravity: 1,
      scalingRatio: 1,
      slowDown: 1,
      edgeWeightInfluence: 1,
      barnesHutOptimize: false,
    });
    const bad = clampLayoutSettings({}, { ...BASE, gravity: NaN, slowDown: -5 });
    expect(bad.gravity).toBe(1);
    expect(bad.slowDown).toBe(SETTING_RANGES.slowDown.min);
    for (const value of [...Object.values(settings), ...Object.values(bad)]) {
      expect(typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))).toBe(true);
    }
  });
});

describe('noverlapParameters', () => {
  it("are the build's: doubled sizes, ratio 1.5, margin 12, grid of at least 20", () => {
    const params = noverlapParameters(10_000);
    expect(params.settings).toEqual({ ...NOVERLAP_SETTINGS, gridSize: 100 });
    expect(NOVERLAP_SETTINGS).toEqual({ margin: 12, ratio: 1.5, expansion: 1.1 });
    expect(noverlapParameters(10).settings?.gridSize).toBe(20);
    expect(params.inputReducer!('a', { x: 1, y: 2, size: 5 })).toEqual({ x: 1, y: 2, size: 10 });
  });
});

/** Node → [community, size]. */
function graphOf(nodes: Record<string, [number | null, number]>) {
  const graph = new MultiDirectedGraph();
  const membership = new Map<string, number>();
  for (const [node, [community, size]] of Object.entries(nodes)) {
    graph.addNode(node, { size, x: 0, y: 0 });
    if (community !== null) membership.set(node, community);
  }
  return { graph, membership };
}

/** The nodes in angle order, clockwise from the top. */
function angleOrder(positions: Record<string, { x: number; y: number }>): string[] {
  const clockwise = ({ x, y }: { x: number; y: number }) => {
    const a = Math.PI / 2 - Math.atan2(y, x);
    return ((a % (2 * Math.PI)) + 2 * Math.PI + 1e-9) % (2 * Math.PI);
  };
  return Object.keys(positions).sort((a, b) => clockwise(positions[a]!) - clockwise(positions[b]!));
}

describe('circularByCommunity', () => {
  // community 1 is the largest (3 members) though its index is not 0
  const { graph, membership } = graphOf({
    a: [0, 5],
    b: [0, 9],
    c: [1, 1],
    d: [1, 4],
    e: [1, 4],
    f: [2, 7],
    g: [null, 3],
  });

  it('places every node on the circle', () => {
    const positions = circularByCommunity(graph, membership, 50);
    expect(Object.keys(positions).sort()).toEqual(graph.nodes().sort());
    for (const { x, y } of Object.values(positions)) expect(Math.hypot(x, y)).toBeCloseTo(50, 9);
  });

  it('goes largest community first, members by decreasing size then id, nodes without a community last', () => {
    expect(angleOrder(circularByCommunity(graph, membership, 50))).toEqual(['d', 'e', 'c', 'b', 'a', 'f', 'g']);
    expect(angleOrder(circularByCommunity(graph, membership, 50, 0))).toEqual(['d', 'e', 'c', 'b', 'a', 'f', 'g']);
  });

  it('starts at the top, and leaves a gap between communities', () => {
    const positions = circularByCommunity(graph, membership, 50, 1);
    expect(positions.d!.x).toBeCloseTo(0, 9);
    expect(positions.d!.y).toBeCloseTo(50, 9);
    const step = (a: string, b: string) =>
      Math.hypot(positions[a]!.x - positions[b]!.x, positions[a]!.y - positions[b]!.y);
    // within a community one slot apart, across communities two
    expect(step('c', 'b')).toBeGreaterThan(step('d', 'e') * 1.5);
    const tight = circularByCommunity(graph, membership, 50, 0);
    const tightStep = Math.hypot(tight.c!.x - tight.b!.x, tight.c!.y - tight.b!.y);
    expect(tightStep).toBeCloseTo(Math.hypot(tight.d!.x - tight.e!.x, tight.d!.y - tight.e!.y), 9);
  });

  it('is deterministic, whatever the insertion order, and does not write the graph', () => {
    const reversed = new MultiDirectedGraph();
    for (const node of [...graph.nodes()].reverse()) reversed.addNode(node, graph.getNodeAttributes(node));
    expect(circularByCommunity(reversed, membership, 50)).toEqual(circularByCommunity(graph, membership, 50));
    expect(graph.getNodeAttributes('a')).toMatchObject({ x: 0, y: 0 });
  });

  it('keeps each community contiguous on the fixture, largest first, with a default radius', () => {
    const { graph: fixture } = loadFixture();
    const { membership: members, list } = communities(fixture);
    expect(list.length).toBeGreaterThan(1);
    const positions = circularByCommunity(fixture, members);
    const radius = Math.hypot(Object.values(positions)[0]!.x, Object.values(positions)[0]!.y);
    expect(radius).toBeGreaterThan(0);
    for (const { x, y } of Object.values(positions)) expect(Math.hypot(x, y)).toBeCloseTo(radius, 6);
    const sequence = angleOrder(positions).map((node) => members.get(node)!);
    expect(sequence).toHaveLength(fixture.order);
    // contiguous runs, in list order (0 = largest)
    const runs = sequence.filter((community, i) => i === 0 || sequence[i - 1] !== community);
    expect(runs).toEqual(list.map((_, i) => i));
  });

  it('handles an empty graph, a single community and bad radii', () => {
    expect(circularByCommunity(new MultiDirectedGraph(), new Map())).toEqual({});
    const one = graphOf({ a: [0, 1], b: [0, 1] });
    const positions = circularByCommunity(one.graph, one.membership, NaN);
    expect(Math.hypot(positions.a!.x - positions.b!.x, positions.a!.y - positions.b!.y)).toBeCloseTo(
      2 * Math.hypot(positions.a!.x, positions.a!.y),
      9,
    );
    expect(Math.hypot(positions.a!.x, positions.a!.y)).toBeGreaterThan(0);
  });
});

describe('nodesInRectangle', () => {
  const points: [string, number, number][] = [
    ['in', 5, 5],
    ['corner', 0, 0],
    ['edge', 10, 4],
    ['out', 11, 5],
    ['above', 5, -0.01],
    ['nan', NaN, 5],
  ];

  it.each([
    ['top-left to bottom-right', { x1: 0, y1: 0, x2: 10, y2: 10 }],
    ['bottom-right to top-left', { x1: 10, y1: 10, x2: 0, y2: 0 }],
    ['top-right to bottom-left', { x1: 10, y1: 0, x2: 0, y2: 10 }],
    ['bottom-left to top-right', { x1: 0, y1: 10, x2: 10, y2: 0 }],
  ])('%s: border included', (_, rect) => {
    expect(nodesInRectangle(points, rect)).toEqual(['in', 'corner', 'edge']);
  });

  it('takes any iterable, and a flat rectangle holds what is on its line', () => {
    function* gen(): Generator<[string, number, number]> {
      yield* points;
    }
    expect(nodesInRectangle(gen(), { x1: 0, y1: 5, x2: 20, y2: 5 })).toEqual(['in', 'out']);
    expect(nodesInRectangle([], { x1: 0, y1: 0, x2: 1, y2: 1 })).toEqual([]);
  });
});
