import { describe, expect, it } from 'vitest';
import {
  COLUMNS,
  decodeTableState,
  DEFAULT_TABLE_STATE,
  encodeTableState,
  pageOf,
  TABLE_STATE_KEYS,
  type TableState,
} from '../../viewer/src/logic/table.ts';

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
