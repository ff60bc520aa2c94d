/** Pledges and deliveries in a diff: a delivery fulfils a pledge, which other commitments can replace. */
import { describe, expect, it } from 'vitest';
import { diffGraphs, diffSince } from '../../src/graph/index.ts';
import { keys } from './diff-fixtures.ts';
import { E, buildGraph, makeDoc } from './fixtures.ts';

describe('pledges and deliveries', () => {
  const pledge = (modality: 'asserted' | 'negated' = 'asserted') =>
    makeDoc(
      'p.txt',
      ['Germany pledges aid to Ukraine.'],
      [[{ s: E.germany, p: 'pledges', o: E.ukraine, extra: { modality } }]],
      { date: '2024-01-01' },
    );
  const delivery = (modality: 'asserted' | 'reported' = 'asserted') =>
    makeDoc(
      's.txt',
      ['Germany supplies Ukraine.'],
      [[{ s: E.germany, p: 'supplies', o: E.ukraine, extra: { modality } }]],
      { date: '2024-03-01' },
    );

  it('a delivery that did not exist before fulfils the pledge (and is also a relation added)', () => {
    const diff = diffGraphs(buildGraph([pledge()], 1), buildGraph([pledge(), delivery()], 1));
    expect(diff.modality).toEqual([
      expect.objectContaining({
        change: 'fulfilled',
        key: 'country:germany|supplies|country:ukraine',
        before: null,
        after: 'asserted',
        direction: 'upgrade',
        pledge: 'country:germany|pledges|country:ukraine',
        sentences: ['s.txt#0'],
      }),
    ]);
    expect(keys(diff.relations.added)).toEqual(['country:germany|supplies|country:ukraine']);
  });

  it('a reported delivery, a denied pledge, or a delivery already asserted fulfil nothing', () => {
    expect(diffGraphs(buildGraph([pledge()], 1), buildGraph([pledge(), delivery('reported')], 1)).modality).toEqual([]);
    expect(
      diffGraphs(buildGraph([pledge('negated')], 1), buildGraph([pledge('negated'), delivery()], 1)).modality,
    ).toEqual([]);
    const both = buildGraph([pledge(), delivery()], 1);
    expect(diffGraphs(both, both).modality).toEqual([]);
  });

  it('takes other commitments as options', () => {
    const proposal = makeDoc(
      'q.txt',
      ['Germany proposes aid to Ukraine.'],
      [[{ s: E.germany, p: 'proposes', o: E.ukraine }]],
      { date: '2024-01-01' },
    );
    const diff = diffGraphs(buildGraph([proposal], 1), buildGraph([proposal, delivery()], 1), {
      commitments: [{ pledge: 'proposes', delivery: 'supplies' }],
    });
    expect(diff.modality.map((m) => [m.change, m.pledge])).toEqual([
      ['fulfilled', 'country:germany|proposes|country:ukraine'],
    ]);
    expect(diffGraphs(buildGraph([proposal], 1), buildGraph([proposal, delivery()], 1)).modality).toEqual([]);
  });

  it('is found by diffSince too', () => {
    const diff = diffSince(buildGraph([pledge(), delivery()], 1), '2024-02');
    expect(diff.modality.map((m) => [m.change, m.before, m.after, m.pledge])).toEqual([
      ['fulfilled', null, 'asserted', 'country:germany|pledges|country:ukraine'],
    ]);
  });
});
