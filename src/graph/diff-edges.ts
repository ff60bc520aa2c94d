/**
 * The two states of an edge a diff compares (diff.ts): its evidence before and after, and the
 * relation and modality changes read from them.
 */
import type { Modality } from '../types.ts';
import type {
  Commitment,
  ModalityChange,
  ModalityChangeKind,
  RelationChange,
  RelationChangeKind,
  RelationRef,
} from './diff-types.ts';
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

/** One state of an edge: its evidence then (before) or now (after), and what follows from it. */
export interface EdgeState {
  attrs: EdgeAttributes;
  source: string;
  target: string;
  evidence: readonly Evidence[];
  modality: Modality | undefined;
  docs: Set<string>;
}

/** The document of an evidence item (its sentence id is `doc#index`). */
export const docOf = (ev: Evidence): string => splitSentenceId(ev.sentence)[0];

/** The state of an edge with this evidence: its strongest modality (none without evidence) and its documents. */
export function edgeState(
  attrs: EdgeAttributes,
  source: string,
  target: string,
  evidence: readonly Evidence[],
): EdgeState {
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
export interface Sides {
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

/** A relation change of edge `key`, named in `graph` from `state`, with its counts before and after. */
export function relationChange(
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

/**
 * The modality changes from `before` to `after`, sorted by edge key: `fulfilled` commitments first,
 * then `denied` facts, then any other change of modality; each edge at most once.
 */
export function modalityChanges(sides: Sides, commitments: readonly Commitment[]): ModalityChange[] {
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

/** The state of every edge of `graph` with all its evidence. */
export function allEdges(graph: RelataGraph): Map<string, EdgeState> {
  const states = new Map<string, EdgeState>();
  graph.forEachEdge((key, attrs, source, target) => states.set(key, edgeState(attrs, source, target, attrs.evidence)));
  return states;
}
