import { describe, expect, it } from 'vitest';
import { RelataError } from '../../src/errors.ts';
import { serializeGraph } from '../../src/graph/index.ts';
import { KnowledgeGraph } from '../../src/knowledge-graph.ts';
import { editDistance, matchTriples, type FilterSpec, type TripleFilter } from '../../src/query/index.ts';
import { richGraph } from './fixture.ts';

const graph = richGraph();
const kg = new KnowledgeGraph(graph);
const before = serializeGraph(graph);
const spo = (rows: { subject: string; predicate: string; object: string }[]) =>
  rows.map((r) => `${r.subject} ${r.predicate} ${r.object}`);

describe('KnowledgeGraph.match', () => {
  const cases: [TripleFilter, string[]][] = [
    [
      { subject: 'Allemagne' },
      ['Germany member_of NATO', 'Germany supplies Leopard 2', 'Germany supplies Ukraine', 'Germany supports NATO'],
    ],
    [{ object: 'OTAN' }, ['France member_of NATO', 'Germany member_of NATO', 'Germany supports NATO']],
    [{ subject: 'Russie', object: 'ukraine' }, ['Russia attacks Ukraine']],
    [{ predicate: 'member_of', subject: 'France' }, ['France member_of NATO']],
    [{ subjectType: 'Person' }, ['Volodymyr Zelensky thanks France']],
    [{ objectType: 'Equipment' }, ['Germany supplies Leopard 2']],
    [{ modality: 'hypothetical' }, ['Russia attacks Ukraine']],
    [{ modality: ['negated', 'hypothetical'] }, ['France sanctions Germany', 'Russia attacks Ukraine']],
    [
      { from: '2024-02' },
      [
        'France member_of NATO',
        'France sanctions Germany',
        'France sanctions Russia',
        'Germany member_of NATO',
        'Germany supplies Ukraine',
        'Germany supports NATO',
        'Russia attacks Ukraine',
      ],
    ],
    [{ to: '2024-01' }, ['Germany supplies Leopard 2', 'Germany supplies Ukraine', 'Russia attacks Ukraine']],
    [{ from: '2024-02-01', to: '2024-02-28', predicate: 'supplies' }, ['Germany supplies Ukraine']],
    [{ doc: 'fr/merci.txt' }, ['Volodymyr Zelensky thanks France']],
    [{ minEvidence: 2 }, ['Germany supplies Ukraine', 'Russia attacks Ukraine']],
    [{ minEvidence: 2, modality: 'asserted' }, ['Germany supplies Ukraine']],
    [{ subject: 'Espagne' }, []],
  ];
  it.each(cases)('%j', (filter, expected) => {
    expect(spo(kg.match(filter))).toEqual(expected);
    expect(spo(matchTriples(graph, filter))).toEqual(expected); // the index gives what a scan gives
  });

  it('returns only the evidence that passes the evidence filters, with dates, modalities and spans', () => {
    const [row] = kg.match({ subject: 'Russia', modality: 'hypothetical' });
    expect(row.weight).toBe(2);
    expect(row.evidence).toEqual([
      {
        doc: 'fr/chars.txt',
        date: '2024-02-03',
        sentence: "La Russie pourrait attaquer l'Ukraine.",
        sentenceIndex: 1,
        start: 41,
        end: 79,
        language: 'fr',
        modality: 'hypothetical',
        rule: 'fr.attacks.1',
        cue: 'attaquer',
        confidence: 0.9,
        subjectSpan: { start: 44, end: 50 },
        objectSpan: { start: 71, end: 78 },
      },
    ]);
    // the shape of extract's triples: spans are offsets into the document, inside the sentence
    const [ev] = row.evidence;
    expect(ev.sentence.slice(ev.subjectSpan.start - ev.start, ev.subjectSpan.end - ev.start)).toBe('Russie');
    expect(kg.match({ from: '2024' }).map((r) => r.subject)).not.toContain('Volodymyr Zelensky'); // undated evidence fails a date filter
  });
});

describe('KnowledgeGraph.entity', () => {
  it('describes an entity found by any of its names', () => {
    expect(kg.entity('Allemagne')).toEqual({
      key: 'country:germany',
      label: 'Germany',
      type: 'Country',
      aliases: [
        { text: 'Germany', language: 'en', count: 3 },
        { text: 'Allemagne', language: 'fr', count: 2 },
      ],
      degree: 5,
      documents: [
        { id: 'en/berlin-tanks.txt', title: 'Berlin sends tanks', date: '2024-01-25' },
        { id: 'en/sanctions.txt', title: 'Sanctions, "again"', date: '2024-03-10' },
        { id: 'fr/chars.txt', date: '2024-02-03' },
      ],
    });
  });

  const misses: [string, string[]][] = [
    ['Allemange', ['Germany']], // typo in an alias
    ['Germny', ['Germany']],
    ['ukr', ['Ukraine']], // prefix
    ['Zelenski', ['Volodymyr Zelensky']],
    ['Frence', ['France']],
    ['Qatar', []],
  ];
  it.each(misses)('%s → E_NOT_FOUND suggesting %j', (name, labels) => {
    let error: unknown;
    try {
      kg.entity(name);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RelataError);
    expect((error as RelataError).code).toBe('E_NOT_FOUND');
    expect(kg.suggest(name).map((s) => s.label)).toEqual(labels);
    for (const label of labels) expect((error as RelataError).message).toContain(label);
  });

  it.each([
    ['', '', 0],
    ['abc', 'abc', 0],
    ['kitten', 'sitting', 3],
    ['allemange', 'allemagne', 2],
  ])('editDistance(%j, %j) = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});

describe('KnowledgeGraph.neighbors', () => {
  const names = (n: { label: string; depth: number }[]) => n.map((x) => `${x.label}@${x.depth}`);
  it('follows edges out, in or both ways, to a depth, by predicate', () => {
    expect(names(kg.neighbors('Germany', { direction: 'out' }))).toEqual(['Leopard 2@1', 'NATO@1', 'Ukraine@1']);
    expect(names(kg.neighbors('Germany', { direction: 'in' }))).toEqual(['France@1']);
    expect(names(kg.neighbors('Germany'))).toEqual(['France@1', 'Leopard 2@1', 'NATO@1', 'Ukraine@1']);
    expect(names(kg.neighbors('Germany', { depth: 2 }))).toEqual([
      'France@1',
      'Leopard 2@1',
      'NATO@1',
      'Ukraine@1',
      'Russia@2',
      'Volodymyr Zelensky@2',
    ]);
    expect(names(kg.neighbors('OTAN', { direction: 'in', predicates: ['member_of'] }))).toEqual([
      'France@1',
      'Germany@1',
    ]);
    const [france] = kg.neighbors('Germany', { direction: 'in' });
    expect(france.via).toEqual({
      edge: 'country:france|sanctions|country:germany',
      predicate: 'sanctions',
      from: 'country:germany',
      to: 'country:france',
      direction: 'in',
    });
  });
  it('throws E_NOT_FOUND for an unknown start', () => {
    expect(() => kg.neighbors('Atlantis')).toThrow(
      expect.objectContaining({ code: 'E_NOT_FOUND', message: expect.stringMatching(/no entity "Atlantis"/) }),
    );
  });
});

describe('KnowledgeGraph.paths', () => {
  const show = (p: { edge: string; direction: string }[]) =>
    p.map((s) => `${s.edge}${s.direction === 'in' ? '<' : '>'}`).join(' ');
  it('finds the shortest path and all simple paths up to maxLength', () => {
    const result = kg.paths('Zelensky', 'Ukraine', { maxLength: 3 });
    expect(result.shortest?.length).toBe(3);
    expect(result.paths.map(show)).toEqual([
      'person:volodymyr-zelensky|thanks|country:france> country:france|sanctions|country:germany> country:germany|supplies|country:ukraine>',
      'person:volodymyr-zelensky|thanks|country:france> country:france|sanctions|country:russia> country:russia|attacks|country:ukraine>',
    ]);
    expect(show(result.shortest!)).toBe(result.paths.map(show)[0]);
    expect(kg.paths('Zelensky', 'Ukraine', { maxLength: 2 }).paths).toEqual([]);
    expect(kg.paths('Zelensky', 'Ukraine', { maxLength: 2 }).shortest?.length).toBe(3); // shortest ignores maxLength
  });
  it('walks both ways by default, forwards only on request, and filters predicates', () => {
    expect(kg.paths('Ukraine', 'Russia', { maxLength: 1 }).paths.map(show)).toEqual([
      'country:russia|attacks|country:ukraine<',
    ]);
    expect(kg.paths('Ukraine', 'Russia', { direction: 'out' })).toEqual({
      shortest: null,
      paths: [],
      truncated: false,
    });
    expect(kg.paths('Germany', 'France', { maxLength: 2, predicates: ['member_of'] }).paths.map(show)).toEqual([
      'country:germany|member_of|organization:nato> country:france|member_of|organization:nato<',
    ]);
  });
  it('bounds the list with limit', () => {
    const r = kg.paths('Germany', 'NATO', { maxLength: 4, limit: 2 });
    expect(r.paths).toHaveLength(2);
    expect(r.truncated).toBe(true);
    expect(r.paths.map((p) => p.length)).toEqual([1, 1]);
  });
});

describe('KnowledgeGraph.subgraph', () => {
  it('keeps edges passing the spec, with the documents and sentences they cite, re-derived', () => {
    const spec: FilterSpec = { modalities: ['asserted'], predicates: ['supplies', 'attacks', 'sanctions'] };
    const sub = kg.subgraph(spec);
    expect(spo(sub.match())).toEqual([
      'France sanctions Russia',
      'Germany supplies Leopard 2',
      'Germany supplies Ukraine',
    ]);
    expect(sub.graph.getAttribute('documents').map((d) => d.id)).toEqual([
      'en/berlin-tanks.txt',
      'en/sanctions.txt',
      'fr/chars.txt',
    ]);
    expect(sub.graph.getAttribute('sentences').map((s) => s.id)).toEqual([
      'en/berlin-tanks.txt#0',
      'en/sanctions.txt#0',
      'fr/chars.txt#0',
    ]);
    expect(sub.entity('Germany').aliases).toEqual([
      { text: 'Allemagne', language: 'fr', count: 1 },
      { text: 'Germany', language: 'en', count: 1 },
    ]);
    expect(sub.graph.getNodeAttribute('country:russia', 'docs')).toEqual(['en/sanctions.txt']);
    expect(serializeGraph(graph)).toBe(before); // the source is untouched
  });
  it('filters by types, dates, documents, minEvidence and minDocs like the viewer', () => {
    const edges = (spec: FilterSpec) => spo(kg.subgraph(spec).match());
    expect(edges({ types: ['Country'] })).toEqual([
      'France sanctions Germany',
      'France sanctions Russia',
      'Germany supplies Ukraine',
      'Russia attacks Ukraine',
    ]);
    expect(edges({ from: '2024-03', to: '2024-03' })).toEqual([
      'France member_of NATO',
      'France sanctions Germany',
      'France sanctions Russia',
      'Germany member_of NATO',
    ]);
    expect(edges({ docs: ['fr/merci.txt'] })).toEqual(['Volodymyr Zelensky thanks France']);
    expect(edges({ minEvidence: 2 })).toEqual(['Germany supplies Ukraine', 'Russia attacks Ukraine']);
    expect(edges({ minDocs: 2, modalities: ['asserted'] })).toEqual(['Germany supplies Ukraine']);
    const slice = kg.subgraph({ from: '2024-02' });
    expect(slice.graph.getEdgeAttributes('country:germany|supplies|country:ukraine')).toMatchObject({
      weight: 1,
      docCount: 1,
      firstDate: '2024-02-03',
      lastDate: '2024-02-03',
    });
  });
});

describe('KnowledgeGraph.top', () => {
  it('ranks by degree, evidence or pagerank, by type, deterministically', () => {
    expect(kg.top({ limit: 3 }).map((r) => `${r.label}:${r.score}`)).toEqual(['Germany:5', 'France:4', 'NATO:3']);
    expect(kg.top({ by: 'evidence', limit: 2 }).map((r) => `${r.label}:${r.score}`)).toEqual(['Germany:6', 'France:4']);
    expect(kg.top({ type: 'Person' }).map((r) => r.label)).toEqual(['Volodymyr Zelensky']);
    const ranks = kg.top({ by: 'pagerank', limit: 8 });
    expect(ranks[0].label).toBe('Ukraine'); // four evidence sentences point at it
    expect(ranks).toEqual(kg.top({ by: 'pagerank', limit: 8 }));
    expect(ranks.reduce((n, r) => n + r.score, 0)).toBeCloseTo(1, 3);
  });
});
