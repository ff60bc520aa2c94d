import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraph, serializeGraph } from '../../src/graph/index.ts';
import { graphCache } from '../../src/server/api.ts';
import { CONTENT_SECURITY_POLICY, startServer } from '../../src/server/index.ts';
import { buildGraph } from '../graph/fixtures.ts';
import { richGraph } from '../query/fixture.ts';
import { CORPUS } from '../graph/fixtures.ts';

const root = mkdtempSync(join(tmpdir(), 'relata-api-'));
const viewerDir = join(root, 'dist');
const graphDir = join(root, 'graph');
const emptyDir = join(root, 'empty');
for (const dir of [viewerDir, graphDir, emptyDir]) mkdirSync(dir, { recursive: true });
writeFileSync(join(viewerDir, 'index.html'), '<!doctype html><title>relata</title>');
const graphFile = join(graphDir, 'graph.json');
writeFileSync(graphFile, serializeGraph(richGraph()));

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

  const get = async (path: string, base = server.url) => {
    const res = await fetch(new URL(path, base));
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    return { status: res.status, body: await res.json() };
  };
  const spo = (rows: { subject: string; predicate: string; object: string }[]) => rows.map((r) => `${r.subject} ${r.predicate} ${r.object}`);

  it('GET /api/match filters triples, resolving aliases', async () => {
    const { status, body } = await get('/api/match?subject=Allemagne&predicate=supplies');
    expect(status).toBe(200);
    expect(body.total).toBe(2);
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

  it.each([
    ['/api/match?predicate=loves', /parameter "predicate" takes one of supplies/],
    ['/api/match?modality=asserted,maybe', /not "maybe"/],
    ['/api/match?from=last-week', /ISO date/],
    ['/api/match?limit=-1', /whole number/],
    ['/api/match?limit=100000', /up to 10000/],
    ['/api/match?colour=red', /unknown parameter "colour"/],
    ['/api/match?subject=a&subject=b', /given twice/],
    ['/api/query', /give a pattern/],
    ['/api/query?q=?x%20suplies%20Ukraine', /unknown predicate "suplies"/],
    ['/api/query?q=?x%20supplies%20Ukraine&type=Robot', /parameter "type"/],
    ['/api/entity/Germany?x=1', /unknown parameter "x"/],
  ])('%s → 400', async (path, message) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    expect(body.error).toMatch(message);
  });

  it('gives the caret position of a syntax error', async () => {
    const { body } = await get(`/api/query?q=${encodeURIComponent('?x supplies Ukraine ?y')}`);
    expect(body.position).toBe(20);
    expect(body.error.split('\n').slice(1)).toEqual(['  ?x supplies Ukraine ?y', `  ${' '.repeat(20)}^`]);
  });

  it('GET /api/entity/:name describes an entity, or 404 with suggestions', async () => {
    const ok = await get('/api/entity/OTAN');
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ key: 'organization:nato', label: 'NATO', type: 'Organization', degree: 3 });
    expect((await get(`/api/entity/${encodeURIComponent('Volodymyr Zelensky')}`)).body.key).toBe('person:volodymyr-zelensky');
    const missing = await get('/api/entity/Allemange');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ error: 'relata/query: no entity "Allemange"; did you mean Germany (Allemagne)?', suggestions: ['Germany'] });
  });

  it('GET /api/query evaluates a pattern', async () => {
    const { status, body } = await get(`/api/query?q=${encodeURIComponent('?x supplies ?item . ?x member_of OTAN')}&evidence=1`);
    expect(status).toBe(200);
    expect(body.variables).toEqual(['x', 'item']);
    expect(body.rows.map((r: { bindings: Record<string, { label: string }>; evidence: number }) => `${r.bindings.x.label} ${r.bindings.item.label} ${r.evidence}`)).toEqual([
      'Germany Leopard 2 2',
      'Germany Ukraine 3',
    ]);
    expect(body.rows[0].sentences).toHaveLength(2);
    const unknown = await get(`/api/query?q=${encodeURIComponent('?x supplies Ukriane')}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.suggestions).toEqual(['Ukraine']);
  });

  it('answers 404 JSON for unknown routes and when there is no graph', async () => {
    expect((await get('/api/nope')).status).toBe(404);
    const none = await get('/api/match', empty.url);
    expect(none.status).toBe(404);
    expect(none.body.error).toMatch(/no graph\.json/);
  });

  it('keeps the traversal protections on API paths', async () => {
    expect((await fetch(new URL('/api/%2e%2e/secret', server.url))).status).toBe(404);
    expect((await fetch(new URL('/api/match', server.url), { method: 'POST' })).status).toBe(405);
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

/** A graph where every node has five out-edges: a chain of five free patterns explores millions of bindings. */
function denseGraph(order: number, degree: number) {
  const graph = createGraph();
  graph.setAttribute('documents', [{ id: 'd.txt', sha256: '0', sentences: 1 }]);
  graph.setAttribute('sentences', [{ id: 'd.txt#0', doc: 'd.txt', index: 0, start: 0, end: 1, text: 'x', language: 'en' }]);
  for (let i = 0; i < order; i++) graph.addNode(`country:c${i}`, { label: `C${i}`, type: 'Country', aliases: [], mentions: 1, docs: ['d.txt'], x: 0, y: 0, size: 1, color: '#000' });
  for (let i = 0; i < order; i++) {
    for (let k = 1; k <= degree; k++) {
      const target = `country:c${(i * 7 + k) % order}`;
      const key = `country:c${i}|supports|${target}`;
      if (graph.hasEdge(key) || target === `country:c${i}`) continue;
      graph.addEdgeWithKey(key, `country:c${i}`, target, {
        predicate: 'supports', label: 'supports', weight: 1, docCount: 1, modality: 'asserted', size: 1,
        evidence: [{ sentence: 'd.txt#0', modality: 'asserted', rule: 't', cue: 't', confidence: 1, subject: [0, 1], object: [0, 1] }],
      });
    }
  }
  return graph;
}

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
    const q = encodeURIComponent('?a ?b ?c . ?c ?d ?e . ?e ?f ?g . ?g ?h ?i . ?i ?j ?k');
    const res = await fetch(new URL(`/api/query?q=${q}&limit=10`, server.url));
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 503, title: 'query too expensive', detail: expect.stringContaining('narrow') });
    const entity = await fetch(new URL('/api/entity/C1', server.url));
    expect(entity.status).toBe(200);
  });

  it('answers /api/entity while an expensive query is still running', async () => {
    const q = encodeURIComponent('?a ?b ?c . ?c ?d ?e . ?e ?f ?g . ?g ?h ?i . ?i ?j ?k');
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
