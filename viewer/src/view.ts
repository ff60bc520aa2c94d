/**
 * The viewer's state (state.ts) and what is derived from it for drawing, without sigma or the
 * DOM: the filter, then the stages (what is shown), the appearance's paint, the changes mode's
 * view, the focus, and the styles the reducers look up. A change is dispatched: update(), then
 * one commit, which derives again what the change needs and has the host (main.ts) redraw,
 * render the panels and write the URL.
 */

import { diffSince, isDiffDate } from '../../src/graph/diff.ts';
import type { GraphDiff } from '../../src/graph/diff-types.ts';
import { attributeValues, isMetricKey, paintOf, type Painted } from './logic/appearance.ts';
import { changeView, type ChangeView } from './logic/changes.ts';
import { visibleEdges } from './logic/filters.ts';
import type { Lang } from './logic/i18n.ts';
import { computeMetrics, type Metrics } from './logic/metrics.ts';
import { edgeLooks, focusOf, nodeLooks, type EdgeStyle, type NodeStyle } from './logic/reducers.ts';
import { applyStages, stagesRead } from './logic/stages.ts';
import type { UrlState } from './logic/url-state.ts';
import type { Loaded } from './loaded.ts';
import { asLibraryGraph, type RelataGraph } from './logic/model.ts';
import { normalTableState } from './logic/table.ts';
import { effectsOf, NOTHING, SHOWN, update, type Action, type Effects, type ViewerState } from './state.ts';

/** What a commit has done away from the view: sigma, the panels, the URL (main.ts). */
export interface ViewHost {
  /** Sigma draws again; `reindex` when sizes changed its node index. */
  redraw(reindex: boolean): void;
  panels(): void;
  writeUrl(): void;
}

/**
 * Up to this many nodes, metrics that the appearance or a filter stage needs before the worker
 * has answered are computed at once on this thread (a few tens of milliseconds); above it, the
 * stored look is shown until the worker answers.
 */
const SYNC_METRICS_MAX_NODES = 1_000;

export class View {
  /** Replaced by each dispatch, never changed in place but for what is derived from it. */
  state: ViewerState;
  painted!: Painted;
  /** The styles the reducers look up: nodes' when the graph, the filter or the appearance changes, edges' when the graph or the filter does. */
  nodeLooks!: Map<string, NodeStyle>;
  edgeLooks!: Map<string, EdgeStyle>;

  constructor(
    public loaded: Loaded,
    lang: Lang,
    restored: UrlState,
    private readonly host: ViewHost,
  ) {
    const filtered = visibleEdges(loaded.graph, restored.filter, loaded.index);
    this.state = {
      lang,
      ...restored,
      table: normalTableState(restored.table),
      hovered: null,
      filtered,
      visibility: filtered,
      steps: [],
      focus: null,
      layoutRunning: false,
      firstRenderMs: null,
      settledMs: null,
      metricsMs: null,
    };
    this.refilter();
    this.refocus();
  }

  /** The reader's change: the state updated (state.ts), then committed. */
  dispatch(action: Action): void {
    this.state = update(this.state, action);
    this.commit(effectsOf(action));
  }

  /** What `effects` says: derived again, then drawn, the panels, the URL. */
  commit(effects: Readonly<Effects> = SHOWN): void {
    if (effects.derive === 'filter') this.refilter();
    else if (effects.derive === 'stages') this.restage();
    else if (effects.derive === 'styles') this.restyle();
    if (effects.draw) this.host.redraw(effects.reindex);
    if (effects.panels) this.host.panels();
    if (effects.url) this.host.writeUrl();
  }

  /**
   * Another graph: filters, stages, changes and selection start afresh (the `reset` action),
   * the appearance stays. Derived, not committed: main.ts commits once sigma has the graph.
   */
  replace(loaded: Loaded): void {
    this.loaded = loaded;
    this.state = update(this.state, { type: 'reset' });
    this.refilter();
  }

  get graph(): RelataGraph {
    return this.loaded.graph;
  }

  /** Whether the appearance or a stage reads a metric. */
  readsMetrics(): boolean {
    const { appearance, stages } = this.state;
    return [appearance.color, appearance.size, ...stagesRead(stages)].some(isMetricKey);
  }

  /** The metrics: the worker's, or computed here when something needs them on a small graph. */
  metrics(): Metrics | null {
    const { loaded } = this;
    if (!loaded.metrics && this.readsMetrics() && loaded.graph.order <= SYNC_METRICS_MAX_NODES)
      loaded.metrics = computeMetrics(loaded.graph);
    return loaded.metrics;
  }

  /** The node the reader points at or selected, and its neighbourhood, if shown. */
  refocus(): void {
    const { visibility, hovered, selection } = this.state;
    this.state.focus = focusOf(this.graph, visibility, hovered, selection);
  }

  /** The filter, then the stages, then every style. */
  refilter(): void {
    this.state.filtered = visibleEdges(this.graph, this.state.filter, this.loaded.index);
    this.restage();
  }

  /** The stages applied to what the filter shows, then every style. */
  restage(): void {
    const staged = applyStages(this.graph, this.state.filtered, this.state.stages, (key) =>
      attributeValues(this.graph, key, this.metrics()),
    );
    this.state.visibility = staged.visibility;
    this.state.steps = staged.steps;
    this.repaint();
    this.restyleEdges();
  }

  /** The appearance's colours, sizes and legends, then the nodes' styles. */
  repaint(): void {
    this.painted = paintOf(this.graph, this.state.appearance, this.metrics(), this.loaded.attributes);
    this.restyleNodes();
  }

  /** In the changes mode, the kinds of change colour the graph, over the appearance's colours. */
  restyleNodes(): void {
    const changes = this.changes();
    this.nodeLooks = nodeLooks(
      this.graph,
      this.state.visibility,
      changes ? { ...this.painted.paint, colors: changes.nodeColors } : this.painted.paint,
    );
  }

  /** Both styles, for what changes the colours of both (the changes mode). */
  restyle(): void {
    this.restyleNodes();
    this.restyleEdges();
  }

  restyleEdges(): void {
    this.edgeLooks = edgeLooks(
      this.graph,
      this.state.visibility,
      this.loaded.curvatures,
      this.changes()?.edgeColors ?? null,
    );
  }

  /**
   * The changes since state.changes, computed once per graph and date; null when the mode is off.
   * At once from the dates of the evidence; then, for the graph relata serves, from the server,
   * whose answer replaces it when the store kept a snapshot from before the date (it knows what
   * was removed).
   */
  changes(): ChangeView | null {
    const { loaded } = this;
    const since = this.state.changes;
    if (!since || !isDiffDate(since)) return null;
    if (loaded.changes?.since !== since) {
      loaded.changes = { since, view: changeView(loaded.graph, diffSince(asLibraryGraph(loaded.graph), since)) };
      if (loaded.served) this.askServerForChanges(since);
    }
    return loaded.changes.view;
  }

  private askServerForChanges(since: string): void {
    const current = this.loaded;
    void fetch(new URL(`api/diff?since=${encodeURIComponent(since)}`, location.href))
      .then((response) => (response.ok ? (response.json() as Promise<GraphDiff>) : null))
      .then(
        (diff) => {
          if (!diff?.removals || this.loaded !== current || this.state.changes !== since) return;
          current.changes = { since, view: changeView(current.graph, diff) };
          this.commit({ ...NOTHING, derive: 'styles', draw: true });
        },
        () => undefined,
      );
  }
}
