/** makeRoom: new nodes move to the nearest free place in a kept layout; the others stay put. */
import { describe, expect, it } from 'vitest';
import { layoutGraph } from '../../src/graph/layout.ts';
import { makeRoom, type Placed } from '../../src/graph/make-room.ts';
import { createGraph } from '../../src/graph/model.ts';

const radius = ({ size }: Placed) => size ?? 1;
const fromTheRight = () => 0;

function overlaps(nodes: Map<string, Placed>): string[] {
  const keys = [...nodes.keys()];
  const found: string[] = [];
  for (const [i, a] of keys.entries())
    for (const b of keys.slice(i + 1)) {
      const p = nodes.get(a)!;
      const q = nodes.get(b)!;
      if (Math.hypot(p.x - q.x, p.y - q.y) < radius(p) + radius(q) - 1e-9) found.push(`${a}~${b}`);
    }
  return found;
}

const layout = (entries: [string, number, number, number][]) =>
  new Map(entries.map(([key, x, y, size]): [string, Placed] => [key, { x, y, size }]));

describe('makeRoom', () => {
  it.each([
    [
      'beside one node',
      [
        ['a', 0, 0, 5],
        ['new', 3, 0, 5],
      ],
    ],
    [
      'on top of one node',
      [
        ['a', 0, 0, 5],
        ['new', 0, 0, 5],
      ],
    ],
    [
      'inside a crowd',
      [
        ['a', 0, 0, 5],
        ['b', 10, 0, 5],
        ['c', 5, 9, 5],
        ['new', 5, 3, 4],
      ],
    ],
    [
      'among nodes of other sizes',
      [
        ['a', 0, 0, 30],
        ['b', 70, 0, 2],
        ['new', 20, 5, 8],
      ],
    ],
  ] as [string, [string, number, number, number][]][])('frees a new node %s, moving no other', (_, entries) => {
    const nodes = layout(entries);
    const before = new Map([...nodes].map(([key, p]) => [key, { ...p }]));
    makeRoom(nodes, ['new'], radius, fromTheRight);
    expect(overlaps(nodes)).toEqual([]);
    for (const [key, p] of nodes) if (key !== 'new') expect(p).toEqual(before.get(key));
  });

  it('moves new nodes apart from each other too, and the same way every time', () => {
    const run = () => {
      const nodes = layout([
        ['a', 0, 0, 5],
        ['n1', 1, 0, 5],
        ['n2', 1, 1, 5],
        ['n3', 0, 1, 5],
      ]);
      makeRoom(nodes, ['n1', 'n2', 'n3'], radius, (key) => Number(key.slice(1)) / 3);
      return nodes;
    };
    const nodes = run();
    expect(overlaps(nodes)).toEqual([]);
    expect(nodes.get('a')).toEqual({ x: 0, y: 0, size: 5 });
    expect([...run()]).toEqual([...nodes]);
  });

  it('leaves a layout with room to spare as it is', () => {
    const nodes = layout([
      ['a', 0, 0, 1],
      ['new', 100, 100, 1],
    ]);
    makeRoom(nodes, ['new'], radius, fromTheRight);
    expect(nodes.get('new')).toEqual({ x: 100, y: 100, size: 1 });
  });
});

describe('layoutGraph keeping a stored layout', () => {
  // a ring of 40 placed nodes, 63 apart (a node keeps 24 around it), then two new ones: one beside a placed node, one beside the first
  const grown = () => {
    const graph = createGraph();
    const add = (key: string, x: number, y: number) =>
      graph.addNode(key, { label: key, type: 'Country', aliases: [], mentions: 1, docs: [], x, y, size: 4, color: '' });
    const link = (source: string, target: string) =>
      graph.addEdgeWithKey(`${source}->${target}`, source, target, { weight: 1 } as never);
    for (let i = 0; i < 40; i++) add(`p${i}`, 400 * Math.cos((i * Math.PI) / 20), 400 * Math.sin((i * Math.PI) / 20));
    for (let i = 1; i < 40; i++) link(`p${i - 1}`, `p${i}`);
    const placed = new Set(graph.nodes());
    add('n1', 0, 0);
    add('n2', 0, 0);
    link('n1', 'p7');
    link('n2', 'n1');
    return { graph, placed };
  };

  it('moves none of the placed nodes and puts the new ones near their neighbours, overlapping nothing', () => {
    const { graph, placed } = grown();
    const before = new Map([...placed].map((node) => [node, { ...graph.getNodeAttributes(node) }]));
    layoutGraph(graph, { placed });
    for (const node of placed) expect(graph.getNodeAttributes(node)).toEqual(before.get(node));
    const at = (node: string) => graph.getNodeAttributes(node);
    const distance = (a: string, b: string) => Math.hypot(at(a).x - at(b).x, at(a).y - at(b).y);
    expect(distance('n1', 'p7')).toBeLessThan(100);
    expect(distance('n2', 'n1')).toBeLessThan(100);
    const nodes = new Map(graph.mapNodes((key, { x, y }): [string, Placed] => [key, { x, y, size: 23.99 }]));
    expect(overlaps(nodes).filter((pair) => pair.includes('n'))).toEqual([]);
  });

  it('gives the same positions every time', () => {
    const positions = () => {
      const { graph, placed } = grown();
      layoutGraph(graph, { placed });
      return graph.mapNodes((key, { x, y }) => [key, x, y]);
    };
    expect(positions()).toEqual(positions());
  });
});
