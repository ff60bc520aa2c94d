import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search } from '../../viewer/src/logic/search.ts';
import { loadFixture } from './fixture.ts';

const { graph } = loadFixture();
const index = buildSearchIndex(graph);

describe('search', () => {
  it.each([
    ['Allemagne', 'country:germany', 'alias', 'Allemagne'],
    ['allemagne', 'country:germany', 'alias', 'Allemagne'],
    ['ALLEMAGNE ', 'country:germany', 'alias', 'Allemagne'],
    ['Germany', 'country:germany', 'label', undefined],
    ['otan', 'organization:nato', 'alias', 'OTAN'],
    ['union europeenne', 'organization:european-union', 'alias', 'Union européenne'],
    ['Union Européenne', 'organization:european-union', 'alias', 'Union européenne'],
    ['stolten', 'person:jens-stoltenberg', 'substring', undefined],
    ['russie', 'country:russia', 'alias', 'Russie'],
  ] as const)('%j → %s (%s)', (query, node, rank, via) => {
    const [first] = search(index, query);
    expect(first).toEqual({ node, label: graph.getNodeAttribute(node, 'label'), rank, ...(via ? { via } : {}) });
  });

  it('ranks exact label > exact alias > prefix > substring', () => {
    const results = search(index, 'german');
    expect(results[0]).toMatchObject({ node: 'country:germany', rank: 'alias', via: 'German' });
    expect(search(index, 'Ukr')[0]).toMatchObject({ node: 'country:ukraine', rank: 'prefix' });
  });

  it('breaks ties by degree', () => {
    const ranks = search(index, 'a', 20);
    const prefixes = ranks.filter((r) => r.rank === 'prefix');
    const substrings = ranks.filter((r) => r.rank === 'substring');
    expect(ranks.indexOf(prefixes.at(-1)!)).toBeLessThan(ranks.indexOf(substrings[0]));
    const degrees = substrings.map((r) => graph.degree(r.node));
    expect([...degrees].sort((a, b) => b - a)).toEqual(degrees);
  });

  it('returns nothing for an empty query and respects the limit', () => {
    expect(search(index, '  ')).toEqual([]);
    expect(search(index, 'e', 3)).toHaveLength(3);
  });
});
