/**
 * The read-only JSON API beside the viewer: /api/match, /api/entity/:name, /api/query, /api/diff
 * and /api/openapi.json (its description, openapi.ts). The graph is loaded once and reloaded when
 * graph.json's mtime or size changes. The list routes page with `offset` and `limit` and give
 * the `total`; every error is an RFC 9457 problem (problem.ts). Parameters are checked before
 * the graph is read, so a bad request is a 400 whatever the state of the graph folder.
 */
import { readFile, stat } from 'node:fs/promises';
import { RelataError } from '../errors.ts';
import { diffSince, isDiffDate } from '../graph/diff.ts';
import { diffSinceStore } from '../graph/snapshots.ts';
import { graphFromJSON } from '../graph/serialize.ts';
import { KnowledgeGraph } from '../knowledge-graph.ts';
import { readCriterion, type Criterion } from '../query/criteria.ts';
import type { TripleFilter } from '../query/match.ts';
import { parsePattern } from '../query/pattern.ts';
import { ENTITY_TYPES, PREDICATES, type EntityType, type Predicate } from '../types.ts';
import { PAGE } from './openapi-parameters.ts';
import { openApiDocument } from './openapi.ts';
import { PROBLEM_CONTENT_TYPE, problem, type Problem } from './problem.ts';

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

export interface ApiResponse {
  status: number;
  contentType: string;
  body: unknown;
}

const API_ROUTES = [
  '/api/match',
  '/api/entity/<name>',
  '/api/query?q=',
  '/api/diff?since=',
  '/api/openapi.json',
] as const;

/** A request the route cannot take, naming the parameter at fault. */
class BadParameter extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

/** A loader that re-reads graph.json only when it changed on disk. */
export function graphCache(graphFile: string): () => Promise<KnowledgeGraph | undefined> {
  // the load in flight is shared: requests arriving together parse the file once, not once each
  let cached: { mtimeMs: number; size: number; kg: Promise<KnowledgeGraph> } | undefined;
  return async () => {
    const info = await stat(graphFile).catch(() => undefined);
    if (!info?.isFile()) return (cached = undefined);
    if (!cached || cached.mtimeMs !== info.mtimeMs || cached.size !== info.size) {
      const entry = {
        mtimeMs: info.mtimeMs,
        size: info.size,
        kg: readFile(graphFile, 'utf8').then((text) => new KnowledgeGraph(graphFromJSON(text, graphFile))),
      };
      entry.kg.catch(() => cached === entry && (cached = undefined)); // a failed load is tried again next time
      cached = entry;
    }
    return cached.kg;
  };
}

/** Query parameters, checked against the names a route accepts; each at most once. */
function params(search: URLSearchParams, allowed: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, value] of search) {
    if (!allowed.includes(name)) {
      throw new BadParameter(
        name,
        `unknown parameter "${name}"; ${allowed.length ? `this route takes ${allowed.join(', ')}` : 'this route takes none'}`,
      );
    }
    if (out.has(name)) throw new BadParameter(name, `parameter "${name}" given twice`);
    out.set(name, value);
  }
  return out;
}

function oneOf<T extends string>(p: Map<string, string>, name: string, values: readonly T[]): T | undefined {
  const v = p.get(name);
  if (v === undefined) return undefined;
  if (!(values as readonly string[]).includes(v))
    throw new BadParameter(name, `parameter "${name}" takes one of ${values.join(', ')}, not "${v}"`);
  return v as T;
}

/** A criterion of a filter, read as the CLI reads it (query/criteria.ts). */
function criterion<K extends Criterion>(p: Map<string, string>, name: string, kind: K) {
  const v = p.get(name);
  if (v === undefined) return undefined;
  const read = readCriterion(kind, v);
  if (!read.ok) throw new BadParameter(name, `parameter "${name}" takes ${read.takes}, not "${read.bad}"`);
  return read.value;
}

const modalities = (p: Map<string, string>) => criterion(p, 'modality', 'modalities');
const date = (p: Map<string, string>, name: string) => criterion(p, name, 'date');

/** A whole number written in digits, at most `max`. */
function int(p: Map<string, string>, name: string, fallback: number, max?: number): number {
  const v = p.get(name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(n) || (max !== undefined && n > max)) {
    throw new BadParameter(
      name,
      `parameter "${name}" takes a whole number${max === undefined ? '' : ` up to ${max}`}, not "${v}"`,
    );
  }
  return n;
}

function page(p: Map<string, string>): { offset: number; limit: number } {
  return { offset: int(p, 'offset', 0), limit: int(p, 'limit', PAGE.limit, PAGE.maxLimit) };
}

/** A route checks its parameters, then answers from the graph (and its store folder, when it has one). */
type Route = (path: string, search: URLSearchParams) => (kg: KnowledgeGraph, storeDir?: string) => unknown;

const match: Route = (_path, search) => {
  const p = params(search, [
    'subject',
    'predicate',
    'object',
    'subjectType',
    'objectType',
    'modality',
    'from',
    'to',
    'doc',
    'minEvidence',
    'offset',
    'limit',
  ]);
  const filter: TripleFilter = {
    subject: p.get('subject'),
    predicate: oneOf<Predicate>(p, 'predicate', PREDICATES),
    object: p.get('object'),
    subjectType: oneOf<EntityType>(p, 'subjectType', ENTITY_TYPES),
    objectType: oneOf<EntityType>(p, 'objectType', ENTITY_TYPES),
    modality: modalities(p),
    from: date(p, 'from'),
    to: date(p, 'to'),
    doc: p.get('doc'),
    minEvidence: p.has('minEvidence') ? int(p, 'minEvidence', 1) : undefined,
  };
  const { offset, limit } = page(p);
  return (kg) => {
    const rows = kg.match(filter);
    return { total: rows.length, offset, limit, rows: rows.slice(offset, offset + limit) };
  };
};

const entity: Route = (path, search) => {
  params(search, []);
  const name = path.slice('/entity/'.length);
  return (kg) => kg.entity(name);
};

const query: Route = (_path, search) => {
  const p = params(search, ['q', 'type', 'modality', 'from', 'to', 'offset', 'limit', 'evidence']);
  const q = p.get('q');
  if (!q) throw new BadParameter('q', 'give a pattern: /api/query?q=?x supplies Ukraine');
  const evidence = oneOf(p, 'evidence', ['0', '1', 'true', 'false']);
  const options = {
    type: oneOf<EntityType>(p, 'type', ENTITY_TYPES),
    modality: modalities(p),
    from: date(p, 'from'),
    to: date(p, 'to'),
    evidence: evidence === '1' || evidence === 'true',
  };
  const { offset, limit } = page(p);
  const pattern = parsePattern(q);
  return async (kg) => {
    const result = await kg.queryAsync(pattern, { ...options, limit: offset + limit });
    return { variables: result.variables, total: result.total, offset, limit, rows: result.rows.slice(offset) };
  };
};

/** What changed in the graph since a date: from the store's latest snapshot before it, else by the dates of its documents (graph/snapshots.ts, diff.ts). */
const diff: Route = (_path, search) => {
  const p = params(search, ['since']);
  const since = p.get('since');
  if (!since) throw new BadParameter('since', 'give a date: /api/diff?since=2024-08-01');
  if (!isDiffDate(since))
    throw new BadParameter('since', `parameter "since" takes an ISO date (2024, 2024-08, 2024-08-12), not "${since}"`);
  return (kg, storeDir) => (storeDir ? diffSinceStore(storeDir, since, {}, kg.graph) : diffSince(kg.graph, since));
};

function routeOf(path: string): Route | undefined {
  if (path === '/match') return match;
  if (path === '/diff') return diff;
  if (path === '/query') return query;
  if (path.startsWith('/entity/') && path.length > '/entity/'.length) return entity;
  return undefined;
}

const json = (status: number, body: unknown): ApiResponse => ({ status, contentType: JSON_CONTENT_TYPE, body });
const failure = (body: Problem): ApiResponse => ({ status: body.status, contentType: PROBLEM_CONTENT_TYPE, body });

/** Answer one API request (path after /api, query string). Never throws: every failure is a problem. */
export async function answerApi(
  path: string,
  search: URLSearchParams,
  load: () => Promise<KnowledgeGraph | undefined>,
  storeDir?: string,
): Promise<ApiResponse> {
  try {
    if (path === '/openapi.json') {
      params(search, []);
      return json(200, openApiDocument());
    }
    const route = routeOf(path);
    if (!route) {
      return failure(
        problem(
          'not-found',
          `relata/server: no API route ${JSON.stringify('/api' + path)}; routes: ${API_ROUTES.join(', ')}`,
        ),
      );
    }
    const answer = route(path, search);
    const kg = await load();
    if (!kg) return failure(problem('no-graph', NO_GRAPH));
    return json(200, await answer(kg, storeDir));
  } catch (e) {
    return failure(problemOf(e));
  }
}

export const NO_GRAPH = 'relata/server: no graph.json in the graph folder; run `relata build` first';

/** The problem an error thrown while answering stands for. */
function problemOf(e: unknown): Problem {
  if (e instanceof BadParameter)
    return problem('bad-parameter', `relata/server: ${e.message}`, { parameter: e.parameter });
  if (!(e instanceof RelataError)) return problem('internal-error', 'relata/server: internal error');
  const position = typeof e.details.position === 'number' ? e.details.position : undefined;
  switch (e.code) {
    case 'E_QUERY_SYNTAX':
      return problem('query-syntax', e.message, { parameter: 'q', position: position ?? 0 });
    case 'E_NOT_FOUND': {
      const suggestions = (e.details.suggestions as { label: string }[] | undefined)?.map((s) => s.label) ?? [];
      return problem('unknown-entity', e.message, { suggestions, ...(position !== undefined && { position }) });
    }
    // a query over its work budget: refused, and the other requests go on
    case 'E_QUERY_BUDGET':
      return problem('query-budget', e.message);
    case 'E_GRAPH_FORMAT':
      return problem('damaged-graph', e.message);
    default:
      return problem('internal-error', 'relata/server: internal error');
  }
}
