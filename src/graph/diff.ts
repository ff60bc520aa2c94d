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
import type { EntityType, Modality, Predicate } from '../types.ts';
import {
  MODALITY_STRENGTH,
  compareSentenceIds,
  compareStrings,
  splitSentenceId,
  strongerModality,
  type EdgeAttributes,
  type Evidence,
  type RelataGraph,
} from './model.ts';

export type EntityChangeKind = 'entity-added' | 'entity-removed';
export type RelationChangeKind = 'relation-added' | 'relation-removed' | 'strengthened' | 'weakened';
export type ModalityChangeKind = 'modality' | 'fulfilled' | 'denied';
export type ChangeKind = EntityChangeKind | RelationChangeKind | ModalityChangeKind;

export interface EntityChange {
  change: EntityChangeKind;
  /** Node key. */
  key: string;
  label: string;
  type: EntityType;
  /** Documents mentioning it (in the graph it is in; for `diffSince`, all of them). */
  docCount: number;
  /** Its place in the graph it is in (a removed entity's in the older graph): a viewer can draw it there. */
  x: number;
  y: number;
}

/** The relation a change is about. */
export interface RelationRef {
  /** Edge key, `subjectKey|predicate|objectKey`. */
  key: string;
  subject: string;
  subjectKey: string;
  predicate: Predicate;
  object: string;
  objectKey: string;
}

export interface RelationChange extends RelationRef {
  change: RelationChangeKind;
  /** The edge's modality now (before, for a removed relation). */
  modality: Modality;
  /** Supporting documents before and after (0 where the edge is absent). */
  docCountBefore: number;
  docCountAfter: number;
  /** Supporting sentences (the edge's weight) before and after. */
  weightBefore: number;
  weightAfter: number;
  /** Ids of the documents supporting it after and not before, and before and not after; sorted. */
  docsAdded: string[];
  docsRemoved: string[];
}

/** `key` is the edge that changed: for `fulfilled`, the `supplies` edge. */
export interface ModalityChange extends RelationRef {
  change: ModalityChangeKind;
  /** The edge's modality before; null when it did not exist (a `fulfilled` delivery may be new). */
  before: Modality | null;
  /** The modality it changed to: the edge's, except for `denied` (`negated`: the denial's). */
  after: Modality;
  /** The edge's modality now (for `denied`, often still the fact's). */
  modality: Modality;
  /** `after` stronger than `before` (a new edge counts as an upgrade), or weaker. */
  direction: 'upgrade' | 'downgrade';
  /** For `fulfilled`: the key of the pledge edge it fulfils. */
  pledge?: string;
  /** New evidence with the `after` modality (sentence ids `doc#index`, sorted by document then index). */
  sentences: string[];
}

export interface DiffDocument {
  id: string;
  title?: string;
  date?: string;
}

export interface DiffSummary {
  documentsAdded: number;
  documentsRemoved: number | null;
  entitiesAdded: number;
  entitiesRemoved: number | null;
  relationsAdded: number;
  relationsRemoved: number | null;
  strengthened: number;
  weakened: number | null;
  /** All modality changes, `fulfilled` and `denied` included. */
  modalityChanges: number;
  fulfilled: number;
  denied: number;
  /** Change records in all (entities, relations, modality changes); documents are not counted. */
  changes: number;
}

export interface GraphDiff {
  /** `graphs`: two graphs compared; `since`: one graph split at a date. */
  mode: 'graphs' | 'since';
  /** The date of `diffSince`; null for two graphs. */
  since: string | null;
  /**
   * Whether removals and weakenings are known: false for `diffSince`, whose `removed` and
   * `weakened` lists are null; true for two graphs, and for `diffSinceStore` when it found a snapshot.
   */
  removals: boolean;
  /**
   * With `since` (`diffSinceStore`, graph/snapshots.ts): the name of the store's snapshot the graph
   * was compared with (`2025-11-25T08-00-00Z`, the file `<store>/snapshots/<name>.json`), the latest
   * one taken before `since`. Absent when no snapshot was used (two graphs, or `diffSince`).
   */
  baseline?: string;
  documents: { added: DiffDocument[]; removed: DiffDocument[] | null };
  entities: { added: EntityChange[]; removed: EntityChange[] | null };
  relations: {
    added: RelationChange[];
    removed: RelationChange[] | null;
    strengthened: RelationChange[];
    weakened: RelationChange[] | null;
  };
  /** Sorted by edge key. */
  modality: ModalityChange[];
  summary: DiffSummary;
}

/** A promise and what keeps it: the pledge edge s→t, then the delivery edge s→t asserted. */
export interface Commitment {
  pledge: Predicate;
  delivery: Predicate;
}

export interface DiffOptions {
  /** Default: `[{ pledge: 'pledges', delivery: 'supplies' }]`. */
  commitments?: readonly Commitment[];
}

export const DEFAULT_COMMITMENTS: readonly Commitment[] = [{ pledge: 'pledges', delivery: 'supplies' }];

/** Any change, as `relata diff --format jsonl` prints them one a line. */
export type Change = EntityChange | RelationChange | ModalityChange;

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

// ---- one state of an edge: its evidence then (before) or now (after)

interface EdgeState {
  attrs: EdgeAttributes;
  source: string;
  target: string;
  evidence: readonly Evidence[];
  modality: Modality | undefined;
  docs: Set<string>;
}

const docOf = (ev: Evidence): string => splitSentenceId(ev.sentence)[0];

function edgeState(attrs: EdgeAttributes, source: string, target: string, evidence: readonly Evidence[]): EdgeState {
  return {
    attrs,
    source,
    target,
    evidence,
    modality: evidence.length ? evidence.map((ev) => ev.modality).reduce(strongerModality) : undefined,
    docs: new Set(evidence.map(docOf)),
  };
}

/** The two states of every edge; an edge absent on one side has no entry, or no evidence, there. */
interface Sides {
  graphAfter: RelataGraph;
  before: Map<string, EdgeState>;
  after: Map<string, EdgeState>;
}

const isFact = (m: Modality | undefined) => m === 'asserted' || m === 'reported';
const strength = (m: Modality) => MODALITY_STRENGTH.indexOf(m);
const sortedDocs = (docs: Iterable<string>) => [...docs].sort(compareStrings);
const minus = (a: Set<string>, b: Set<string> | undefined) => sortedDocs([...a].filter((x) => !b?.has(x)));

/** Evidence of `after` with `modality` that `before` did not have with it. */
function newSentences(after: EdgeState, before: EdgeState | undefined, modality: Modality): string[] {
  const old = new Set(before?.evidence.filter((ev) => ev.modality === modality).map((ev) => ev.sentence));
  return [
    ...new Set(
      after.evidence.filter((ev) => ev.modality === modality && !old.has(ev.sentence)).map((ev) => ev.sentence),
    ),
  ].sort(compareSentenceIds);
}

/** The relation of edge `key` in `graph`, its ends named. */
function relationRef(key: string, graph: RelataGraph, state: EdgeState): RelationRef {
  return {
    key,
    subject: graph.getNodeAttribute(state.source, 'label'),
    subjectKey: state.source,
    predicate: state.attrs.predicate,
    object: graph.getNodeAttribute(state.target, 'label'),
    objectKey: state.target,
  };
}

function relationChange(
  change: RelationChangeKind,
  key: string,
  graph: RelataGraph,
  state: EdgeState,
  before: EdgeState | undefined,
  after: EdgeState | undefined,
): RelationChange {
  return {
    change,
    ...relationRef(key, graph, state),
    modality: state.modality ?? state.attrs.modality,
    docCountBefore: before?.docs.size ?? 0,
    docCountAfter: after?.docs.size ?? 0,
    weightBefore: before?.evidence.length ?? 0,
    weightAfter: after?.evidence.length ?? 0,
    docsAdded: after ? minus(after.docs, before?.docs) : [],
    docsRemoved: before ? minus(before.docs, after?.docs) : [],
  };
}

function modalityChanges(sides: Sides, commitments: readonly Commitment[]): ModalityChange[] {
  const { before, after, graphAfter } = sides;
  const out = new Map<string, ModalityChange>();
  const record = (
    key: string,
    now: EdgeState,
    change: ModalityChangeKind,
    was: Modality | null,
    to: Modality,
    extra: Partial<ModalityChange> = {},
  ) => {
    out.set(key, {
      change,
      ...relationRef(key, graphAfter, now),
      before: was,
      after: to,
      modality: now.modality!,
      direction: was === null || strength(to) < strength(was) ? 'upgrade' : 'downgrade',
      ...extra,
      sentences: newSentences(now, before.get(key), to),
    });
  };
  const has = (state: EdgeState | undefined): state is EdgeState => state !== undefined && state.evidence.length > 0;
  // fulfilled first: a delivery edge may also be new, or have changed modality
  for (const { pledge, delivery } of commitments) {
    for (const [key, now] of after) {
      if (now.attrs.predicate !== delivery || now.modality !== 'asserted') continue;
      const was = before.get(key);
      if (has(was) && was.modality === 'asserted') continue;
      const pledgeKey = `${now.source}|${pledge}|${now.target}`;
      const promised = before.get(pledgeKey);
      if (!has(promised) || promised.modality === 'negated' || out.has(key)) continue;
      record(key, now, 'fulfilled', has(was) ? was.modality! : null, 'asserted', { pledge: pledgeKey });
    }
  }
  for (const [key, now] of after) {
    const was = before.get(key);
    if (!has(now) || !has(was) || out.has(key)) continue;
    if (isFact(was.modality) && (now.modality === 'negated' || newSentences(now, was, 'negated').length > 0))
      record(key, now, 'denied', was.modality!, 'negated');
    else if (now.modality !== was.modality) record(key, now, 'modality', was.modality!, now.modality!);
  }
  return [...out.values()].sort((a, b) => compareStrings(a.key, b.key));
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

function allEdges(graph: RelataGraph): Map<string, EdgeState> {
  const states = new Map<string, EdgeState>();
  graph.forEachEdge((key, attrs, source, target) => states.set(key, edgeState(attrs, source, target, attrs.evidence)));
  return states;
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
  if (!isDiffDate(since))
    throw new RelataError(
      'graph',
      'E_USAGE',
      `a date since when is an ISO date (2024, 2024-08 or 2024-08-12), not "${since}"`,
      { since },
    );
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
