/**
 * The viewer's state and what is derived from it for drawing, without sigma or the DOM: the
 * filter, then the stages (what is shown), the appearance's paint, the changes mode's view,
 * and the styles the reducers look up. main.ts calls these after each change, then redraws.
 */

import { diffSince, isDiffDate, type GraphDiff } from '../../src/graph/diff.ts';
import { attributeValues, isMetricKey, paintOf, type Appearance, type Painted } from './logic/appearance.ts';
import { changeView, type ChangeView } from './logic/changes.ts';
import { DEFAULT_FILTER, visibleEdges, type FilterSpec, type Visibility } from './logic/filters.ts';
import type { Lang } from './logic/i18n.ts';
import { computeMetrics, type Metrics } from './logic/metrics.ts';
import { edgeLooks, nodeLooks, type EdgeStyle, type Focus, type NodeStyle, type Selection } from './logic/reducers.ts';
import { applyStages, stagesRead, type Stage, type StagedView } from './logic/stages.ts';
import type { TableState } from './logic/table.ts';
import type { UrlState } from './logic/url-state.ts';
import type Sigma from 'sigma';
import type { Loaded } from './loaded.ts';
import { asLibraryGraph, type RelataGraph } from './logic/model.ts';

export interface ViewerState {
  lang: Lang;
  filter: FilterSpec;
  /** Stacked after the filter (logic/stages.ts). */
  stages: Stage[];
  appearance: Appearance;
  table: TableState;
  /** The changes mode's date, null when off. */
  changes: string | null;
  selection: Selection | null;
  hovered: string | null;
  /** What the filter shows, before the stages. */
  filtered: Visibility;
  /** What is shown: the filter, then the stages. */
  visibility: Visibility;
  /** What each stage leaves. */
  steps: StagedView['steps'];
  focus: Focus | null;
  layoutRunning: boolean;
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

/**
 * Up to this many nodes, metrics that the appearance or a filter stage needs before the worker
 * has answered are computed at once on this thread (a few tens of milliseconds); above it, the
 * stored look is shown until the worker answers.
 */
export const SYNC_METRICS_MAX_NODES = 1_000;

export class View {
  readonly state: ViewerState;
  painted!: Painted;
  /** The styles the reducers look up: nodes' when the graph, the filter or the appearance changes, edges' when the graph or the filter does. */
  nodeLooks!: Map<string, NodeStyle>;
  edgeLooks!: Map<string, EdgeStyle>;

  /** `changed` is called when something computed away from this thread (the server's diff) changed what is drawn. */
  constructor(
    public loaded: Loaded,
    lang: Lang,
    restored: UrlState,
    private readonly changed: () => void,
  ) {
    const filtered = visibleEdges(loaded.graph, restored.filter, loaded.index);
    this.state = {
      lang,
      ...restored,
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
  }

  /** Another graph: filters, stages, changes and selection start afresh; the appearance stays. */
  replace(loaded: Loaded): void {
    this.loaded = loaded;
    Object.assign(this.state, {
      filter: { ...DEFAULT_FILTER },
      stages: [],
      changes: null,
      selection: null,
      hovered: null,
      layoutRunning: false,
    });
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
          this.restyle();
          this.changed();
        },
        () => undefined,
      );
  }
}
