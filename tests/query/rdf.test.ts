import { describe, expect, it } from 'vitest';
import { KnowledgeGraph } from '../../src/knowledge-graph.ts';
import { rdfStore, sparql } from '../../src/query/index.ts';
import { richGraph } from './fixture.ts';

const graph = richGraph();
const kg = new KnowledgeGraph(graph);
const store = rdfStore(graph);

describe('sparql', () => {
  it('gives the same rows as the pattern language', () => {
    const pattern = kg
      .query('?x supplies ?item . ?x member_of NATO')
      .rows.map((r) => [r.bindings.x.label, r.bindings.item.label]);
    const select = sparql(
      store,
      `SELECT ?x ?item WHERE {
         ?xe rel:supplies ?ie . ?xe rel:member_of ent:organization:nato .
         ?xe skos:prefLabel ?x . ?ie skos:prefLabel ?item
       } ORDER BY ?x ?item`,
    );
    expect(select.variables).toEqual(['x', 'item']);
    expect(select.rows.map((r) => [r.x, r.item])).toEqual(pattern);
    expect(pattern).toEqual([
      ['Germany', 'Leopard 2'],
      ['Germany', 'Ukraine'],
    ]);

    const giver = sparql(
      store,
      'SELECT ?label WHERE { ?x rel:supplies ?u . ?u rdfs:label "Ukraine"@en . ?x skos:prefLabel ?label }',
    );
    expect(giver.rows).toEqual(kg.query('?x supplies Ukraine').rows.map((r) => ({ label: r.bindings.x.label })));
  });

  it('asserts facts only; every edge is a reified statement with its modality and evidence', () => {
    expect(sparql(store, 'ASK { ent:country:france rel:sanctions ent:country:germany }').boolean).toBe(false); // negated
    expect(sparql(store, 'ASK { ent:country:france rel:sanctions ent:country:russia }').boolean).toBe(true);
    const statements = sparql(
      store,
      `SELECT ?s ?o ?m (COUNT(?ev) AS ?n) WHERE {
         ?st a rdf:Statement ; rdf:subject ?s ; rdf:predicate rel:sanctions ; rdf:object ?o ; rel:modality ?m ; rel:evidence ?ev
       } GROUP BY ?s ?o ?m ORDER BY ?o`,
    );
    expect(statements.variables).toEqual(['s', 'o', 'm', 'n']);
    expect(statements.rows).toEqual([
      {
        s: 'https://relata.dev/id/entity/country:france',
        o: 'https://relata.dev/id/entity/country:germany',
        m: 'negated',
        n: '1',
      },
      {
        s: 'https://relata.dev/id/entity/country:france',
        o: 'https://relata.dev/id/entity/country:russia',
        m: 'asserted',
        n: '1',
      },
    ]);
    const text = sparql(
      store,
      `SELECT ?text ?date WHERE {
         ?st rdf:subject ent:country:germany ; rdf:predicate rel:supplies ; rdf:object ent:country:ukraine ; rel:evidence ?ev .
         ?ev prov:wasDerivedFrom ?s . ?s rel:text ?text ; dcterms:isPartOf ?d . ?d dcterms:date ?date
       } ORDER BY ?date`,
    );
    expect(text.rows).toEqual([
      { text: 'Germany supplies Leopard 2 tanks to Ukraine.', date: '2024-01-25' },
      { text: "L'Allemagne livre des chars à l'Ukraine.", date: '2024-02-03' },
    ]);
  });

  it('finds entities by alias in any language', () => {
    expect(sparql(store, 'SELECT ?e WHERE { ?e rdfs:label "Allemagne"@fr }').rows).toEqual([
      { e: 'https://relata.dev/id/entity/country:germany' },
    ]);
  });

  it('refuses other query forms and reports syntax errors as E_QUERY_SYNTAX', () => {
    expect(() => sparql(store, 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }')).toThrow(
      expect.objectContaining({ code: 'E_QUERY_SYNTAX' }),
    );
    expect(() => sparql(store, 'INSERT DATA { <a:b> <a:c> <a:d> }')).toThrow(
      expect.objectContaining({ code: 'E_QUERY_SYNTAX' }),
    );
    expect(() => sparql(store, 'SELECT ?x WHERE { ?x ')).toThrow(/relata\/query: SPARQL error at 1:/);
  });
});

describe('rdfStore({ provenance: false })', () => {
  it('holds entities, facts and statements, without evidence, sentences or documents', () => {
    const lean = rdfStore(graph, { provenance: false });
    expect(lean.size).toBeLessThan(store.size / 2);
    expect(sparql(lean, 'ASK { ?e a rel:Evidence }').boolean).toBe(false);
    expect(sparql(lean, 'ASK { ?d a rel:Document }').boolean).toBe(false);
    const q = 'SELECT ?s ?o WHERE { ?s rel:supplies ?o } ORDER BY ?s ?o';
    expect(sparql(lean, q)).toEqual(sparql(store, q));
  });
});
