/**
 * The data table over the bottom of the graph, and the sidebar button that shows it: two
 * tabs (entities, relations), headers that sort, a search box, the matching rows by pages of
 * MAX_RENDERED with Previous/Next, and the CSV of all the matching rows. A row (click, or
 * Enter or Space once focused) selects its entity or relation, as a click on the graph does.
 * The rows themselves, the paging and the state as the URL keeps it come from logic/table.ts;
 * the state is the viewer's (state.ts), changed by dispatching the controls' actions.
 *
 * Keyboard: the sort headers are buttons; the rows are one stop in the tab order (a roving
 * tabindex, ui/table-rows.ts).
 */

import type { Visibility } from '../logic/filters.ts';
import { t, type Lang } from '../logic/i18n.ts';
import type { Metrics } from '../logic/metrics.ts';
import type { RelataGraph } from '../logic/model.ts';
import type { Selection } from '../logic/reducers.ts';
import {
  COLUMNS,
  DEFAULT_SORT,
  pageOf,
  searchRows,
  sortRows,
  tableCsv,
  tableRows,
  TABLE_KINDS,
  type Row,
  type TableKind,
  type TableState,
} from '../logic/table.ts';
import type { TableAction } from '../state.ts';
import { h } from './dom.ts';
import { headerRow, rovingRows, bodyRow } from './table-rows.ts';
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
  /**
   * Changes the table's state: the user showed or hid the table, switched tab, sorted, searched
   * or paged, or the page asked for was past the end and the last one was shown instead (then
   * from within update()). For the URL; the panel draws itself again.
   */
  dispatch(action: TableAction): void;
  /** The table's state now. */
  state(): TableState;
}

export interface TablePanel {
  /** Called whenever the panels are rendered: rows are rebuilt only when the graph, the filters, the language or the metrics changed. */
  update(model: TableModel): void;
}

/** Rows drawn at most: a page; the CSV holds them all. */
const MAX_RENDERED = 500;

const TAB_NAMES = { entities: 'tableEntities', relations: 'tableRelations' } as const;

/** The table in `container`, its show/hide button in `toggleContainer`; as the state says (shown on the first update if it is open). */
export function createTablePanel(
  container: HTMLElement,
  toggleContainer: HTMLElement,
  actions: TableActions,
): TablePanel {
  let model: TableModel | null = null;
  const { state, dispatch } = actions;
  /** The rows of the current tab, and what they were built from. */
  let rows: Row[] = [];
  let builtFrom: [RelataGraph, Visibility, Lang, TableKind, Metrics | null] | null = null;
  /** The rows matching the search, sorted: what is paged through and exported. */
  let matching: Row[] = [];
  /** The row in the tab order (roving tabindex), and the selection it last followed. */
  let activeId: string | null = null;
  let followedSelection: string | null = null;

  const toggle = h('button', {
    class: 'table-toggle',
    attrs: { 'aria-controls': container.id, 'aria-pressed': 'false' },
    onclick: () => {
      dispatch({ type: 'tableToggle' });
      render();
    },
  });
  toggleContainer.replaceChildren(toggle);

  const tabs = TABLE_KINDS.map((tab) =>
    h('button', {
      class: 'table-tab',
      attrs: { 'data-tab': tab },
      onclick: () => {
        if (tab === state().kind) return;
        dispatch({ type: 'tableTab', kind: tab });
        render();
      },
    }),
  );
  const search = h('input', {
    class: 'table-search',
    attrs: { type: 'search', autocomplete: 'off', spellcheck: 'false' },
  });
  search.value = state().query;
  search.addEventListener('input', () => {
    dispatch({ type: 'tableQuery', query: search.value });
    refresh();
  });
  const count = h('span', { class: 'table-count', attrs: { 'aria-live': 'polite' } });
  const turnPage = (by: number) => {
    dispatch({ type: 'tablePage', by });
    scroll.scrollTop = 0;
    renderTable();
  };
  const previous = h('button', { class: 'table-prev', onclick: () => turnPage(-1) });
  const next = h('button', { class: 'table-next', onclick: () => turnPage(1) });
  const pager = h('div', { class: 'table-pager' }, previous, next);
  const exportButton = h('button', {
    class: 'table-export',
    onclick: () =>
      actions.download(
        new Blob([tableCsv(matching, COLUMNS[state().kind], model!.lang)], { type: 'text/csv;charset=utf-8' }),
        `relata-${state().kind}.csv`,
      ),
  });
  const head = h('thead');
  const body = h('tbody');
  const table = h('table', { class: 'data-table' }, head, body);
  const scroll = h('div', { class: 'table-scroll' }, table);
  container.replaceChildren(
    h('div', { class: 'table-bar' }, h('div', { class: 'table-tabs' }, ...tabs), search, count, pager, exportButton),
    scroll,
  );

  /** Sorts and searches the rows again, then redraws. */
  const refresh = () => {
    const { kind, query, sort } = state();
    matching = sortRows(searchRows(rows, query), COLUMNS[kind], sort ?? DEFAULT_SORT, model!.lang);
    renderTable();
  };

  rovingRows(body, {
    active: (id) => (activeId = id),
    choose: (id) => actions.select({ kind: state().kind === 'entities' ? 'node' : 'edge', id }),
    visibleHeight: () => scroll.clientHeight - head.offsetHeight,
  });

  /** Headers, the page's rows, count and paging; the focused header or row keeps the focus across the redraw. */
  const renderTable = () => {
    const { lang, selection } = model!;
    const { kind, page: asked } = state();
    const sort = state().sort ?? DEFAULT_SORT;
    const focused = document.activeElement;
    const active = focused instanceof HTMLElement && table.contains(focused) ? focused.dataset.focus : undefined;
    head.replaceChildren(
      headerRow(kind, sort, lang, (column) => {
        dispatch({ type: 'tableSort', column });
        refresh();
      }),
    );

    const { page, start, end, pages } = pageOf(matching.length, asked, MAX_RENDERED);
    const shown = matching.slice(start, end);
    const selected = selection?.kind === (kind === 'entities' ? 'node' : 'edge') ? selection.id : null;
    // A new selection (from the graph, the details, a row) takes the row stop, if it is on this page.
    if (selected !== followedSelection) {
      followedSelection = selected;
      if (selected !== null && shown.some((row) => row.id === selected)) activeId = selected;
    }
    const tabbable = shown.find((row) => row.id === activeId) ?? shown.find((row) => row.id === selected) ?? shown[0];
    activeId = tabbable?.id ?? null;
    table.setAttribute('aria-label', t(lang, TAB_NAMES[kind]));
    table.setAttribute('aria-rowcount', String(matching.length + 1));
    body.replaceChildren(
      ...shown.map((row, i) => bodyRow(kind, row, row.id === selected, row === tabbable, start + i + 2)),
    );

    count.textContent =
      pages > 1
        ? t(lang, 'tableRange')
            .replace('{start}', String(start + 1))
            .replace('{end}', String(end))
            .replace('{total}', String(matching.length))
        : t(lang, 'tableShowing').replace('{shown}', String(shown.length)).replace('{total}', String(matching.length));
    pager.hidden = pages <= 1;
    const pagerHadFocus = pager.contains(document.activeElement);
    previous.disabled = page <= 1;
    next.disabled = page >= pages;
    // a paging button that has just been disabled would drop the focus to the page's body
    if (
      pagerHadFocus &&
      (document.activeElement === document.body || (document.activeElement as HTMLButtonElement | null)?.disabled)
    ) {
      (previous.disabled ? next : previous).focus();
    }

    if (active) {
      const again = [...table.querySelectorAll<HTMLElement>('[data-focus]')].find((el) => el.dataset.focus === active);
      // a focused row gone from the page hands the focus to the row stop
      (again ?? (active.startsWith('row:') ? body.querySelector<HTMLElement>('tr[tabindex="0"]') : null))?.focus();
    }
    if (page !== asked) dispatch({ type: 'tableShown', page });
  };

  /** Everything that depends on the model; the table itself only while it is shown. */
  function render(): void {
    if (!model) return;
    const { lang, graph, visibility, metrics } = model;
    const { open, kind } = state();
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
    search.setAttribute('aria-label', t(lang, 'tableSearchLabel'));
    previous.textContent = t(lang, 'tablePrevious');
    previous.setAttribute('aria-label', t(lang, 'tablePreviousHint').replace('{size}', String(MAX_RENDERED)));
    next.textContent = t(lang, 'tableNext');
    next.setAttribute('aria-label', t(lang, 'tableNextHint').replace('{size}', String(MAX_RENDERED)));
    exportButton.textContent = t(lang, 'exportCsv');
    const from = builtFrom;
    if (
      !from ||
      from[0] !== graph ||
      from[1] !== visibility ||
      from[2] !== lang ||
      from[3] !== kind ||
      from[4] !== metrics
    ) {
      rows = tableRows(kind, graph, visibility, lang, metrics);
      builtFrom = [graph, visibility, lang, kind, metrics];
      refresh();
    } else renderTable();
  }

  return {
    update(nextModel) {
      model = nextModel;
      render();
    },
  };
}
