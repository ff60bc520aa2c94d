import { describe, expect, it } from 'vitest';
import {
  BIG_GRAPH_EDGES,
  COMMUNITY_PALETTE,
  communities,
  FRAME_MARGIN,
  frameOf,
  isBigGraph,
  movementSettings,
  seededRng,
} from '../../viewer/src/logic/display.ts';
import { loadFixture } from './fixture.ts';

const { graph } = loadFixture();

describe('seededRng', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const [a, b] = [seededRng(7), seededRng(7)];
    const values = Array.from({ length: 100 }, () => a());
    expect(values).toEqual(Array.from({ length: 100 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(seededRng(8)()).not.toBe(values[0]);
  });
});

describe('communities', () => {
  const result = communities(graph);

  it('colours every node, the same way on every run', () => {
    expect(result.colors.size).toBe(graph.order);
    expect(communities(graph)).toEqual(result);
  });

  it('lists communities largest first, named after their largest node, in palette order', () => {
    const sizes = result.list.map((c) => c.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(graph.order);
    expect(result.list.map((c) => c.color)).toEqual(COMMUNITY_PALETTE.slice(0, result.list.length));
    for (const community of result.list) {
      const members = graph.filterNodes((node) => result.colors.get(node) === community.color);
      const largest = Math.max(...members.map((node) => graph.getNodeAttribute(node, 'size')));
      expect(
        members.some(
          (node) =>
            graph.getNodeAttributes(node).label === community.label && graph.getNodeAttribute(node, 'size') === largest,
        ),
      ).toBe(true);
    }
  });

  it("numbers each node with its community's place in the list", () => {
    expect(result.membership.size).toBe(graph.order);
    for (const [node, i] of result.membership) expect(result.colors.get(node)).toBe(result.list[i]!.color);
  });

  it('does not write into the graph', () => {
    expect(graph.getNodeAttributes('country:germany')).not.toHaveProperty('community');
  });
});

describe('isBigGraph', () => {
  it.each([
    [0, false],
    [109, false],
    [BIG_GRAPH_EDGES, false],
    [BIG_GRAPH_EDGES + 1, true],
    [100_000, true],
  ])('%i relations: big (straight edges, nodes drawn first): %s', (edges, big) => {
    expect(isBigGraph(edges)).toBe(big);
  });
});

describe('movementSettings', () => {
  it.each([
    [109, false],
    [BIG_GRAPH_EDGES, false],
    [BIG_GRAPH_EDGES + 1, true],
    [100_000, true],
  ])('%i relations: edges and labels hidden while the camera moves: %s', (edges, hidden) => {
    expect(movementSettings(edges)).toEqual({ hideEdgesOnMove: hidden, hideLabelsOnMove: hidden });
  });
});

describe('frameOf', () => {
  it.each([
    ['no point', [], null],
    ['one point: a tenth of the graph around it', [{ x: 0.2, y: 0.7 }], { x: 0.2, y: 0.7, ratio: 0.1 }],
    [
      'a box, centred, its larger side with the margin',
      [
        { x: 0.1, y: 0.2 },
        { x: 0.5, y: 0.3 },
        { x: 0.3, y: 0.25 },
      ],
      { x: 0.3, y: 0.25, ratio: 0.4 * (1 + FRAME_MARGIN) },
    ],
  ])('%s', (_, points, expected) => {
    const frame = frameOf(points);
    if (expected === null) return expect(frame).toBeNull();
    expect(frame?.x).toBeCloseTo(expected.x);
    expect(frame?.y).toBeCloseTo(expected.y);
    expect(frame?.ratio).toBeCloseTo(expected.ratio);
  });
});
