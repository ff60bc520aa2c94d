/**
 * Display state → what sigma draws, as pure functions. main.ts wires them into sigma's
 * nodeReducer / edgeReducer; the graph itself is never edited for hover, selection or
 * filters. No sigma import here: the returned objects are the few display fields we set.
 */

import type { Modality } from '../../../src/types.ts';
import type { Visibility } from './filters.ts';
import { DEFAULT_EDGE_COLOR, type EdgeAttrs, type NodeAttrs, type RelataGraph } from './model.ts';

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
export function focusOf(graph: RelataGraph, visibility: Visibility, hovered: string | null, selection: Selection | null): Focus | null {
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

/** Colours and sizes that replace the stored ones (display modes, logic/display.ts); null keeps the stored. */
export interface Paint {
  colors: Map<string, string> | null;
  sizes: Map<string, number> | null;
}

export const STORED_PAINT: Paint = { colors: null, sizes: null };

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

export function nodeStyle(
  node: string,
  attrs: NodeAttrs,
  visibility: Visibility,
  focus: Focus | null,
  selection: Selection | null,
  paint: Paint = STORED_PAINT,
): NodeStyle {
  const inFocus = !focus || focus.nodes.has(node);
  const selected = selection?.kind === 'node' && selection.id === node;
  return {
    type: 'circle',
    hidden: !visibility.nodes.has(node),
    color: inFocus ? (paint.colors?.get(node) ?? attrs.color) : DIMMED_COLOR,
    size: paint.sizes?.get(node) ?? attrs.size,
    label: inFocus ? attrs.label : null,
    highlighted: selected || focus?.center === node,
    forceLabel: focus !== null && inFocus,
    zIndex: inFocus && focus ? 1 : 0,
  };
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

export function edgeStyle(
  edge: string,
  attrs: EdgeAttrs,
  visibility: Visibility,
  focus: Focus | null,
  curvatures: Map<string, number>,
): EdgeStyle {
  const inFocus = !focus || focus.edges.has(edge);
  const curvature = curvatures.get(edge) ?? 0;
  return {
    type: curvature === 0 ? 'arrow' : 'curved',
    curvature,
    hidden: !visibility.edges.has(edge),
    color: inFocus ? (EDGE_COLORS[attrs.modality] ?? attrs.color ?? DEFAULT_EDGE_COLOR) : DIMMED_COLOR,
    label: inFocus ? attrs.label : null,
    forceLabel: focus !== null && inFocus,
    zIndex: inFocus && focus ? 1 : 0,
  };
}

/**
 * Curvatures that keep parallel edges apart: edges joining the same two nodes (either
 * direction) fan out symmetrically; a lone edge, or the middle one of an odd group, stays
 * straight (absent from the map).
 * The sign flips for edges running against the pair's key order, since sigma bends
 * relative to the edge's own direction.
 */
export function parallelCurvatures(graph: RelataGraph, step = 0.35): Map<string, number> {
  const pairs = new Map<string, string[]>();
  graph.forEachEdge((edge, _attrs, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    pairs.set(pair, [...(pairs.get(pair) ?? []), edge]);
  });
  const curvatures = new Map<string, number>();
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
