/**
 * The data table's rows: the header's sort buttons, a row's cells, and the rows as one stop in
 * the tab order (a roving tabindex): a click, or Enter or Space on the focused row, chooses it;
 * ArrowUp/ArrowDown/Home/End/PageUp/PageDown move the focus among the rows of the page. Which
 * rows, and the table around them, are ui/table-panel.ts's.
 */

import { t, type Lang } from '../logic/i18n.ts';
import { COLUMNS, type Row, type Sort, type TableKind } from '../logic/table.ts';
import { h } from './dom.ts';

/** The header: a sort button per column, the sorted one with its arrow and `aria-sort`. */
export function headerRow(
  kind: TableKind,
  sort: Sort,
  lang: Lang,
  onSort: (column: number) => void,
): HTMLTableRowElement {
  return h(
    'tr',
    { attrs: { 'aria-rowindex': '1' } },
    ...COLUMNS[kind].map((column, i) => {
      const sorted = sort.column === i ? (sort.descending ? 'descending' : 'ascending') : null;
      const button = h(
        'button',
        {
          class: 'sort',
          attrs: { type: 'button', 'data-column': String(i), 'data-key': column.key, 'data-focus': `column:${i}` },
          onclick: () => onSort(i),
        },
        t(lang, column.title),
        sorted
          ? h('span', { class: 'arrow', attrs: { 'aria-hidden': 'true' } }, sorted === 'ascending' ? ' ▲' : ' ▼')
          : null,
      );
      return h(
        'th',
        { class: column.numeric ? 'number' : '', attrs: { scope: 'col', 'aria-sort': sorted ?? 'none' } },
        button,
      );
    }),
  );
}

/** A row of the table, `index` its `aria-rowindex` (the header's is 1); in the tab order if `tabbable`. */
export function bodyRow(
  kind: TableKind,
  row: Row,
  selected: boolean,
  tabbable: boolean,
  index: number,
): HTMLTableRowElement {
  return h(
    'tr',
    {
      class: selected ? 'selected' : '',
      attrs: {
        tabindex: tabbable ? '0' : '-1',
        'aria-selected': String(selected),
        'aria-rowindex': String(index),
        'data-id': row.id,
        'data-focus': `row:${row.id}`,
      },
    },
    ...row.cells.map((cell, i) => h('td', { class: COLUMNS[kind][i]!.numeric ? 'number' : '' }, cell)),
  );
}

export interface RowHandlers {
  /** The row now in the tab order (focused or chosen). */
  active(id: string): void;
  /** The row was clicked, or Enter or Space pressed on it. */
  choose(id: string): void;
  /** The height the rows are scrolled in: what PageUp/PageDown move by. */
  visibleHeight(): number;
}

/** Listens on `body` (a table's tbody) for the clicks, focus and keys of its rows. */
export function rovingRows(body: HTMLTableSectionElement, handlers: RowHandlers): void {
  const choose = (tr: HTMLTableRowElement) => {
    handlers.active(tr.dataset.id!);
    handlers.choose(tr.dataset.id!);
  };

  /** Puts `tr` alone in the tab order, and the focus on it. */
  const focusRow = (tr: HTMLTableRowElement) => {
    for (const other of body.rows) other.tabIndex = other === tr ? 0 : -1;
    handlers.active(tr.dataset.id!);
    tr.focus();
  };

  /** Rows a PageUp/PageDown moves by: those the scroll area shows, less one. */
  const rowsPerScreen = (tr: HTMLTableRowElement) =>
    tr.offsetHeight > 0 ? Math.max(1, Math.floor(handlers.visibleHeight() / tr.offsetHeight) - 1) : 10;

  body.addEventListener('click', (event) => {
    const tr = (event.target as Element).closest('tr');
    if (tr && body.contains(tr)) choose(tr);
  });
  body.addEventListener('focusin', (event) => {
    const tr = event.target;
    if (tr instanceof HTMLTableRowElement && tr.parentElement === body) focusRow(tr);
  });
  body.addEventListener('keydown', (event) => {
    const tr = event.target;
    if (!(tr instanceof HTMLTableRowElement) || tr.parentElement !== body || event.altKey || event.metaKey) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose(tr);
      return;
    }
    const all = [...body.rows];
    const i = all.indexOf(tr);
    const to = {
      ArrowDown: i + 1,
      ArrowUp: i - 1,
      Home: 0,
      End: all.length - 1,
      PageDown: i + rowsPerScreen(tr),
      PageUp: i - rowsPerScreen(tr),
    }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    focusRow(all[Math.min(Math.max(0, to), all.length - 1)]!);
  });
}
