import { describe, expect, it } from 'vitest';
import { dateInRange } from '../../src/query/filter.ts';
import { PREDICATES } from '../../src/types.ts';
import {
  DEFAULT_FILTER,
  edgeVisible,
  evidenceByMonth,
  toggleIn,
  visibleEdges,
  visibleSubgraph,
  type FilterSpec,
} from '../../viewer/src/logic/filters.ts';
import { loadFixture } from './fixture.ts';

const { graph, index } = loadFixture();
const SUPPLIES_UA = 'country:germany|supplies|country:ukraine';
const THREATENS = 'country:russia|threatens|country:germany';

describe('dateInRange', () => {
  it.each([
    ['2024-08-12', undefined, undefined, true],
    [undefined, undefined, undefined, true],
    [undefined, '2024-08', undefined, false],
    ['2024-08-12', '2024-08', '2024-08', true],
    ['2024-08-12', '2024-08-13', undefined, false],
    ['2024-09-03', undefined, '2024-08-31', false],
    ['2024-08', '2024-08-01', undefined, false],
    ['2024-08-31', '2024-08-01', '2024-08-31', true],
  ] as const)('%s in [%s, %s] → %s', (date, from, to, expected) => {
    expect(dateInRange(date, from, to)).toBe(expected);
  });
});

describe('edgeVisible', () => {
  const attrs = (edge: string) => graph.getEdgeAttributes(edge);
  const rows: [string, FilterSpec, boolean][] = [
    [SUPPLIES_UA, {}, true],
    [SUPPLIES_UA, DEFAULT_FILTER, true],
    [THREATENS, {}, true],
    [THREATENS, DEFAULT_FILTER, false],
    [THREATENS, { modalities: ['hypothetical'] }, true],
    [SUPPLIES_UA, { predicates: ['pledges'] }, false],
    [SUPPLIES_UA, { ...DEFAULT_FILTER, minEvidence: 2 }, true],
    [SUPPLIES_UA, { ...DEFAULT_FILTER, minEvidence: 3 }, false],
    [SUPPLIES_UA, { minEvidence: 3 }, true],
    [SUPPLIES_UA, { minDocs: 2 }, true],
    [SUPPLIES_UA, { from: '2024-09-01', modalities: ['negated'] }, true],
    [SUPPLIES_UA, { to: '2024-08-31', modalities: ['negated'] }, false],
    [SUPPLIES_UA, { docs: ['en/2024-09-03-germany-pledge.txt'] }, true],
    [SUPPLIES_UA, { docs: ['en/2024-08-20-nato-kyiv.txt'] }, false],
  ];
  it.each(rows)('%s with %j → %s', (edge, spec, expected) => {
    expect(edgeVisible(attrs(edge), spec, index)).toBe(expected);
  });
});

describe('visibleEdges', () => {
  it('hides hypothetical and negated by default', () => {
    const { nodes, edges } = visibleEdges(graph, DEFAULT_FILTER, index);
    expect(nodes.size).toBe(graph.order);
    expect(edges.has(THREATENS)).toBe(false);
    expect(edges.size).toBe(graph.size - 1);
  });

  it('hides the edges of a hidden type with its nodes', () => {
    const { nodes, edges } = visibleEdges(graph, { types: ['Country', 'Organization'] }, index);
    expect(nodes.has('person:jens-stoltenberg')).toBe(false);
    expect([...edges].every((e) => !e.includes('person:'))).toBe(true);
    expect(edges.has(SUPPLIES_UA)).toBe(true);
  });

  it('keeps only the evidence of the date range', () => {
    const { edges } = visibleEdges(graph, { ...DEFAULT_FILTER, from: '2024-09-01', to: '2024-09-30' }, index);
    expect(edges.has('country:russia|attacks|location:kyiv')).toBe(false);
    expect(edges.has('organization:european-union|sanctions|country:russia')).toBe(true);
  });

  it('exports only what is visible', () => {
    const visibility = visibleEdges(graph, { predicates: ['supplies'] }, index);
    const sub = visibleSubgraph(graph, visibility);
    expect(sub.size).toBe(3);
    expect(sub.order).toBe(graph.order);
    expect(sub.getAttribute('documents')).toHaveLength(4);
  });
});

describe('toggleIn', () => {
  it('starts from "all" and returns to undefined when everything is back', () => {
    const without = toggleIn(undefined, PREDICATES, 'supplies');
    expect(without).toHaveLength(PREDICATES.length - 1);
    expect(without).not.toContain('supplies');
    expect(toggleIn(without, PREDICATES, 'supplies')).toBeUndefined();
  });

  it('adds a modality to the default list in vocabulary order', () => {
    expect(
      toggleIn(DEFAULT_FILTER.modalities, ['asserted', 'reported', 'negated', 'hypothetical'], 'hypothetical'),
    ).toEqual(['asserted', 'reported', 'hypothetical']);
  });
});

it('counts evidence per month', () => {
  expect(evidenceByMonth(graph, index)).toEqual([
    ['2024-08', 11],
    ['2024-09', 10],
  ]);
});
