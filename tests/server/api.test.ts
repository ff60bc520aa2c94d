import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraph, saveSnapshot, serializeGraph } from '../../src/graph/index.ts';
import { answerApi, graphCache } from '../../src/server/api.ts';
import { CONTENT_SECURITY_POLICY, startServer } from '../../src/server/index.ts';
import { buildGraph } from '../graph/fixtures.ts';
import { richGraph } from '../query/fixture.ts';
import { CORPUS } from '../graph/fixtures.ts';
import { EXPENSIVE_QUERY, denseGraph } from './fixtures.ts';

const root = mkdtempSync(join(tmpdir(), 'relata-api-'));
const viewerDir = join(root, 'dist');
const graphDir = join(root, 'graph');
const emptyDir = join(root, 'empty');
for (const dir of [viewerDir, graphDir, emptyDir]) mkdirSync(dir, { recursive: true });
writeFileSync(join(viewerDir, 'index.html'), '<!doctype html><title>relata</title>');
const graphFile = join(graphDir, 'graph.json');
writeFileSync(graphFile, serializeGraph(richGraph()));

const PROBLEM = 'https://relata.dev/problems/';

describe('the JSON API', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let empty: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer({ graphDir, viewerDir, port: 0 });
    empty = await startServer({ graphDir: emptyDir, viewerDir, port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await empty.close();
  });

  /** A GET: answers are JSON, errors RFC 9457 problems whose `status` is the HTTP status. */
  const get = async (path: string, base = server.url) => {
    const res = await fetch(new URL(path, base));
    const body = await res.json();
    expect(res.headers.get('content-type')).toBe(
      res.ok ? 'application/json; charset=utf-8' : 'application/problem+json',
    );
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    if (!res.ok)
      expect(body).toMatchObject({
        type: expect.any(String),
        title: expect.any(String),
        status: res.status,
        detail: expect.stringMatching(/^relata\//),
      });
    return { status: res.status, body };
  };
  const spo = (rows: { subject: string; predicate: string; object: string }[]) =>
    rows.map((r) => `${r.subject} ${r.predicate} ${r.object}`);

  it('GET /api/match filters triples, resolving aliases', async () => {
    const { status, body } = await get('/api/match?subject=Allemagne&predicate=supplies');
    expect(status).toBe(200);
    expect(body).toMatchObject({ total: 2, offset: 0, limit: 100 });
    expect(spo(body.rows)).toEqual(['Germany supplies Leopard 2', 'Germany supplies Ukraine']);
    expect(body.rows[1].evidence[1]).toMatchObject({ doc: 'fr/chars.txt', date: '2024-02-03', modality: 'asserted' });
  });

  it.each([
    ['/api/match?modality=reported,hypothetical&object=Ukraine', ['Russia attacks Ukraine']],
    ['/api/match?from=2024-03&to=2024-03&predicate=member_of', ['France member_of NATO', 'Germany member_of NATO']],
    ['/api/match?subjectType=Person', ['Volodymyr Zelensky thanks France']],
    ['/api/match?minEvidence=2&limit=1', ['Germany supplies Ukraine']],
    ['/api/match?subject=Atlantis', []],
  ])('%s', async (path, expected) => {
    const { status, body } = await get(path);
    expect(status).toBe(200);
    expect(spo(body.rows)).toEqual(expected);
  });

  // Germany's four triples, sorted: member_of NATO, supplies Leopard 2, supplies Ukraine, supports NATO
  it.each([
    ['offset=0&limit=2', 0, 2, ['member_of NATO', 'supplies Leopard 2']],
    ['offset=1&limit=2', 1, 2, ['supplies Leopard 2', 'supplies Ukraine']],
    ['offset=2', 2, 100, ['supplies Ukraine', 'supports NATO']],
    ['offset=3&limit=5', 3, 5, ['supports NATO']],
    ['limit=0', 0, 0, []],
    ['offset=4', 4, 100, []],
    ['offset=1000', 1000, 100, []],
  ] as const)('GET /api/match pages with %s', async (paging, offset, limit, expected) => {
    const { status, body } = await get(`/api/match?subject=Germany&${paging}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ total: 4, offset, limit });
    expect(body.rows.map((r: { predicate: string; object: string }) => `${r.predicate} ${r.object}`)).toEqual(expected);
  });

  it.each([
    ['offset=0&limit=1', 0, 1, ['Germany Leopard 2']],
    ['offset=1&limit=1', 1, 1, ['Germany Ukraine']],
    ['offset=1', 1, 100, ['Germany Ukraine']],
    ['offset=2', 2, 100, []],
  ] as const)('GET /api/query pages with %s', async (paging, offset, limit, expected) => {
    const { status, body } = await get(
      `/api/query?q=${encodeURIComponent('?x supplies ?item . ?x member_of OTAN')}&${paging}`,
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ variables: ['x', 'item'], total: 2, offset, limit });
    expect(
      body.rows.map(
        (r: { bindings: Record<string, { label: string }> }) => `${r.bindings.x.label} ${r.bindings.item.label}`,
      ),
    ).toEqual(expected);
  });

  it.each([
    ['/api/match?predicate=loves', 'predicate', /parameter "predicate" takes one of supplies/],
    ['/api/match?modality=asserted,maybe', 'modality', /not "maybe"/],
    ['/api/match?from=last-week', 'from', /ISO date/],
    ['/api/match?minEvidence=two', 'minEvidence', /whole number/],
    ['/api/match?limit=-1', 'limit', /whole number/],
    ['/api/match?limit=100000', 'limit', /up to 10000/],
    ['/api/match?limit=', 'limit', /whole number/],
    ['/api/match?offset=-1', 'offset', /whole number/],
    ['/api/match?offset=1.5', 'offset', /whole number/],
    ['/api/match?offset=1e3', 'offset', /whole number/],
    ['/api/match?offset=99999999999999999999', 'offset', /whole number/],
    ['/api/match?offset=1&offset=2', 'offset', /given twice/],
    ['/api/match?colour=red', 'colour', /unknown parameter "colour"/],
    ['/api/match?subject=a&subject=b', 'subject', /given twice/],
    ['/api/query', 'q', /give a pattern/],
    ['/api/query?q=?x%20supplies%20Ukraine&type=Robot', 'type', /parameter "type"/],
    ['/api/query?q=?x%20supplies%20Ukraine&offset=x', 'offset', /whole number/],
    ['/api/query?q=?x%20supplies%20Ukraine&limit=10001', 'limit', /up to 10000/],
    ['/api/entity/Germany?x=1', 'x', /unknown parameter "x"/],
    ['/api/openapi.json?v=2', 'v', /unknown parameter "v"/],
  ])('%s → 400 bad-parameter', async (path, parameter, message) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    expect(body).toMatchObject({ type: `${PROBLEM}bad-parameter`, title: 'Bad parameter', parameter });
    expect(body.detail).toMatch(message);
  });

  it('checks parameters before reading the graph: a bad one is a 400 even with no graph', async () => {
    expect((await get('/api/match?offset=-1', empty.url)).body).toMatchObject({ status: 400, parameter: 'offset' });
    expect((await get(`/api/query?q=${encodeURIComponent('?x ?y')}`, empty.url)).body).toMatchObject({
      status: 400,
      type: `${PROBLEM}query-syntax`,
    });
  });

  it('gives the caret position of a syntax error', async () => {
    const { status, body } = await get(`/api/query?q=${encodeURIComponent('?x supplies Ukraine ?y')}`);
    expect(status).toBe(400);
    expect(body).toMatchObject({ type: `${PROBLEM}query-syntax`, title: 'Bad pattern', parameter: 'q', position: 20 });
    expect(body.detail.split('\n').slice(1)).toEqual(['  ?x supplies Ukraine ?y', `  ${' '.repeat(20)}^`]);
    expect((await get('/api/query?q=?x%20suplies%20Ukraine')).body).toMatchObject({
      type: `${PROBLEM}query-syntax`,
      detail: expect.stringMatching(/unknown predicate "suplies"/),
    });
  });

  it('GET /api/entity/:name describes an entity, or 404 with suggestions', async () => {
    const ok = await get('/api/entity/OTAN');
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ key: 'organization:nato', label: 'NATO', type: 'Organization', degree: 3 });
    expect((await get(`/api/entity/${encodeURIComponent('Volodymyr Zelensky')}`)).body.key).toBe(
      'person:volodymyr-zelensky',
    );
    const missing = await get('/api/entity/Allemange');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      type: `${PROBLEM}unknown-entity`,
      title: 'Unknown entity',
      status: 404,
      detail: 'relata/query: no entity "Allemange"; did you mean Germany (Allemagne)?',
      suggestions: ['Germany'],
    });
  });

  it('GET /api/query evaluates a pattern', async () => {
    const { status, body } = await get(
      `/api/query?q=${encodeURIComponent('?x supplies ?item . ?x member_of OTAN')}&evidence=1`,
    );
    expect(status).toBe(200);
    expect(body.variables).toEqual(['x', 'item']);
    expect(
      body.rows.map(
        (r: { bindings: Record<string, { label: string }>; evidence: number }) =>
          `${r.bindings.x.label} ${r.bindings.item.label} ${r.evidence}`,
      ),
    ).toEqual(['Germany Leopard 2 2', 'Germany Ukraine 3']);
    expect(body.rows[0].sentences).toHaveLength(2);
    const unknown = await get(`/api/query?q=${encodeURIComponent('?x supplies Ukriane')}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ type: `${PROBLEM}unknown-entity`, suggestions: ['Ukraine'], position: 12 });
  });

  it.each([
    ['/api/nope', 'about:blank', /no API route "\/api\/nope"/],
    ['/api/entity/', 'about:blank', /no API route/],
    ['/api/match/', 'about:blank', /no API route/],
  ])('answers 404 Not Found for the unknown route %s', async (path, type, detail) => {
    const { status, body } = await get(path);
    expect(status).toBe(404);
    expect(body).toMatchObject({ type, title: 'Not Found', detail: expect.stringMatching(detail) });
  });

  it('GET /api/diff?since= tells what changed since a date, by the dates of the documents', async () => {
    const { status, body } = await get('/api/diff?since=2024-02');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      mode: 'since',
      since: '2024-02',
      removals: false,
      entities: { removed: null },
      relations: { removed: null, weakened: null },
    });
    expect(body.documents.added.map((d: { id: string }) => d.id)).toEqual(['en/sanctions.txt', 'fr/chars.txt']);
    expect(body.entities.added.map((e: { key: string }) => e.key)).toEqual(['organization:nato']);
    expect(spo(body.relations.added)).toEqual([
      'France member_of NATO',
      'France sanctions Germany',
      'France sanctions Russia',
      'Germany member_of NATO',
      'Germany supports NATO',
    ]);
    expect(
      body.relations.strengthened.map((r: { key: string; docCountBefore: number; docCountAfter: number }) => [
        r.key,
        r.docCountBefore,
        r.docCountAfter,
      ]),
    ).toEqual([
      ['country:germany|supplies|country:ukraine', 1, 2],
      ['country:russia|attacks|country:ukraine', 1, 2],
    ]);
    expect(body.summary).toMatchObject({
      entitiesAdded: 1,
      entitiesRemoved: null,
      relationsAdded: 5,
      strengthened: 2,
      weakened: null,
      changes: 8,
    });
  });

  it("GET /api/diff?since= compares with the store's latest snapshot before the date, so it knows what was removed", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relata-api-snapshot-'));
    const current = richGraph();
    writeFileSync(join(dir, 'graph.json'), serializeGraph(current));
    const older = current.copy();
    older.addNode('country:atlantis', { ...current.getNodeAttributes('country:france'), label: 'Atlantis' });
    await saveSnapshot(dir, older, new Date('2024-01-10T08:00:00Z'));
    const own = await startServer({ graphDir: dir, viewerDir, port: 0 });
    try {
      const { status, body } = await get('/api/diff?since=2024-02', own.url);
      expect(status).toBe(200);
      expect(body).toMatchObject({ mode: 'since', since: '2024-02', removals: true, baseline: '2024-01-10T08-00-00Z' });
      expect(body.entities.removed.map((e: { key: string }) => e.key)).toEqual(['country:atlantis']);
    } finally {
      await own.close();
    }
  });

  it.each([
    ['/api/diff', 'since'],
    ['/api/diff?since=yesterday', 'since'],
    ['/api/diff?since=2024-02-30', 'since'],
    ['/api/diff?since=2024&to=2025', 'to'],
  ])('GET %s is a 400 bad-parameter naming %s, graph or no graph', async (path, parameter) => {
    for (const base of [server.url, empty.url]) {
      const { status, body } = await get(path, base);
      expect(status).toBe(400);
      expect(body).toMatchObject({ type: `${PROBLEM}bad-parameter`, parameter });
    }
  });

  it('answers 404 no-graph when there is no graph, and Not Found for an unknown route even then', async () => {
    const none = await get('/api/match', empty.url);
    expect(none.status).toBe(404);
    expect(none.body).toMatchObject({
      type: `${PROBLEM}no-graph`,
      title: 'No graph',
      detail: expect.stringMatching(/no graph\.json/),
    });
    expect((await get('/api/nope', empty.url)).body.type).toBe('about:blank');
  });

  it('serves its OpenAPI description', async () => {
    const { status, body } = await get('/api/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/api/match', '/api/entity/{name}', '/api/query', '/api/openapi.json']),
    );
  });

  it('keeps the traversal protections on API paths', async () => {
    const traversal = await fetch(new URL('/api/%2e%2e/secret', server.url));
    expect(traversal.status).toBe(404);
    expect(await traversal.text()).not.toContain('secret');
    const post = await fetch(new URL('/api/match', server.url), { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect(post.headers.get('content-type')).toBe('application/problem+json');
    expect(await post.json()).toMatchObject({ type: 'about:blank', title: 'Method Not Allowed', status: 405 });
  });

  it('reloads the graph when graph.json changes', async () => {
    expect((await get('/api/match?subject=France')).body.total).toBe(3);
    writeFileSync(graphFile, serializeGraph(buildGraph([CORPUS.en1])));
    const later = new Date(Date.now() + 5_000);
    utimesSync(graphFile, later, later);
    expect((await get('/api/match?subject=France')).body.total).toBe(0);
    expect((await get('/api/match')).body.total).toBe(3);
    writeFileSync(graphFile, serializeGraph(richGraph()));
  });
});

describe('answerApi', () => {
  it.each([
    [
      'a graph that fails to load for an unexpected reason',
      () => Promise.reject(new Error('disk on fire')),
      500,
      'about:blank',
    ],
    ['a loader that finds no graph', () => Promise.resolve(undefined), 404, `${PROBLEM}no-graph`],
  ])('never throws: %s is a problem', async (_, load, status, type) => {
    const answer = await answerApi('/match', new URLSearchParams(), load);
    expect(answer).toMatchObject({ status, contentType: 'application/problem+json', body: { type, status } });
    expect(JSON.stringify(answer.body)).not.toContain('disk on fire');
  });

  it('answers a damaged graph.json with a 500 damaged-graph problem naming its first problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relata-damaged-'));
    writeFileSync(join(dir, 'graph.json'), '{"nodes": 3}');
    const answer = await answerApi('/entity/Germany', new URLSearchParams(), graphCache(join(dir, 'graph.json')));
    expect(answer).toMatchObject({
      status: 500,
      contentType: 'application/problem+json',
      body: { type: `${PROBLEM}damaged-graph`, title: 'Damaged graph', status: 500 },
    });
    // the file, then its first problem
    expect(answer.body).toMatchObject({
      detail: `relata/graph: "${join(dir, 'graph.json')}" is not a relata graph (attributes.format is not "relata-graph")`,
    });
  });
});

describe('the query budget', () => {
  const denseDir = join(root, 'dense');
  mkdirSync(denseDir, { recursive: true });
  writeFileSync(join(denseDir, 'graph.json'), serializeGraph(denseGraph(2000, 5)));
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer({ graphDir: denseDir, viewerDir, port: 0 });
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses a query over its work budget with a 503 problem, whatever its limit, and goes on serving', async () => {
    const q = encodeURIComponent(EXPENSIVE_QUERY);
    const res = await fetch(new URL(`/api/query?q=${q}&limit=10`, server.url));
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({
      type: `${PROBLEM}query-budget`,
      status: 503,
      title: 'Query too expensive',
      detail: expect.stringContaining('narrow'),
    });
    const entity = await fetch(new URL('/api/entity/C1', server.url));
    expect(entity.status).toBe(200);
  });

  it('answers /api/entity while an expensive query is still running', async () => {
    const q = encodeURIComponent(EXPENSIVE_QUERY);
    const order: string[] = [];
    const query = fetch(new URL(`/api/query?q=${q}`, server.url)).then((res) => order.push(`query ${res.status}`));
    const entity = fetch(new URL('/api/entity/C1', server.url)).then((res) => order.push(`entity ${res.status}`));
    await Promise.all([query, entity]);
    expect(order).toEqual(['entity 200', 'query 503']);
  });
});

describe('the graph cache', () => {
  it('parses graph.json once for requests that arrive together, and again once it changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relata-cache-'));
    const file = join(dir, 'graph.json');
    writeFileSync(file, serializeGraph(richGraph()));
    const load = graphCache(file);
    const first = await Promise.all(Array.from({ length: 50 }, load));
    expect(new Set(first).size).toBe(1);
    writeFileSync(file, serializeGraph(createGraph()));
    utimesSync(file, new Date(), new Date(Date.now() + 60_000));
    const second = await Promise.all(Array.from({ length: 50 }, load));
    expect(new Set(second).size).toBe(1);
    expect(second[0]).not.toBe(first[0]);
  });
});
