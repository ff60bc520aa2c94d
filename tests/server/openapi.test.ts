/**
 * The OpenAPI document against the real server: every route is called with good and bad input
 * on small graphs, and each answer (status, content type, headers, body) is checked against the
 * document's schema for that route and status with ajv, in strict mode. An undocumented status,
 * content type or member fails; so does a response the document describes but no call produced.
 */
import Ajv2020 from 'ajv/dist/2020';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeGraph } from '../../src/graph/index.ts';
import { answerApi } from '../../src/server/api.ts';
import { startServer, type RunningServer } from '../../src/server/index.ts';
import { problemSchemaName } from '../../src/server/openapi-problems.ts';
import type { OpenApiResponse, Ref } from '../../src/server/openapi-schema.ts';
import { openApiDocument } from '../../src/server/openapi.ts';

const OPENAPI = openApiDocument();
import { PROBLEMS, type ProblemKind } from '../../src/server/problem.ts';
import { richGraph } from '../query/fixture.ts';
import { EXPENSIVE_QUERY, denseGraph } from './fixtures.ts';

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

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

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

// ---- the document as a JSON Schema resource, and where a response is described in it

const DOC_ID = 'https://relata.dev/openapi.json';
const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv.addVocabulary(['openapi', 'info', 'servers', 'tags', 'paths', 'components']); // the OpenAPI document around the schemas
ajv.addSchema(JSON.parse(JSON.stringify(OPENAPI)), DOC_ID);

const escapePointer = (part: string) => part.replace(/~/g, '~0').replace(/\//g, '~1');
const pointer = (...parts: (string | number)[]) => `#/${parts.map((p) => escapePointer(String(p))).join('/')}`;
const validator = (at: string) => {
  const validate = ajv.getSchema(`${DOC_ID}${at}`);
  if (!validate) throw new Error(`no schema at ${at}`);
  return validate;
};

const isRef = (r: OpenApiResponse | Ref): r is Ref => '$ref' in r;
const componentResponse = (ref: string): OpenApiResponse =>
  OPENAPI.components.responses[ref.replace('#/components/responses/', '')];

/** The path template a request path falls under: concrete paths first, a template's parameter takes the rest of the path. */
function templateOf(path: string): string | undefined {
  const templates = Object.keys(OPENAPI.paths).filter((t) => t.startsWith('/api/') === path.startsWith('/api/'));
  const concrete = templates.find((t) => t === path);
  if (concrete) return concrete;
  return templates
    .filter((t) => t.includes('{'))
    .sort((a, b) => b.length - a.length)
    .find((t) => new RegExp(`^${t.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '.+')}$`).test(path));
}

/** Where the document describes the answer to `method path` with `status`, or why it does not. */
function describedAt(method: string, path: string, status: number): { at: string; response: OpenApiResponse } | string {
  const other = (name: string, expected: number) =>
    status === expected
      ? { at: pointer('components', 'responses', name), response: OPENAPI.components.responses[name] }
      : `${method} ${path}: ${status}, not the ${expected} of components.responses.${name}`;
  if (method !== 'GET' && method !== 'HEAD') return other('MethodNotAllowed', 405);
  const template = templateOf(path);
  if (!template) return other('NotFound', 404);
  const described = OPENAPI.paths[template].get.responses[status];
  if (!described) return `GET ${template} does not describe status ${status}`;
  if (isRef(described))
    return { at: described.$ref.slice(described.$ref.indexOf('#')), response: componentResponse(described.$ref) };
  return { at: pointer('paths', template, 'get', 'responses', status), response: described };
}

const mediaType = (header: string | undefined) => (header ?? '').split(';')[0].trim();
const isJSON = (media: string) => media === 'application/json' || media.endsWith('+json');

/** The problems with an answer, measured against the document; [] when it conforms. */
function conformance(method: string, path: string, answer: Answer): { at?: string; problems: string[] } {
  const found = describedAt(method, path.split('?')[0], answer.status);
  if (typeof found === 'string') return { problems: [found] };
  const { at, response } = found;
  const problems: string[] = [];
  for (const [name, header] of Object.entries(response.headers ?? {})) {
    const value = answer.headers[name.toLowerCase()];
    if (value === undefined) {
      if (header.required) problems.push(`missing header ${name}`);
    } else if (!validator(`${at}/headers/${escapePointer(name)}/schema`)(value))
      problems.push(`header ${name}: ${JSON.stringify(value)}`);
  }
  const media = mediaType(answer.headers['content-type'] as string | undefined);
  const key = media in response.content ? media : '*/*' in response.content ? '*/*' : undefined;
  if (!key)
    return {
      at,
      problems: [
        ...problems,
        `content type ${JSON.stringify(media)} not among ${Object.keys(response.content).join(', ')}`,
      ],
    };
  if (method === 'HEAD') return { at, problems: answer.body === '' ? problems : [...problems, 'a body to HEAD'] };
  const validate = validator(`${at}/content/${escapePointer(key)}/schema`);
  let body: unknown = answer.body;
  if (isJSON(key)) {
    try {
      body = JSON.parse(answer.body);
    } catch {
      return { at, problems: [...problems, `not JSON: ${answer.body.slice(0, 80)}`] };
    }
  }
  if (!validate(body))
    problems.push(
      ...(validate.errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message} ${JSON.stringify(e.params)}`),
    );
  return { at, problems };
}

/** Every response the document describes: each operation's own, and each shared one in components. */
function describedResponses(): string[] {
  const own = Object.entries(OPENAPI.paths).flatMap(([template, item]) =>
    Object.entries(item.get.responses)
      .filter(([, r]) => !isRef(r))
      .map(([status]) => pointer('paths', template, 'get', 'responses', status)),
  );
  return [...own, ...Object.keys(OPENAPI.components.responses).map((name) => pointer('components', 'responses', name))];
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

  it('is OpenAPI 3.1 whose schemas all compile under strict JSON Schema 2020-12', () => {
    expect(OPENAPI.openapi).toBe('3.1.0');
    for (const name of Object.keys(OPENAPI.components.schemas))
      expect(() => validator(pointer('components', 'schemas', name)), name).not.toThrow();
    for (const [name, parameter] of Object.entries(OPENAPI.components.parameters))
      expect(() => ajv.compile(parameter.schema), name).not.toThrow();
    const operationIds = Object.values(OPENAPI.paths).map((item) => item.get.operationId);
    expect(new Set(operationIds).size).toBe(operationIds.length);
    for (const [template, item] of Object.entries(OPENAPI.paths)) {
      const inPath = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const declared = (item.get.parameters ?? []).flatMap((p) => ('in' in p && p.in === 'path' ? [p.name] : []));
      expect(declared, template).toEqual(inPath);
    }
  });

  it.each(Object.entries(PROBLEMS) as [ProblemKind, (typeof PROBLEMS)[ProblemKind]][])(
    'describes the problem kind %s and lists it',
    (kind, spec) => {
      expect(OPENAPI.components.schemas[problemSchemaName(kind)]).toMatchObject({
        properties: { type: { const: spec.type }, title: { const: spec.title }, status: { const: spec.status } },
      });
      expect(OPENAPI.info.description).toContain(`- \`${spec.type}\` (${spec.status} ${spec.title}): ${spec.about}`);
    },
  );

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

  it('is summed up in the README: every problem type with its status', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const spec of Object.values(PROBLEMS))
      expect(readme).toMatch(new RegExp(`\\| \`${spec.type.replace(/[.]/g, '\\.')}\` \\| [^|]*\\b${spec.status}\\b`));
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

  // the checks have teeth: shapes the server must not answer are refused
  it.each([
    ['the old error shape', 'GET', '/api/match?limit=-1', 400, 'application/json', { error: 'relata/server: bad' }],
    [
      'a problem without detail',
      'GET',
      '/api/match?limit=-1',
      400,
      'application/problem+json',
      { type: 'https://relata.dev/problems/bad-parameter', title: 'Bad parameter', status: 400, parameter: 'limit' },
    ],
    [
      'a problem of another kind',
      'GET',
      '/api/entity/X',
      404,
      'application/problem+json',
      { type: 'about:blank', title: 'Not Found', status: 404, detail: 'x' },
    ],
    [
      'an undescribed member',
      'GET',
      '/api/entity/X',
      404,
      'application/problem+json',
      { type: 'https://relata.dev/problems/no-graph', title: 'No graph', status: 404, detail: 'x', hint: 'build' },
    ],
    ['a page without its offset', 'GET', '/api/match', 200, 'application/json', { total: 0, limit: 100, rows: [] }],
    [
      'a row with an undescribed field',
      'GET',
      '/api/query?q=x',
      200,
      'application/json',
      { variables: [], total: 1, offset: 0, limit: 100, rows: [{ bindings: {}, edges: [], evidence: 0, score: 1 }] },
    ],
    [
      'an undescribed status',
      'GET',
      '/api/entity/X',
      503,
      'application/problem+json',
      { type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'x' },
    ],
    [
      'a 405 without Allow',
      'POST',
      '/api/match',
      405,
      'application/problem+json',
      { type: 'about:blank', title: 'Method Not Allowed', status: 405, detail: 'x' },
    ],
  ])('refuses %s', (_, method, path, status, type, body) => {
    expect(
      conformance(method, path, { status, headers: { 'content-type': type }, body: JSON.stringify(body) }).problems,
    ).not.toEqual([]);
  });
});
