/**
 * The JSON API on a running server: /api/match (filters, paging), /api/query (patterns, paging,
 * syntax errors with their position), /api/entity, 400 bad-parameter problems, 404s with and
 * without a graph, the OpenAPI description, traversal protections and reloading graph.json.
 * /api/diff is in api-diff.test.ts, the query budget in api-budget.test.ts, loading the graph in
 * api-loading.test.ts.
 */
import { utimesSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializeGraph } from '../../src/graph/index.ts';
import { CORPUS, buildGraph } from '../graph/fixtures.ts';
import { richGraph } from '../query/fixture.ts';
import { PROBLEM, apiServers, getJSON, graphFile, spo } from './api-fixture.ts';

describe('the JSON API', () => {
  const servers = apiServers();
  const get = (path: string, base = servers.server.url) => getJSON(path, base);

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
    expect((await get('/api/match?offset=-1', servers.empty.url)).body).toMatchObject({
      status: 400,
      parameter: 'offset',
    });
    expect((await get(`/api/query?q=${encodeURIComponent('?x ?y')}`, servers.empty.url)).body).toMatchObject({
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

  it('answers 404 no-graph when there is no graph, and Not Found for an unknown route even then', async () => {
    const none = await get('/api/match', servers.empty.url);
    expect(none.status).toBe(404);
    expect(none.body).toMatchObject({
      type: `${PROBLEM}no-graph`,
      title: 'No graph',
      detail: expect.stringMatching(/no graph\.json/),
    });
    expect((await get('/api/nope', servers.empty.url)).body.type).toBe('about:blank');
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
    const traversal = await fetch(new URL('/api/%2e%2e/secret', servers.server.url));
    expect(traversal.status).toBe(404);
    expect(await traversal.text()).not.toContain('secret');
    const post = await fetch(new URL('/api/match', servers.server.url), { method: 'POST' });
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
