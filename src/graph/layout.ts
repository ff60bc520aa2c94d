/**
 * Deterministic ForceAtlas2, then noverlap: starting positions come from a hash of the node
 * key, the layout runs a fixed number of iterations over a copy whose nodes and edges are
 * inserted in key order, and coordinates are rounded, so the same graph always gets the same bytes.
 * A graph that grew a little (an incremental build) keeps its stored layout instead: the nodes
 * that were there stay where they were, and the new ones find their place beside their neighbours
 * in a few iterations of ForceAtlas2 over them alone (their neighbours pinned), then make room for
 * themselves (make-room.ts). The work grows with what is new, and the picture the reader knows stays.
 */
import { MultiDirectedGraph } from 'graphology';
import forceAtlas2Import from 'graphology-layout-forceatlas2';
import noverlapImport, { type NoverlapLayoutParameters } from 'graphology-layout-noverlap';
import { cjsDefault } from '../cjs.ts';
import { makeRoom } from './make-room.ts';
import { compareStrings, type RelataGraph } from './model.ts';
import { round2 } from './style.ts';

const forceAtlas2 = cjsDefault(forceAtlas2Import);
const noverlap = cjsDefault(noverlapImport);

/** 200 iterations under 1k nodes, fewer above (FA2 with Barnes-Hut costs ~0.1 s per iteration at 10k nodes). */
export function defaultIterations(order: number): number {
  return order < 1_000 ? 200 : order < 5_000 ? 100 : 50;
}

/** Keep the stored layout when at least this share of the nodes has a place in it... */
const WARM_SHARE = 0.9;
/** ...for this share of the iterations a fresh layout gets (at least WARM_MIN_ITERATIONS). */
const WARM_FRACTION = 0.1;
const WARM_MIN_ITERATIONS = 5;
/** noverlap's most iterations (it stops earlier when nothing overlaps). */
const NOVERLAP_ITERATIONS = 150;
/** inferSettings turns Barnes-Hut on only above 2k nodes; from this many it is already several times faster. */
export const BARNES_HUT_MIN_NODES = 500;

/** noverlap reads size as a radius: a node's size is multiplied by this for it (not written)... */
export const NOVERLAP_SIZE_FACTOR = 2;
/** ...then by `ratio`, plus `margin`. */
export const NOVERLAP_SETTINGS = { margin: 12, ratio: 1.5, expansion: 1.1 } as const;
/** The circle noverlap keeps free around a node, for making room in a kept layout alike. */
const noverlapRadius = ({ size }: { size?: number }): number =>
  (Number.isFinite(size) ? size! : 1) * NOVERLAP_SIZE_FACTOR * NOVERLAP_SETTINGS.ratio + NOVERLAP_SETTINGS.margin;

/** noverlap after ForceAtlas2, here and in the viewer, on a grid of at least 20 cells a side (√order on big graphs). */
export function noverlapParameters(order: number): NoverlapLayoutParameters {
  return {
    maxIterations: NOVERLAP_ITERATIONS,
    inputReducer: (_, attrs) => ({
      x: attrs.x,
      y: attrs.y,
      size: (Number.isFinite(attrs.size) ? attrs.size! : 1) * NOVERLAP_SIZE_FACTOR,
    }),
    settings: { ...NOVERLAP_SETTINGS, gridSize: Math.max(20, Math.ceil(Math.sqrt(Math.max(0, order)))) },
  };
}

export interface LayoutOptions {
  /** ForceAtlas2 iterations (default: `defaultIterations`, or a tenth of it when keeping a stored layout). */
  iterations?: number;
  /** The nodes whose x, y are a stored layout to keep (an incremental build's nodes from before the merge). */
  placed?: ReadonlySet<string>;
}

/** FNV-1a (32 bits), mapped to [-1, 1). */
function hashUnit(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0) / 2 ** 31 - 1;
}

/** Half the width of the placed nodes' picture, at least 1. */
function extent(graph: RelataGraph, placed: ReadonlySet<string>): number {
  let max = 1;
  for (const node of placed)
    if (graph.hasNode(node))
      max = Math.max(max, Math.abs(graph.getNodeAttribute(node, 'x')), Math.abs(graph.getNodeAttribute(node, 'y')));
  return max;
}

/** Set `x`, `y` on every node. */
export function layoutGraph(graph: RelataGraph, options: LayoutOptions = {}): void {
  if (graph.order === 0) return;
  const nodes = graph.nodes().sort(compareStrings);
  const placed =
    options.placed && nodes.filter((node) => options.placed!.has(node)).length >= WARM_SHARE * nodes.length
      ? options.placed
      : undefined;
  // a kept layout lays out its new nodes among their placed neighbours only (those pinned): the
  // rest of the picture does not move, so its forces need not be computed
  const moving = placed ? nodes.filter((node) => !placed.has(node)) : nodes;
  const laidOut = placed
    ? [...new Set(moving.flatMap((node) => [node, ...graph.neighbors(node)]))].sort(compareStrings)
    : nodes;
  const copy = new MultiDirectedGraph<{ x: number; y: number; size?: number; fixed?: boolean }, { weight: number }>();
  // a fresh layout starts from hashed positions; a node new to a stored one, beside its placed
  // neighbours (near their centre), or at a hashed place within the stored picture
  const spread = placed ? extent(graph, placed) : 10 * Math.sqrt(graph.order);
  for (const node of laidOut) {
    const around = placed && !placed.has(node) ? graph.neighbors(node).filter((n) => placed.has(n)) : [];
    const mean = (axis: 'x' | 'y') =>
      around.reduce((sum, n) => sum + graph.getNodeAttribute(n, axis), 0) / around.length;
    const start = placed?.has(node)
      ? graph.getNodeAttributes(node)
      : around.length
        ? { x: mean('x') + hashUnit(`x:${node}`), y: mean('y') + hashUnit(`y:${node}`) }
        : { x: spread * hashUnit(`x:${node}`), y: spread * hashUnit(`y:${node}`) };
    copy.addNode(node, { x: start.x, y: start.y, fixed: placed?.has(node) ?? false });
  }
  const edges = placed ? [...new Set(moving.flatMap((node) => graph.edges(node)))] : graph.edges();
  for (const edge of edges.sort(compareStrings)) {
    copy.addDirectedEdgeWithKey(edge, graph.source(edge), graph.target(edge), {
      weight: graph.getEdgeAttribute(edge, 'weight'),
    });
  }
  const fresh = defaultIterations(graph.order);
  const iterations =
    options.iterations ?? (placed ? Math.max(WARM_MIN_ITERATIONS, Math.round(fresh * WARM_FRACTION)) : fresh);
  const settings = { ...forceAtlas2.inferSettings(copy), barnesHutOptimize: copy.order > BARNES_HUT_MIN_NODES };
  forceAtlas2.assign(copy, { iterations, settings, getEdgeWeight: 'weight' });
  // then spread nodes that sit on each other, so labels have room: all of a fresh layout's, only
  // the new ones in a kept layout, against every node of the picture
  if (placed) {
    const positions = new Map(graph.mapNodes((node, { x, y, size }) => [node, { x, y, size }] as const));
    copy.forEachNode((node, { x, y }) => Object.assign(positions.get(node)!, { x, y }));
    const angle = (node: string) => (hashUnit(`angle:${node}`) + 1) / 2;
    makeRoom(positions, moving, noverlapRadius, angle);
    for (const node of moving) {
      const { x, y } = positions.get(node)!;
      graph.mergeNodeAttributes(node, { x: round2(x), y: round2(y) });
    }
  } else {
    copy.forEachNode((node, attrs) => (attrs.size = graph.getNodeAttribute(node, 'size')));
    noverlap.assign(copy, noverlapParameters(copy.order));
    copy.forEachNode((node, { x, y }) => graph.mergeNodeAttributes(node, { x: round2(x), y: round2(y) }));
  }
}
