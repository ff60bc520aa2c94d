import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.ts';
import { mergePeople, nameKey } from '../../src/extract/people.ts';
import { doc } from './helpers.ts';

describe('one person however the name is transliterated', () => {
  it.each([
    ['Oumierov', 'Umerov'],
    ['Zelenskyy', 'Zelensky'],
    ['Zelenskiy', 'Zelenski'],
    ['Poutine', 'Putin'],
    ['Netanyahou', 'Netanyahu'],
  ])('%s ~ %s', (a, b) => expect(nameKey(a)).toBe(nameKey(b)));

  it.each([
    ['Macron', 'Micron'],
    ['Stoltenberg', 'Steinberg'],
  ])('%s and %s stay apart', (a, b) => expect(nameKey(a)).not.toBe(nameKey(b)));

  it('merges spellings guarded by the first name, and bare surnames when one first name goes with them', () => {
    const merged = mergePeople([
      { id: 'person:oleksandr-kovalenko', label: 'Oleksandr Kovalenko', count: 3, known: false },
      { id: 'person:oleksandr-kovalenkko', label: 'Oleksandr Kovalenkko', count: 1, known: false },
      { id: 'person:kovalenko', label: 'Kovalenko', count: 2, known: false },
      { id: 'person:anna-kovalenko', label: 'Anna Kovalenko', count: 1, known: false },
    ]);
    expect(merged.get('person:oleksandr-kovalenkko')?.label).toBe('Oleksandr Kovalenko');
    expect(merged.get('person:anna-kovalenko')?.label).toBe('Anna Kovalenko');
    // two first names go with `Kovalenko`: the bare surname is not guessed
    expect(merged.get('person:kovalenko')?.label).toBe('Kovalenko');
  });

  it('gives one node to a person named in French in one document and in English in another', () => {
    const results = extractCorpus([
      doc('La Première ministre ukrainienne, Ioulia Svyrydenko, a remercié le Canada.', 'fr.txt'),
      doc('Ukrainian Prime Minister Yulia Svyrydenko thanked Canada.', 'en.txt'),
    ]);
    // the person of each document: one in each, the same in both
    const [fr, en] = results.map((r) => [
      ...new Set(r.triples.filter((t) => t.subjectType === 'Person').map((t) => `${t.subjectId} ${t.subject}`)),
    ]);
    expect(fr).toHaveLength(1);
    expect(en).toEqual(fr);
  });
});
