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
import type { RelataGraph } from './model.ts';

export const TABLE_KINDS = ['entities', 'relations'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

export interface Column {
  /** The header, and the CSV column name. */
  title: StringKey;
  numeric: boolean;
}

export const COLUMNS = {
  entities: [
    { title: 'colLabel', numeric: false },
    { title: 'colType', numeric: false },
    { title: 'aliases', numeric: false },
    { title: 'colDegree', numeric: true },
    { title: 'documents', numeric: true },
    { title: 'colInDegree', numeric: true },
    { title: 'colOutDegree', numeric: true },
    { title: 'colPagerank', numeric: true },
    { title: 'colBetweenness', numeric: true },
    { title: 'colCommunity', numeric: true },
  ],
  relations: [
    { title: 'colSubject', numeric: false },
    { title: 'colPredicate', numeric: false },
    { title: 'colObject', numeric: false },
    { title: 'modalities', numeric: false },
    { title: 'colEvidence', numeric: true },
    { title: 'documents', numeric: true },
    { title: 'colFirstDate', numeric: false },
    { title: 'colLastDate', numeric: false },
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
export function tableRows(kind: TableKind, graph: RelataGraph, visibility: Visibility, lang: Lang, metrics: Metrics | null = null): Row[] {
  if (kind === 'relations') {
    return graph.filterEdges((edge) => visibility.edges.has(edge)).map((edge) => {
      const attrs = graph.getEdgeAttributes(edge);
      const [source, target] = graph.extremities(edge);
      return row(edge, [
        graph.getNodeAttribute(source, 'label'),
        PREDICATE_NAMES[attrs.predicate]?.[lang] ?? attrs.label,
        graph.getNodeAttribute(target, 'label'),
        MODALITY_NAMES[attrs.modality]?.[lang] ?? attrs.modality ?? '',
        attrs.evidence.length,
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
  return graph.filterNodes((node) => degrees.has(node)).map((node) => {
    const attrs = graph.getNodeAttributes(node);
    const m = metrics?.[node];
    return row(node, [
      attrs.label,
      ENTITY_TYPE_NAMES[attrs.type]?.[lang] ?? attrs.type,
      aliasList(graph, node),
      degrees.get(node)!,
      (attrs.docs ?? []).length,
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
