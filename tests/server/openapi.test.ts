/**
 * The OpenAPI document against the real server: every route is called with good and bad input
 * on small graphs, and each answer (status, content type, headers, body) is checked against the
 * document's schema for that route and status with ajv, in strict mode (openapi-conformance.ts).
 * An undocumented status, content type or member fails; so does a response the document describes
 * but no call produced. The document itself is checked in openapi-document.test.ts.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeGraph } from '../../src/graph/index.ts';
import { answerApi } from '../../src/server/api.ts';
import { startServer, type RunningServer } from '../../src/server/index.ts';
import { richGraph } from '../query/fixture.ts';
import { EXPENSIVE_QUERY, denseGraph } from './fixtures.ts';
import { OPENAPI, conformance, describedResponses, pointer, validator, type Answer } from './openapi-conformance.ts';

// ---- folders: a viewer, a graph, no graph, a damaged graph, a graph too dense to query freely

const root = mkdtempSync(join(tmpdir(), 'relata-openapi-'));
const folder = (name: string, files: Record<string, string> = {}) => {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
};
const viewerDir = folder('dist', {
  'index.html': '<!doctype html><title>relata</title>',
  'assets/app.js': 'console.log(1)',
});
const notBuilt = join(root, 'not-built');
writeFileSync(join(root, 'secret.txt'), 'secret');
const GRAPHS = {
  rich: { graphDir: folder('rich', { 'graph.json': serializeGraph(richGraph()) }), viewerDir },
  none: { graphDir: folder('none'), viewerDir: notBuilt },
  damaged: { graphDir: folder('damaged', { 'graph.json': '{"nodes": 3}' }), viewerDir },
  dense: { graphDir: folder('dense', { 'graph.json': serializeGraph(denseGraph(2000, 5)) }), viewerDir },
};
type GraphName = keyof typeof GRAPHS;

// ---- the calls: [graph, method, path (sent as written), status, Host header]

const q = (pattern: string) => encodeURIComponent(pattern);
const EVIL = 'evil.example';
const CALLS: [GraphName, string, string, number, string?][] = [
  ['rich', 'GET', '/api/match?subject=Allemagne&predicate=supplies', 200],
  ['rich', 'GET', '/api/match?subject=Germany&offset=1&limit=2', 200],
  ['rich', 'GET', '/api/match?modality=reported,hypothetical&from=2024&to=2024-12-31', 200],
  ['rich', 'GET', '/api/match?subject=Atlantis', 200],
  ['rich', 'GET', '/api/match?offset=-1', 400],
  ['rich', 'GET', '/api/match?limit=10001', 400],
  ['rich', 'GET', '/api/match?predicate=loves', 400],
  ['rich', 'GET', '/api/match?colour=red', 400],
  ['rich', 'GET', '/api/entity/OTAN', 200],
  ['rich', 'GET', `/api/entity/${q('Volodymyr Zelensky')}`, 200],
  ['rich', 'GET', '/api/entity/Allemange', 404],
  ['rich', 'GET', '/api/entity/Xyzzyplugh', 404],
  ['rich', 'GET', '/api/entity/Germany?x=1', 400],
  ['rich', 'GET', `/api/query?q=${q('?x supplies ?item . ?x member_of OTAN')}&evidence=1`, 200],
  ['rich', 'GET', `/api/query?q=${q('?x supplies ?item')}&offset=1&limit=1`, 200],
  ['rich', 'GET', `/api/query?q=${q('Germany ?rel ?x')}&type=Organization`, 200],
  ['rich', 'GET', `/api/query?q=${q('?x supplies ?item')}&offset=50`, 200],
  ['rich', 'GET', '/api/query', 400],
  ['rich', 'GET', `/api/query?q=${q('?x supplies Ukraine')}&limit=abc`, 400],
  ['rich', 'GET', `/api/query?q=${q('?x supplies Ukraine ?y')}`, 400],
  ['rich', 'GET', `/api/query?q=${q('?x suplies Ukraine')}`, 400],
  ['rich', 'GET', `/api/query?q=${q('?x supplies Ukriane')}`, 404],
  ['rich', 'GET', '/api/diff?since=2024-02', 200],
  ['rich', 'GET', '/api/diff?since=2024-13', 400],
  ['rich', 'GET', '/api/diff', 400],
  ['rich', 'GET', '/api/openapi.json', 200],
  ['rich', 'GET', '/api/openapi.json?v=1', 400],
  ['rich', 'GET', '/api/nope', 404],
  ['rich', 'GET', '/api/entity/', 404],
  ['rich', 'GET', '/api/%2e%2e/secret.txt', 404],
  ['rich', 'GET', '/graph.json', 200],
  ['rich', 'GET', '/', 200],
  ['rich', 'GET', '/index.html?node=x', 200],
  ['rich', 'GET', '/assets/app.js', 200],
  ['rich', 'GET', '/nope.js', 404],
  ['rich', 'GET', '/../secret.txt', 404],
  ['rich', 'GET', '/assets/%2e%2e/%2e%2e/secret.txt', 404],
  ['rich', 'POST', '/api/match', 405],
  ['rich', 'DELETE', '/graph.json', 405],
  ['rich', 'PUT', '/', 405],
  ['rich', 'HEAD', '/api/match', 200],
  ['rich', 'GET', '/api/match', 421, EVIL],
  ['rich', 'GET', '/api/entity/OTAN', 421, EVIL],
  ['rich', 'GET', `/api/query?q=${q('?x supplies ?y')}`, 421, `${EVIL}:5173`],
  ['rich', 'GET', '/api/openapi.json', 421, EVIL],
  ['rich', 'GET', '/graph.json', 421, EVIL],
  ['rich', 'GET', '/', 421, EVIL],
  ['rich', 'GET', '/assets/app.js', 421, EVIL],
  ['none', 'GET', '/api/match', 404],
  ['none', 'GET', '/api/entity/OTAN', 404],
  ['none', 'GET', `/api/query?q=${q('?x supplies ?y')}`, 404],
  ['none', 'GET', '/api/diff?since=2024', 404],
  ['none', 'GET', '/graph.json', 404],
  ['none', 'GET', '/', 503],
  ['none', 'GET', '/assets/app.js', 503],
  ['damaged', 'GET', '/api/match', 500],
  ['damaged', 'GET', '/api/diff?since=2024', 500],
  ['damaged', 'GET', '/api/entity/OTAN', 500],
  ['damaged', 'GET', `/api/query?q=${q('?x supplies ?y')}`, 500],
  ['dense', 'GET', `/api/query?q=${q(EXPENSIVE_QUERY)}&limit=10`, 503],
];

/** A request sent as written (fetch would normalise `..` and could not set Host). */
function call(base: string, method: string, path: string, host?: string): Promise<Answer> {
  const { hostname, port } = new URL(base);
  return new Promise((done, fail) => {
    const req = request({ hostname, port, path, method, headers: host ? { host } : {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res
        .on('data', (chunk: string) => (body += chunk))
        .on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', fail).end();
  });
}

// ---- the tests

describe('the OpenAPI document', () => {
  const servers = new Map<GraphName, RunningServer>();
  const answers = new Map<number, Answer>();
  /** An internal error cannot be caused through a real server; answerApi shows its shape. */
  let internal: Answer;

  beforeAll(async () => {
    for (const [name, options] of Object.entries(GRAPHS) as [GraphName, (typeof GRAPHS)[GraphName]][])
      servers.set(name, await startServer({ ...options, port: 0 }));
    for (const [i, [graph, method, path, , host]] of CALLS.entries())
      answers.set(i, await call(servers.get(graph)!.url, method, path, host));
    const failed = await answerApi('/match', new URLSearchParams(), () => Promise.reject(new Error('disk on fire')));
    internal = {
      status: failed.status,
      headers: { 'content-type': failed.contentType },
      body: JSON.stringify(failed.body),
    };
  }, 60_000);
  afterAll(async () => {
    for (const server of servers.values()) await server.close();
  });

  it.each(
    CALLS.map(
      ([graph, method, path, status, host], i) =>
        [`${method} ${path}${host ? ` (Host: ${host})` : ''} on the ${graph} graph → ${status}`, i, status] as const,
    ),
  )('%s', (_, i, status) => {
    const answer = answers.get(i)!;
    expect(answer.status).toBe(status);
    expect(conformance(CALLS[i][1], CALLS[i][2], answer).problems).toEqual([]);
  });

  it('describes the answer to an internal error', () => {
    expect(internal.status).toBe(500);
    expect(conformance('GET', '/api/match', internal).problems).toEqual([]);
    expect(
      validator(pointer('components', 'responses', 'InternalError', 'content', 'application/problem+json', 'schema'))(
        JSON.parse(internal.body),
      ),
    ).toBe(true);
  });

  it('is served at /api/openapi.json as written', () => {
    const served = answers.get(
      CALLS.findIndex(([graph, , path, status]) => graph === 'rich' && path === '/api/openapi.json' && status === 200),
    )!;
    expect(JSON.parse(served.body)).toEqual(JSON.parse(JSON.stringify(OPENAPI)));
  });

  it('describes no response that no call produced', () => {
    const produced = new Set(CALLS.map(([, method, path], i) => conformance(method, path, answers.get(i)!).at));
    produced.add(conformance('GET', '/api/match', internal).at);
    produced.add(pointer('components', 'responses', 'InternalError')); // the same body, checked above
    expect(describedResponses().filter((at) => !produced.has(at))).toEqual([]);
  });
});
