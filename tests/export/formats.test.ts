/**
 * Every exporter, read back by a real parser: JSON and GraphML here, and the determinism of the
 * tables; CSV in formats-csv.test.ts, N-Triples and Turtle in formats-rdf.test.ts, Cypher and the
 * neo4j-admin tables in formats-neo4j.test.ts.
 */
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphML } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { toCSV, toGraphML, toJSON, toNeo4jAdmin } from '../../src/export/index.ts';
import { serializeGraph } from '../../src/graph/index.ts';
import { CORPUS, buildGraph } from '../graph/fixtures.ts';
import { SANCTIONS } from '../query/fixture.ts';
import { TRICKY, graph } from './formats-fixture.ts';
import { xmlErrors } from './helpers.ts';

describe('json', () => {
  it('imports back into graphology and re-serializes to the same bytes', () => {
    const back = new MultiDirectedGraph();
    back.import(JSON.parse(toJSON(graph)));
    expect(serializeGraph(back as never)).toBe(toJSON(graph));
  });
});

describe('graphml', () => {
  const xml = toGraphML(graph);
  it('is well-formed and parses back with typed attributes', () => {
    expect(xmlErrors(xml)).toEqual([]);
    const back = parseGraphML(MultiDirectedGraph, xml);
    expect([back.order, back.size]).toEqual([graph.order, graph.size]);
    expect(back.getNodeAttributes('equipment:at-t-kits')).toMatchObject({
      label: 'AT&T <kits>, "pro"',
      type: 'Equipment',
      mentions: 1,
      docCount: 1,
      docs: 'odd, "docs"/tricky.txt',
    });
    expect(back.getNodeAttribute('country:germany', 'aliases')).toBe('Allemagne@fr|Germany@en|Germany@fr'); // the odd document is French
    expect(typeof back.getNodeAttribute('country:germany', 'x')).toBe('number');
    const edge = back.edges().find((e) => back.getEdgeAttribute(e, 'predicate') === 'attacks')!;
    expect(back.getEdgeAttributes(edge)).toMatchObject({
      weight: 2,
      docCount: 2,
      evidence: 2,
      modality: 'reported',
      firstDate: '2024-01-25',
    });
    expect(xml).toContain('<key id="n_mentions" for="node" attr.name="mentions" attr.type="int"/>');
  });
});

describe('csv, graphml and neo4j tables are deterministic', () => {
  it('give the same bytes whatever the insertion order', () => {
    const again = buildGraph([TRICKY, SANCTIONS, CORPUS.fr1, CORPUS.en1]);
    expect(toCSV(again)).toEqual(toCSV(graph));
    expect(toNeo4jAdmin(again)).toEqual(toNeo4jAdmin(graph));
    expect(toGraphML(again)).toBe(toGraphML(graph));
  });
});
