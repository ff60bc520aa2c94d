import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTER, visibleEdges } from '../../viewer/src/logic/filters.ts';
import { computeMetrics, roundMetric } from '../../viewer/src/logic/metrics.ts';
import {
  COLUMNS,
  nextSort,
  searchRows,
  sortRows,
  tableCsv,
  tableRows,
  type Row,
  type Sort,
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
