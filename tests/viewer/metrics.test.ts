import { DirectedGraph, MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import betweenness from 'graphology-metrics/centrality/betweenness';
import { communities, seededRng } from '../../viewer/src/logic/display.ts';
import {
  BETWEENNESS_MAX_NODES,
  BETWEENNESS_PIVOTS,
  BETWEENNESS_SAMPLED_MAX_NODES,
  betweennessSampled,
  computeMetrics,
  exactBetweenness,
  type Metrics,
  metricsMessage,
  roundMetric,
  sampledBetweenness,
} from '../../viewer/src/logic/metrics.ts';
import type { RelataGraph } from '../../viewer/src/logic/model.ts';
import { loadFixture } from './fixture.ts';

const { graph } = loadFixture();
const metrics = computeMetrics(graph);

/** A graph of the given nodes, an edge of weight 1 per pair of consecutive keys in each chain. */
function chains(...paths: string[][]): RelataGraph {
  const g: RelataGraph = new MultiDirectedGraph();
  for (const path of paths) {
    path.forEach((node) => g.mergeNode(node, { label: node, size: 1 } as never));
    path.slice(1).forEach((node, i) => g.addEdge(path[i], node, { weight: 1 } as never));
  }
  return g;
}

/** `nodes` nodes and `edges` random directed edges drawn by seededRng(seed), parallel ones and loops included. */
function random(nodes: number, edges: number, seed = 7): RelataGraph {
  const rng = seededRng(seed);
  const g: RelataGraph = new MultiDirectedGraph();
  for (let i = 0; i < nodes; i++) g.addNode(`n${i}`, { label: `n${i}`, size: 1 } as never);
  for (let i = 0; i < edges; i++)
    g.addEdge(`n${Math.floor(rng() * nodes)}`, `n${Math.floor(rng() * nodes)}`, { weight: 1 } as never);
  return g;
}

/** graphology-metrics on the graph with its parallel edges merged (they make its index add phantom edges). */
function exact(g: RelataGraph): Record<string, number> {
  const simple = new DirectedGraph();
  g.forEachNode((node) => simple.addNode(node));
  g.forEachEdge((_, __, source, target) => simple.mergeEdge(source, target));
  return betweenness(simple, { getEdgeWeight: null, normalized: true });
}
const top = (values: Record<string, number>) => Object.entries(values).sort(([, a], [, b]) => b - a)[0]![0];

function expectClose(actual: Record<string, number>, expected: Record<string, number>) {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [node, value] of Object.entries(expected)) expect(Math.abs(actual[node]! - value)).toBeLessThan(1e-9);
}

describe('computeMetrics on the fixture', () => {
  it.each([
    // in, out, weighted (two parallel supplies of weights 2 and 3 to Ukraine)
    ['country:germany', 2, 4, 1 + 2 + 3 + 1 + 1 + 1],
    ['country:ukraine', 4, 1, 1 + 2 + 3 + 2 + 1],
    ['country:russia', 2, 3, 2 + 1 + 1 + 1 + 2],
    ['organization:nato', 3, 1, 1 + 1 + 1 + 2],
    ['person:jens-stoltenberg', 0, 2, 2],
    ['equipment:patriot', 1, 0, 1],
  ])('%s: in %d, out %d, weighted %d', (node, inDegree, outDegree, weightedDegree) => {
    expect(metrics[node]).toMatchObject({ inDegree, outDegree, weightedDegree });
  });

  it('gives every node a PageRank, summing to 1, Russia highest', () => {
    const ranks = Object.values(metrics).map((m) => m.pagerank);
    expect(ranks).toHaveLength(graph.order);
    expect(ranks.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(Object.entries(metrics).sort(([, a], [, b]) => b.pagerank - a.pagerank)[0]![0]).toBe('country:russia');
  });

  it('numbers communities as the legend lists them, largest first', () => {
    const { list, membership } = communities(graph);
    for (const [node, m] of Object.entries(metrics)) expect(m.community).toBe(membership.get(node)! + 1);
    expect(Object.values(metrics).filter((m) => m.community === 1)).toHaveLength(list[0]!.size);
  });

  it('computes betweenness on the directed paths: nobody lies between two nodes but a relay', () => {
    expect(metrics['person:jens-stoltenberg']!.betweenness).toBe(0);
    expect(metrics['equipment:patriot']!.betweenness).toBe(0);
    expect(metrics['country:russia']!.betweenness).toBeGreaterThan(0);
  });

  it('gives the same results twice, and leaves the graph alone', () => {
    expect(computeMetrics(graph)).toEqual(metrics);
    expect(graph.getNodeAttributes('country:germany')).not.toHaveProperty('pagerank');
  });
});

describe('betweenness', () => {
  // a → b → c → d → e: normalised by the (5 - 1)(5 - 2) = 12 ordered pairs of other nodes
  const path = computeMetrics(chains(['a', 'b', 'c', 'd', 'e']));

  it.each([
    ['a', 0],
    ['b', 3 / 12], // a→c, a→d, a→e
    ['c', 4 / 12], // a→d, a→e, b→d, b→e
    ['d', 3 / 12],
    ['e', 0],
  ])('path %s → %d', (node, expected) => {
    expect(path[node]!.betweenness).toBeCloseTo(expected, 10);
  });

  it(`is sampled above ${BETWEENNESS_MAX_NODES} nodes`, () => {
    const big = computeMetrics(chains(Array.from({ length: BETWEENNESS_MAX_NODES + 1 }, (_, i) => `n${i}`)));
    expect(Object.values(big).every((m) => typeof m.betweenness === 'number')).toBe(true);
    expect(big.n0!.betweenness).toBe(0);
    expect(big.n1).toMatchObject({ inDegree: 1, outDegree: 1, weightedDegree: 2 });
  });

  it('counts parallel relations once, exact or sampled', () => {
    // graphology-metrics on the multigraph itself would give a 0.5: phantom edges c → a
    const g = chains(['a', 'b'], ['a', 'b'], ['c']);
    expect(computeMetrics(g).a!.betweenness).toBe(0);
    expect(sampledBetweenness(g, 3, 1)).toEqual({ a: 0, b: 0, c: 0 });
    const multi = random(200, 800, 5); // a few dozen parallel edges and loops
    expectClose(sampledBetweenness(multi, multi.order, 3), exactBetweenness(multi));
  });

  it('is not computed above the sampling bound', () => {
    const g = random(60, 150);
    const none = computeMetrics(g, { exactMaxNodes: 10, sampledMaxNodes: 59 });
    expect(Object.values(none).some((m) => 'betweenness' in m)).toBe(false);
    expect(none.n1!.pagerank).toBeGreaterThan(0);
  });

  it('says when it is sampled', () => {
    expect(betweennessSampled(BETWEENNESS_MAX_NODES)).toBe(false);
    expect(betweennessSampled(BETWEENNESS_MAX_NODES + 1)).toBe(true);
    expect(betweennessSampled(BETWEENNESS_SAMPLED_MAX_NODES)).toBe(true);
    expect(betweennessSampled(BETWEENNESS_SAMPLED_MAX_NODES + 1)).toBe(false);
    expect(BETWEENNESS_PIVOTS).toBeLessThan(BETWEENNESS_MAX_NODES);
  });
});

describe('sampledBetweenness', () => {
  it.each([
    ['the fixture', graph],
    ['a path', chains(['a', 'b', 'c', 'd', 'e'])],
    ['a random multigraph with loops', random(300, 1200)],
    ['a sparse random graph, partly disconnected', random(200, 220, 3)],
  ])('with every node a pivot, is exact betweenness on %s', (_, g) => {
    expectClose(sampledBetweenness(g, g.order, 11), exact(g));
  });

  it('with every node a pivot, through computeMetrics above a lowered threshold', () => {
    const g = random(120, 400);
    const sampled = computeMetrics(g, { exactMaxNodes: 50, pivots: g.order });
    const reference = exact(g);
    const values = Object.fromEntries(Object.entries(sampled).map(([node, m]) => [node, m.betweenness!]));
    expectClose(values, reference);
  });

  it('is deterministic for a seed, and the seed matters', () => {
    const g = random(400, 1600);
    const once = sampledBetweenness(g, 40, 5);
    expect(sampledBetweenness(g, 40, 5)).toEqual(once);
    expect(sampledBetweenness(g, 40, 6)).not.toEqual(once);
    expect(computeMetrics(g, { exactMaxNodes: 100, pivots: 40 })).toEqual(
      computeMetrics(g, { exactMaxNodes: 100, pivots: 40 }),
    );
  });

  it('finds the hub of a star, close to its exact value, from a few pivots', () => {
    // a hub both ways to 300 leaves, and random relations among the leaves
    const g = random(300, 600, 9);
    g.addNode('hub', { label: 'hub', size: 1 } as never);
    g.forEachNode((node) => {
      if (node === 'hub') return;
      g.addEdge('hub', node, { weight: 1 } as never);
      g.addEdge(node, 'hub', { weight: 1 } as never);
    });
    const reference = exact(g);
    const sampled = sampledBetweenness(g, 30, 1);
    expect(top(sampled)).toBe('hub');
    expect(top(reference)).toBe('hub');
    expect(Math.abs(sampled.hub! - reference.hub!) / reference.hub!).toBeLessThan(0.1);
  });

  it('ranks the bridge of two clusters first', () => {
    // two random clusters of 150, joined only through `bridge`, both ways
    const left = random(150, 900, 21);
    const g: RelataGraph = new MultiDirectedGraph();
    left.forEachNode((node) => g.addNode(`l${node}`, { label: node, size: 1 } as never));
    left.forEachEdge((_, __, source, target) => g.addEdge(`l${source}`, `l${target}`, { weight: 1 } as never));
    const right = random(150, 900, 22);
    right.forEachNode((node) => g.addNode(`r${node}`, { label: node, size: 1 } as never));
    right.forEachEdge((_, __, source, target) => g.addEdge(`r${source}`, `r${target}`, { weight: 1 } as never));
    g.addNode('bridge', { label: 'bridge', size: 1 } as never);
    for (const side of ['ln0', 'ln1', 'rn0', 'rn1']) {
      g.addEdge(side, 'bridge', { weight: 1 } as never);
      g.addEdge('bridge', side, { weight: 1 } as never);
    }
    expect(top(exact(g))).toBe('bridge');
    expect(top(sampledBetweenness(g, 20, 2))).toBe('bridge');
  });
});

describe('metricsMessage', () => {
  const some: Metrics = { a: { inDegree: 0, outDegree: 1, weightedDegree: 1, pagerank: 1, community: 1 } };

  it('wraps the metrics', () => {
    expect(metricsMessage(() => some)).toEqual({ metrics: some });
  });

  it("gives an error's message", () => {
    expect(
      metricsMessage(() => {
        throw new RangeError('too many nodes');
      }),
    ).toEqual({ error: 'too many nodes' });
    expect(
      metricsMessage(() => {
        throw 'plain';
      }),
    ).toEqual({ error: 'plain' });
  });
});

describe('roundMetric', () => {
  it.each([
    [0.083412, 0.0834],
    [1, 1],
    [0, 0],
    [0.000012345, 0.0000123],
  ])('%d → %d', (value, expected) => {
    expect(roundMetric(value)).toBe(expected);
  });
});
