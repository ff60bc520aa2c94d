/**
 * The data table over the bottom of the graph, and the sidebar button that shows it: two
 * tabs (entities, relations), headers that sort, a search box, at most MAX_RENDERED rows drawn
 * with the count of those matching, and the CSV of all the matching rows. A row (click, or
 * Enter once focused) selects its entity or relation, as a click on the graph does. The rows
 * themselves come from logic/table.ts.
 */

import type { Visibility } from '../logic/filters.ts';
import { t, type Lang } from '../logic/i18n.ts';
import type { Metrics } from '../logic/metrics.ts';
import type { RelataGraph } from '../logic/model.ts';
import type { Selection } from '../logic/reducers.ts';
import { COLUMNS, nextSort, searchRows, sortRows, tableCsv, tableRows, TABLE_KINDS, type Row, type Sort, type TableKind } from '../logic/table.ts';
import { h } from './dom.ts';
import './table.css';

export interface TableModel {
  lang: Lang;
  graph: RelataGraph;
  visibility: Visibility;
  selection: Selection | null;
  /** The graph's metrics, null until the worker has sent them. */
  metrics: Metrics | null;
}

export interface TableActions {
  select(selection: Selection): void;
  download(blob: Blob, fileName: string): void;
}

export interface TablePanel {
  /** Called whenever the panels are rendered: rows are rebuilt only when the graph, the filters, the language or the metrics changed. */
  update(model: TableModel): void;
}

/** Rows drawn at most; the CSV holds them all. */
export const MAX_RENDERED = 500;

const TAB_NAMES = { entities: 'tableEntities', relations: 'tableRelations' } as const;

/** The table in `container`, its show/hide button in `toggleContainer`; hidden at first. */
export function createTablePanel(container: HTMLElement, toggleContainer: HTMLElement, actions: TableActions): TablePanel {
  let model: TableModel | null = null;
  let open = false;
  let kind: TableKind = 'entities';
  let sort: Sort = { column: 0, descending: false };
  let query = '';
  /** The rows of the current tab, and what they were built from. */
  let rows: Row[] = [];
  let builtFrom: [RelataGraph, Visibility, Lang, TableKind, Metrics | null] | null = null;
  /** The rows matching the search, sorted: what is shown and exported. */
  let matching: Row[] = [];

  const toggle = h('button', {
    class: 'table-toggle',
    attrs: { 'aria-controls': container.id, 'aria-pressed': 'false' },
    onclick: () => {
      open = !open;
      render();
    },
  });
  toggleContainer.replaceChildren(toggle);

  const tabs = TABLE_KINDS.map((tab) =>
    h('button', {
      class: 'table-tab',
      attrs: { 'data-tab': tab },
      onclick: () => {
        if (tab === kind) return;
        kind = tab;
        sort = { column: 0, descending: false };
        render();
      },
    }),
  );
  const search = h('input', { class: 'table-search', attrs: { type: 'search', autocomplete: 'off', spellcheck: 'false' } });
  search.addEventListener('input', () => {
    query = search.value;
    refresh();
  });
  const count = h('span', { class: 'table-count', attrs: { 'aria-live': 'polite' } });
  const exportButton = h('button', {
    class: 'table-export',
    onclick: () => actions.download(new Blob([tableCsv(matching, COLUMNS[kind], model!.lang)], { type: 'text/csv;charset=utf-8' }), `relata-${kind}.csv`),
  });
  const head = h('thead');
  const body = h('tbody');
  const table = h('table', { class: 'data-table' }, head, body);
  container.replaceChildren(h('div', { class: 'table-bar' }, h('div', { class: 'table-tabs' }, ...tabs), search, count, exportButton), h('div', { class: 'table-scroll' }, table));

  /** Sorts and searches the rows again, then redraws. */
  const refresh = () => {
    matching = sortRows(searchRows(rows, query), COLUMNS[kind], sort, model!.lang);
    renderTable();
  };

  const selectRow = (row: Row) => actions.select({ kind: kind === 'entities' ? 'node' : 'edge', id: row.id });

  const rowElement = (row: Row, selected: boolean) => {
    const tr = h(
      'tr',
      { class: selected ? 'selected' : '', attrs: { tabindex: '0', 'data-id': row.id, 'data-focus': `row:${row.id}` }, onclick: () => selectRow(row) },
      ...row.cells.map((cell, i) => h('td', { class: COLUMNS[kind][i]!.numeric ? 'number' : '' }, cell)),
    );
    tr.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') selectRow(row);
    });
    return tr;
  };

  /** Headers, rows and count; the focused header or row keeps the focus across the redraw. */
  const renderTable = () => {
    const { lang, selection } = model!;
    const active = document.activeElement instanceof HTMLElement && table.contains(document.activeElement) ? document.activeElement.dataset.focus : undefined;
    head.replaceChildren(
      h(
        'tr',
        {},
        ...COLUMNS[kind].map((column, i) => {
          const sorted = sort.column === i ? (sort.descending ? 'descending' : 'ascending') : null;
          const button = h(
            'button',
            {
              class: 'sort',
              attrs: { 'data-column': String(i), 'data-focus': `column:${i}` },
              onclick: () => {
                sort = nextSort(sort, i);
                refresh();
              },
            },
            t(lang, column.title),
            sorted ? h('span', { class: 'arrow', attrs: { 'aria-hidden': 'true' } }, sorted === 'ascending' ? ' ▲' : ' ▼') : null,
          );
          return h('th', { class: column.numeric ? 'number' : '', attrs: { 'aria-sort': sorted ?? 'none' } }, button);
        }),
      ),
    );
    const selected = selection?.kind === (kind === 'entities' ? 'node' : 'edge') ? selection.id : null;
    body.replaceChildren(...matching.slice(0, MAX_RENDERED).map((row) => rowElement(row, row.id === selected)));
    count.textContent = t(lang, 'tableShowing')
      .replace('{shown}', String(Math.min(matching.length, MAX_RENDERED)))
      .replace('{total}', String(matching.length));
    if (active) [...table.querySelectorAll<HTMLElement>('[data-focus]')].find((el) => el.dataset.focus === active)?.focus();
  };

  /** Everything that depends on the model; the table itself only while it is shown. */
  function render(): void {
    if (!model) return;
    const { lang, graph, visibility, metrics } = model;
    toggle.textContent = t(lang, 'table');
    toggle.title = t(lang, 'tableHint');
    toggle.setAttribute('aria-pressed', String(open));
    toggle.classList.toggle('active', open);
    container.hidden = !open;
    container.setAttribute('aria-label', t(lang, 'table'));
    if (!open) return;
    tabs.forEach((button, i) => {
      button.textContent = t(lang, TAB_NAMES[TABLE_KINDS[i]!]);
      button.classList.toggle('active', TABLE_KINDS[i] === kind);
      button.setAttribute('aria-pressed', String(TABLE_KINDS[i] === kind));
    });
    search.placeholder = t(lang, 'tableSearch');
    search.setAttribute('aria-label', t(lang, 'tableSearch'));
    exportButton.textContent = t(lang, 'exportCsv');
    const from = builtFrom;
    if (!from || from[0] !== graph || from[1] !== visibility || from[2] !== lang || from[3] !== kind || from[4] !== metrics) {
      rows = tableRows(kind, graph, visibility, lang, metrics);
      builtFrom = [graph, visibility, lang, kind, metrics];
      refresh();
    } else renderTable();
  }

  return {
    update(next) {
      model = next;
      render();
    },
  };
}
