/**
 * What changed: two graphs compared (`diffGraphs`), or one graph split at a date by the dates of
 * its evidence documents (`diffSince`). Pure and deterministic: nothing is modified, every list
 * is sorted (by node or edge key, then by kind of change), the same inputs give the same report.
 *
 * - Entities are compared by node key, relations by edge key (`subject|predicate|object`).
 * - A relation is strengthened or weakened when the number of documents supporting it (docCount)
 *   went up or down; its evidence count (weight) is given beside, but does not decide.
 * - Modality: relata stores a negated fact on the same edge as the fact (one edge per
 *   subject, predicate and object; each evidence item has its own modality, and the edge's is the
 *   strongest among them: asserted > reported > hypothetical > negated). So an edge turns
 *   `negated` only when all its evidence denies it; a new denial of a standing fact usually leaves
 *   the edge asserted. Each edge appears at most once among the modality changes, under the most
 *   specific kind:
 *   - `fulfilled`: a pledge became a delivery. There was a (non-negated) `pledges` edge s→t before,
 *     and now the `supplies` edge s→t is asserted where before it did not exist or was not asserted
 *     (the pairs are `DiffOptions.commitments`).
 *   - `denied`: a fact now denied. The edge was a fact before (asserted or reported) and now is
 *     negated, or has new negated evidence (`after` is then `negated`, `modality` the edge's own).
 *   - `modality`: any other change of the edge's modality (hypothetical or reported → asserted…).
 *
 * `diffSince(graph, since)` reads "before" as the evidence from documents dated before `since`
 * (undated documents, and those dated less precisely than `since` that may fall before it, count
 * as before) and "after" as all the evidence. Removals and weakenings cannot be known from one
 * graph (it holds only what it still has): they are `null` there, and `removals` is false.
 * A store folder with dated snapshots knows them: `diffSinceStore` (graph/snapshots.ts) diffs the
 * latest snapshot taken before `since` with the graph, and names it in `baseline`.
 */
import { RelataError } from '../errors.ts';
import {
  allEdges,
  docOf,
  edgeState,
  modalityChanges,
  relationChange,
  type EdgeState,
  type Sides,
} from './diff-edges.ts';
import type {
  Change,
  Commitment,
  DiffDocument,
  DiffSummary,
  EntityChange,
  EntityChangeKind,
  GraphDiff,
  RelationChange,
} from './diff-types.ts';
import { compareStrings, type RelataGraph } from './model.ts';

export interface DiffOptions {
  /** Default: `[{ pledge: 'pledges', delivery: 'supplies' }]`. */
  commitments?: readonly Commitment[];
}

export const DEFAULT_COMMITMENTS: readonly Commitment[] = [{ pledge: 'pledges', delivery: 'supplies' }];

/** A date `diffSince` takes: `2024`, `2024-08` or `2024-08-12`, a real month and day. */
export function isDiffDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [
    Number(m[1]),
    m[2] === undefined ? 1 : Number(m[2]),
    m[3] === undefined ? 1 : Number(m[3]),
  ];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Throws a RelataError `E_USAGE` unless `since` is an ISO date (`isDiffDate`). */
export function requireDiffDate(since: string): void {
  if (!isDiffDate(since))
    throw new RelataError(
      'graph',
      'E_USAGE',
      `a date since when is an ISO date (2024, 2024-08 or 2024-08-12), not "${since}"`,
      { since },
    );
}

function summarise(diff: Omit<GraphDiff, 'summary'>): DiffSummary {
  const n = <T>(list: T[] | null) => (list === null ? null : list.length);
  const { documents, entities, relations, modality } = diff;
  const counted = [
    entities.added,
    entities.removed,
    relations.added,
    relations.removed,
    relations.strengthened,
    relations.weakened,
    modality,
  ];
  return {
    documentsAdded: documents.added.length,
    documentsRemoved: n(documents.removed),
    entitiesAdded: entities.added.length,
    entitiesRemoved: n(entities.removed),
    relationsAdded: relations.added.length,
    relationsRemoved: n(relations.removed),
    strengthened: relations.strengthened.length,
    weakened: n(relations.weakened),
    modalityChanges: modality.length,
    fulfilled: modality.filter((m) => m.change === 'fulfilled').length,
    denied: modality.filter((m) => m.change === 'denied').length,
    changes: counted.reduce((sum, list) => sum + (list?.length ?? 0), 0),
  };
}

const diffDocument = (d: { id: string; title?: string; date?: string }): DiffDocument => ({
  id: d.id,
  ...(d.title !== undefined && { title: d.title }),
  ...(d.date !== undefined && { date: d.date }),
});

function entityChange(change: EntityChangeKind, graph: RelataGraph, key: string): EntityChange {
  const a = graph.getNodeAttributes(key);
  return { change, key, label: a.label, type: a.type, docCount: a.docs.length, x: a.x, y: a.y };
}

const byId = (x: DiffDocument, y: DiffDocument) => compareStrings(x.id, y.id);
const byKey = <T extends { key: string }>(list: T[]): T[] => list.sort((a, b) => compareStrings(a.key, b.key));

/**
 * What changed from graph `a` (the older) to graph `b`: entities and relations added and removed,
 * relations strengthened and weakened (by supporting documents), modality changes (`fulfilled`
 * pledges and `denied` facts included). Neither graph is modified.
 */
export function diffGraphs(a: RelataGraph, b: RelataGraph, options: DiffOptions = {}): GraphDiff {
  const sides: Sides = { graphAfter: b, before: allEdges(a), after: allEdges(b) };
  const docsA = new Map(a.getAttribute('documents').map((d) => [d.id, d]));
  const docsB = new Map(b.getAttribute('documents').map((d) => [d.id, d]));
  const entitiesAdded = b.filterNodes((key) => !a.hasNode(key)).map((key) => entityChange('entity-added', b, key));
  const entitiesRemoved = a.filterNodes((key) => !b.hasNode(key)).map((key) => entityChange('entity-removed', a, key));
  const added: RelationChange[] = [];
  const removed: RelationChange[] = [];
  const strengthened: RelationChange[] = [];
  const weakened: RelationChange[] = [];
  for (const [key, now] of sides.after) {
    const was = sides.before.get(key);
    if (!was) added.push(relationChange('relation-added', key, b, now, undefined, now));
    else if (now.docs.size > was.docs.size) strengthened.push(relationChange('strengthened', key, b, now, was, now));
    else if (now.docs.size < was.docs.size) weakened.push(relationChange('weakened', key, b, now, was, now));
  }
  for (const [key, was] of sides.before)
    if (!sides.after.has(key)) removed.push(relationChange('relation-removed', key, a, was, was, undefined));
  const diff = {
    mode: 'graphs' as const,
    since: null,
    removals: true,
    documents: {
      added: [...docsB.values()]
        .filter((d) => !docsA.has(d.id))
        .map(diffDocument)
        .sort(byId),
      removed: [...docsA.values()]
        .filter((d) => !docsB.has(d.id))
        .map(diffDocument)
        .sort(byId),
    },
    entities: { added: byKey(entitiesAdded), removed: byKey(entitiesRemoved) },
    relations: {
      added: byKey(added),
      removed: byKey(removed),
      strengthened: byKey(strengthened),
      weakened: byKey(weakened),
    },
    modality: modalityChanges(sides, options.commitments ?? DEFAULT_COMMITMENTS),
  };
  return { ...diff, summary: summarise(diff) };
}

/** Whether a document date is on or after `since`, compared at the precision of `since` (as the `from` filter does). */
const onOrAfter = (date: string | undefined, since: string): boolean =>
  date !== undefined && date.slice(0, since.length) >= since;

/**
 * What changed since a date, in one graph: "before" is the evidence from documents dated before
 * `since` or undated, "after" all of it. Added: entities and relations with no evidence before;
 * strengthened: relations with new documents since; modality changes as in `diffGraphs`.
 * Removals and weakenings cannot be known from one graph: `removals` is false and those lists null.
 * Throws a RelataError `E_USAGE` when `since` is not an ISO date (`2024`, `2024-08`, `2024-08-12`).
 */
export function diffSince(graph: RelataGraph, since: string, options: DiffOptions = {}): GraphDiff {
  requireDiffDate(since);
  const documents = graph.getAttribute('documents');
  const recent = new Set(documents.filter((d) => onOrAfter(d.date, since)).map((d) => d.id));
  const before = new Map<string, EdgeState>();
  const after = allEdges(graph);
  for (const [key, now] of after)
    before.set(
      key,
      edgeState(
        now.attrs,
        now.source,
        now.target,
        now.evidence.filter((ev) => !recent.has(docOf(ev))),
      ),
    );
  const sides: Sides = { graphAfter: graph, before, after };
  const added: RelationChange[] = [];
  const strengthened: RelationChange[] = [];
  const oldNodes = new Set<string>();
  for (const [key, now] of after) {
    const was = before.get(key)!;
    if (was.evidence.length === 0) added.push(relationChange('relation-added', key, graph, now, undefined, now));
    else {
      oldNodes.add(now.source).add(now.target);
      if (now.docs.size > was.docs.size) strengthened.push(relationChange('strengthened', key, graph, now, was, now));
    }
  }
  const diff = {
    mode: 'since' as const,
    since,
    removals: false,
    documents: {
      added: documents
        .filter((d) => recent.has(d.id))
        .map(diffDocument)
        .sort(byId),
      removed: null,
    },
    entities: {
      added: byKey(
        graph.filterNodes((key) => !oldNodes.has(key)).map((key) => entityChange('entity-added', graph, key)),
      ),
      removed: null,
    },
    relations: { added: byKey(added), removed: null, strengthened: byKey(strengthened), weakened: null },
    modality: modalityChanges(sides, options.commitments ?? DEFAULT_COMMITMENTS),
  };
  return { ...diff, summary: summarise(diff) };
}

/** Every change of a diff in one list, in the order of the report: entities, relations, modality. */
export function diffChanges(diff: GraphDiff): Change[] {
  const { entities, relations, modality } = diff;
  return [
    ...entities.added,
    ...(entities.removed ?? []),
    ...relations.added,
    ...(relations.removed ?? []),
    ...relations.strengthened,
    ...(relations.weakened ?? []),
    ...modality,
  ];
}
