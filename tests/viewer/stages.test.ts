import { describe, expect, it } from 'vitest';
import { attributeValues } from '../../viewer/src/logic/appearance.ts';
import { DEFAULT_FILTER, visibleEdges } from '../../viewer/src/logic/filters.ts';
import { computeMetrics } from '../../viewer/src/logic/metrics.ts';
import { applyStages, decodeStage, encodeStage, type Stage } from '../../viewer/src/logic/stages.ts';
import { loadFixture } from './fixture.ts';

const { graph, index } = loadFixture();
const metrics = computeMetrics(graph);
const everything = visibleEdges(graph, {}, index);
const valuesOf = (key: string) => attributeValues(graph, key, metrics);
const kept = (stages: Stage[], visibility = everything) =>
  [...applyStages(graph, visibility, stages, valuesOf).visibility.nodes].sort();

describe('applyStages', () => {
  it('keeps everything with no stage', () => {
    expect(applyStages(graph, everything, [], valuesOf)).toEqual({ visibility: everything, steps: [] });
  });

  it.each<[string, Stage[], string[]]>([
    [
      'ego network, depth 1',
      [{ kind: 'ego', node: 'person:jens-stoltenberg', depth: 1 }],
      ['event:vilnius-summit', 'organization:nato', 'person:jens-stoltenberg'],
    ],
    [
      'ego network, depth 2 (relations followed both ways)',
      [{ kind: 'ego', node: 'event:vilnius-summit', depth: 2 }],
      ['event:vilnius-summit', 'organization:nato', 'person:jens-stoltenberg'],
    ],
    ['ego network of a node not shown', [{ kind: 'ego', node: 'country:atlantis', depth: 3 }], []],
    [
      'a range on a node attribute',
      [{ kind: 'range', key: 'mentions', min: 6 }],
      graph.filterNodes((_, a) => a.mentions >= 6).sort(),
    ],
    [
      'a range on a metric, both ends',
      [{ kind: 'range', key: 'inDegree', min: 3, max: 4 }],
      graph.filterNodes((n) => graph.inDegree(n) >= 3 && graph.inDegree(n) <= 4).sort(),
    ],
    ['a group', [{ kind: 'group', nodes: ['country:france', 'country:atlantis'] }], ['country:france']],
    // Kyiv and Patriot have one neighbour; Scholz one, and Zelensky then one; the summit one, and Stoltenberg then one
    [
      'the 2-core',
      [{ kind: 'kcore', k: 2 }],
      [
        'country:france',
        'country:germany',
        'country:russia',
        'country:ukraine',
        'organization:european-union',
        'organization:nato',
      ],
    ],
  ])('%s', (_, stages, expected) => {
    expect(kept(stages)).toEqual(expected);
  });

  it('keeps the largest connected component', () => {
    expect(kept([{ kind: 'component' }])).toHaveLength(graph.order);
    // supplying and meeting only: {France, Germany, Ukraine, Patriot}, {Scholz, Zelensky}, and lone nodes
    const split = visibleEdges(graph, { predicates: ['supplies', 'meets'] }, index);
    expect(kept([{ kind: 'component' }], split)).toEqual([
      'country:france',
      'country:germany',
      'country:ukraine',
      'equipment:patriot',
    ]);
  });

  it('applies stages in order, each on what the previous left, and counts each step', () => {
    const stages: Stage[] = [
      { kind: 'ego', node: 'country:germany', depth: 1 },
      { kind: 'kcore', k: 3 },
    ];
    const { visibility, steps } = applyStages(graph, everything, stages, valuesOf);
    expect(steps.map((s) => s.nodes)).toEqual([graph.neighbors('country:germany').length + 1, visibility.nodes.size]);
    expect(steps[1].nodes).toBeLessThan(steps[0].nodes);
    for (const edge of visibility.edges)
      expect(visibility.nodes.has(graph.source(edge)) && visibility.nodes.has(graph.target(edge))).toBe(true);
  });

  it('works on what the evidence filters left: a relation hidden by them does not connect', () => {
    const facts = visibleEdges(graph, { ...DEFAULT_FILTER, predicates: ['supplies'] }, index);
    expect(kept([{ kind: 'ego', node: 'country:germany', depth: 3 }], facts)).toEqual([
      'country:france',
      'country:germany',
      'country:ukraine',
      'equipment:patriot',
    ]);
  });

  it('keeps everything while the metric of a range is not computed', () => {
    expect(
      applyStages(graph, everything, [{ kind: 'range', key: 'betweenness', max: 0 }], () => null).visibility,
    ).toEqual(everything);
  });
});

describe('encodeStage / decodeStage', () => {
  it.each<[Stage, string]>([
    [{ kind: 'range', key: 'pagerank', min: 0.05, max: 0.2 }, 'range:0.05:0.2:pagerank'],
    [{ kind: 'range', key: 'a:b', min: -1 }, 'range:-1::a:b'],
    [{ kind: 'range', key: 'mentions', max: 3 }, 'range::3:mentions'],
    [{ kind: 'ego', node: 'country:germany', depth: 2 }, 'ego:2:country:germany'],
    [{ kind: 'component' }, 'component'],
    [{ kind: 'kcore', k: 3 }, 'kcore:3'],
    [{ kind: 'group', nodes: ['a,b', 'c"d'] }, 'group:["a,b","c\\"d"]'],
  ])('%j ⇄ %s', (stage, text) => {
    expect(encodeStage(stage)).toBe(text);
    expect(decodeStage(text)).toEqual(stage);
  });

  it.each([
    '',
    'range:x::k',
    'range:1:2',
    'ego:4:n',
    'ego:1:',
    'component:1',
    'kcore:0',
    'kcore:1.5',
    'group:[]',
    'group:[1]',
    'group:{',
    'lasso:1',
  ])('drops the malformed %j', (text) => {
    expect(decodeStage(text)).toBeNull();
  });
});
