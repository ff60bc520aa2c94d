/** Neighbourhoods and paths: breadth-first over sorted adjacency, so results are deterministic. */
import { compareStrings, type RelataGraph } from '../graph/model.ts';
import type { EntityType, Predicate } from '../types.ts';

export type Direction = 'out' | 'in' | 'both';

export interface NeighborOptions {
  /** Follow edges out of the node (it is the subject), into it, or both; default both. */
  direction?: Direction;
  /** Follow only these predicates; default all. */
  predicates?: Predicate[];
  /** How many hops; default 1. */
  depth?: number;
}

/** One hop: the edge taken, and whether it was followed forwards (subject → object). */
export interface Step {
  edge: string;
  predicate: Predicate;
  from: string;
  to: string;
  direction: 'out' | 'in';
}

export interface Neighbor {
  key: string;
  label: string;
  type: EntityType;
  depth: number;
  /** The edge that first reached this node in breadth-first order. */
  via: Step;
}

/** The steps leaving `node`, sorted by edge key. */
function steps(graph: RelataGraph, node: string, direction: Direction, predicates?: Set<Predicate>): Step[] {
  const out: Step[] = [];
  const add = (edges: string[], dir: 'out' | 'in') => {
    for (const edge of edges) {
      const predicate = graph.getEdgeAttribute(edge, 'predicate');
      if (predicates && !predicates.has(predicate)) continue;
      const [s, t] = graph.extremities(edge);
      out.push({ edge, predicate, from: node, to: dir === 'out' ? t : s, direction: dir });
    }
  };
  if (direction !== 'in') add(graph.outEdges(node), 'out');
  if (direction !== 'out') add(graph.inEdges(node), 'in');
  return out.sort((a, b) => compareStrings(a.edge, b.edge) || compareStrings(a.direction, b.direction));
}

export function neighborsOf(graph: RelataGraph, start: string, options: NeighborOptions = {}): Neighbor[] {
  const { direction = 'both', depth = 1 } = options;
  const predicates = options.predicates && new Set(options.predicates);
  const seen = new Set([start]);
  const found: Neighbor[] = [];
  let frontier = [start];
  for (let d = 1; d <= depth && frontier.length; d++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const step of steps(graph, node, direction, predicates)) {
        if (seen.has(step.to)) continue;
        seen.add(step.to);
        next.push(step.to);
        const a = graph.getNodeAttributes(step.to);
        found.push({ key: step.to, label: a.label, type: a.type, depth: d, via: step });
      }
    }
    frontier = next.sort(compareStrings);
  }
  return found.sort((a, b) => a.depth - b.depth || compareStrings(a.label, b.label) || compareStrings(a.key, b.key));
}

export interface PathOptions {
  /** Longest path listed, in edges; default 3, at most 8. */
  maxLength?: number;
  predicates?: Predicate[];
  /** `both` (default) walks edges either way; `out` follows subject → object only. */
  direction?: 'out' | 'both';
  /** At most this many paths listed; default 100. */
  limit?: number;
}

export interface Paths {
  /** A shortest path (any length), or null when the two are not connected. */
  shortest: Step[] | null;
  /** Every simple path of at most `maxLength` edges, shortest first (bounded by `limit`). */
  paths: Step[][];
  /** True when `limit` (or the work bound) cut the list. */
  truncated: boolean;
}

/** Steps the simple-path search may take: on dense graphs the number of paths explodes with length. */
const WORK_BUDGET = 2_000_000;

export function pathsBetween(graph: RelataGraph, from: string, to: string, options: PathOptions = {}): Paths {
  const maxLength = Math.min(options.maxLength ?? 3, 8);
  const limit = options.limit ?? 100;
  const direction = options.direction ?? 'both';
  const predicates = options.predicates && new Set(options.predicates);
  const cache = new Map<string, Step[]>();
  const next = (node: string) => {
    let s = cache.get(node);
    if (!s) cache.set(node, (s = steps(graph, node, direction, predicates)));
    return s;
  };

  // Shortest: BFS recording the first step into each node.
  let shortest: Step[] | null = null;
  if (from === to) shortest = [];
  else {
    const parent = new Map<string, Step | null>([[from, null]]);
    let frontier = [from];
    while (frontier.length && !parent.has(to)) {
      const following: string[] = [];
      for (const node of frontier) {
        for (const step of next(node)) {
          if (parent.has(step.to)) continue;
          parent.set(step.to, step);
          following.push(step.to);
        }
      }
      frontier = following;
    }
    if (parent.has(to)) {
      shortest = [];
      for (let step = parent.get(to); step; step = parent.get(step.from)) shortest.unshift(step);
    }
  }

  // All simple paths up to maxLength: depth-first, then sorted by length and edge sequence.
  const paths: Step[][] = [];
  let truncated = false;
  let budget = WORK_BUDGET;
  const onPath = new Set([from]);
  const walk = (node: string, path: Step[]): void => {
    if (truncated) return;
    for (const step of next(node)) {
      if (--budget < 0) {
        truncated = true;
        return;
      }
      if (onPath.has(step.to)) continue;
      if (step.to === to) {
        if (paths.length >= limit * 4) {
          truncated = true;
          return;
        } // a bound on the work, not only the output
        paths.push([...path, step]);
        continue;
      }
      if (path.length + 1 >= maxLength) continue;
      onPath.add(step.to);
      walk(step.to, [...path, step]);
      onPath.delete(step.to);
    }
  };
  if (from !== to) walk(from, []);
  const sequence = (p: Step[]) => p.map((s) => `${s.edge}\u0000${s.direction}`).join('\u0001');
  paths.sort((a, b) => a.length - b.length || compareStrings(sequence(a), sequence(b)));
  if (paths.length > limit) truncated = true;
  return { shortest, paths: paths.slice(0, limit), truncated };
}
