/**
 * A server on 127.0.0.1 for the fetch tests (a plain module: importing it registers no tests;
 * `useFetchServer` does): routes set per test, the requests it saw, and the texts it serves.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { IngestResult } from '../../src/ingest/index.ts';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

let server: Server;
export let base: string;
export let routes: Record<string, Handler>;
/** Each request the server saw: path and headers. */
export let seen: { path: string; headers: IncomingMessage['headers']; status?: number }[];
export const timers = new Set<NodeJS.Timeout>();

/** The running test's temporary folder (a live binding, set by `useFetchServer`). */
export let dir: string;

/**
 * Starts the server for the calling file, and gives each of its tests no routes, no requests seen
 * and a fresh temporary folder `dir`; after each test, held-back responses are dropped.
 */
export function useFetchServer(): void {
  beforeAll(async () => {
    server = createServer((req, res) => {
      const record = { path: req.url ?? '', headers: req.headers, status: undefined as number | undefined };
      seen.push(record);
      res.on('finish', () => (record.status = res.statusCode));
      const handler = routes[new URL(req.url ?? '/', 'http://x').pathname];
      if (handler) handler(req, res);
      else res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(async () => {
    routes = {};
    seen = [];
    dir = await mkdtemp(join(tmpdir(), 'relata-fetch-'));
  });
  afterEach(async () => {
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
    server.closeAllConnections(); // a response still held back (the slow one) goes now
    await rm(dir, { recursive: true, force: true });
  });
}

export const A = 'Germany delivered tanks to Ukraine on Monday, the ministry said in a statement.';
export const B = 'La France a condamné les frappes russes contre des villes ukrainiennes mardi soir.';
export const C = 'The central bank left its rates unchanged on Thursday, citing slower inflation.';

export const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>News</title>
<item><title>Tanks</title><link>https://news.example/tanks</link><pubDate>Mon, 06 May 2024 10:00:00 GMT</pubDate><description>&lt;p&gt;${A}&lt;/p&gt;</description></item>
<item><title>Frappes</title><link>https://news.example/frappes</link><description>${B}</description></item>
</channel></rss>`;

export const PAGE = `<!doctype html><html><head><title>Air defence</title></head><body><nav>Home | World</nav><article><h1>Air defence</h1><p>Poland thanked Germany for the air defence systems it sent on Tuesday.</p></article></body></html>`;

/** A route answering `body` with `type`, and optional headers. */
export const serve =
  (body: string, type: string, headers: Record<string, string> = {}): Handler =>
  (_req, res) =>
    res.writeHead(200, { 'content-type': type, ...headers }).end(body);

/** A route answering 304 when the request's validator matches, else the body with it. */
export const conditional =
  (body: string, type: string, validator: { etag: string } | { lastModified: string }): Handler =>
  (req, res) => {
    const fresh =
      'etag' in validator
        ? req.headers['if-none-match'] === validator.etag
        : req.headers['if-modified-since'] === validator.lastModified;
    const headers = 'etag' in validator ? { etag: validator.etag } : { 'last-modified': validator.lastModified };
    if (fresh) res.writeHead(304, headers).end();
    else res.writeHead(200, { 'content-type': type, ...headers }).end(body);
  };

export const redirect =
  (to: string, status = 302): Handler =>
  (_req, res) =>
    res.writeHead(status, { location: to }).end();

export const ids = (result: IngestResult) => result.docs.map((d) => d.id);
