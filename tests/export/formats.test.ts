/** Every exporter, read back by a real parser. */
import { parse as parseCSV } from 'csv-parse/sync';
import { MultiDirectedGraph } from 'graphology';
import { parse as parseGraphML } from 'graphology-graphml';
import { Parser } from 'n3';
import oxigraph from 'oxigraph';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import {
  rdfTriples,
  toCSV,
  toCypher,
  toGraphML,
  toJSON,
  toNTriples,
  toNeo4jAdmin,
  toTurtle,
} from '../../src/export/index.ts';
import { csvTable } from '../../src/export/csv.ts';
import { cypherLiteral } from '../../src/export/neo4j.ts';
import { serializeGraph } from '../../src/graph/index.ts';
import { E, buildGraph, makeDoc, CORPUS } from '../graph/fixtures.ts';
import { SANCTIONS } from '../query/fixture.ts';
import { xmlErrors } from './helpers.ts';

/** Labels and sentences with commas, quotes, newlines, backslashes, markup and accents. */
const TRICKY = makeDoc(
  'odd, "docs"/tricky.txt',
  [
    'Germany supplies "AT&T <kits>", again\nto Ukraine \\ now.',
    "L'Allemagne livre l'IRIS-T à l'Ukraine ; c'est 'fait'.",
  ],
  [
    [
      {
        s: E.germany,
        p: 'supplies',
        o: { id: 'equipment:at-t-kits', label: 'AT&T <kits>, "pro"', type: 'Equipment' },
        oText: '"AT&T <kits>"',
      },
    ],
    [
      {
        s: E.germany,
        sText: 'Allemagne',
        p: 'supplies',
        o: { id: 'equipment:iris-t', label: "IRIS-T 'SLM'", type: 'Equipment' },
        oText: 'IRIS-T',
      },
    ],
  ],
  { date: '2024-05', title: 'Odd, "quoted"\ntitle', language: 'fr' },
);
const graph = buildGraph([CORPUS.en1, CORPUS.fr1, SANCTIONS, TRICKY]);
const csv = (text: string) => parseCSV(text, { columns: true }) as Record<string, string>[];

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

describe('csv, graphml and neo4j tables are deterministic', () => {
  it('give the same bytes whatever the insertion order', () => {
    const again = buildGraph([TRICKY, SANCTIONS, CORPUS.fr1, CORPUS.en1]);
    expect(toCSV(again)).toEqual(toCSV(graph));
    expect(toNeo4jAdmin(again)).toEqual(toNeo4jAdmin(graph));
    expect(toGraphML(again)).toBe(toGraphML(graph));
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

/** A reader for the Cypher literal subset the exporter writes: strings, numbers, null, booleans, lists, maps. */
function readCypherLiteral(text: string): unknown {
  let i = 0;
  const space = () => {
    while (/\s/.test(text[i] ?? '')) i++;
  };
  const value = (): unknown => {
    space();
    const c = text[i];
    if (c === "'") {
      let out = '';
      for (i++; text[i] !== "'"; i++) {
        if (i >= text.length) throw new Error('unterminated string');
        if (text[i] !== '\\') {
          out += text[i];
          continue;
        }
        const e = text[++i];
        if (e === 'u') {
          out += String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16));
          i += 4;
        } else
          out +=
            ({ n: '\n', r: '\r', t: '\t', '\\': '\\', "'": "'", '"': '"' } as Record<string, string>)[e] ??
            (() => {
              throw new Error(`bad escape \\${e}`);
            })();
      }
      i++;
      return out;
    }
    if (c === '[' || c === '{') {
      const close = c === '[' ? ']' : '}';
      const list: unknown[] = [];
      const map: Record<string, unknown> = {};
      i++;
      for (space(); text[i] !== close; space()) {
        if (c === '{') {
          const k = /^(\w+|`[^`]*`)\s*:/.exec(text.slice(i))!;
          i += k[0].length;
          map[k[1].replace(/^`|`$/g, '')] = value();
        } else list.push(value());
        space();
        if (text[i] === ',') i++;
      }
      i++;
      return c === '[' ? list : map;
    }
    const atom = /^(-?\d+(\.\d+)?|null|true|false)/.exec(text.slice(i))![0];
    i += atom.length;
    return atom === 'null' ? null : atom === 'true' ? true : atom === 'false' ? false : Number(atom);
  };
  const out = value();
  space();
  if (i !== text.length) throw new Error(`trailing text at ${i}`);
  return out;
}

describe('cypher', () => {
  it.each([
    'plain',
    "l'Ukraine",
    'back\\slash',
    'line\nbreak\r\ttab',
    'quote "double"',
    '\u0001control\u2028sep',
    'AT&T <kits>, "pro"',
  ])('escapes %j so that it reads back', (s) => {
    expect(readCypherLiteral(cypherLiteral(s))).toBe(s);
  });

  const script = toCypher(graph);
  const statements = script
    .split(/;\n/)
    .map((s) => s.replace(/^\/\/.*\n/gm, '').trim())
    .filter(Boolean);

  it('writes constraints, then UNWIND … MERGE batches whose literals read back', () => {
    expect(statements.slice(0, 3).every((s) => s.startsWith('CREATE CONSTRAINT'))).toBe(true);
    const unwinds = statements.slice(3).map((s) => /^UNWIND (\[[\s\S]*\]) AS row\n(MERGE|MATCH)/.exec(s));
    expect(unwinds.every(Boolean)).toBe(true);
    const rows = unwinds.flatMap((m) => readCypherLiteral(m![1]) as Record<string, unknown>[]);
    expect(rows.filter((r) => 'mentions' in r)).toHaveLength(graph.order);
    expect(rows.filter((r) => 'props' in r)).toHaveLength(graph.size);
    expect(rows).toContainEqual(
      expect.objectContaining({ key: 'equipment:at-t-kits', label: 'AT&T <kits>, "pro"', type: 'Equipment' }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({
        id: 'odd, "docs"/tricky.txt#0',
        text: 'Germany supplies "AT&T <kits>", again\nto Ukraine \\ now.',
      }),
    );
    expect(script).toContain('MERGE (s)-[r:MEMBER_OF]->(o)');
    expect(script).toContain('SET n:Equipment, n += row');
  });

  it("parses with Neo4j's own Cypher 5 parser, tricky literals included (which finds errors: a broken script as a control)", () => {
    expect(lintCypherQuery(script, {})).toEqual([]);
    expect(lintCypherQuery(script.replace('AS row', 'AS'), {}).length).toBeGreaterThan(0);
  });
});

describe('neo4j-admin CSV', () => {
  const files = toNeo4jAdmin(graph);
  it('writes typed headers and consistent ids', () => {
    expect(Object.keys(files)).toEqual([
      'entities.csv',
      'relations.csv',
      'documents.csv',
      'sentences.csv',
      'in_document.csv',
    ]);
    const header = (name: string) => files[name].split('\r\n')[0];
    expect(header('entities.csv')).toBe('key:ID(Entity),label,type,aliases:string[],mentions:int,docs:string[],:LABEL');
    expect(header('relations.csv')).toMatch(/^:START_ID\(Entity\),:END_ID\(Entity\),:TYPE,key,/);
    expect(header('in_document.csv')).toBe(':START_ID(Sentence),:END_ID(Document),:TYPE');
    const entities = csv(files['entities.csv']);
    const ids = new Set(entities.map((e) => e['key:ID(Entity)']));
    const relations = csv(files['relations.csv']);
    expect(relations).toHaveLength(graph.size);
    for (const r of relations) expect(ids.has(r[':START_ID(Entity)']) && ids.has(r[':END_ID(Entity)'])).toBe(true);
    expect(entities.find((e) => e['key:ID(Entity)'] === 'country:germany')).toMatchObject({
      ':LABEL': 'Entity;Country',
      'aliases:string[]': 'Allemagne;Germany',
    });
    expect(relations.find((r) => r.key === 'country:russia|attacks|country:ukraine')).toMatchObject({
      ':TYPE': 'ATTACKS',
      'weight:int': '2',
      'modalities:string[]': 'reported;hypothetical',
    });
    const docs = new Set(csv(files['documents.csv']).map((d) => d['id:ID(Document)']));
    for (const link of csv(files['in_document.csv'])) expect(docs.has(link[':END_ID(Document)'])).toBe(true);
  });
});
