/**
 * The data table beside the graph, as pure functions: one row per visible relation, or per
 * entity those relations touch, with the cells as the table shows them (names in the
 * interface's language); sorting by a column, a search over every cell, and the CSV of the
 * rows that match. The DOM is ui/table-panel.ts.
 *
 * Counts are the graph's (as the details panel gives them), not recounted under the filters;
 * an entity's degree counts only the visible relations. Its metrics (in- and out-degree,
 * PageRank, betweenness, community) are the whole graph's too (logic/metrics.ts), and blank
 * until the worker has sent them.
 */

import { csvTable } from '../../../src/export/csv.ts';
import { fold } from '../../../src/text/fold.ts';
import type { Visibility } from './filters.ts';
import { ENTITY_TYPE_NAMES, MODALITY_NAMES, PREDICATE_NAMES, t, type Lang, type StringKey } from './i18n.ts';
import { roundMetric, type Metrics } from './metrics.ts';
import { evidenceCount, type RelataGraph } from './model.ts';

export const TABLE_KINDS = ['entities', 'relations'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

export interface Column {
  /** A stable name, for the URL (`tableSort=<key>`): it survives the columns being reordered. Unique within its table. */
  key: string;
  /** The header, and the CSV column name. */
  title: StringKey;
  numeric: boolean;
}

export const COLUMNS = {
  entities: [
    { key: 'label', title: 'colLabel', numeric: false },
    { key: 'type', title: 'colType', numeric: false },
    { key: 'aliases', title: 'aliases', numeric: false },
    { key: 'degree', title: 'colDegree', numeric: true },
    { key: 'documents', title: 'documents', numeric: true },
    { key: 'inDegree', title: 'colInDegree', numeric: true },
    { key: 'outDegree', title: 'colOutDegree', numeric: true },
    { key: 'pagerank', title: 'colPagerank', numeric: true },
    { key: 'betweenness', title: 'colBetweenness', numeric: true },
    { key: 'community', title: 'colCommunity', numeric: true },
  ],
  relations: [
    { key: 'subject', title: 'colSubject', numeric: false },
    { key: 'predicate', title: 'colPredicate', numeric: false },
    { key: 'object', title: 'colObject', numeric: false },
    { key: 'modality', title: 'modalities', numeric: false },
    { key: 'evidence', title: 'colEvidence', numeric: true },
    { key: 'documents', title: 'documents', numeric: true },
    { key: 'firstDate', title: 'colFirstDate', numeric: false },
    { key: 'lastDate', title: 'colLastDate', numeric: false },
  ],
} satisfies Record<TableKind, Column[]>;

export type Cell = string | number;

export interface Row {
  /** The node or edge key. */
  id: string;
  /** One per column, in COLUMNS order; numbers in numeric columns, '' for what is unknown. */
  cells: Cell[];
  /** The folded cells joined by line breaks (fold leaves none inside a cell): what the search looks in. */
  text: string;
}

function row(id: string, cells: Cell[]): Row {
  return { id, cells, text: cells.map((cell) => fold(String(cell))).join('\n') };
}

/** Aliases other than the label, each once, joined as relata's CSV joins lists. */
function aliasList(graph: RelataGraph, node: string): string {
  const { label, aliases = [] } = graph.getNodeAttributes(node);
  return [...new Set(aliases.map((alias) => alias.text))].filter((text) => text !== label).join(' | ');
}

/** The rows of a table: visible relations in graph order, or the entities they touch with their visible degree and their metrics, if known. */
export function tableRows(
  kind: TableKind,
  graph: RelataGraph,
  visibility: Visibility,
  lang: Lang,
  metrics: Metrics | null = null,
): Row[] {
  if (kind === 'relations') {
    return graph
      .filterEdges((edge) => visibility.edges.has(edge))
      .map((edge) => {
        const attrs = graph.getEdgeAttributes(edge);
        const [source, target] = graph.extremities(edge);
        return row(edge, [
          graph.getNodeAttribute(source, 'label'),
          PREDICATE_NAMES[attrs.predicate]?.[lang] ?? attrs.label,
          graph.getNodeAttribute(target, 'label'),
          MODALITY_NAMES[attrs.modality]?.[lang] ?? attrs.modality ?? '',
          evidenceCount(attrs),
          attrs.docCount,
          attrs.firstDate ?? '',
          attrs.lastDate ?? '',
        ]);
      });
  }
  const degrees = new Map<string, number>();
  for (const edge of visibility.edges) {
    // a loop counts once, as graphology's degree counts it
    for (const node of new Set(graph.extremities(edge))) degrees.set(node, (degrees.get(node) ?? 0) + 1);
  }
  return graph
    .filterNodes((node) => degrees.has(node))
    .map((node) => {
      const attrs = graph.getNodeAttributes(node);
      const m = metrics?.[node];
      return row(node, [
        attrs.label,
        ENTITY_TYPE_NAMES[attrs.type]?.[lang] ?? attrs.type,
        aliasList(graph, node),
        degrees.get(node)!,
        attrs.docCount,
        m?.inDegree ?? '',
        m?.outDegree ?? '',
        m ? roundMetric(m.pagerank) : '',
        m?.betweenness === undefined ? '' : roundMetric(m.betweenness),
        m?.community ?? '',
      ]);
    });
}

export interface Sort {
  column: number;
  descending: boolean;
}

/** The order of a table no column was clicked in: by its first column (the name), ascending. */
export const DEFAULT_SORT: Readonly<Sort> = { column: 0, descending: false };

/** The sort after a click on a column's header: that column ascending, or reversed if it was already the one. */
export function nextSort(sort: Sort | null, column: number): Sort {
  return { column, descending: sort?.column === column && !sort.descending };
}

/** Rows sorted by a column (a new array): numbers numerically (a blank, unknown metric, as 0), text in the language's order; ties keep their order. */
export function sortRows(rows: readonly Row[], columns: readonly Column[], sort: Sort, lang: Lang): Row[] {
  const { column, descending } = sort;
  const collator = new Intl.Collator(lang);
  const compare = columns[column]!.numeric
    ? (a: Row, b: Row) => Number(a.cells[column]) - Number(b.cells[column])
    : (a: Row, b: Row) => collator.compare(String(a.cells[column]), String(b.cells[column]));
  // Array.prototype.sort is stable; reversing the comparison, not the result, keeps ties in order both ways.
  return [...rows].sort(descending ? (a, b) => compare(b, a) : compare);
}

/** The rows with a cell holding the query, case- and accent-insensitive; all of them for a blank query. */
export function searchRows(rows: readonly Row[], query: string): Row[] {
  const folded = fold(query);
  return folded ? rows.filter((r) => r.text.includes(folded)) : [...rows];
}

/** The rows as CSV, headers in the interface's language, formula cells neutralised as relata's CSV export does (src/export/csv.ts). */
export function tableCsv(rows: readonly Row[], columns: readonly Column[], lang: Lang): string {
  const names = columns.map((column) => t(lang, column.title));
  return csvTable(
    names,
    rows.map((r) => Object.fromEntries(names.map((name, i) => [name, r.cells[i]]))),
    true,
  );
}

export interface Page {
  /** The page shown, from 1, within [1, pages]. */
  page: number;
  /** Its rows, as slice bounds: from `start` (included) to `end` (excluded). */
  start: number;
  end: number;
  /** At least 1, even with no rows. */
  pages: number;
}

/** Page `page` (from 1) of `total` rows cut in pages of `size`: a page past the end is the last, one before the first (or not a number) the first. */
export function pageOf(total: number, page: number, size: number): Page {
  const pages = Math.max(1, Math.ceil(total / size));
  const shown = Number.isFinite(page) ? Math.min(Math.max(1, Math.floor(page)), pages) : 1;
  const start = (shown - 1) * size;
  return { page: shown, start, end: Math.min(total, start + size), pages };
}

/**
 * What the table shows, as the URL keeps it. `sort` null is DEFAULT_SORT; its column is an
 * index into COLUMNS[kind] (the URL names it by key). `page` counts from 1 and may be past the
 * end: the panel shows the last page then.
 */
export interface TableState {
  open: boolean;
  kind: TableKind;
  sort: Sort | null;
  query: string;
  page: number;
}

export const DEFAULT_TABLE_STATE: Readonly<TableState> = {
  open: false,
  kind: 'entities',
  sort: null,
  query: '',
  page: 1,
};

/** A table state the panel can show: a known tab, a sort within its columns, a page from 1; the rest as it is. */
export function normalTableState(state: TableState): TableState {
  const kind = TABLE_KINDS.includes(state.kind) ? state.kind : DEFAULT_TABLE_STATE.kind;
  return {
    open: state.open,
    kind,
    sort: state.sort && state.sort.column >= 0 && state.sort.column < COLUMNS[kind].length ? { ...state.sort } : null,
    query: state.query,
    page: Number.isSafeInteger(state.page) && state.page >= 1 ? state.page : 1,
  };
}

/** The query parameters the table state is written under (url-state.ts clears them before writing). */
export const TABLE_STATE_KEYS = ['table', 'tableSort', 'tableDir', 'tableQuery', 'tablePage'] as const;

/** The sort as the state keeps it: null for DEFAULT_SORT or a column the table does not have. */
function normalSort(kind: TableKind, sort: Sort | null): Sort | null {
  if (!sort || !Number.isInteger(sort.column) || sort.column < 0 || sort.column >= COLUMNS[kind].length) return null;
  return sort.column === DEFAULT_SORT.column && sort.descending === DEFAULT_SORT.descending
    ? null
    : { column: sort.column, descending: sort.descending };
}

/**
 * Write the table state into `params`, only what differs from DEFAULT_TABLE_STATE:
 * `table=<kind>` while the table is shown, then `tableSort=<column key>` (and `tableDir=desc`),
 * `tableQuery=…`, `tablePage=<n>` (from 2). A closed table writes nothing: its tab, sort and
 * search are not worth a link. Our previous parameters are replaced, others kept.
 */
export function encodeTableState(state: TableState, params: URLSearchParams): void {
  TABLE_STATE_KEYS.forEach((key) => params.delete(key));
  if (!state.open) return;
  params.set('table', state.kind);
  const sort = normalSort(state.kind, state.sort);
  if (sort) {
    params.set('tableSort', COLUMNS[state.kind][sort.column]!.key);
    if (sort.descending) params.set('tableDir', 'desc');
  }
  if (state.query) params.set('tableQuery', state.query);
  if (Number.isSafeInteger(state.page) && state.page > 1) params.set('tablePage', String(state.page));
}

/**
 * The table state in `params`; what is unknown or malformed is left at its default: a kind
 * that is not a table (the table stays closed), a column the tab does not have (and its
 * `tableDir`), a `tableDir` other than `asc`/`desc`, a page that is not a whole number from 1.
 */
export function decodeTableState(params: URLSearchParams): TableState {
  const kind = TABLE_KINDS.find((k) => k === params.get('table'));
  if (!kind) return { ...DEFAULT_TABLE_STATE };
  const column = COLUMNS[kind].findIndex((c) => c.key === params.get('tableSort'));
  const page = /^[1-9][0-9]*$/.test(params.get('tablePage') ?? '') ? Number(params.get('tablePage')) : 1;
  return {
    open: true,
    kind,
    sort: normalSort(kind, column < 0 ? null : { column, descending: params.get('tableDir') === 'desc' }),
    query: params.get('tableQuery') ?? '',
    page: Number.isSafeInteger(page) ? page : 1,
  };
}
