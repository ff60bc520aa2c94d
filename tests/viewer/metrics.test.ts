import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { communities } from '../../viewer/src/logic/display.ts';
import { BETWEENNESS_MAX_NODES, computeMetrics, roundMetric } from '../../viewer/src/logic/metrics.ts';
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

  it(`is not computed above ${BETWEENNESS_MAX_NODES} nodes`, () => {
    const big = computeMetrics(chains(Array.from({ length: BETWEENNESS_MAX_NODES + 1 }, (_, i) => `n${i}`)));
    expect(Object.values(big).some((m) => 'betweenness' in m)).toBe(false);
    expect(big.n1).toMatchObject({ inDegree: 1, outDegree: 1, weightedDegree: 2 });
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
