/** The graph model's orders: sentence ids by document, then index, as the split ids compare. */
import { describe, expect, it } from 'vitest';
import { compareSentenceIds, compareStrings, splitSentenceId } from '../../src/graph/model.ts';

const bySplitting = (a: string, b: string) => {
  const [da, ia] = splitSentenceId(a);
  const [db, ib] = splitSentenceId(b);
  return Math.sign(compareStrings(da, db) || ia - ib);
};

describe('compareSentenceIds', () => {
  it.each([
    ['fr/a.txt#2', 'fr/a.txt#10'],
    ['fr/a.txt#10', 'fr/a.txt#2'],
    ['a#2', 'ab#1'],
    ['ab#1', 'a#2'],
    ['a.txt#7', 'a.txt#7'],
    ['feed.xml#https://x.org/a#b#3', 'feed.xml#https://x.org/a#b#12'],
    ['Élysée.txt#0', 'Zurich.txt#0'],
    ['z.txt#0', 'é.txt#0'],
    ['doc#0', 'doc#00'],
  ])('orders %s and %s as their parts do', (a, b) => {
    expect(Math.sign(compareSentenceIds(a, b))).toBe(bySplitting(a, b));
  });

  it('sorts a table as the parts do', () => {
    const ids = ['b#1', 'a#10', 'a#2', 'a#b#1', 'a#0', 'ab#0', 'b#0'];
    expect([...ids].sort(compareSentenceIds)).toEqual([...ids].sort(bySplitting));
    expect([...ids].sort(compareSentenceIds)).toEqual(['a#0', 'a#2', 'a#10', 'a#b#1', 'ab#0', 'b#0', 'b#1']);
  });
});
