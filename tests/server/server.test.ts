import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, allowedHost, requestPath, startServer } from '../../src/server/index.ts';

const root = mkdtempSync(join(tmpdir(), 'relata-server-'));
const viewerDir = join(root, 'dist');
const graphDir = join(root, 'graph');
const emptyDir = join(root, 'empty');
for (const dir of [join(viewerDir, 'assets'), graphDir, emptyDir]) mkdirSync(dir, { recursive: true });
writeFileSync(join(viewerDir, 'index.html'), '<!doctype html><title>relata</title>');
writeFileSync(join(viewerDir, 'assets', 'app.js'), 'console.log(1)');
writeFileSync(join(viewerDir, 'assets', 'app.css'), 'body{}');
writeFileSync(join(root, 'secret.txt'), 'secret');
writeFileSync(join(graphDir, 'graph.json'), '{"options":{"type":"directed","multi":true},"nodes":[],"edges":[]}');

const PROBLEM_TYPE = 'application/problem+json';

/** A raw GET that sends the path as given (fetch would normalise `..` away). */
function rawGet(
  base: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; type?: string; body: string }> {
  const { hostname, port } = new URL(base);
  return new Promise((done, fail) => {
    const req = request({ hostname, port, path, method: 'GET', headers }, (res) => {
      let body = '';
      res
        .on('data', (chunk) => (body += chunk))
        .on('end', () => done({ status: res.statusCode ?? 0, type: res.headers['content-type'], body }));
    });
    req.on('error', fail).end();
  });
}

describe('startServer', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let missing: Awaited<ReturnType<typeof startServer>>;

  beforeAll(async () => {
    server = await startServer({ graphDir, viewerDir, port: 0 });
    missing = await startServer({ graphDir: emptyDir, viewerDir: join(root, 'not-built'), port: 0 });
  });
  afterAll(async () => {
    await server.close();
    await missing.close();
  });

  // DNS rebinding: a page on another name that resolves to 127.0.0.1 must not read the graph
  it.each(['evil.example', 'evil.example:5173', '127.0.0.1.evil.example'])(
    'refuses the Host header %j (421)',
    async (host) => {
      const res = await rawGet(server.url, '/graph.json', { host });
      expect(res.status).toBe(421);
      expect(res.type).toBe(PROBLEM_TYPE);
      expect(JSON.parse(res.body)).toMatchObject({ type: 'about:blank', title: 'Misdirected Request', status: 421 });
      expect(res.body).not.toContain('nodes');
      expect(res.body).not.toContain('evil');
    },
  );

  it.each(['localhost', 'localhost:5173', '127.0.0.1:8080', '[::1]:5173'])(
    'serves the Host header %j',
    async (host) => {
      expect((await rawGet(server.url, '/graph.json', { host })).status).toBe(200);
    },
  );

  it('accepts the host it was started on', () => {
    expect(allowedHost('relata.lan:5173', 'relata.lan')).toBe(true);
    expect(allowedHost('other.lan:5173', 'relata.lan')).toBe(false);
  });

  it('listens on a free port and reports it', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(server.url).not.toBe(missing.url);
  });

  it.each([
    ['/', 'text/html; charset=utf-8', '<!doctype html><title>relata</title>'],
    ['/index.html?node=x', 'text/html; charset=utf-8', '<!doctype html><title>relata</title>'],
    ['/assets/app.js', 'text/javascript; charset=utf-8', 'console.log(1)'],
    ['/assets/app.css', 'text/css; charset=utf-8', 'body{}'],
  ])('serves %s as %s', async (path, type, body) => {
    const res = await fetch(new URL(path, server.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(await res.text()).toBe(body);
  });

  it('serves graph.json from the graph folder', async () => {
    const res = await fetch(new URL('/graph.json', server.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect((await res.json()).options.multi).toBe(true);
  });

  it('sends the security headers on every response', async () => {
    for (const path of ['/', '/graph.json', '/nope', '/../secret.txt']) {
      const res = await fetch(new URL(path, server.url));
      expect(res.headers.get('content-security-policy'), path).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/assets/%2e%2e/%2e%2e/secret.txt',
    '/..%5csecret.txt',
    '/%5c..%5csecret.txt',
    '/assets\\..\\..\\secret.txt',
    '//etc/passwd',
    '/%2fetc%2fpasswd',
    '/%00index.html',
    '/%E0%A4%A',
    '/nope.js',
    '/assets',
    '/graph.json/../secret.txt',
  ])('refuses %s with 404', async (path) => {
    const res = await rawGet(server.url, path);
    expect(res.status).toBe(404);
    expect(res.type).toBe(PROBLEM_TYPE);
    expect(JSON.parse(res.body)).toMatchObject({ type: 'about:blank', title: 'Not Found', status: 404 });
    expect(res.body).not.toContain('secret');
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])(
    'refuses %s with 405, saying which methods it takes',
    async (method) => {
      const res = await fetch(server.url, { method });
      expect(res.status).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
      expect(res.headers.get('content-type')).toBe(PROBLEM_TYPE);
      expect(await res.json()).toMatchObject({
        type: 'about:blank',
        title: 'Method Not Allowed',
        status: 405,
        detail: expect.stringContaining(method),
      });
    },
  );

  it('answers 404 no-graph when there is no graph', async () => {
    const res = await fetch(new URL('/graph.json', missing.url));
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe(PROBLEM_TYPE);
    expect(await res.json()).toMatchObject({
      type: 'https://relata.dev/problems/no-graph',
      title: 'No graph',
      status: 404,
      detail: expect.stringMatching(/no graph\.json/),
    });
  });

  it('answers 503 telling to build when the viewer is missing', async () => {
    const res = await fetch(missing.url);
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toBe(PROBLEM_TYPE);
    expect(await res.json()).toMatchObject({
      type: 'https://relata.dev/problems/viewer-not-built',
      status: 503,
      detail: expect.stringContaining('npm run build:viewer'),
    });
  });

  it('rejects a port in use', async () => {
    const port = Number(new URL(server.url).port);
    await expect(startServer({ graphDir, viewerDir, port })).rejects.toThrow(/EADDRINUSE/);
  });
});

describe('requestPath', () => {
  it.each([
    ['/', '/'],
    ['/assets/a.js?x=1#y', '/assets/a.js'],
    ['/caf%C3%A9.txt', '/café.txt'],
    ['/a/./b', null],
    ['/%2e/b', null],
    ['relative', null],
  ])('%s → %s', (url, expected) => {
    expect(requestPath(url)).toBe(expected);
  });
});
