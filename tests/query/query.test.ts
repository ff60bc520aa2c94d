import { describe, expect, it } from 'vitest';
import { graphStats, matchTriples, type TripleFilter } from '../../src/query/index.ts';
import { CORPUS, E, buildGraph, makeDoc } from '../graph/fixtures.ts';
import { ENTITY_TYPES } from '../../src/types.ts';
import { evaluateQuery, evaluateQueryAsync } from '../../src/query/evaluate.ts';
import { buildIndex } from '../../src/query/lookup.ts';
import { richGraph } from './fixture.ts';

const graph = buildGraph([
  CORPUS.en1,
  CORPUS.fr1,
  makeDoc(
    'en/sanctions.txt',
    ['France sanctions Russia.', 'France does not sanction Germany.'],
    [
      [{ s: E.france, p: 'sanctions', o: E.russia }],
      [{ s: E.france, p: 'sanctions', o: E.germany, extra: { modality: 'negated' } }],
    ],
    { date: '2024-03-10' },
  ),
]);

describe('matchTriples', () => {
  const rows = (filter: TripleFilter) =>
    matchTriples(graph, filter).map((r) => `${r.subject} ${r.predicate} ${r.object}`);

  it('returns every edge, sorted by subject, predicate, object, with its evidence', () => {
    expect(rows({})).toEqual([
      'France sanctions Germany',
      'France sanctions Russia',
      'Germany supplies Leopard 2',
      'Germany supplies Ukraine',
      'Germany supports NATO',
      'Russia attacks Ukraine',
    ]);
    const [row] = matchTriples(graph, { subject: 'Allemagne', object: 'Ukraine' });
    expect(row).toEqual({
      key: 'country:germany|supplies|country:ukraine',
      subject: 'Germany',
      subjectKey: 'country:germany',
      subjectType: 'Country',
      predicate: 'supplies',
      object: 'Ukraine',
      objectKey: 'country:ukraine',
      objectType: 'Country',
      modality: 'asserted',
      weight: 2,
      docCount: 2,
      firstDate: '2024-01-25',
      lastDate: '2024-02-03',
      evidence: [
        {
          doc: 'en/berlin-tanks.txt',
          date: '2024-01-25',
          sentence: 'Germany supplies Leopard 2 tanks to Ukraine.',
          sentenceIndex: 0,
          start: 0,
          end: 44,
          language: 'en',
          modality: 'asserted',
          rule: 'en.supplies.1',
          cue: 'supplies',
          confidence: 0.9,
          subjectSpan: { start: 0, end: 7 },
          objectSpan: { start: 36, end: 43 },
        },
        {
          doc: 'fr/chars.txt',
          date: '2024-02-03',
          sentence: "L'Allemagne livre des chars à l'Ukraine.",
          sentenceIndex: 0,
          start: 0,
          end: 40,
          language: 'fr',
          modality: 'asserted',
          rule: 'fr.supplies.1',
          cue: 'livrer',
          confidence: 0.9,
          subjectSpan: { start: 2, end: 11 },
          objectSpan: { start: 32, end: 39 },
        },
      ],
    });
  });

  const filters: [TripleFilter, string[]][] = [
    [{ subject: 'germany' }, ['Germany supplies Leopard 2', 'Germany supplies Ukraine', 'Germany supports NATO']],
    [{ object: "l'Ukraine" }, []], // the alias is `Ukraine`; an unknown name matches nothing
    [{ object: 'Ukraine' }, ['Germany supplies Ukraine', 'Russia attacks Ukraine']],
    [{ predicate: 'supplies' }, ['Germany supplies Leopard 2', 'Germany supplies Ukraine']],
    [{ predicate: 'sanctions', modality: 'negated' }, ['France sanctions Germany']],
    [{ modality: 'reported' }, ['Russia attacks Ukraine']],
    [{ minEvidence: 2 }, ['Germany supplies Ukraine', 'Russia attacks Ukraine']],
    [{ subject: 'Russie', predicate: 'attacks', minEvidence: 3 }, []],
    [{ subject: 'Espagne' }, []],
  ];
  it.each(filters)('%j', (filter, expected) => {
    expect(rows(filter)).toEqual(expected);
  });
});

describe('graphStats', () => {
  it('counts documents, sentences, entities by type, relations by predicate, top entities', () => {
    const stats = graphStats(graph, 3);
    expect(stats).toMatchObject({ documents: 3, sentences: 8, entities: 6, relations: 6 });
    expect(stats.entitiesByType).toMatchObject({ Country: 4, Organization: 1, Equipment: 1, Person: 0 });
    expect(Object.keys(stats.entitiesByType)).toEqual([...ENTITY_TYPES]);
    expect(stats.relationsByPredicate).toMatchObject({ supplies: 2, supports: 1, attacks: 1, sanctions: 2, meets: 0 });
    expect(stats.topEntities).toEqual([
      { label: 'Germany', type: 'Country', degree: 4 },
      { label: 'France', type: 'Country', degree: 2 },
      { label: 'Russia', type: 'Country', degree: 2 },
    ]);
  });
});

describe('the query budget', () => {
  it('stops a query that examines more candidate edges than allowed, whatever its limit', () => {
    const graph = richGraph();
    const index = buildIndex(graph);
    expect(() => evaluateQuery(graph, index, '?a ?b ?c . ?d ?e ?f', { limit: 1, budget: { steps: 20 } })).toThrow(
      expect.objectContaining({ code: 'E_QUERY_BUDGET' }),
    );
    expect(evaluateQuery(graph, index, '?a ?b ?c . ?d ?e ?f', { limit: 1 }).total).toBeGreaterThan(20);
  });

  it('gives the same answers when run a slice at a time (evaluateQueryAsync), and the same refusal', async () => {
    const graph = richGraph();
    const index = buildIndex(graph);
    for (const q of ['?a ?b ?c . ?d ?e ?f', '?x supplies ?y', '?x ?p Ukraine . ?x member_of ?o']) {
      expect(await evaluateQueryAsync(graph, index, q, { evidence: true })).toEqual(
        evaluateQuery(graph, index, q, { evidence: true }),
      );
    }
    await expect(
      evaluateQueryAsync(graph, index, '?a ?b ?c . ?d ?e ?f', { budget: { steps: 20 } }),
    ).rejects.toMatchObject({ code: 'E_QUERY_BUDGET' });
  });
});
