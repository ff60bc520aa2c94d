import { describe, expect, it } from 'vitest';
import { DEFAULT_APPEARANCE } from '../../viewer/src/logic/appearance.ts';
import { DEFAULT_FILTER } from '../../viewer/src/logic/filters.ts';
import { DEFAULT_TABLE_STATE } from '../../viewer/src/logic/table.ts';
import { effectsOf, NOTHING, SHOWN, update, type Action, type ViewerState } from '../../viewer/src/state.ts';

const shown = { nodes: new Set(['a', 'b']), edges: new Set(['ab']) };

/** A state away from every default, so that what an action leaves alone shows. */
const before: ViewerState = {
  lang: 'fr',
  selection: { kind: 'edge', id: 'ab' },
  filter: { types: ['Person'], minEvidence: 2 },
  stages: [{ kind: 'component' }],
  appearance: { color: 'pagerank', size: 'degree' },
  table: { open: true, kind: 'relations', sort: { column: 2, descending: true }, query: 'paris', page: 3 },
  changes: '2025-11-25',
  hovered: 'a',
  layoutRunning: true,
  filtered: shown,
  visibility: shown,
  steps: [],
  focus: null,
  firstRenderMs: 12,
  settledMs: 34,
  metricsMs: null,
};

const cases: [string, Action, Partial<ViewerState>][] = [
  [
    'selects a node',
    { type: 'select', selection: { kind: 'node', id: 'b' } },
    { selection: { kind: 'node', id: 'b' } },
  ],
  ['clears the selection', { type: 'select', selection: null }, { selection: null }],
  ['hovers a node', { type: 'hover', node: 'b' }, { hovered: 'b' }],
  ['leaves a node', { type: 'hover', node: null }, { hovered: null }],
  ['sets the filter', { type: 'setFilter', filter: DEFAULT_FILTER }, { filter: DEFAULT_FILTER }],
  ['sets the stages', { type: 'setStages', stages: [] }, { stages: [] }],
  ['turns the changes mode off', { type: 'setChanges', since: null }, { changes: null }],
  [
    'sets the appearance',
    { type: 'setAppearance', appearance: DEFAULT_APPEARANCE },
    { appearance: DEFAULT_APPEARANCE },
  ],
  ['switches French to English', { type: 'switchLang' }, { lang: 'en' }],
  ['records the layout stopped', { type: 'layoutRunning', running: false }, { layoutRunning: false }],
  [
    'starts afresh for another graph, the appearance and the table kept',
    { type: 'reset' },
    { filter: DEFAULT_FILTER, stages: [], changes: null, selection: null, hovered: null, layoutRunning: false },
  ],
  ['hides the table', { type: 'tableToggle' }, { table: { ...before.table, open: false } }],
  [
    'switches tab: default sort, first page',
    { type: 'tableTab', kind: 'entities' },
    { table: { ...before.table, kind: 'entities', sort: null, page: 1 } },
  ],
  [
    'sorts by the sorted column again: reversed, first page',
    { type: 'tableSort', column: 2 },
    { table: { ...before.table, sort: { column: 2, descending: false }, page: 1 } },
  ],
  [
    'sorts by another column: ascending',
    { type: 'tableSort', column: 4 },
    { table: { ...before.table, sort: { column: 4, descending: false }, page: 1 } },
  ],
  [
    'searches: first page',
    { type: 'tableQuery', query: 'lyon' },
    { table: { ...before.table, query: 'lyon', page: 1 } },
  ],
  ['turns a page back', { type: 'tablePage', by: -1 }, { table: { ...before.table, page: 2 } }],
  ['shows the last page there is', { type: 'tableShown', page: 1 }, { table: { ...before.table, page: 1 } }],
];

describe('update', () => {
  it.each(cases)('%s', (_, action, changed) => {
    const copy = structuredClone(before);
    const after = update(before, action);
    expect(after).toEqual({ ...before, ...changed });
    expect(after).not.toBe(before);
    expect(before).toEqual(copy);
  });

  it('switches English to French', () => {
    expect(update({ ...before, lang: 'en' }, { type: 'switchLang' }).lang).toBe('fr');
  });

  it('sorts an unsorted table by its first column: the default order reversed', () => {
    const table = { ...DEFAULT_TABLE_STATE, open: true };
    expect(update({ ...before, table }, { type: 'tableSort', column: 0 }).table.sort).toEqual({
      column: 0,
      descending: true,
    });
  });

  it('gives the reset filter its own copy of the default', () => {
    expect(update(before, { type: 'reset' }).filter).not.toBe(DEFAULT_FILTER);
  });
});

describe('effectsOf', () => {
  const effects: [Action, ReturnType<typeof effectsOf>][] = [
    [{ type: 'select', selection: null }, SHOWN],
    [
      { type: 'hover', node: null },
      { ...NOTHING, draw: true },
    ],
    [
      { type: 'setFilter', filter: DEFAULT_FILTER },
      { ...SHOWN, derive: 'filter' },
    ],
    [{ type: 'reset' }, { ...SHOWN, derive: 'filter' }],
    [
      { type: 'setStages', stages: [] },
      { ...SHOWN, derive: 'stages' },
    ],
    [
      { type: 'setChanges', since: null },
      { ...SHOWN, derive: 'styles' },
    ],
    [
      { type: 'setAppearance', appearance: DEFAULT_APPEARANCE },
      { ...SHOWN, derive: 'stages', reindex: true },
    ],
    [{ type: 'switchLang' }, { ...NOTHING, panels: true }],
    [
      { type: 'layoutRunning', running: true },
      { ...NOTHING, panels: true },
    ],
    [{ type: 'tableToggle' }, { ...NOTHING, url: true }],
    [
      { type: 'tableQuery', query: 'x' },
      { ...NOTHING, url: true },
    ],
    [
      { type: 'tableShown', page: 2 },
      { ...NOTHING, url: true },
    ],
  ];
  it.each(effects)('%o', (action, expected) => {
    expect(effectsOf(action)).toEqual(expected);
  });
});
