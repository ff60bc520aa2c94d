/**
 * Display state → what sigma draws, as pure functions. Each node's and edge's style out of
 * focus is prepared once (nodeLooks, edgeLooks) when the graph, the filter or the appearance
 * changes; main.ts wires nodeStyle / edgeStyle, which only look it up and adjust it for the
 * focus, into sigma's nodeReducer / edgeReducer. The graph itself is never edited for hover,
 * selection or filters. No sigma import here: the returned objects are the few display fields
 * we set.
 */

import type { Modality } from '../../../src/types.ts';
import { isBigGraph } from './display.ts';
import type { Visibility } from './filters.ts';
import { DEFAULT_EDGE_COLOR, type RelataGraph } from './model.ts';

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string };

/** What is in the foreground: a node and its neighbours, or an edge and its ends. */
export interface Focus {
  /** The hovered or selected node, if the focus is a node. */
  center: string | null;
  nodes: Set<string>;
  edges: Set<string>;
}

export const DIMMED_COLOR = '#e4e6ea';

export const EDGE_COLORS = {
  asserted: '#8d99a8',
  reported: '#a58bd1',
  hypothetical: '#e0a845',
  negated: '#e07a7a',
} satisfies Record<Modality, string>;

/** Hover wins over selection; only visible edges and nodes take part. */
export function focusOf(
  graph: RelataGraph,
  visibility: Visibility,
  hovered: string | null,
  selection: Selection | null,
): Focus | null {
  const node = hovered ?? (selection?.kind === 'node' ? selection.id : null);
  if (node !== null && graph.hasNode(node) && visibility.nodes.has(node)) {
    const focus: Focus = { center: node, nodes: new Set([node]), edges: new Set() };
    graph.forEachEdge(node, (edge, _attrs, source, target) => {
      if (!visibility.edges.has(edge)) return;
      focus.edges.add(edge);
      focus.nodes.add(source === node ? target : source);
    });
    return focus;
  }
  if (selection?.kind === 'edge' && graph.hasEdge(selection.id) && visibility.edges.has(selection.id)) {
    return { center: null, nodes: new Set(graph.extremities(selection.id)), edges: new Set([selection.id]) };
  }
  return null;
}

/** Colours and sizes that replace the stored ones (appearance, logic/appearance.ts); null keeps the stored. */
export interface Paint {
  colors: Map<string, string> | null;
  sizes: Map<string, number> | null;
}

const STORED_PAINT: Paint = { colors: null, sizes: null };

export interface NodeStyle {
  /** Sigma's node program; the entity type lives in `attrs.type` and must not reach sigma. */
  type: 'circle';
  hidden: boolean;
  color: string;
  size: number;
  label: string | null;
  highlighted: boolean;
  forceLabel: boolean;
  zIndex: number;
}

/**
 * Every node's style out of any focus, prepared when the graph, the filter or the appearance
 * changes, so that sigma's reducer only looks it up (nodeStyle).
 */
export function nodeLooks(
  graph: RelataGraph,
  visibility: Visibility,
  paint: Paint = STORED_PAINT,
): Map<string, NodeStyle> {
  const looks = new Map<string, NodeStyle>();
  graph.forEachNode((node, attrs) => {
    looks.set(node, {
      type: 'circle',
      hidden: !visibility.nodes.has(node),
      color: paint.colors?.get(node) ?? attrs.color,
      size: paint.sizes?.get(node) ?? attrs.size,
      label: attrs.label,
      highlighted: false,
      forceLabel: false,
      zIndex: 0,
    });
  });
  return looks;
}

/** A node's prepared look (nodeLooks), itself when nothing is in focus: what is out of focus is dimmed, the focus is brought forward. */
export function nodeStyle(node: string, look: NodeStyle, focus: Focus | null, selection: Selection | null): NodeStyle {
  const selected = selection?.kind === 'node' && selection.id === node;
  if (!focus) return selected ? { ...look, highlighted: true } : look;
  if (!focus.nodes.has(node)) return { ...look, color: DIMMED_COLOR, label: null, highlighted: selected };
  return { ...look, highlighted: selected || focus.center === node, forceLabel: true, zIndex: 1 };
}

export interface EdgeStyle {
  type: 'arrow' | 'curved';
  curvature: number;
  hidden: boolean;
  color: string;
  label: string | null;
  forceLabel: boolean;
  zIndex: number;
}

/** Every edge's style out of any focus, prepared when the graph or the filter changes (see nodeLooks); `colors` replace the modality's (the changes mode). */
export function edgeLooks(
  graph: RelataGraph,
  visibility: Visibility,
  curvatures: Map<string, number>,
  colors: Map<string, string> | null = null,
): Map<string, EdgeStyle> {
  const looks = new Map<string, EdgeStyle>();
  graph.forEachEdge((edge, attrs) => {
    const curvature = curvatures.get(edge) ?? 0;
    looks.set(edge, {
      type: curvature === 0 ? 'arrow' : 'curved',
      curvature,
      hidden: !visibility.edges.has(edge),
      color: colors?.get(edge) ?? EDGE_COLORS[attrs.modality] ?? attrs.color ?? DEFAULT_EDGE_COLOR,
      label: attrs.label,
      forceLabel: false,
      zIndex: 0,
    });
  });
  return looks;
}

/** An edge's prepared look (edgeLooks), itself when nothing is in focus. */
export function edgeStyle(edge: string, look: EdgeStyle, focus: Focus | null): EdgeStyle {
  if (!focus) return look;
  return focus.edges.has(edge)
    ? { ...look, forceLabel: true, zIndex: 1 }
    : { ...look, color: DIMMED_COLOR, label: null };
}

/**
 * Curvatures that keep parallel edges apart: edges joining the same two nodes (either
 * direction) fan out symmetrically; a lone edge, or the middle one of an odd group, stays
 * straight (absent from the map). On a big graph (logic/display.ts) every edge stays
 * straight: sigma's curve program costs far more to draw, in software WebGL most of all.
 * The sign flips for edges running against the pair's key order, since sigma bends
 * relative to the edge's own direction.
 */
export function parallelCurvatures(graph: RelataGraph, step = 0.35): Map<string, number> {
  const curvatures = new Map<string, number>();
  if (isBigGraph(graph.size)) return curvatures;
  const pairs = new Map<string, string[]>();
  graph.forEachEdge((edge, _attrs, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const edges = pairs.get(pair);
    if (edges) edges.push(edge);
    else pairs.set(pair, [edge]);
  });
  for (const edges of pairs.values()) {
    if (edges.length < 2) continue;
    edges.sort();
    edges.forEach((edge, i) => {
      const offset = (i - (edges.length - 1) / 2) * step;
      if (offset !== 0) curvatures.set(edge, graph.source(edge) < graph.target(edge) ? offset : -offset);
    });
  }
  return curvatures;
}
