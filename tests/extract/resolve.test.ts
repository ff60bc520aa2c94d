import { describe, expect, it } from 'vitest';
import { extractCorpus, extractForMerge } from '../../src/extract/index.ts';
import type { PersonName } from '../../src/extract/people.ts';
import { applyResolution, peopleNamed, resolvePeople } from '../../src/extract/resolve.ts';
import type { Triple } from '../../src/types.ts';
import { doc } from './helpers.ts';

/** The person ids of a document's triples, subjects and objects. */
const personIds = (triples: readonly Triple[]): string[] => [
  ...new Set(
    triples.flatMap((t) => [
      ...(t.subjectType === 'Person' ? [t.subjectId] : []),
      ...(t.objectType === 'Person' ? [t.objectId] : []),
    ]),
  ),
];

/** Freezes an object and everything it holds: any write to it throws. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('resolving people across a corpus', () => {
  it.each([
    [
      "Le ministre ukrainien de la Défense, Oleksiy Bondarenko, a remercié l'Allemagne pour son aide.",
      'M. Bondarenko a remercié la Pologne.',
    ],
    ['Ukrainian Defence Minister Oleksiy Bondarenko thanked Germany.', 'Mr. Bondarenko thanked Poland.'],
    ['Volodymyr Zelensky a remercié le Canada.', 'M. Zelensky a remercié la France.'],
    ['Volodymyr Zelensky thanked Canada.', 'Zelenskyy thanked France.'],
    ['Mykola Hrytsenkko a remercié la Lituanie.', 'Mykola Hrytsenko thanked Lithuania.'],
  ])('one person in "%s" and in "%s"', (first, second) => {
    const results = extractCorpus([doc(first, 'first.txt'), doc(second, 'second.txt')]);
    const [a, b] = results.map((r) => personIds(r.triples));
    expect(a).toHaveLength(1);
    expect(b).toEqual(a);
  });

  it('keeps people with different first names apart', () => {
    const results = extractCorpus([
      doc('Anna Bondarenko a remercié la Lettonie.', 'anna.txt'),
      doc('Ukrainian Defence Minister Oleksiy Bondarenko thanked Germany.', 'oleksiy.txt'),
    ]);
    expect(results.map((r) => personIds(r.triples))).toEqual([
      ['person:anna-bondarenko'],
      ['person:oleksiy-bondarenko'],
    ]);
  });

  it('joins a new spelling to a person a stored graph names more often, under the stored id and label', () => {
    const { triples } = extractForMerge(doc('Mykola Hrytsenkko a remercié la Lituanie.', 'new.txt'));
    const stored: PersonName[] = [{ id: 'person:mykola-hrytsenko', label: 'Mykola Hrytsenko', count: 3, known: false }];
    const resolution = resolvePeople(peopleNamed([triples]), stored);
    expect(resolution.get('person:mykola-hrytsenkko')).toEqual({
      id: 'person:mykola-hrytsenko',
      label: 'Mykola Hrytsenko',
    });
    const resolved = applyResolution(triples, resolution);
    expect(resolved.map((t) => [t.subjectId, t.subject, t.predicate, t.object])).toEqual([
      ['person:mykola-hrytsenko', 'Mykola Hrytsenko', 'thanks', 'Lithuania'],
    ]);
  });

  it('counts the triples naming each person, in order of first mention', () => {
    const { triples } = extractForMerge(
      doc('Ukrainian Defence Minister Oleksiy Bondarenko thanked Germany. Anna Bondarenko thanked Latvia.'),
    );
    expect(peopleNamed([triples]).map((p) => [p.id, p.count])).toEqual([
      ['person:oleksiy-bondarenko', 2],
      ['person:anna-bondarenko', 1],
    ]);
  });

  it('reads its inputs only: the triples, the names and the stored people are left as they were', () => {
    const documents = [
      extractForMerge(doc('Volodymyr Zelensky a remercié le Canada.', 'fr.txt')).triples,
      extractForMerge(doc('Mr. Bondarenko thanked Poland.', 'en.txt')).triples,
      extractForMerge(doc('Mykola Hrytsenkko a remercié la Lituanie.', 'new.txt')).triples,
    ];
    const stored: PersonName[] = [
      { id: 'person:oleksiy-bondarenko', label: 'Oleksiy Bondarenko', count: 4, known: false },
      { id: 'person:mykola-hrytsenko', label: 'Mykola Hrytsenko', count: 2, known: false },
    ];
    const before = structuredClone({ documents, stored });
    deepFreeze(documents);
    deepFreeze(stored);
    const named = deepFreeze(peopleNamed(documents));
    const namedBefore = structuredClone(named);
    const resolution = resolvePeople(named, stored);
    const resolved = documents.map((triples) => applyResolution(triples, resolution));
    expect({ documents, stored }).toEqual(before);
    expect(named).toEqual(namedBefore);
    // the spellings are merged in the new triples: the bare surname joins the stored full name
    expect(resolved.map(personIds)).toEqual([
      ['person:volodymyr-zelensky'],
      ['person:oleksiy-bondarenko'],
      ['person:mykola-hrytsenko'],
    ]);
    expect(resolved[1]?.[0]?.subject).toBe('Oleksiy Bondarenko');
    // a triple whose person does not change is returned as it is
    expect(resolved[0]?.[0]).toBe(documents[0]?.[0]);
  });
});
