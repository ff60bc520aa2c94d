/**
 * The layouts one graph can be given in the browser, behind the layout panel and the toolbar's
 * button: ForceAtlas2 in a web worker with the panel's settings (a settings change while it
 * runs restarts it from the current positions), noverlap as the build runs it, and a circle
 * grouped by community. Positions are written into the graph, which sigma redraws by itself.
 */

import FA2Layout from 'graphology-layout-forceatlas2/worker';
import noverlap from 'graphology-layout-noverlap';
import { noverlapParameters } from '../../src/graph/layout.ts';
import {
  circularByCommunity,
  defaultLayoutSettings,
  sameLayoutSettings,
  toForceAtlas2Settings,
  type LayoutSettings,
} from './logic/layouts.ts';
import { communities } from './logic/display.ts';
import type { Metrics } from './logic/metrics.ts';
import type { RelataGraph } from './logic/model.ts';

export class LayoutControl {
  settings: LayoutSettings;
  private supervisor: FA2Layout | null = null;
  /** The settings the supervisor was built with (a supervisor's settings are fixed). */
  private used: LayoutSettings | null = null;

  constructor(private readonly graph: RelataGraph) {
    this.settings = defaultLayoutSettings(graph);
  }

  get running(): boolean {
    return this.supervisor?.isRunning() ?? false;
  }

  start(): void {
    if (!this.supervisor || !this.used || !sameLayoutSettings(this.used, this.settings)) {
      this.supervisor?.kill();
      this.supervisor = new FA2Layout(this.graph, {
        settings: toForceAtlas2Settings(this.settings),
        getEdgeWeight: 'weight',
      });
      this.used = this.settings;
    }
    this.supervisor.start();
  }

  /** Stops ForceAtlas2, then spreads the nodes that sit on each other, so labels have room. */
  stop(): void {
    this.supervisor?.stop();
    this.spread();
  }

  toggle(): void {
    if (this.running) this.stop();
    else this.start();
  }

  setSettings(settings: LayoutSettings): void {
    this.settings = settings;
    if (this.running) this.start();
  }

  spread(): void {
    this.supervisor?.stop();
    noverlap.assign(this.graph, noverlapParameters(this.graph.order));
  }

  /** The nodes on a circle, grouped by community: the metrics' if computed, else Louvain's now. */
  circular(metrics: Metrics | null): void {
    this.supervisor?.stop();
    const membership = metrics
      ? new Map(Object.entries(metrics).map(([node, m]) => [node, m.community]))
      : communities(this.graph).membership;
    const positions = circularByCommunity(this.graph, membership);
    this.graph.updateEachNodeAttributes((node, attrs) => ({ ...attrs, ...positions[node] }), {
      attributes: ['x', 'y'],
    });
  }

  kill(): void {
    this.supervisor?.kill();
    this.supervisor = null;
  }
}
