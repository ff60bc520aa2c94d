/**
 * The "changes" mode: what is new in the graph since a date (the library's diffSince, by the
 * dates of the evidence documents) or since an older graph (diffGraphs, e.g. a snapshot the
 * store kept), shown on the graph and as a list. Changed relations and new entities take the
 * colour of their kind of change; the ends of changed relations keep their own colour; the
 * rest is greyed. What was removed is not in the graph shown: it is listed, ghosted, and a
 * removed relation between two entities still there is drawn dashed (ui/ghost-layer.ts). Pure.
 */

import { diffChanges } from '../../../src/graph/diff.ts';
import type { Change, GraphDiff } from '../../../src/graph/diff-types.ts';
import type { RelataGraph } from './model.ts';
import type { Selection } from './reducers.ts';

/** The kinds of change a relation or an entity is shown by, most specific first. */
export const CHANGE_KINDS = [
  'fulfilled',
  'denied',
  'modality',
  'added',
  'strengthened',
  'removed',
  'weakened',
] as const;
export type ChangeKindShown = (typeof CHANGE_KINDS)[number];

/** Distinct from the entity-type and modality colours; each at least 3:1 on white. */
export const CHANGE_COLORS = {
  fulfilled: '#7b3fb5',
  denied: '#c0392b',
  modality: '#b35c00',
  added: '#1b7f3b',
  strengthened: '#2c6ddd',
  removed: '#8a939d',
  weakened: '#8a939d',
} satisfies Record<ChangeKindShown, string>;

/** What did not change. */
export const UNCHANGED_COLOR = '#dde1e6';

const KIND_OF: Record<Change['change'], ChangeKindShown> = {
  'entity-added': 'added',
  'entity-removed': 'removed',
  'relation-added': 'added',
  'relation-removed': 'removed',
  strengthened: 'strengthened',
  weakened: 'weakened',
  modality: 'modality',
  fulfilled: 'fulfilled',
  denied: 'denied',
};

export interface ChangeItem {
  kind: ChangeKindShown;
  /** An entity's label, or a relation's `subject predicate object`. */
  subject: string;
  predicate?: string;
  object?: string;
  /** What a click selects; null for what is no longer in the graph (ghosted). */
  target: Selection | null;
}

export interface ChangeView {
  diff: GraphDiff;
  nodeColors: Map<string, string>;
  edgeColors: Map<string, string>;
  items: ChangeItem[];
  /** Items per kind, for the legend. */
  counts: Partial<Record<ChangeKindShown, number>>;
  /** Removed relations whose two entities are still in the graph: [subject, object] keys, drawn as ghosts. */
  ghosts: [source: string, target: string][];
  /** Removed entities, at their place in the older graph (graph coordinates), drawn as ghosts too. */
  ghostNodes: { label: string; x: number; y: number }[];
}

const rank = (kind: ChangeKindShown) => CHANGE_KINDS.indexOf(kind);

export function changeView(graph: RelataGraph, diff: GraphDiff): ChangeView {
  const edgeKinds = new Map<string, ChangeKindShown>();
  const nodeKinds = new Map<string, ChangeKindShown>();
  const items: ChangeItem[] = [];
  const counts: ChangeView['counts'] = {};
  const ghosts: ChangeView['ghosts'] = [];
  const ghostNodes: ChangeView['ghostNodes'] = [];
  for (const change of diffChanges(diff)) {
    const kind = KIND_OF[change.change];
    counts[kind] = (counts[kind] ?? 0) + 1;
    if ('label' in change) {
      const present = graph.hasNode(change.key) && kind !== 'removed';
      if (present) nodeKinds.set(change.key, kind);
      else if (kind === 'removed' && Number.isFinite(change.x) && Number.isFinite(change.y))
        ghostNodes.push({ label: change.label, x: change.x, y: change.y });
      items.push({ kind, subject: change.label, target: present ? { kind: 'node', id: change.key } : null });
      continue;
    }
    const present = graph.hasEdge(change.key) && kind !== 'removed';
    if (kind === 'removed' && graph.hasNode(change.subjectKey) && graph.hasNode(change.objectKey))
      ghosts.push([change.subjectKey, change.objectKey]);
    if (present) {
      const known = edgeKinds.get(change.key);
      if (known === undefined || rank(kind) < rank(known)) edgeKinds.set(change.key, kind);
    }
    items.push({
      kind,
      subject: change.subject,
      predicate: change.predicate,
      object: change.object,
      target: present ? { kind: 'edge', id: change.key } : null,
    });
  }
  items.sort((a, b) => rank(a.kind) - rank(b.kind));

  const nodeColors = new Map<string, string>();
  const ends = new Set<string>();
  const edgeColors = new Map<string, string>();
  graph.forEachEdge((edge, _attrs, source, target) => {
    const kind = edgeKinds.get(edge);
    edgeColors.set(edge, kind ? CHANGE_COLORS[kind] : UNCHANGED_COLOR);
    if (kind) ends.add(source).add(target);
  });
  graph.forEachNode((node, attrs) => {
    const kind = nodeKinds.get(node);
    nodeColors.set(node, kind ? CHANGE_COLORS[kind] : ends.has(node) ? attrs.color : UNCHANGED_COLOR);
  });
  return { diff, nodeColors, edgeColors, items, counts, ghosts, ghostNodes };
}
