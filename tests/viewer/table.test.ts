import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTER, visibleEdges } from '../../viewer/src/logic/filters.ts';
import { computeMetrics, roundMetric } from '../../viewer/src/logic/metrics.ts';
import {
  COLUMNS,
  decodeTableState,
  DEFAULT_TABLE_STATE,
  encodeTableState,
  nextSort,
  pageOf,
  searchRows,
  sortRows,
  tableCsv,
  tableRows,
  TABLE_STATE_KEYS,
  type Row,
  type Sort,
  type TableState,
} from '../../viewer/src/logic/table.ts';
import { loadFixture } from './fixture.ts';

const { graph, index } = loadFixture();
const visibility = visibleEdges(graph, DEFAULT_FILTER, index);
const entities = tableRows('entities', graph, visibility, 'en');
const relations = tableRows('relations', graph, visibility, 'en');
const cellsOf = (rows: Row[], id: string) => rows.find((row) => row.id === id)?.cells;
const column = (rows: Row[], i: number) => rows.map((row) => row.cells[i]);

describe('tableRows', () => {
  it('lists the visible relations with their counts and dates', () => {
    expect(relations).toHaveLength(visibility.edges.size);
    expect(cellsOf(relations, 'country:germany|supplies|country:ukraine')).toEqual([
      'Germany',
      'supplies',
      'Ukraine',
      'asserted',
      3,
      3,
      '2024-08-12',
      '2024-09-15',
    ]);
    // hypothetical: hidden by the default filter
    expect(cellsOf(relations, 'country:russia|threatens|country:germany')).toBeUndefined();
  });

  it('lists the entities the visible relations touch, with their visible degree', () => {
    expect(entities.map((row) => row.id).sort()).toEqual(
      [...new Set([...visibility.edges].flatMap((edge) => graph.extremities(edge)))].sort(),
    );
    // aliases other than the label, each once
    expect(cellsOf(entities, 'country:germany')).toEqual([
      'Germany',
      'Country',
      'Allemagne | German',
      5,
      4,
      '',
      '',
      '',
      '',
      '',
    ]);
    expect(cellsOf(entities, 'country:ukraine')).toEqual(['Ukraine', 'Country', '', 5, 4, '', '', '', '', '']);
  });

  it("adds the graph's metrics, once known, rounded as shown", () => {
    const metrics = computeMetrics(graph);
    const withMetrics = tableRows('entities', graph, visibility, 'en', metrics);
    const germany = metrics['country:germany']!;
    // in- and out-degree count every relation (the threatens of Russia included), not only the visible ones
    expect(cellsOf(withMetrics, 'country:germany')).toEqual([
      'Germany',
      'Country',
      'Allemagne | German',
      5,
      4,
      2,
      4,
      roundMetric(germany.pagerank),
      roundMetric(germany.betweenness!),
      germany.community,
    ]);
    expect(withMetrics.map((row) => row.cells.slice(0, 5))).toEqual(entities.map((row) => row.cells.slice(0, 5)));
    expect(tableRows('relations', graph, visibility, 'en', metrics)).toEqual(relations);
  });

  it('names types, predicates and modalities in the language asked', () => {
    const fr = tableRows('relations', graph, visibility, 'fr');
    expect(cellsOf(fr, 'country:france|supplies|country:ukraine')!.slice(0, 4)).toEqual([
      'France',
      'fournit',
      'Ukraine',
      'rapporté',
    ]);
    expect(cellsOf(tableRows('entities', graph, visibility, 'fr'), 'person:olaf-scholz')![1]).toBe('Personne');
  });

  it('follows the filters', () => {
    const people = visibleEdges(graph, { ...DEFAULT_FILTER, types: ['Person', 'Event', 'Organization'] }, index);
    expect(tableRows('relations', graph, people, 'en').map((row) => row.id)).toEqual([
      'person:jens-stoltenberg|chairs|event:vilnius-summit',
      'person:jens-stoltenberg|leads|organization:nato',
      'person:olaf-scholz|meets|person:volodymyr-zelensky',
    ]);
    expect(tableRows('entities', graph, people, 'en').map((row) => row.cells[0])).toEqual([
      'Vilnius summit',
      'NATO',
      'Jens Stoltenberg',
      'Olaf Scholz',
      'Volodymyr Zelensky',
    ]);
    expect(tableRows('entities', graph, { nodes: new Set(), edges: new Set() }, 'en')).toEqual([]);
  });
});

describe('sortRows', () => {
  const rows = (cells: [string, number][]): Row[] =>
    cells.map(([text, n], i) => ({ id: String(i), cells: [text, n], text: '' }));
  const columns = [
    { key: 'label', title: 'colLabel', numeric: false },
    { key: 'degree', title: 'colDegree', numeric: true },
  ] as const;
  const sample = rows([
    ['b', 10],
    ['É', 2],
    ['a', 2],
    ['c', 10],
    ['e', 9],
  ]);
  const ids = (sort: Sort) =>
    sortRows(sample, columns, sort, 'fr')
      .map((row) => row.id)
      .join('');

  it.each([
    // accents after the plain letter, as French orders them
    [{ column: 0, descending: false }, '20341'],
    [{ column: 0, descending: true }, '14302'],
    // numbers numerically (10 after 9), ties in their first order both ways
    [{ column: 1, descending: false }, '12403'],
    [{ column: 1, descending: true }, '03412'],
  ] as const)('%j → %s', (sort, expected) => {
    expect(ids(sort)).toBe(expected);
  });

  it('leaves its input alone', () => {
    sortRows(sample, columns, { column: 1, descending: true }, 'en');
    expect(sample.map((row) => row.id).join('')).toBe('01234');
  });

  it.each([
    [null, 2, { column: 2, descending: false }],
    [{ column: 2, descending: false }, 2, { column: 2, descending: true }],
    [{ column: 2, descending: true }, 2, { column: 2, descending: false }],
    [{ column: 2, descending: true }, 0, { column: 0, descending: false }],
  ] as const)('nextSort(%j, %d) → %j', (sort, clicked, expected) => {
    expect(nextSort(sort, clicked)).toEqual(expected);
  });

  it('sorts by PageRank, blanks (metrics not yet known) as 0', () => {
    const withMetrics = tableRows('entities', graph, visibility, 'en', computeMetrics(graph));
    expect(sortRows(withMetrics, COLUMNS.entities, { column: 7, descending: true }, 'en')[0]!.id).toBe(
      'country:russia',
    );
    expect(sortRows(entities, COLUMNS.entities, { column: 7, descending: true }, 'en')).toEqual(entities);
  });

  it('sorts real rows by degree', () => {
    const sorted = sortRows(entities, COLUMNS.entities, { column: 3, descending: true }, 'en');
    // a tie keeps the graph's order
    expect(sorted.slice(0, 2).map((row) => row.cells[0])).toEqual(['Germany', 'Ukraine']);
    expect(column(sorted, 3)).toEqual([...column(entities, 3)].sort((a, b) => (b as number) - (a as number)));
  });
});

describe('searchRows', () => {
  it.each([
    ['', entities.length],
    ['   ', entities.length],
    ['allemagne', 1],
    ['ALLEMAGNE', 1],
    ['union europeenne', 1],
    ['country', 4],
    ['zzz', 0],
  ] as const)('entities %j → %d rows', (query, count) => {
    expect(searchRows(entities, query)).toHaveLength(count);
  });

  it('ignores accents and case in any cell, numbers and dates included', () => {
    const fr = tableRows('relations', graph, visibility, 'fr');
    expect(searchRows(fr, 'RAPPORTE').map((row) => row.id)).toEqual(['country:france|supplies|country:ukraine']);
    expect(searchRows(fr, 'rapporté')).toHaveLength(1);
    expect(searchRows(relations, '2024-09-15').length).toBeGreaterThan(1);
    expect(searchRows(relations, 'supplies').every((row) => row.cells[1] === 'supplies')).toBe(true);
  });

  it('does not match across cells', () => {
    expect(searchRows(relations, 'Germany supplies')).toEqual([]);
  });
});

describe('tableCsv', () => {
  const row = (cells: (string | number)[]): Row => ({ id: 'x', cells, text: '' });

  it('writes a header in the language asked and every row given, RFC 4180', () => {
    expect(
      tableCsv(
        [row(['Germany', 'Country', 'Allemagne | German', 4, 4, 2, 4, 0.0719, 0.127, 1])],
        COLUMNS.entities,
        'en',
      ),
    ).toBe(
      'Label,Type,Aliases,Degree,Documents,In-degree,Out-degree,PageRank,Betweenness,Community\r\nGermany,Country,Allemagne | German,4,4,2,4,0.0719,0.127,1\r\n',
    );
    expect(tableCsv([], COLUMNS.entities, 'fr')).toBe(
      'Libellé,Type,Alias,Degré,Documents,Degré entrant,Degré sortant,PageRank,Intermédiarité,Communauté\r\n',
    );
  });

  it.each([
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+33', "'+33"],
    ['-x', "'-x"],
    ['@sum', "'@sum"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['ok', 'ok'],
  ])('%j → %s', (label, field) => {
    expect(tableCsv([row([label, '', '', 1, 2, '', '', '', '', ''])], COLUMNS.entities, 'en').split('\r\n')[1]).toBe(
      `${field},,,1,2,,,,,`,
    );
  });
});

describe('COLUMNS', () => {
  it.each(Object.entries(COLUMNS))('%s: keys unique and URL-safe', (_, columns) => {
    const keys = columns.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.every((key) => /^[a-zA-Z]+$/.test(key))).toBe(true);
  });
});

describe('pageOf', () => {
  it.each([
    // total, page asked, size → page, start, end, pages
    [0, 1, 500, { page: 1, start: 0, end: 0, pages: 1 }],
    [12, 1, 500, { page: 1, start: 0, end: 12, pages: 1 }],
    [500, 1, 500, { page: 1, start: 0, end: 500, pages: 1 }],
    [501, 2, 500, { page: 2, start: 500, end: 501, pages: 2 }],
    [1234, 2, 500, { page: 2, start: 500, end: 1000, pages: 3 }],
    [1234, 3, 500, { page: 3, start: 1000, end: 1234, pages: 3 }],
    // past the end: the last page; before the first, or not a number: the first
    [1234, 9, 500, { page: 3, start: 1000, end: 1234, pages: 3 }],
    [0, 4, 500, { page: 1, start: 0, end: 0, pages: 1 }],
    [1234, 0, 500, { page: 1, start: 0, end: 500, pages: 3 }],
    [1234, -2, 500, { page: 1, start: 0, end: 500, pages: 3 }],
    [1234, Number.NaN, 500, { page: 1, start: 0, end: 500, pages: 3 }],
    [1234, Infinity, 500, { page: 1, start: 0, end: 500, pages: 3 }],
    [1234, 2.7, 500, { page: 2, start: 500, end: 1000, pages: 3 }],
    [10, 4, 3, { page: 4, start: 9, end: 10, pages: 4 }],
  ] as const)('pageOf(%d, %d, %d) → %j', (total, page, size, expected) => {
    expect(pageOf(total, page, size)).toEqual(expected);
  });

  it('cuts every row into exactly one page', () => {
    for (const total of [0, 1, 499, 500, 501, 1000, 1001]) {
      const { pages } = pageOf(total, 1, 500);
      const covered = Array.from({ length: pages }, (_, i) => pageOf(total, i + 1, 500)).reduce(
        (n, p) => n + p.end - p.start,
        0,
      );
      expect(covered).toBe(total);
    }
  });
});

describe('table state in the URL', () => {
  const state = (partial: Partial<TableState>): TableState => ({ ...DEFAULT_TABLE_STATE, open: true, ...partial });
  const encode = (s: TableState, previous = '') => {
    const params = new URLSearchParams(previous);
    encodeTableState(s, params);
    return params.toString();
  };
  const decode = (query: string) => decodeTableState(new URLSearchParams(query));

  it.each([
    [DEFAULT_TABLE_STATE, ''],
    // a closed table writes nothing, whatever its tab, sort, search or page
    [{ open: false, kind: 'relations', sort: { column: 2, descending: true }, query: 'x', page: 3 }, ''],
    [state({}), 'table=entities'],
    [state({ kind: 'relations' }), 'table=relations'],
    [state({ sort: { column: 3, descending: false } }), 'table=entities&tableSort=degree'],
    [state({ sort: { column: 3, descending: true } }), 'table=entities&tableSort=degree&tableDir=desc'],
    [
      state({ kind: 'relations', sort: { column: 1, descending: true } }),
      'table=relations&tableSort=predicate&tableDir=desc',
    ],
    // the default order (first column, ascending) is not written; reversed, it is
    [state({ sort: { column: 0, descending: false } }), 'table=entities'],
    [state({ sort: { column: 0, descending: true } }), 'table=entities&tableSort=label&tableDir=desc'],
    [state({ query: 'union européenne & co' }), 'table=entities&tableQuery=union+europ%C3%A9enne+%26+co'],
    [state({ page: 2 }), 'table=entities&tablePage=2'],
    [state({ page: 1 }), 'table=entities'],
    [
      state({ kind: 'relations', sort: { column: 4, descending: true }, query: 'germany', page: 3 }),
      'table=relations&tableSort=evidence&tableDir=desc&tableQuery=germany&tablePage=3',
    ],
  ] as [TableState, string][])('%j ⇄ %s', (s, query) => {
    expect(encode(s)).toBe(query);
    expect(decode(query)).toEqual(
      s.open
        ? { ...s, sort: s.sort && (s.sort.column === 0 && !s.sort.descending ? null : s.sort) }
        : DEFAULT_TABLE_STATE,
    );
  });

  it('keeps the parameters that are not its own, and replaces its own', () => {
    const query = encode(
      state({ kind: 'relations' }),
      'graph=%2Fg.json&table=entities&tableSort=degree&tablePage=4&node=x',
    );
    expect(query).toBe('graph=%2Fg.json&node=x&table=relations');
    expect(encode(DEFAULT_TABLE_STATE, query)).toBe('graph=%2Fg.json&node=x');
  });

  it('names its parameters for url-state.ts', () => {
    const params = new URLSearchParams();
    encodeTableState(state({ sort: { column: 1, descending: true }, query: 'q', page: 2 }), params);
    expect([...params.keys()].sort()).toEqual([...TABLE_STATE_KEYS].sort());
  });

  it('names the sorted column by key, not by place', () => {
    const relations = COLUMNS.relations.findIndex((c) => c.key === 'documents');
    const entities = COLUMNS.entities.findIndex((c) => c.key === 'documents');
    expect(relations).not.toBe(entities);
    expect(decode('table=relations&tableSort=documents').sort).toEqual({ column: relations, descending: false });
    expect(decode('table=entities&tableSort=documents').sort).toEqual({ column: entities, descending: false });
  });

  it.each([
    // no table, or not one we know: closed, the rest ignored
    ['', DEFAULT_TABLE_STATE],
    ['tableSort=degree&tableQuery=x&tablePage=2', DEFAULT_TABLE_STATE],
    ['table=', DEFAULT_TABLE_STATE],
    ['table=nodes&tablePage=2', DEFAULT_TABLE_STATE],
    ['table=Entities', DEFAULT_TABLE_STATE],
    // a column the tab does not have, and its direction, dropped
    ['table=entities&tableSort=predicate&tableDir=desc', state({})],
    ['table=relations&tableSort=pagerank', state({ kind: 'relations' })],
    ['table=entities&tableSort=3', state({})],
    ['table=entities&tableSort=', state({})],
    ['table=entities&tableDir=desc', state({})],
    // a direction other than desc is ascending
    ['table=entities&tableSort=degree&tableDir=asc', state({ sort: { column: 3, descending: false } })],
    ['table=entities&tableSort=degree&tableDir=DESC', state({ sort: { column: 3, descending: false } })],
    // pages: whole numbers from 1
    ['table=entities&tablePage=0', state({})],
    ['table=entities&tablePage=-2', state({})],
    ['table=entities&tablePage=2.5', state({})],
    ['table=entities&tablePage=02', state({})],
    ['table=entities&tablePage=1e3', state({})],
    ['table=entities&tablePage=x', state({})],
    ['table=entities&tablePage=', state({})],
    ['table=entities&tablePage=99999999999999999999', state({})],
    ['table=entities&tablePage=7', state({ page: 7 })],
    // the search as typed, spaces and all
    ['table=entities&tableQuery=+a%2Cb+', state({ query: ' a,b ' })],
    ['table=entities&tableQuery=', state({})],
  ] as [string, TableState][])('%j → %j', (query, expected) => {
    expect(decode(query)).toEqual(expected);
  });

  it('returns a fresh state each time', () => {
    const a = decode('');
    a.open = true;
    expect(decode('')).toEqual(DEFAULT_TABLE_STATE);
    expect(DEFAULT_TABLE_STATE.open).toBe(false);
  });
});
