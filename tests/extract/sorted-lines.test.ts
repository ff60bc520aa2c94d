import { describe, expect, it } from 'vitest';
import { SortedLines, sortedLines } from '../../src/extract/lexicon/sorted-lines.ts';

const PLACES = sortedLines([
  ['lviv', 'UA\t717273'],
  ['paris', 'FR,US\t2138551'],
  ['par', 'XX\t1'],
  ['parisot', 'FR\t1200'],
  ['zaporizhzhia', 'UA\t710052'],
  ['évian', 'FR\t9000'],
]);

describe('SortedLines', () => {
  it('sorts its lines by key, in code unit order', () => {
    expect(PLACES.split('\n').map((line) => line.split('\t')[0])).toEqual([
      'lviv',
      'par',
      'paris',
      'parisot',
      'zaporizhzhia',
      'évian',
    ]);
  });

  it.each([
    ['paris', 'FR,US\t2138551'],
    ['par', 'XX\t1'],
    ['parisot', 'FR\t1200'],
    ['lviv', 'UA\t717273'],
    ['zaporizhzhia', 'UA\t710052'],
    ['évian', 'FR\t9000'],
    ['pari', undefined],
    ['parisots', undefined],
    ['a', undefined],
    ['zz', undefined],
    ['', undefined],
  ])('finds %j: %j', (key, value) => {
    const lines = new SortedLines(PLACES);
    expect(lines.get(key)).toBe(value);
    expect(lines.has(key)).toBe(value !== undefined);
  });

  it('holds keys alone, a value of ""', () => {
    const names = new SortedLines(sortedLines(['sergei', 'anna', 'dmitri', 'jean-luc'].map((name) => [name])));
    expect(['anna', 'dmitri', 'jean-luc', 'sergei'].map((name) => names.get(name))).toEqual(['', '', '', '']);
    expect(names.has('jean')).toBe(false);
    expect(names.has('sergeï')).toBe(false);
  });

  it('finds nothing in an empty list', () => {
    expect(new SortedLines('').has('paris')).toBe(false);
  });

  it('refuses a key that would break its lines', () => {
    expect(() => sortedLines([['new\nline', 'x']])).toThrow(/tab or a newline/);
  });
});
