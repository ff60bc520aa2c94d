/**
 * Selection and filters live in the URL query, so a view can be bookmarked and shared:
 * `?node=…&types=…&predicates=…&modalities=…&minEvidence=…&minDocs=…&from=…&to=…&docs=…`,
 * the filter stages as repeated `stage=…` in order (logic/stages.ts), and the appearance as
 * `color=<attribute>` and `size=<attribute>` (logic/appearance.ts), and the table's state as
 * `table=…&tableSort=…` (logic/table.ts), and the changes mode's date as `changes=2025-11-25`.
 * Closed vocabularies are comma lists; document ids repeat `docs=` (they may hold commas).
 * Only what differs from DEFAULT_FILTER and DEFAULT_APPEARANCE is written; unknown or malformed values are dropped
 * when reading. Other parameters (`graph`, `lang`) are left as they are.
 */

import { ISO_DATE } from '../../../src/query/filter.ts';
import { MODALITIES, PREDICATES } from '../../../src/types.ts';
import { DEFAULT_APPEARANCE, type Appearance } from './appearance.ts';
import { DEFAULT_FILTER, type FilterSpec } from './filters.ts';
import { NODE_TYPES } from './model.ts';
import type { Selection } from './reducers.ts';
import { decodeStage, encodeStage, type Stage } from './stages.ts';
import { decodeTableState, encodeTableState, TABLE_STATE_KEYS, type TableState } from './table.ts';

export interface UrlState {
  selection: Selection | null;
  filter: FilterSpec;
  stages: Stage[];
  appearance: Appearance;
  /** The data table: open or not, tab, sort, search, page (logic/table.ts). */
  table: TableState;
  /** The changes mode's date (logic/changes.ts), null when off. */
  changes: string | null;
}

const STATE_KEYS = [
  'node',
  'edge',
  'types',
  'predicates',
  'modalities',
  'minEvidence',
  'minDocs',
  'from',
  'to',
  'docs',
  'stage',
  'color',
  'size',
  'changes',
  ...TABLE_STATE_KEYS,
];
/** An attribute key longer than this is not one (appearance.ts checks the rest against the graph). */
const MAX_KEY_LENGTH = 200;

function sameList(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return a === b || (!!a && !!b && a.length === b.length && a.every((v) => b.includes(v)));
}

/** Write the state into a query string, keeping the parameters that are not ours. */
export function encodeState(state: UrlState, previous = ''): string {
  const params = new URLSearchParams(previous);
  STATE_KEYS.forEach((key) => params.delete(key));
  const { selection, filter, stages, appearance } = state;
  if (selection) params.set(selection.kind, selection.id);
  const lists = [
    ['types', filter.types, DEFAULT_FILTER.types, NODE_TYPES],
    ['predicates', filter.predicates, DEFAULT_FILTER.predicates, PREDICATES],
    ['modalities', filter.modalities, DEFAULT_FILTER.modalities, MODALITIES],
  ] as const;
  for (const [key, value, fallback, all] of lists) {
    if (!sameList(value, fallback)) params.set(key, (value ?? all).join(','));
  }
  if (filter.minEvidence && filter.minEvidence > 1) params.set('minEvidence', String(filter.minEvidence));
  if (filter.minDocs && filter.minDocs > 1) params.set('minDocs', String(filter.minDocs));
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  filter.docs?.forEach((doc) => params.append('docs', doc));
  stages.forEach((stage) => params.append('stage', encodeStage(stage)));
  if (appearance.color !== DEFAULT_APPEARANCE.color) params.set('color', appearance.color);
  if (appearance.size !== DEFAULT_APPEARANCE.size) params.set('size', appearance.size);
  if (state.changes) params.set('changes', state.changes);
  encodeTableState(state.table, params);
  const query = params.toString();
  return query ? `?${query}` : '';
}

function readList<T extends string>(
  params: URLSearchParams,
  key: string,
  all: readonly T[],
  fallback: T[] | undefined,
): T[] | undefined {
  const raw = params.get(key);
  if (raw === null) return fallback && [...fallback];
  const values = raw.split(',').filter((v): v is T => (all as readonly string[]).includes(v));
  return values.length === all.length ? undefined : values;
}

function readKey(params: URLSearchParams, key: string, fallback: string): string {
  const value = params.get(key);
  return value && value.length <= MAX_KEY_LENGTH ? value : fallback;
}

function readCount(params: URLSearchParams, key: string): number | undefined {
  const n = Number(params.get(key));
  return Number.isInteger(n) && n > 1 ? n : undefined;
}

function readDate(params: URLSearchParams, key: string): string | undefined {
  const value = params.get(key);
  return value && ISO_DATE.test(value) ? value : undefined;
}

export function decodeState(query: string): UrlState {
  const params = new URLSearchParams(query);
  const node = params.get('node');
  const edge = params.get('edge');
  const filter: FilterSpec = {
    types: readList(params, 'types', NODE_TYPES, DEFAULT_FILTER.types),
    predicates: readList(params, 'predicates', PREDICATES, DEFAULT_FILTER.predicates),
    modalities: readList(params, 'modalities', MODALITIES, DEFAULT_FILTER.modalities),
    minEvidence: readCount(params, 'minEvidence'),
    minDocs: readCount(params, 'minDocs'),
    from: readDate(params, 'from'),
    to: readDate(params, 'to'),
    docs: params.has('docs') ? params.getAll('docs') : undefined,
  };
  for (const key of Object.keys(filter) as (keyof FilterSpec)[]) if (filter[key] === undefined) delete filter[key];
  return {
    selection: node ? { kind: 'node', id: node } : edge ? { kind: 'edge', id: edge } : null,
    filter,
    stages: params.getAll('stage').flatMap((text) => decodeStage(text) ?? []),
    appearance: {
      color: readKey(params, 'color', DEFAULT_APPEARANCE.color),
      size: readKey(params, 'size', DEFAULT_APPEARANCE.size),
    },
    table: decodeTableState(params),
    changes: readDate(params, 'changes') ?? null,
  };
}
