/**
 * The read-only JSON API beside the viewer: /api/match, /api/entity/:name, /api/query.
 * The graph is loaded once and reloaded when graph.json's mtime or size changes.
 * Bad parameters get 400 `{ error }`, unknown entities 404 `{ error, suggestions }`.
 */
import { readFile, stat } from 'node:fs/promises';
import { RelataError } from '../errors.ts';
import { graphFromJSON } from '../graph/store.ts';
import { KnowledgeGraph } from '../knowledge-graph.ts';
import { ISO_DATE } from '../query/filter.ts';
import type { TripleFilter } from '../query/match.ts';
import { ENTITY_TYPES, MODALITIES, PREDICATES, type EntityType, type Modality, type Predicate } from '../types.ts';

export interface ApiResponse {
  status: number;
  body: unknown;
}

class BadRequest extends Error {}

/** A loader that re-reads graph.json only when it changed on disk. */
export function graphCache(graphFile: string): () => Promise<KnowledgeGraph | undefined> {
  // the load in flight is shared: requests arriving together parse the file once, not once each
  let cached: { mtimeMs: number; size: number; kg: Promise<KnowledgeGraph> } | undefined;
  return async () => {
    const info = await stat(graphFile).catch(() => undefined);
    if (!info?.isFile()) return (cached = undefined);
    if (!cached || cached.mtimeMs !== info.mtimeMs || cached.size !== info.size) {
      const entry = { mtimeMs: info.mtimeMs, size: info.size, kg: readFile(graphFile, 'utf8').then((text) => new KnowledgeGraph(graphFromJSON(text, graphFile))) };
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
    if (!allowed.includes(name)) throw new BadRequest(`unknown parameter "${name}"; this route takes ${allowed.join(', ')}`);
    if (out.has(name)) throw new BadRequest(`parameter "${name}" given twice`);
    out.set(name, value);
  }
  return out;
}

function oneOf<T extends string>(p: Map<string, string>, name: string, values: readonly T[]): T | undefined {
  const v = p.get(name);
  if (v === undefined) return undefined;
  if (!(values as readonly string[]).includes(v)) throw new BadRequest(`parameter "${name}" takes one of ${values.join(', ')}, not "${v}"`);
  return v as T;
}

function modalities(p: Map<string, string>): Modality[] | undefined {
  const v = p.get('modality');
  if (v === undefined) return undefined;
  const list = v.split(',');
  const bad = list.find((m) => !(MODALITIES as readonly string[]).includes(m));
  if (bad !== undefined) throw new BadRequest(`parameter "modality" takes ${MODALITIES.join(', ')} (comma-separated), not "${bad}"`);
  return list as Modality[];
}

function date(p: Map<string, string>, name: string): string | undefined {
  const v = p.get(name);
  if (v !== undefined && !ISO_DATE.test(v)) throw new BadRequest(`parameter "${name}" takes an ISO date (2024, 2024-08, 2024-08-12), not "${v}"`);
  return v;
}

function int(p: Map<string, string>, name: string, fallback: number, max = Infinity): number {
  const v = p.get(name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!/^\d+$/.test(v) || n > max) throw new BadRequest(`parameter "${name}" takes a whole number up to ${max}, not "${v}"`);
  return n;
}

const MAX_LIMIT = 10_000;

/** Answer one API request (path after /api, query string). Never throws for bad input. */
export async function answerApi(path: string, search: URLSearchParams, load: () => Promise<KnowledgeGraph | undefined>): Promise<ApiResponse> {
  try {
    const kg = await load();
    if (!kg) return { status: 404, body: { error: 'relata/server: no graph.json in the graph folder; run `relata build` first' } };
    if (path === '/match') {
      const p = params(search, ['subject', 'predicate', 'object', 'subjectType', 'objectType', 'modality', 'from', 'to', 'doc', 'minEvidence', 'limit']);
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
      const limit = int(p, 'limit', 100, MAX_LIMIT);
      const rows = kg.match(filter);
      return { status: 200, body: { total: rows.length, rows: rows.slice(0, limit) } };
    }
    if (path.startsWith('/entity/')) {
      params(search, []);
      const name = path.slice('/entity/'.length);
      if (!name) throw new BadRequest('give an entity name: /api/entity/<name>');
      return { status: 200, body: kg.entity(name) };
    }
    if (path === '/query') {
      const p = params(search, ['q', 'type', 'modality', 'from', 'to', 'limit', 'evidence']);
      const q = p.get('q');
      if (!q) throw new BadRequest('give a pattern: /api/query?q=?x supplies Ukraine');
      const evidence = oneOf(p, 'evidence', ['0', '1', 'true', 'false']);
      const result = await kg.queryAsync(q, {
        type: oneOf<EntityType>(p, 'type', ENTITY_TYPES),
        modality: modalities(p),
        from: date(p, 'from'),
        to: date(p, 'to'),
        limit: int(p, 'limit', 100, MAX_LIMIT),
        evidence: evidence === '1' || evidence === 'true',
      });
      return { status: 200, body: result };
    }
    return { status: 404, body: { error: `relata/server: no API route ${JSON.stringify('/api' + path)}; routes: /api/match, /api/entity/<name>, /api/query?q=` } };
  } catch (e) {
    if (e instanceof BadRequest) return { status: 400, body: { error: `relata/server: ${e.message}` } };
    if (e instanceof RelataError && e.code === 'E_QUERY_SYNTAX') return { status: 400, body: { error: e.message, position: e.details.position } };
    // a query over its work budget: refused, and the other requests go on
    if (e instanceof RelataError && e.code === 'E_QUERY_BUDGET') return { status: 503, body: { type: 'about:blank', title: 'query too expensive', status: 503, detail: e.message } };
    if (e instanceof RelataError && e.code === 'E_NOT_FOUND') {
      const suggestions = (e.details.suggestions as { label: string }[] | undefined)?.map((s) => s.label) ?? [];
      return { status: 404, body: { error: e.message, suggestions } };
    }
    if (e instanceof RelataError && e.code === 'E_GRAPH_FORMAT') return { status: 500, body: { error: e.message } };
    throw e;
  }
}
