/**
 * The layout panel's logic, pure (no DOM): ForceAtlas2's settings (defaults from the graph's
 * size, and clamped, so whatever the inputs hold never reaches the layout as NaN or a negative
 * gravity), a circular layout grouped by community,
 * and the hit test of the rectangle selection (ui/rectangle-select.ts).
 */

import type { Attributes } from 'graphology-types';
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import { BARNES_HUT_MIN_NODES, NOVERLAP_SETTINGS, NOVERLAP_SIZE_FACTOR } from '../../../src/graph/layout.ts';

/** What the panel exposes of ForceAtlas2's settings (Gephi's names in the comments). */
export interface LayoutSettings {
  /** Pull towards the centre ("Gravity"); 0 lets disconnected parts drift away. */
  gravity: number;
  /** Repulsion strength ("Scaling"): larger spreads the graph. */
  scalingRatio: number;
  /** Damping of the moves ("Tolerance"): larger is slower but steadier. */
  slowDown: number;
  /** How much edge weights (evidence counts) count: 0 ignores them, 1 as they are. */
  edgeWeightInfluence: number;
  /** Approximate repulsion (Barnes-Hut): much faster on large graphs, slightly less precise. */
  barnesHutOptimize: boolean;
  /** LinLog attraction: tighter, more separated clusters. */
  linLogMode: boolean;
  /** Gravity that grows with distance: keeps the picture compact. */
  strongGravityMode: boolean;
  /** "Dissuade hubs": hubs are pushed to the borders, authorities stay central. */
  outboundAttractionDistribution: boolean;
}

const NUMERIC_SETTINGS = ['gravity', 'scalingRatio', 'slowDown', 'edgeWeightInfluence'] as const;
export type NumericSetting = (typeof NUMERIC_SETTINGS)[number];
const BOOLEAN_SETTINGS = [
  'barnesHutOptimize',
  'linLogMode',
  'strongGravityMode',
  'outboundAttractionDistribution',
] as const;
export type BooleanSetting = (typeof BOOLEAN_SETTINGS)[number];

/**
 * The documented range of each number, bounds included (the panel's inputs use them as min/max/step).
 * ForceAtlas2 itself only asks for gravity and scaling >= 0; a scaling of 0 (no repulsion)
 * collapses the graph and a slowDown near 0 makes it explode, hence the positive minimums.
 */
export const SETTING_RANGES: Record<NumericSetting, { min: number; max: number; step: number }> = {
  gravity: { min: 0, max: 100, step: 0.05 },
  scalingRatio: { min: 0.01, max: 1000, step: 1 },
  slowDown: { min: 0.1, max: 1000, step: 0.5 },
  edgeWeightInfluence: { min: 0, max: 10, step: 0.1 },
};

/** ForceAtlas2's own defaults (graphology-layout-forceatlas2/defaults.js), the last resort of clampLayoutSettings. */
const FA2_DEFAULTS: LayoutSettings = {
  gravity: 1,
  scalingRatio: 1,
  slowDown: 1,
  edgeWeightInfluence: 1,
  barnesHutOptimize: false,
  linLogMode: false,
  strongGravityMode: false,
  outboundAttractionDistribution: false,
};

const clamp = (value: number, { min, max }: { min: number; max: number }) => Math.min(max, Math.max(min, value));

/**
 * Valid settings from anything: a number must be a finite number (a string such as '5', NaN or
 * Infinity is rejected), then it is clamped into SETTING_RANGES; a flag must be a boolean. A value
 * rejected, or missing, is taken from `fallback` (itself clamped), by default ForceAtlas2's defaults.
 */
export function clampLayoutSettings(
  partial: Partial<Record<keyof LayoutSettings, unknown>>,
  fallback: LayoutSettings = FA2_DEFAULTS,
): LayoutSettings {
  const result = {} as LayoutSettings;
  for (const key of NUMERIC_SETTINGS) {
    const value = partial[key];
    const backup = Number.isFinite(fallback[key]) ? fallback[key] : FA2_DEFAULTS[key];
    result[key] = clamp(typeof value === 'number' && Number.isFinite(value) ? value : backup, SETTING_RANGES[key]);
  }
  for (const key of BOOLEAN_SETTINGS) {
    const value = partial[key];
    result[key] =
      typeof value === 'boolean' ? value : typeof fallback[key] === 'boolean' ? fallback[key] : FA2_DEFAULTS[key];
  }
  return result;
}

/**
 * The starting settings for a graph (or a node count): ForceAtlas2's inferSettings (gravity
 * 0.05, scaling 10, strong gravity, slowDown 1 + ln(order)), clamped (an empty graph's
 * slowDown would be -Infinity), with Barnes-Hut from the build's threshold (src/graph/layout.ts).
 */
export function defaultLayoutSettings(graph: { order: number } | number): LayoutSettings {
  const order = typeof graph === 'number' ? graph : graph.order;
  return clampLayoutSettings({
    ...FA2_DEFAULTS,
    ...forceAtlas2.inferSettings(Math.max(0, order)),
    barnesHutOptimize: order > BARNES_HUT_MIN_NODES,
  });
}

/** The settings as ForceAtlas2 (and its worker supervisor) take them; only the panel's, the rest stay the library's defaults. */
export function toForceAtlas2Settings(settings: LayoutSettings): ForceAtlas2Settings {
  const valid = clampLayoutSettings(settings);
  return { ...valid };
}

export function sameLayoutSettings(a: LayoutSettings, b: LayoutSettings): boolean {
  return [...NUMERIC_SETTINGS, ...BOOLEAN_SETTINGS].every((key) => a[key] === b[key]);
}

/** The graph as circularByCommunity reads it: its nodes and their `size`. */
export interface NodeSource {
  forEachNode(callback: (node: string, attributes: Attributes) => void): void;
}

export type Positions = Record<string, { x: number; y: number }>;

/**
 * Every node on one circle, community after community: the largest community first (most
 * members; ties by lower index, i.e. communities()'s order), each community's nodes by decreasing
 * `size` (ties by id), clockwise from the top (sigma's y axis points up). `gap` empty slots
 * separate consecutive communities (none with a single community). Nodes missing from
 * `membership` come last, as one group. The default radius gives each slot about the room
 * noverlap wants for a node of mean size. Returns the positions; the graph is not written.
 */
export function circularByCommunity(
  graph: NodeSource,
  membership: ReadonlyMap<string, number>,
  radius?: number,
  gap = 1,
): Positions {
  const groups = new Map<number, { node: string; size: number }[]>();
  let sizeSum = 0;
  graph.forEachNode((node, attrs) => {
    const community = membership.get(node);
    const key = typeof community === 'number' && Number.isFinite(community) ? community : Infinity;
    const size = typeof attrs.size === 'number' && Number.isFinite(attrs.size) ? attrs.size : 0;
    sizeSum += size;
    const members = groups.get(key);
    if (members) members.push({ node, size });
    else groups.set(key, [{ node, size }]);
  });
  const ordered = [...groups.entries()]
    .sort(([a, membersA], [b, membersB]) => {
      if (a === Infinity || b === Infinity) return a === b ? 0 : a === Infinity ? 1 : -1;
      return membersB.length - membersA.length || a - b;
    })
    .map(([, members]) => members.sort((a, b) => b.size - a.size || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0)));
  const count = ordered.reduce((n, members) => n + members.length, 0);
  if (count === 0) return {};
  const gapSlots = ordered.length > 1 ? Math.max(0, Math.floor(Number.isFinite(gap) ? gap : 0)) : 0;
  const slots = count + gapSlots * ordered.length;
  const meanSize = sizeSum / count || 1;
  const spacing = 2 * (meanSize * NOVERLAP_SIZE_FACTOR * NOVERLAP_SETTINGS.ratio + NOVERLAP_SETTINGS.margin);
  const r =
    radius !== undefined && Number.isFinite(radius) && radius > 0
      ? radius
      : Math.max(100, (slots * spacing) / (2 * Math.PI));
  const positions: Positions = {};
  let slot = 0;
  for (const members of ordered) {
    for (const { node } of members) {
      const angle = Math.PI / 2 - (2 * Math.PI * slot++) / slots;
      positions[node] = { x: r * Math.cos(angle), y: r * Math.sin(angle) };
    }
    slot += gapSlots;
  }
  return positions;
}

export interface Rectangle {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The ids of the points inside the rectangle, its border included, whichever corners it is given by; points not finite are outside. */
export function nodesInRectangle(points: Iterable<readonly [string, number, number]>, rect: Rectangle): string[] {
  const [left, right] = rect.x1 <= rect.x2 ? [rect.x1, rect.x2] : [rect.x2, rect.x1];
  const [top, bottom] = rect.y1 <= rect.y2 ? [rect.y1, rect.y2] : [rect.y2, rect.y1];
  const inside: string[] = [];
  for (const [id, x, y] of points) if (x >= left && x <= right && y >= top && y <= bottom) inside.push(id);
  return inside;
}
