/**
 * The CSV exporter (src/export/csv.ts), read back by csv-parse: nodes, edges and evidence in
 * RFC 4180, each cell quoted as needed, and cells a spreadsheet would run as formulas neutralised
 * (the Neo4j tables left raw).
 */
import { describe, expect, it } from 'vitest';
import { csvTable } from '../../src/export/csv.ts';
import { toCSV, toNeo4jAdmin } from '../../src/export/index.ts';
import { E, buildGraph, makeDoc } from '../graph/fixtures.ts';
import { csv, graph } from './formats-fixture.ts';

describe('csv', () => {
  const files = toCSV(graph);
  it('writes nodes.csv, edges.csv and evidence.csv in RFC 4180', () => {
    expect(Object.keys(files)).toEqual(['nodes.csv', 'edges.csv', 'evidence.csv']);
    for (const text of Object.values(files)) expect(text.endsWith('\r\n')).toBe(true);
    const nodes = csv(files['nodes.csv']);
    expect(nodes).toHaveLength(graph.order);
    expect(nodes.find((n) => n.key === 'equipment:at-t-kits')).toMatchObject({
      label: 'AT&T <kits>, "pro"',
      aliases: '"AT&T <kits>"@fr',
      mentions: '1',
    });
    const edges = csv(files['edges.csv']);
    expect(edges.map((e) => e.key)).toEqual(graph.edges().sort());
    expect(edges.find((e) => e.predicate === 'attacks')).toMatchObject({
      source_label: 'Russia',
      target_label: 'Ukraine',
      weight: '2',
      evidence: '2',
      modality: 'reported',
    });
    const evidence = csv(files['evidence.csv']);
    expect(evidence).toHaveLength(graph.edges().reduce((n, e) => n + graph.getEdgeAttribute(e, 'evidence').length, 0));
    const odd = evidence.find((e) => e.edge === 'country:germany|supplies|equipment:at-t-kits')!;
    expect(odd).toMatchObject({
      doc: 'odd, "docs"/tricky.txt',
      date: '2024-05',
      sentence: 'Germany supplies "AT&T <kits>", again\nto Ukraine \\ now.',
      modality: 'asserted',
    });
    // the provenance shape of extract and the API, spans flattened
    expect(Object.keys(odd)).toEqual([
      'edge',
      'doc',
      'date',
      'sentenceIndex',
      'start',
      'end',
      'language',
      'modality',
      'attributedTo',
      'rule',
      'cue',
      'confidence',
      'subjectStart',
      'subjectEnd',
      'objectStart',
      'objectEnd',
      'sentence',
    ]);
    expect(
      odd.sentence.slice(Number(odd.subjectStart) - Number(odd.start), Number(odd.subjectEnd) - Number(odd.start)),
    ).toBe('Germany');
  });
});

describe('csvTable cells', () => {
  it.each([
    ['plain', false, 'plain'],
    ['a,b', false, '"a,b"'],
    ['say "hi"', false, '"say ""hi"""'],
    ['line\nbreak', false, '"line\nbreak"'],
    ['carriage\rreturn', false, '"carriage\rreturn"'],
    ['=1+1', false, '=1+1'],
    ['=1+1', true, "'=1+1"],
    ['+33 1 23', true, "'+33 1 23"],
    ['-x', true, "'-x"],
    ['@SUM(A1)', true, "'@SUM(A1)"],
    ['\tindent', true, "'\tindent"],
    ['=HYPERLINK("x")', true, `"'=HYPERLINK(""x"")"`],
    [-3.5, true, '-3.5'],
    [12, true, '12'],
    [undefined, true, ''],
    [null, true, ''],
    ['', true, ''],
  ] as const)('%j (spreadsheet: %s) → %j', (value, spreadsheet, expected) => {
    // a one-column table: the header, then the one cell, each line ended by CRLF
    expect(csvTable(['cell'], [{ cell: value }], spreadsheet)).toBe(`cell\r\n${expected}\r\n`);
  });
});

describe('csv in a spreadsheet', () => {
  it('neutralises cells a spreadsheet would run as formulas, keeps numbers, and leaves the Neo4j tables raw', () => {
    const g = buildGraph([
      makeDoc(
        'f.txt',
        ['Germany condemned Russia.'],
        [[{ s: E.germany, p: 'condemns', o: E.russia, extra: { cue: '=HYPERLINK("http://evil.example")' } }]],
      ),
    ]);
    g.mergeNodeAttributes('country:germany', { label: '@SUM(1+1)', x: -3.5 });
    const files = toCSV(g);
    const node = csv(files['nodes.csv']).find((n) => n.key === 'country:germany')!;
    expect(node.label).toBe("'@SUM(1+1)");
    expect(node.x).toBe('-3.5');
    expect(csv(files['evidence.csv'])[0].cue).toBe('\'=HYPERLINK("http://evil.example")');
    const neo4j = Object.values(toNeo4jAdmin(g)).join('');
    expect(neo4j).toContain('@SUM(1+1)');
    expect(neo4j).not.toContain("'@SUM(1+1)");
  });
});
