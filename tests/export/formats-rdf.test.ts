/**
 * The RDF exporters (N-Triples and Turtle), read back by n3 and loaded into oxigraph: the same
 * triples in both syntaxes, language-tagged labels, types and tricky literals intact, deterministic.
 */
import { Parser } from 'n3';
import oxigraph from 'oxigraph';
import { describe, expect, it } from 'vitest';
import { rdfTriples, toNTriples, toTurtle } from '../../src/export/index.ts';
import { CORPUS, buildGraph } from '../graph/fixtures.ts';
import { SANCTIONS } from '../query/fixture.ts';
import { TRICKY, graph } from './formats-fixture.ts';

describe('ntriples and turtle', () => {
  const nt = toNTriples(graph);
  const ttl = toTurtle(graph);
  const key = (q: {
    subject: { value: string };
    predicate: { value: string };
    object: { termType: string; value: string; language?: string; datatype?: { value: string } };
  }) =>
    `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}@${q.object.language ?? ''}^${q.object.datatype?.value ?? ''}`;

  it('parse back with n3 to the same triples', () => {
    const fromNt = new Parser({ format: 'N-Triples' }).parse(nt).map(key);
    const fromTtl = new Parser({ format: 'Turtle' }).parse(ttl).map(key);
    expect(fromNt).toHaveLength(rdfTriples(graph).length);
    expect(new Set(fromNt).size).toBe(fromNt.length);
    expect([...fromTtl].sort()).toEqual([...fromNt].sort());
  });

  it('carry language-tagged labels for every alias, types, and the tricky literals intact', () => {
    const quads = new Parser({ format: 'N-Triples' }).parse(nt);
    const labels = quads.filter(
      (q) =>
        q.subject.value === 'https://relata.dev/id/entity/country:germany' &&
        q.predicate.value.endsWith('rdf-schema#label'),
    );
    expect(labels.map((q) => `${q.object.value}@${q.object.language}`)).toEqual([
      'Germany@en',
      'Allemagne@fr',
      'Germany@fr',
    ]);
    expect(
      quads.some(
        (q) =>
          q.subject.value.endsWith('entity/country:germany') &&
          q.object.value === 'https://relata.dev/ontology#Country',
      ),
    ).toBe(true);
    const texts = quads
      .filter((q) => q.predicate.value === 'https://relata.dev/ontology#text')
      .map((q) => q.object.value);
    expect(texts).toContain('Germany supplies "AT&T <kits>", again\nto Ukraine \\ now.');
    const title = quads.find(
      (q) => q.predicate.value === 'http://purl.org/dc/terms/title' && q.object.value.startsWith('Odd'),
    );
    expect(title?.object.value).toBe('Odd, "quoted"\ntitle');
    const date = quads.find(
      (q) => q.predicate.value === 'http://purl.org/dc/terms/date' && q.object.value === '2024-05',
    );
    expect(date?.object.datatype?.value).toBe('http://www.w3.org/2001/XMLSchema#gYearMonth');
  });

  it('load into oxigraph in both syntaxes', () => {
    const a = new oxigraph.Store();
    a.load(nt, { format: 'application/n-triples' });
    const b = new oxigraph.Store();
    b.load(ttl, { format: 'text/turtle' });
    expect(a.size).toBe(rdfTriples(graph).length);
    expect(b.size).toBe(a.size);
  });

  it('are deterministic', () => {
    expect(toNTriples(buildGraph([TRICKY, SANCTIONS, CORPUS.fr1, CORPUS.en1]))).toBe(nt);
  });
});
