/** diffSince: one graph split at a date by its documents' dates, undated evidence counted as old. */
import { describe, expect, it } from 'vitest';
import { RelataError } from '../../src/errors.ts';
import { diffSince, isDiffDate, type GraphDiff } from '../../src/graph/index.ts';
import { d0, d1, d2, d3, d4, keys } from './diff-fixtures.ts';
import { buildGraph } from './fixtures.ts';

describe('diffSince', () => {
  const graph = buildGraph([d0, d1, d2, d3, d4], 1);
  const diff = diffSince(graph, '2024-02');

  it('splits one graph at a date by the dates of its documents, and says removals are unknown', () => {
    expect(diff).toMatchObject({ mode: 'since', since: '2024-02', removals: false });
    expect(diff.documents).toEqual({
      added: [
        { id: 'd3.txt', title: 'Delivered', date: '2024-02-01' },
        { id: 'd4.txt', date: '2024-02-05' },
      ],
      removed: null,
    });
    expect(diff.entities.removed).toBeNull();
    expect(diff.relations.removed).toBeNull();
    expect(diff.relations.weakened).toBeNull();
    expect(diff.summary).toMatchObject({
      documentsRemoved: null,
      entitiesRemoved: null,
      relationsRemoved: null,
      weakened: null,
    });
  });

  it('adds what has only new evidence; undated evidence is old', () => {
    // Zelensky thanks Germany only since February, but thanked France in an undated document
    expect(keys(diff.entities.added)).toEqual(['country:moldova']);
    expect(keys(diff.relations.added)).toEqual([
      'country:france|supports|country:moldova',
      'person:volodymyr-zelensky|thanks|country:germany',
    ]);
    expect(diff.relations.added[1]).toMatchObject({
      docCountBefore: 0,
      docCountAfter: 1,
      weightBefore: 0,
      weightAfter: 1,
      docsAdded: ['d3.txt'],
    });
  });

  it('strengthens what gained documents since, counting before as the documents before the date', () => {
    expect(diff.relations.strengthened.map((r) => [r.key, r.docCountBefore, r.docCountAfter])).toEqual([
      ['country:france|condemns|country:russia', 1, 2],
      ['country:france|supports|organization:nato', 1, 2],
      ['country:germany|pledges|country:ukraine', 1, 2],
      ['country:germany|supplies|country:ukraine', 1, 2],
      ['country:germany|supports|organization:nato', 1, 2],
    ]);
  });

  it('compares the modality of the evidence before with that of all of it', () => {
    expect(diff.modality.map((m) => [m.change, m.key, m.before, m.after, m.modality, m.sentences])).toEqual([
      ['denied', 'country:france|condemns|country:russia', 'asserted', 'negated', 'asserted', ['d4.txt#0']],
      ['modality', 'country:france|supports|organization:nato', 'reported', 'asserted', 'asserted', ['d3.txt#2']],
      ['fulfilled', 'country:germany|supplies|country:ukraine', 'hypothetical', 'asserted', 'asserted', ['d3.txt#0']],
      ['denied', 'country:germany|supports|organization:nato', 'asserted', 'negated', 'asserted', ['d3.txt#1']],
    ]);
  });

  it('counts only the dated evidence as new: before every date, all but the undated is added', () => {
    const early = diffSince(graph, '2023');
    expect(keys(early.entities.added)).not.toContain('person:volodymyr-zelensky');
    expect(keys(early.relations.added)).not.toContain('person:volodymyr-zelensky|thanks|country:france');
    expect(early.relations.added).toHaveLength(graph.size - 1);
    expect(early.documents.added.map((d) => d.id)).toEqual(['d1.txt', 'd2.txt', 'd3.txt', 'd4.txt']);
    const late = diffSince(graph, '2024-02-06');
    expect(late.summary.changes).toBe(0);
    expect(late.documents.added).toEqual([]);
  });

  it('compares at the precision of the date: a day, a month, a year', () => {
    expect(diffSince(graph, '2024-02-02').documents.added.map((d) => d.id)).toEqual(['d4.txt']);
    expect(diffSince(graph, '2024-01-11').documents.added.map((d) => d.id)).toEqual(['d2.txt', 'd3.txt', 'd4.txt']);
    expect(diffSince(graph, '2024').documents.added.map((d) => d.id)).toEqual(['d1.txt', 'd2.txt', 'd3.txt', 'd4.txt']);
  });

  it('is deterministic', () => {
    const other: GraphDiff = diffSince(buildGraph([d4, d3, d2, d1, d0], 1), '2024-02');
    expect(JSON.stringify(other)).toBe(JSON.stringify(diff));
  });

  it.each(['yesterday', '2024-13', '2024-02-30', '24-02-01', '2024-2-1', ''])(
    'refuses the date %j with E_USAGE',
    (since) => {
      expect(isDiffDate(since)).toBe(false);
      expect(() => diffSince(graph, since)).toThrow(RelataError);
      try {
        diffSince(graph, since);
      } catch (e) {
        expect((e as RelataError).code).toBe('E_USAGE');
      }
    },
  );

  it.each(['2024', '2024-02', '2024-02-29', '2023-12-31'])('takes the date %j', (since) => {
    expect(isDiffDate(since)).toBe(true);
  });
});
