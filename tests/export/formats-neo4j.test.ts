/**
 * The Neo4j exporters: the Cypher script, its literals read back by a reader of their subset and
 * the whole parsed by Neo4j's own Cypher 5 parser, and the neo4j-admin CSV tables, read back by
 * csv-parse, with typed headers and consistent ids.
 */
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { toCypher, toNeo4jAdmin } from '../../src/export/index.ts';
import { cypherLiteral } from '../../src/export/neo4j.ts';
import { csv, graph } from './formats-fixture.ts';

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
