/**
 * relata's local server: the built viewer (viewer/dist), one graph.json, and a read-only
 * JSON API over that graph (api.ts: /api/match, /api/entity/:name, /api/query,
 * /api/openapi.json). node:http only. Library code: it never prints and never exits; the CLI owns that.
 * Every response carries a strict Content-Security-Policy and `nosniff`; any path that is
 * not a plain file under the viewer folder (`..`, encoded dots, backslashes, absolute
 * paths, NUL) gets a 404. Every error, API or not, is an RFC 9457 problem (problem.ts).
 */

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KnowledgeGraph } from '../knowledge-graph.ts';
import { JSON_CONTENT_TYPE, NO_GRAPH, answerApi, graphCache } from './api.ts';
import { PROBLEM_CONTENT_TYPE, problem, type Problem } from './problem.ts';

export interface ServerOptions {
  /** Folder holding graph.json. */
  graphDir: string;
  /** The built viewer; default `viewer/dist` of this package. */
  viewerDir?: string;
  /** Default `127.0.0.1`. */
  host?: string;
  /** Default 5173; 0 picks any free port. */
  port?: number;
}

export interface RunningServer {
  /** `http://host:port/` with the real port. */
  url: string;
  close(): Promise<void>;
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': JSON_CONTENT_TYPE,
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const DEFAULT_VIEWER_DIR = fileURLToPath(new URL('../../viewer/dist/', import.meta.url));

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const graphFile = resolve(options.graphDir, 'graph.json');
  const viewerDir = resolve(options.viewerDir ?? DEFAULT_VIEWER_DIR);

  const load = graphCache(graphFile);
  const server = createServer((req, res) => {
    // a page elsewhere can point its own name at 127.0.0.1 (DNS rebinding): only names of this machine are served
    if (!allowedHost(req.headers.host, host))
      return sendProblem(
        res,
        problem('misdirected-request', 'relata/server: unknown Host; use http://127.0.0.1 or http://localhost'),
      );
    handle(req, res, graphFile, viewerDir, load).catch(() => {
      // a file that failed half-way through cannot be told so: the connection is cut
      if (res.headersSent) res.destroy();
      else sendProblem(res, problem('internal-error', 'relata/server: internal error'));
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 5173, host, () => {
      server.off('error', fail);
      done();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${port}/`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.close((error) => (error ? fail(error) : done()));
        server.closeAllConnections();
      }),
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  graphFile: string,
  viewerDir: string,
  load: () => Promise<KnowledgeGraph | undefined>,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return sendProblem(
      res,
      problem(
        'method-not-allowed',
        `relata/server: the server is read-only; ${req.method} is not allowed, GET and HEAD are`,
      ),
      { Allow: 'GET, HEAD' },
    );
  }
  const pathname = requestPath(req.url ?? '/');
  if (pathname === null) return notFound(res);

  if (pathname.startsWith('/api/')) {
    const search = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const { status, contentType, body } = await answerApi(
      pathname.slice('/api'.length),
      search,
      load,
      dirname(graphFile),
    );
    return send(res, status, contentType, `${JSON.stringify(body)}\n`);
  }

  if (pathname === '/graph.json') {
    if (!(await isFile(graphFile))) return sendProblem(res, problem('no-graph', NO_GRAPH));
    return sendFile(req, res, graphFile);
  }

  if (!(await isFile(join(viewerDir, 'index.html')))) {
    return sendProblem(
      res,
      problem('viewer-not-built', 'relata/server: the viewer is not built; run `npm run build:viewer`'),
    );
  }
  const file = resolve(viewerDir, '.' + (pathname.endsWith('/') ? pathname + 'index.html' : pathname));
  const inside = relative(viewerDir, file);
  if (inside.startsWith('..') || isAbsolute(inside) || !(await isFile(file))) return notFound(res);
  return sendFile(req, res, file);
}

/**
 * Whether a request's `Host` header names this machine: `localhost`, `127.0.0.1`, `[::1]`, or
 * the host the server was started on (`--host`), with or without a port.
 */
export function allowedHost(header: string | undefined, listening: string): boolean {
  if (!header) return false;
  const name = header
    .toLowerCase()
    .replace(/:\d+$/, '')
    .replace(/^\[(.*)\]$/, '$1');
  return ['localhost', '127.0.0.1', '::1', listening.toLowerCase()].includes(name);
}

/** The decoded path of a request URL, or null when it is not a plain, safe path. */
export function requestPath(url: string): string | null {
  const raw = url.split(/[?#]/, 1)[0]!; // split gives at least one piece
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (decoded.includes('\\') || decoded.includes('\0') || decoded.startsWith('//')) return null;
  if (decoded.split('/').some((segment) => segment === '..' || segment === '.')) return null;
  return decoded;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function securityHeaders(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Cache-Control', 'no-cache');
}

function send(
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string,
  headers: Record<string, string> = {},
): void {
  securityHeaders(res);
  res.writeHead(status, { ...headers, 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

function sendProblem(res: ServerResponse, body: Problem, headers: Record<string, string> = {}): void {
  send(res, body.status, PROBLEM_CONTENT_TYPE, `${JSON.stringify(body)}\n`, headers);
}

/** The path is not told back: it may be an attempt to leave the viewer folder. */
function notFound(res: ServerResponse): void {
  sendProblem(res, problem('not-found', 'relata/server: no such file or route'));
}

async function sendFile(req: IncomingMessage, res: ServerResponse, file: string): Promise<void> {
  const { size, mtimeMs } = await stat(file);
  securityHeaders(res);
  // the viewer asks for these with HEAD to see that graph.json was rebuilt
  res.writeHead(200, {
    'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': size,
    'Last-Modified': new Date(mtimeMs).toUTCString(),
    ETag: `W/"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`,
  });
  if (req.method === 'HEAD') return void res.end();
  await new Promise<void>((done, fail) => {
    createReadStream(file).on('error', fail).on('end', done).pipe(res);
  });
}
