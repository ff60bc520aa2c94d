/**
 * The viewer's state, and every change the reader can make to it as an action: `update` is
 * the only place the state changes (a new object, without sigma or the DOM), and `effectsOf`
 * says what has to follow (what view.ts derives again, sigma's redraw, the panels, the URL),
 * which View.dispatch then does in one commit.
 */

import type Sigma from 'sigma';
import { DEFAULT_FILTER, type FilterSpec, type Visibility } from './logic/filters.ts';
import type { Appearance } from './logic/appearance.ts';
import type { Lang } from './logic/i18n.ts';
import type { RelataGraph } from './logic/model.ts';
import type { Focus, Selection } from './logic/reducers.ts';
import type { Stage, StagedView } from './logic/stages.ts';
import { DEFAULT_SORT, nextSort, type TableKind } from './logic/table.ts';
import type { UrlState } from './logic/url-state.ts';

/** What the URL keeps, the language, hover and layout, then what view.ts derives from them. */
export interface ViewerState extends UrlState {
  lang: Lang;
  hovered: string | null;
  layoutRunning: boolean;
  /** What the filter shows, before the stages. */
  filtered: Visibility;
  /** What is shown: the filter, then the stages. */
  visibility: Visibility;
  /** What each stage leaves. */
  steps: StagedView['steps'];
  focus: Focus | null;
  /** ms from navigation start to sigma's first render (the nodes only, on a big graph). */
  firstRenderMs: number | null;
  /** ms from navigation start to the frame after the whole graph, edges included, was drawn at the home camera. */
  settledMs: number | null;
  /** ms from navigation start to the metrics worker's answer (or its failure), which draws the panels again. */
  metricsMs: number | null;
}

/** The test hook main.ts sets (see there); not an API. */
declare global {
  interface Window {
    __relata?: { sigma: Sigma; graph: RelataGraph; state: ViewerState };
  }
}

/** What the data table's controls do (ui/table-panel.ts); the table's state is the URL's. */
export type TableAction =
  | { type: 'tableToggle' }
  | { type: 'tableTab'; kind: TableKind }
  | { type: 'tableSort'; column: number }
  | { type: 'tableQuery'; query: string }
  | { type: 'tablePage'; by: number }
  /** The page the table could show, when the one asked for was past the end. */
  | { type: 'tableShown'; page: number };

/** Every change the reader makes, from the graph, the panels, the search box or the keyboard. */
export type Action =
  | { type: 'select'; selection: Selection | null }
  | { type: 'hover'; node: string | null }
  | { type: 'setFilter'; filter: FilterSpec }
  | { type: 'setStages'; stages: Stage[] }
  | { type: 'setChanges'; since: string | null }
  | { type: 'setAppearance'; appearance: Appearance }
  | { type: 'switchLang' }
  | { type: 'layoutRunning'; running: boolean }
  /** Another graph was opened: filters, stages, changes and selection start afresh; the appearance stays. */
  | { type: 'reset' }
  | TableAction;

/** The state after `action`: a new object, `state` untouched; what is derived from it is View's to redo. */
export function update(state: ViewerState, action: Action): ViewerState {
  switch (action.type) {
    case 'select':
      return { ...state, selection: action.selection };
    case 'hover':
      return { ...state, hovered: action.node };
    case 'setFilter':
      return { ...state, filter: action.filter };
    case 'setStages':
      return { ...state, stages: action.stages };
    case 'setChanges':
      return { ...state, changes: action.since };
    case 'setAppearance':
      return { ...state, appearance: action.appearance };
    case 'switchLang':
      return { ...state, lang: state.lang === 'fr' ? 'en' : 'fr' };
    case 'layoutRunning':
      return { ...state, layoutRunning: action.running };
    case 'reset':
      return {
        ...state,
        filter: { ...DEFAULT_FILTER },
        stages: [],
        changes: null,
        selection: null,
        hovered: null,
        layoutRunning: false,
      };
    case 'tableToggle':
      return { ...state, table: { ...state.table, open: !state.table.open } };
    case 'tableTab':
      return { ...state, table: { ...state.table, kind: action.kind, sort: null, page: 1 } };
    case 'tableSort':
      return {
        ...state,
        table: { ...state.table, sort: nextSort(state.table.sort ?? DEFAULT_SORT, action.column), page: 1 },
      };
    case 'tableQuery':
      return { ...state, table: { ...state.table, query: action.query, page: 1 } };
    case 'tablePage':
      return { ...state, table: { ...state.table, page: state.table.page + action.by } };
    case 'tableShown':
      return { ...state, table: { ...state.table, page: action.page } };
  }
}

/** What has to follow a change, once update() has made it. */
export interface Effects {
  /** What view.ts derives again: the filter and all after it, the stages and all after them, or the styles alone. */
  derive: 'filter' | 'stages' | 'styles' | null;
  /** Sigma draws again; `reindex` when sizes changed its node index (label grid, picking). */
  draw: boolean;
  reindex: boolean;
  panels: boolean;
  url: boolean;
}

/** What follows a change the reader sees everywhere: drawn, the panels, the URL. */
export const SHOWN: Readonly<Effects> = { derive: null, draw: true, reindex: false, panels: true, url: true };
/** Nothing to do again: what the other effects are spread over. */
export const NOTHING: Readonly<Effects> = { derive: null, draw: false, reindex: false, panels: false, url: false };

/** What has to follow `action`, once the state is updated. */
export function effectsOf(action: Action): Readonly<Effects> {
  switch (action.type) {
    case 'select':
      return SHOWN;
    case 'hover':
      return { ...NOTHING, draw: true };
    case 'setFilter':
    case 'reset':
      return { ...SHOWN, derive: 'filter' };
    case 'setStages':
      return { ...SHOWN, derive: 'stages' };
    case 'setChanges':
      return { ...SHOWN, derive: 'styles' };
    // a range may read the metrics computed for it, and sizes change sigma's index
    case 'setAppearance':
      return { ...SHOWN, derive: 'stages', reindex: true };
    case 'switchLang':
    case 'layoutRunning':
      return { ...NOTHING, panels: true };
    // the table draws itself; the URL keeps its state
    default:
      return { ...NOTHING, url: true };
  }
}
