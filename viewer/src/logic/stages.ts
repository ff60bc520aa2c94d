/**
 * Filter stages, stacked after the evidence filters (logic/filters.ts) as Gephi Lite stacks
 * its filters: each takes the graph the previous one left and keeps part of it, and the panel
 * shows what each leaves. A stage keeps nodes; the edges kept are those already visible whose
 * two ends are kept.
 *
 * - `range`: nodes whose numeric attribute or metric lies in [min, max] (either end open);
 *   nodes without a value are dropped. While the metric is not computed yet, the stage keeps
 *   everything.
 * - `ego`: the nodes within `depth` relations (1–3, either direction) of a node.
 * - `component`: the largest connected component (relations taken both ways).
 * - `kcore`: the k-core: nodes left with at least k distinct neighbours once those with fewer
 *   are removed, repeatedly.
 * - `group`: the nodes picked with the rectangle selection.
 *
 * Stages are plain data, written into the URL by logic/url-state.ts.
 */

import type { Visibility } from './filters.ts';
import type { RelataGraph } from './model.ts';

export type Stage =
  | { kind: 'range'; key: string; min?: number; max?: number }
  | { kind: 'ego'; node: string; depth: number }
  | { kind: 'component' }
  | { kind: 'kcore'; k: number }
  | { kind: 'group'; nodes: string[] };

export const EGO_DEPTHS = [1, 2, 3] as const;

/** The values a range stage reads (appearance.ts attributeValues); null while a metric is not computed. */
export type ValuesOf = (key: string) => Map<string, string | number> | null;

export interface StagedView {
  /** What is shown once every stage has been applied. */
  visibility: Visibility;
  /** Nodes and edges left after each stage, in order. */
  steps: { nodes: number; edges: number }[];
}

/** The visible neighbours of each visible node, either direction, each once. */
function neighbourhoods(graph: RelataGraph, visibility: Visibility): Map<string, Set<string>> {
  const around = new Map<string, Set<string>>();
  visibility.nodes.forEach((node) => around.set(node, new Set()));
  visibility.edges.forEach((edge) => {
    const [source, target] = graph.extremities(edge);
    if (source === target) return;
    around.get(source)?.add(target);
    around.get(target)?.add(source);
  });
  return around;
}

function egoNetwork(around: Map<string, Set<string>>, center: string, depth: number): Set<string> {
  const kept = new Set<string>();
  if (!around.has(center)) return kept;
  kept.add(center);
  let frontier = [center];
  for (let step = 0; step < depth && frontier.length; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const neighbour of around.get(node)!) {
        if (!kept.has(neighbour)) {
          kept.add(neighbour);
          next.push(neighbour);
        }
      }
    }
    frontier = next;
  }
  return kept;
}

/** The largest connected component; among equal sizes, the one holding the smallest node id, so the choice does not depend on order. */
function largestComponent(around: Map<string, Set<string>>): Set<string> {
  const seen = new Set<string>();
  let best: { nodes: Set<string>; first: string } | null = null;
  for (const start of around.keys()) {
    if (seen.has(start)) continue;
    const nodes = new Set([start]);
    const stack = [start];
    let first = start;
    seen.add(start);
    while (stack.length) {
      for (const neighbour of around.get(stack.pop()!)!) {
        if (seen.has(neighbour)) continue;
        seen.add(neighbour);
        nodes.add(neighbour);
        stack.push(neighbour);
        if (neighbour < first) first = neighbour;
      }
    }
    if (!best || nodes.size > best.nodes.size || (nodes.size === best.nodes.size && first < best.first))
      best = { nodes, first };
  }
  return best?.nodes ?? new Set();
}

function kCore(around: Map<string, Set<string>>, k: number): Set<string> {
  const degree = new Map([...around].map(([node, neighbours]) => [node, neighbours.size]));
  const removed = new Set<string>();
  const queue = [...degree].filter(([, d]) => d < k).map(([node]) => node);
  queue.forEach((node) => removed.add(node));
  while (queue.length) {
    for (const neighbour of around.get(queue.pop()!)!) {
      if (removed.has(neighbour)) continue;
      const d = degree.get(neighbour)! - 1;
      degree.set(neighbour, d);
      if (d < k) {
        removed.add(neighbour);
        queue.push(neighbour);
      }
    }
  }
  return new Set([...around.keys()].filter((node) => !removed.has(node)));
}

function inRange(value: string | number | undefined, min: number | undefined, max: number | undefined): boolean {
  if (typeof value !== 'number') return false;
  return (min === undefined || value >= min) && (max === undefined || value <= max);
}

/** The nodes a stage keeps out of those visible. */
function keptBy(graph: RelataGraph, visibility: Visibility, stage: Stage, valuesOf: ValuesOf): Set<string> {
  switch (stage.kind) {
    case 'range': {
      const values = valuesOf(stage.key);
      if (!values) return visibility.nodes;
      return new Set([...visibility.nodes].filter((node) => inRange(values.get(node), stage.min, stage.max)));
    }
    case 'ego':
      return egoNetwork(neighbourhoods(graph, visibility), stage.node, stage.depth);
    case 'component':
      return largestComponent(neighbourhoods(graph, visibility));
    case 'kcore':
      return kCore(neighbourhoods(graph, visibility), stage.k);
    case 'group': {
      const group = new Set(stage.nodes);
      return new Set([...visibility.nodes].filter((node) => group.has(node)));
    }
  }
}

/** Applies the stages in order to what the evidence filters show. */
export function applyStages(
  graph: RelataGraph,
  visibility: Visibility,
  stages: readonly Stage[],
  valuesOf: ValuesOf,
): StagedView {
  const steps: StagedView['steps'] = [];
  let current = visibility;
  for (const stage of stages) {
    const nodes = keptBy(graph, current, stage, valuesOf);
    const edges = new Set(
      [...current.edges].filter((edge) => nodes.has(graph.source(edge)) && nodes.has(graph.target(edge))),
    );
    current = { nodes, edges };
    steps.push({ nodes: nodes.size, edges: edges.size });
  }
  return { visibility: current, steps };
}

/** The attributes the stages read (their ranges'), so the metrics can be computed first if needed. */
export const stagesRead = (stages: readonly Stage[]): string[] =>
  stages.flatMap((stage) => (stage.kind === 'range' ? [stage.key] : []));

/** A stage in the URL: `range:<min>:<max>:<key>`, `ego:<depth>:<node>`, `component`, `kcore:<k>`, `group:<JSON list of ids>` (free text last). */
export function encodeStage(stage: Stage): string {
  switch (stage.kind) {
    case 'range':
      return `range:${stage.min ?? ''}:${stage.max ?? ''}:${stage.key}`;
    case 'ego':
      return `ego:${stage.depth}:${stage.node}`;
    case 'component':
      return 'component';
    case 'kcore':
      return `kcore:${stage.k}`;
    case 'group':
      return `group:${JSON.stringify(stage.nodes)}`;
  }
}

const bound = (text: string): number | undefined | null => {
  if (text === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
};

/** A stage read back from the URL, or null if malformed. */
export function decodeStage(text: string): Stage | null {
  const colon = text.indexOf(':');
  const kind = colon < 0 ? text : text.slice(0, colon);
  const rest = colon < 0 ? '' : text.slice(colon + 1);
  switch (kind) {
    case 'range': {
      const match = /^([^:]*):([^:]*):(.+)$/s.exec(rest);
      if (!match) return null;
      const [min, max] = [bound(match[1]!), bound(match[2]!)];
      if (min === null || max === null) return null;
      return { kind, key: match[3]!, ...(min !== undefined && { min }), ...(max !== undefined && { max }) };
    }
    case 'ego': {
      const match = /^([123]):(.+)$/s.exec(rest);
      return match ? { kind, depth: Number(match[1]), node: match[2]! } : null;
    }
    case 'component':
      return colon < 0 ? { kind } : null;
    case 'kcore': {
      const k = Number(rest);
      return /^\d+$/.test(rest) && k >= 1 ? { kind, k } : null;
    }
    case 'group': {
      try {
        const nodes: unknown = JSON.parse(rest);
        return Array.isArray(nodes) && nodes.length > 0 && nodes.every((n) => typeof n === 'string')
          ? { kind, nodes }
          : null;
      } catch {
        return null;
      }
    }
    default:
      return null;
  }
}
