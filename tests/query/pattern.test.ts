import { describe, expect, it } from 'vitest';
import { RelataError } from '../../src/errors.ts';
import { KnowledgeGraph } from '../../src/knowledge-graph.ts';
import { parsePattern, type QueryOptions } from '../../src/query/index.ts';
import { richGraph } from './fixture.ts';

/** `?x supplies Ukraine` → `?x supplies "Ukraine"`: the AST, compactly. */
const show = (text: string) =>
  parsePattern(text)
    .patterns.map((p) =>
      [p.subject, p.predicate, p.object]
        .map((t) => (t.kind === 'variable' ? `?${t.name}` : t.kind === 'name' ? JSON.stringify(t.value) : t.value))
        .join(' '),
    )
    .join(' . ');

describe('parsePattern: good input', () => {
  const cases: [string, string][] = [
    ['?giver supplies Ukraine', '?giver supplies "Ukraine"'],
    ['Germany ?rel ?x', '"Germany" ?rel ?x'],
    ['?x supplies ?item . ?x member_of NATO', '?x supplies ?item . ?x member_of "NATO"'],
    ['?x supplies ?item. ?x member_of NATO.', '?x supplies ?item . ?x member_of "NATO"'], // dots glued to terms
    ['"European Union" sanctions ?who', '"European Union" sanctions ?who'],
    ["?x supplies 'air defence'", '?x supplies "air defence"'],
    ["l'Allemagne supports l'OTAN", `"l'Allemagne" supports "l'OTAN"`], // apostrophes inside bare words
    ['"say \\"hi\\"" thanks ?x', '"say \\"hi\\"" thanks ?x'],
    ['  ?x   SUPPLIES\tUkraine \n', '?x supplies "Ukraine"'], // case and spacing
    ['?x member-of OTAN', '?x member_of "OTAN"'],
    ['country:germany supplies ?x', '"country:germany" supplies ?x'],
    ['?é supplies ?x_2', '?é supplies ?x_2'],
  ];
  it.each(cases)('%j', (text, expected) => {
    expect(show(text)).toBe(expected);
  });

  it('records variables in order of appearance, and which bind entities', () => {
    const q = parsePattern('Germany ?rel ?x . ?x ?rel2 ?y . ?y supports ?x');
    expect(q.variables).toEqual(['rel', 'x', 'rel2', 'y']);
    expect(q.entityVariables).toEqual(['x', 'y']);
    expect(q.patterns[0].subject).toEqual({ kind: 'name', value: 'Germany', pos: 0 });
  });
});

describe('parsePattern: bad input, with a caret', () => {
  const cases: [string, number, RegExp][] = [
    ['', 0, /empty query/],
    ['   ', 0, /empty query/],
    ['?x suplies Ukraine', 3, /unknown predicate "suplies"; did you mean supplies\?/],
    ['?x loves Ukraine', 3, /unknown predicate "loves"; predicates: supplies, pledges/],
    ['?x "supplies" Ukraine', 3, /unknown predicate/],
    ['?x supplies', 11, /expected an object/],
    ['?x', 2, /expected a relation/],
    ['?x supplies Ukraine ?y', 20, /expected "\." between patterns/],
    ['?x supplies Ukraine . . ?x', 22, /expected a subject/],
    ['? supplies Ukraine', 0, /variable needs a name/],
    ['?x supplies "Ukraine', 12, /unterminated string/],
    ['?x supplies ""', 12, /empty name/],
    ['?x supplies ?r . Germany ?x NATO', 25, /\?x is used both as an entity and as a relation/],
  ];
  it.each(cases)('%j fails at %i', (text, position, message) => {
    let error: unknown;
    try {
      parsePattern(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RelataError);
    const e = error as RelataError;
    expect(e.code).toBe('E_QUERY_SYNTAX');
    expect(e.details.position).toBe(position);
    expect(e.message).toMatch(message);
    const lines = e.message.split('\n');
    expect(lines[1]).toBe(`  ${text.replace(/[\t\n]/g, ' ')}`);
    expect(lines[2]).toBe(`  ${' '.repeat(position)}^`);
  });
});

describe('KnowledgeGraph.query', () => {
  const kg = new KnowledgeGraph(richGraph());
  const rows = (text: string, options: QueryOptions = {}) =>
    kg.query(text, options).rows.map((r) => [...Object.values(r.bindings).map((b) => b.label), r.evidence].join(' '));

  const cases: [string, QueryOptions, string[]][] = [
    ['?giver supplies Ukraine', {}, ['Germany 2']],
    ['?x attacks Ukraine', {}, ['Russia 2']],
    ['?x attacks Ukraine', { modality: 'reported' }, ['Russia 1']],
    ['?x attacks Ukraine', { modality: 'asserted' }, []],
    ['Allemagne ?rel ?x', {}, ['member_of NATO 1', 'supplies Leopard 2 1', 'supplies Ukraine 2', 'supports NATO 1']],
    ['Germany ?rel ?x', { from: '2024-02', to: '2024-02' }, ['supplies Ukraine 1', 'supports NATO 1']],
    ['?x supplies ?item . ?x member_of OTAN', {}, ['Germany Leopard 2 2', 'Germany Ukraine 3']],
    ['?x member_of NATO . ?x sanctions ?y', {}, ['France Germany 2', 'France Russia 2']],
    ['?x member_of NATO . ?x sanctions ?y', { modality: ['asserted'] }, ['France Russia 2']],
    [
      '?a ?p ?b . ?b ?q ?c',
      { limit: 3 },
      [
        'France sanctions Germany member_of NATO 2',
        'France sanctions Germany supplies Leopard 2 2',
        'France sanctions Germany supplies Ukraine 3',
      ],
    ],
    ['?x ?p NATO', { type: 'Country' }, ['France member_of 1', 'Germany member_of 1', 'Germany supports 1']],
    ['?x ?p ?y', { type: 'Person' }, ['Volodymyr Zelensky thanks France 1']],
    ['?x supports ?x', {}, []],
    ['Germany supplies Ukraine', {}, ['2']], // no variables: one empty row when the edge exists
    ['Ukraine supplies Germany', {}, []],
    ['?x thanks France . ?x thanks France', {}, ['Volodymyr Zelensky 2']],
  ];
  it.each(cases)('%j %j', (text, options, expected) => {
    expect(rows(text, options)).toEqual(expected);
  });

  it('reports totals, edges and (on request) the counted sentences', () => {
    const result = kg.query('?x supplies ?item . ?x member_of NATO', { limit: 1, evidence: true });
    expect(result.total).toBe(2);
    expect(result.variables).toEqual(['x', 'item']);
    expect(result.rows[0].edges).toEqual([
      'country:germany|supplies|equipment:leopard-2',
      'country:germany|member_of|organization:nato',
    ]);
    expect(result.rows[0].sentences?.map((s) => s.sentence)).toEqual([
      'Germany supplies Leopard 2 tanks to Ukraine.',
      'Germany is a member of NATO.',
    ]);
    expect(result.rows[0].bindings.x).toEqual({ key: 'country:germany', label: 'Germany', type: 'Country' });
  });

  it('throws E_NOT_FOUND with suggestions for an unknown name', () => {
    expect(() => kg.query('?x supplies Ukriane')).toThrow(
      expect.objectContaining({
        code: 'E_NOT_FOUND',
        message: expect.stringMatching(/no entity "Ukriane"; did you mean Ukraine\?/),
      }),
    );
  });

  it('slices the graph to the edges a query binds', () => {
    const slice = kg.slice('?x member_of NATO . ?x sanctions ?y', { modality: 'asserted' });
    expect(slice.match().map((r) => `${r.subject} ${r.predicate} ${r.object}`)).toEqual([
      'France member_of NATO',
      'France sanctions Russia',
    ]);
    expect(slice.graph.getAttribute('documents').map((d) => d.id)).toEqual(['en/sanctions.txt']);
  });
});
