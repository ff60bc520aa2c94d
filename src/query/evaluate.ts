/**
 * Evaluating a parsed pattern query: an index nested-loop join. Patterns run most selective
 * first (fewest candidate edges given what is bound), then always one that shares a variable
 * with those already run; each binding of the variables is one row. One edge per
 * (subject, predicate, object) means each row is bound by exactly one edge per pattern.
 */
import { RelataError } from '../errors.ts';
import { compareStrings, type Evidence, type RelataGraph } from '../graph/model.ts';
import type { EntityType, Modality, Predicate } from '../types.ts';
import { evidenceSpec, evidenceTest } from './filter.ts';
import { lookupEntity, type GraphIndex } from './lookup.ts';
import { evidenceRow, type EvidenceRow } from './match.ts';
import { parsePattern, type Query } from './pattern.ts';
import { notFoundMessage, suggestEntities } from './resolve.ts';

export interface QueryOptions {
  /** Entity type required of the first entity variable (the query's first entity column). */
  type?: EntityType;
  /** Evidence-level criteria: an edge binds a pattern when at least one of its evidence items passes. */
  modality?: Modality | Modality[];
  from?: string;
  to?: string;
  doc?: string | string[];
  /** At most this many rows (after sorting). */
  limit?: number;
  /** Attach the counted evidence sentences to each row. */
  evidence?: boolean;
  /** The work the query may do: candidate edges examined and milliseconds (defaults in QUERY_BUDGET); past it, E_QUERY_BUDGET. */
  budget?: { steps?: number; ms?: number };
}

/** A query that examines more candidate edges, or runs longer, stops (`limit` bounds the answer, not the work: rows are sorted). */
export const QUERY_BUDGET = { steps: 2_000_000, ms: 5_000 } as const;

export interface Binding {
  /** Node key, or the predicate for a relation variable. */
  key: string;
  label: string;
  type?: EntityType;
}

export interface QueryRow {
  bindings: Record<string, Binding>;
  /** The edge bound by each pattern, in pattern order. */
  edges: string[];
  /** Counted evidence sentences over the row's edges. */
  evidence: number;
  sentences?: EvidenceRow[];
}

export interface QueryResult {
  variables: string[];
  rows: QueryRow[];
  /** Rows before `limit`. */
  total: number;
}

type Slot = { variable: string } | { value: string };
interface Compiled {
  index: number;
  s: Slot;
  p: Slot;
  o: Slot;
}

const variablesOf = (c: Compiled) => [c.s, c.p, c.o].flatMap((slot) => ('variable' in slot ? [slot.variable] : []));

function compile(graph: RelataGraph, index: GraphIndex, query: Query): Compiled[] {
  const entity = (t: Query['patterns'][number]['subject']): Slot => {
    if (t.kind === 'variable') return { variable: t.name };
    const key = lookupEntity(graph, index, t.value);
    if (key) return { value: key };
    const suggestions = suggestEntities(graph, t.value, 5, index.forms);
    throw new RelataError('query', 'E_NOT_FOUND', notFoundMessage(t.value, suggestions), {
      name: t.value,
      position: t.pos,
      suggestions,
    });
  };
  return query.patterns.map((p, i) => ({
    index: i,
    s: entity(p.subject),
    p: p.predicate.kind === 'variable' ? { variable: p.predicate.name } : { value: p.predicate.value },
    o: entity(p.object),
  }));
}

/** Candidate-edge estimate of a pattern when the variables in `bound` are known. */
function cost(graph: RelataGraph, index: GraphIndex, c: Compiled, bound: Set<string>): number {
  const average = graph.order ? graph.size / graph.order : 0;
  const known = (slot: Slot, size: (v: string) => number) =>
    'value' in slot ? size(slot.value) : bound.has(slot.variable) ? average : Infinity;
  return Math.min(
    graph.size,
    known(c.s, (v) => graph.outDegree(v)),
    known(c.o, (v) => graph.inDegree(v)),
    known(c.p, (v) => index.byPredicate.get(v as Predicate)?.length ?? 0),
  );
}

/** Most selective first, then patterns joined to what is bound, cheapest first. */
function plan(graph: RelataGraph, index: GraphIndex, patterns: Compiled[]): Compiled[] {
  const left = [...patterns];
  const order: Compiled[] = [];
  const bound = new Set<string>();
  while (left.length) {
    const joined = left.filter((c) => variablesOf(c).some((v) => bound.has(v)));
    const pool = order.length && joined.length ? joined : left;
    const next = pool.reduce((a, b) => (cost(graph, index, b, bound) < cost(graph, index, a, bound) ? b : a));
    order.push(next);
    left.splice(left.indexOf(next), 1);
    variablesOf(next).forEach((v) => bound.add(v));
  }
  return order;
}

export function evaluateQuery(
  graph: RelataGraph,
  index: GraphIndex,
  query: Query | string,
  options: QueryOptions = {},
): QueryResult {
  const run = evaluation(graph, index, query, options);
  for (;;) {
    const next = run.next();
    if (next.done) return next.value;
  }
}

/** `evaluateQuery` that lets the event loop run every few thousand steps, so a server answers other requests meanwhile. */
export async function evaluateQueryAsync(
  graph: RelataGraph,
  index: GraphIndex,
  query: Query | string,
  options: QueryOptions = {},
): Promise<QueryResult> {
  const run = evaluation(graph, index, query, options);
  for (;;) {
    const next = run.next();
    if (next.done) return next.value;
    await new Promise((resume) => setImmediate(resume));
  }
}

/** The evaluation, pausing (yield) every `PAUSE_STEPS` candidate edges. */
const PAUSE_STEPS = 8192;

function* evaluation(
  graph: RelataGraph,
  index: GraphIndex,
  query: Query | string,
  options: QueryOptions,
): Generator<void, QueryResult, void> {
  const parsed = typeof query === 'string' ? parsePattern(query) : query;
  const ordered = plan(graph, index, compile(graph, index, parsed));
  const test = evidenceTest(evidenceSpec(options), index);
  const counted = new Map<string, Evidence[]>();
  const countedOf = (edge: string) => {
    let ev = counted.get(edge);
    if (!ev) {
      const all = graph.getEdgeAttribute(edge, 'evidence');
      counted.set(edge, (ev = test ? all.filter(test) : all));
    }
    return ev;
  };
  const typed = options.type ? parsed.entityVariables[0] : undefined;

  const solutions: { values: Map<string, string>; edges: string[] }[] = [];
  const values = new Map<string, string>();
  const edges: string[] = new Array(ordered.length);
  const get = (slot: Slot) => ('value' in slot ? slot.value : values.get(slot.variable));
  const maxSteps = options.budget?.steps ?? QUERY_BUDGET.steps;
  const deadline = Date.now() + (options.budget?.ms ?? QUERY_BUDGET.ms);
  let steps = 0;
  const spend = () => {
    if (++steps > maxSteps || ((steps & 4095) === 0 && Date.now() > deadline)) {
      throw new RelataError(
        'query',
        'E_QUERY_BUDGET',
        `the query needs more work than allowed (${maxSteps.toLocaleString('en')} candidate edges or ${options.budget?.ms ?? QUERY_BUDGET.ms} ms): name an entity or a relation to narrow it`,
        { steps },
      );
    }
  };

  function* step(depth: number): Generator<void, void, void> {
    if (depth === ordered.length) {
      solutions.push({ values: new Map(values), edges: [...edges] });
      return;
    }
    const c = ordered[depth]!;
    const [s, p, o] = [get(c.s), get(c.p), get(c.o)];
    const lists: string[][] = [];
    if (s !== undefined) lists.push(graph.outEdges(s));
    if (o !== undefined) lists.push(graph.inEdges(o));
    if (p !== undefined) lists.push(index.byPredicate.get(p as Predicate) ?? []);
    const candidates = lists.length ? lists.reduce((a, b) => (b.length < a.length ? b : a)) : graph.edges();
    for (const edge of candidates) {
      spend();
      if (steps % PAUSE_STEPS === 0) yield;
      const [source, target] = graph.extremities(edge);
      const predicate = graph.getEdgeAttribute(edge, 'predicate');
      if (
        (s !== undefined && source !== s) ||
        (o !== undefined && target !== o) ||
        (p !== undefined && predicate !== p)
      )
        continue;
      if (countedOf(edge).length === 0) continue;
      const added: string[] = [];
      let ok = true;
      for (const [slot, value] of [
        [c.s, source],
        [c.p, predicate],
        [c.o, target],
      ] as const) {
        if ('value' in slot) continue;
        const prev = values.get(slot.variable);
        if (prev !== undefined) ok &&= prev === value;
        else if (slot.variable === typed && graph.getNodeAttribute(value, 'type') !== options.type) ok = false;
        else {
          values.set(slot.variable, value);
          added.push(slot.variable);
        }
        if (!ok) break;
      }
      if (ok) {
        edges[c.index] = edge;
        yield* step(depth + 1);
      }
      added.forEach((v) => values.delete(v));
    }
  }
  yield* step(0);

  const binding = (variable: string, value: string): Binding =>
    parsed.entityVariables.includes(variable)
      ? { key: value, label: graph.getNodeAttribute(value, 'label'), type: graph.getNodeAttribute(value, 'type') }
      : { key: value, label: value };
  const rows: QueryRow[] = solutions.map(({ values, edges }) => {
    const row: QueryRow = {
      bindings: Object.fromEntries(parsed.variables.map((v) => [v, binding(v, values.get(v)!)])),
      edges,
      evidence: edges.reduce((n, e) => n + countedOf(e).length, 0),
    };
    if (options.evidence) row.sentences = edges.flatMap((e) => countedOf(e).map((ev) => evidenceRow(ev, index)));
    return row;
  });
  const sortKey = (r: QueryRow) =>
    parsed.variables.flatMap((v) => {
      const { label, key } = r.bindings[v]!;
      return [label, key];
    });
  rows.sort((a, b) => {
    const ka = sortKey(a);
    const kb = sortKey(b);
    for (const [i, x] of ka.entries()) if (x !== kb[i]) return compareStrings(x, kb[i]!);
    return compareStrings(a.edges.join('\n'), b.edges.join('\n'));
  });
  return {
    variables: parsed.variables,
    rows: options.limit !== undefined ? rows.slice(0, options.limit) : rows,
    total: rows.length,
  };
}
