/**
 * Appearance from any attribute, as Gephi Lite offers it: node colour by a categorical
 * attribute (a palette, largest class first) or a numeric one (a sequential scale), node size
 * by any numeric attribute (mapped onto the stored sizes' range), and the legend that explains
 * both. An attribute is a node attribute of the graph (relata's `type`, or any attribute of a
 * GEXF/GraphML file from another tool) or a metric (logic/metrics.ts). Pure functions: the
 * reducers apply the resulting Paint; the graph is never edited.
 */

import { COMMUNITY_PALETTE } from './display.ts';
import type { Metrics, NodeMetrics } from './metrics.ts';
import { DEFAULT_NODE_COLOR, type RelataGraph } from './model.ts';
import type { Paint } from './reducers.ts';

const METRIC_KEYS = [
  'inDegree',
  'outDegree',
  'weightedDegree',
  'pagerank',
  'betweenness',
  'community',
] as const satisfies readonly (keyof NodeMetrics)[];
export type MetricKey = (typeof METRIC_KEYS)[number];

export const isMetricKey = (key: string): key is MetricKey => (METRIC_KEYS as readonly string[]).includes(key);

/** The stored colour (entity type) and size (weighted degree): no attribute is read for them. */
export const STORED_COLOR = 'type';
export const STORED_SIZE = 'degree';

export type AttributeKind = 'category' | 'number';

export interface Attribute {
  key: string;
  kind: AttributeKind;
  metric: boolean;
}

/** Node attributes that are the drawing itself or free text, never offered for appearance or filters. */
const DRAWING = ['x', 'y', 'size', 'color', 'hidden', 'highlighted', 'forceLabel', 'zIndex', 'image', 'fixed'];
const NOT_ATTRIBUTES = new Set([...DRAWING, 'label', 'aliases']);

/** A category with more values than this is an identifier or free text, not something to colour by. */
const MAX_CATEGORIES = 50;

type Value = string | number;

/** A value we can map: a finite number, a non-empty string; booleans read as strings. */
function readable(value: unknown): Value | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return String(value);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The attributes offered for colour, size and range filters: the node attributes found in the
 * graph (numbers if every value is one, categories if they have few distinct values), then the
 * metrics (community is a category), each once, in a stable order.
 */
export function nodeAttributes(graph: RelataGraph): Attribute[] {
  const seen = new Map<string, { numbers: boolean; values: Set<Value> }>();
  graph.forEachNode((_, attrs) => {
    for (const [key, raw] of Object.entries(attrs)) {
      if (NOT_ATTRIBUTES.has(key) || isMetricKey(key)) continue;
      const value = readable(raw);
      if (value === undefined) continue;
      const entry = seen.get(key) ?? { numbers: true, values: new Set() };
      entry.numbers &&= typeof value === 'number';
      if (entry.values.size <= MAX_CATEGORIES) entry.values.add(value);
      seen.set(key, entry);
    }
  });
  const found: Attribute[] = [...seen]
    .filter(([, { numbers, values }]) => numbers || values.size <= MAX_CATEGORIES)
    .map(([key, { numbers }]) => ({ key, kind: numbers ? 'number' : 'category', metric: false }));
  found.sort((a, b) => (a.key === STORED_COLOR ? -1 : b.key === STORED_COLOR ? 1 : a.key < b.key ? -1 : 1));
  const metrics = METRIC_KEYS.map(
    (key): Attribute => ({ key, kind: key === 'community' ? 'category' : 'number', metric: true }),
  );
  return [...found, ...metrics];
}

/** Each node's value of an attribute (nodes without one are absent); null for a metric not computed yet. */
export function attributeValues(graph: RelataGraph, key: string, metrics: Metrics | null): Map<string, Value> | null {
  const values = new Map<string, Value>();
  if (isMetricKey(key)) {
    if (!metrics) return null;
    for (const [node, nodeMetrics] of Object.entries(metrics)) {
      const value = nodeMetrics[key];
      if (value !== undefined && graph.hasNode(node)) values.set(node, value);
    }
    return values;
  }
  graph.forEachNode((node, attrs) => {
    const value = readable(Reflect.get(attrs, key));
    if (value !== undefined) values.set(node, value);
  });
  return values;
}

/** [min, max] of some numbers, without spreading a large array into arguments; undefined when empty. */
export function extent(values: Iterable<number>): [number, number] | undefined {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : undefined;
}

/** The ends of the numeric colour scale: light enough to tell from the darkest, both readable on white (3:1 and more). */
export const SCALE_COLORS = ['#8fb3de', '#0b3a75'] as const;

/** Missing values, and categories beyond the palette, share the palette's neutral last colour. */
export const OTHER_COLOR = COMMUNITY_PALETTE[COMMUNITY_PALETTE.length - 1]!;

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** The colour at `t` (0–1) between two hex colours, interpolated in RGB. */
export function mix(from: string, to: string, t: number): string {
  const a = hexToRgb(from);
  const b = hexToRgb(to);
  return `#${a
    .map((c, i) =>
      Math.round(c + (b[i]! - c) * Math.min(1, Math.max(0, t)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

export type Legend =
  | {
      kind: 'category';
      key: string;
      items: { value: string; name?: string; color: string; count: number }[];
      others: number;
      missing: number;
    }
  | { kind: 'scale'; key: string; min: number; max: number; from: string; to: string; missing: number };

export interface SizeLegend {
  key: string;
  min: number;
  max: number;
}

/** Categories by decreasing count, then value, so the largest class gets the first colour whatever the file's order. */
function rankCategories(values: Map<string, Value>): [string, number][] {
  const counts = new Map<string, number>();
  for (const v of values.values()) counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
}

/** Each community's name in a legend: the label of its largest member (stored size), ties by id. */
function communityNames(graph: RelataGraph, metrics: Metrics): Map<number, string> {
  const top = new Map<number, string>();
  graph.forEachNode((node, attrs) => {
    const community = metrics[node]?.community;
    if (community === undefined) return;
    const best = top.get(community);
    if (
      best === undefined ||
      attrs.size > graph.getNodeAttribute(best, 'size') ||
      (attrs.size === graph.getNodeAttribute(best, 'size') && node < best)
    )
      top.set(community, node);
  });
  return new Map([...top].map(([community, node]) => [community, graph.getNodeAttribute(node, 'label')]));
}

/** Colours for a categorical or numeric attribute, and the legend that explains them. */
export function colorMapping(
  graph: RelataGraph,
  key: string,
  kind: AttributeKind,
  values: Map<string, Value>,
): { colors: Map<string, string>; legend: Legend } {
  const colors = new Map<string, string>();
  const missing = graph.order - values.size;
  graph.forEachNode((node) => values.has(node) || colors.set(node, DEFAULT_NODE_COLOR));
  if (kind === 'number') {
    const [min, max] = extent([...values.values()].map(Number)) ?? [0, 0];
    for (const [node, v] of values)
      colors.set(node, mix(SCALE_COLORS[0], SCALE_COLORS[1], max > min ? (Number(v) - min) / (max - min) : 0.5));
    return { colors, legend: { kind: 'scale', key, min, max, from: SCALE_COLORS[0], to: SCALE_COLORS[1], missing } };
  }
  const ranked = rankCategories(values);
  const named = COMMUNITY_PALETTE.length - 1;
  const palette = new Map(ranked.slice(0, named).map(([value], i) => [value, COMMUNITY_PALETTE[i]!]));
  for (const [node, v] of values) colors.set(node, palette.get(String(v)) ?? OTHER_COLOR);
  const items = ranked.slice(0, named).map(([value, count]) => ({ value, color: palette.get(value)!, count }));
  const others = ranked.slice(named).reduce((sum, [, count]) => sum + count, 0);
  return { colors, legend: { kind: 'category', key, items, others, missing } };
}

/** Sizes for a numeric attribute, linear onto the range of the stored sizes (3–15 if they are all equal); missing values get the smallest. */
export function sizeMapping(
  graph: RelataGraph,
  key: string,
  values: Map<string, Value>,
): { sizes: Map<string, number>; legend: SizeLegend } {
  const stored = extent(graph.mapNodes((_, attrs) => attrs.size)) ?? [3, 15];
  const [low, high] = stored[1] > stored[0] ? stored : [3, 15];
  const [min, max] = extent([...values.values()].map(Number)) ?? [0, 0];
  const sizes = new Map<string, number>();
  graph.forEachNode((node) => {
    const v = values.get(node);
    sizes.set(
      node,
      v === undefined ? low : max > min ? low + ((Number(v) - min) / (max - min)) * (high - low) : (low + high) / 2,
    );
  });
  return { sizes, legend: { key, min, max } };
}

/** What colour and size stand for: an attribute's key, or STORED_COLOR / STORED_SIZE. */
export interface Appearance {
  color: string;
  size: string;
}

export const DEFAULT_APPEARANCE: Appearance = { color: STORED_COLOR, size: STORED_SIZE };

export interface Painted {
  paint: Paint;
  legend: Legend | null;
  sizeLegend: SizeLegend | null;
  /** The metric the appearance waits for (not computed yet): stored colours or sizes are shown meanwhile. */
  pending: boolean;
}

/**
 * The paint and legends of an appearance. An attribute the graph does not have (a URL made for
 * another graph), or of the wrong kind for size, falls back to the stored look.
 */
export function paintOf(
  graph: RelataGraph,
  appearance: Appearance,
  metrics: Metrics | null,
  attributes = nodeAttributes(graph),
): Painted {
  const find = (key: string) => attributes.find((a) => a.key === key);
  let pending = false;
  let colors: Map<string, string> | null = null;
  let legend: Legend | null = null;
  const colorBy = appearance.color === STORED_COLOR ? undefined : find(appearance.color);
  if (colorBy) {
    const values = attributeValues(graph, colorBy.key, metrics);
    if (values) ({ colors, legend } = colorMapping(graph, colorBy.key, colorBy.kind, values));
    else pending = true;
  }
  let sizes: Map<string, number> | null = null;
  let sizeLegend: SizeLegend | null = null;
  const sizeBy = appearance.size === STORED_SIZE ? undefined : find(appearance.size);
  if (sizeBy?.kind === 'number') {
    const values = attributeValues(graph, sizeBy.key, metrics);
    if (values) ({ sizes, legend: sizeLegend } = sizeMapping(graph, sizeBy.key, values));
    else pending = true;
  }
  if (legend?.kind === 'category' && legend.key === 'community' && metrics) {
    const names = communityNames(graph, metrics);
    legend.items.forEach((item) => (item.name = names.get(Number(item.value))));
  }
  return { paint: { colors, sizes }, legend, sizeLegend, pending };
}
