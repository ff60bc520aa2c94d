/**
 * Ingest of http(s) URLs, against a server on 127.0.0.1 started here: feeds and pages, redirects,
 * the limits (timeout, size, redirects), refused schemes, and conditional requests with the cache.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/build.ts';
import { ingest, parseInputCache, type IngestResult } from '../../src/ingest/index.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

let server: Server;
let base: string;
let routes: Record<string, Handler>;
/** Each request the server saw: path and headers. */
let seen: { path: string; headers: IncomingMessage['headers']; status?: number }[];
const timers = new Set<NodeJS.Timeout>();

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

let dir: string;
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

const A = 'Germany delivered tanks to Ukraine on Monday, the ministry said in a statement.';
const B = 'La France a condamné les frappes russes contre des villes ukrainiennes mardi soir.';
const C = 'The central bank left its rates unchanged on Thursday, citing slower inflation.';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>News</title>
<item><title>Tanks</title><link>https://news.example/tanks</link><pubDate>Mon, 06 May 2024 10:00:00 GMT</pubDate><description>&lt;p&gt;${A}&lt;/p&gt;</description></item>
<item><title>Frappes</title><link>https://news.example/frappes</link><description>${B}</description></item>
</channel></rss>`;

const PAGE = `<!doctype html><html><head><title>Air defence</title></head><body><nav>Home | World</nav><article><h1>Air defence</h1><p>Poland thanked Germany for the air defence systems it sent on Tuesday.</p></article></body></html>`;

/** A route answering `body` with `type`, and optional headers. */
const serve =
  (body: string, type: string, headers: Record<string, string> = {}): Handler =>
  (_req, res) =>
    res.writeHead(200, { 'content-type': type, ...headers }).end(body);

/** A route answering 304 when the request's validator matches, else the body with it. */
const conditional =
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

const redirect =
  (to: string, status = 302): Handler =>
  (_req, res) =>
    res.writeHead(status, { location: to }).end();

/** The cache as a build leaves it: each document marked stored as it is. */
function stored(result: IngestResult): IngestResult['cache'] {
  for (const file of Object.values(result.cache.files))
    for (const doc of file.docs) doc.stored = doc.sha256 !== undefined;
  return result.cache;
}

const ids = (result: IngestResult) => result.docs.map((d) => d.id);

describe('ingest: URLs', () => {
  it('reads an RSS feed as a feed file is read, sending a User-Agent and an Accept header', async () => {
    routes['/feed.xml'] = serve(RSS, 'application/rss+xml; charset=utf-8');
    await writeFile(join(dir, 'feed.xml'), RSS);
    const fetched = await ingest([`${base}/feed.xml`]);
    expect(fetched.warnings).toEqual([]);
    expect(ids(fetched)).toEqual(['https://news.example/frappes', 'https://news.example/tanks']);
    expect(fetched.docs).toEqual((await ingest([join(dir, 'feed.xml')])).docs);
    expect(fetched.docs[1]).toMatchObject({
      title: 'Tanks',
      url: 'https://news.example/tanks',
      date: '2024-05-06',
      text: A,
    });
    expect(seen[0].headers['user-agent']).toMatch(/^relata\/\d+\.\d+\.\d+/);
    expect(seen[0].headers.accept).toContain('application/rss+xml');
    expect(fetched.filesRead).toBe(1);
  });

  it('reads an HTML page as one document whose id and url are the URL, cleaned as an .html file', async () => {
    routes['/page'] = serve(PAGE, 'text/html; charset=utf-8');
    const { docs, warnings } = await ingest([`${base}/page`]);
    expect(warnings).toEqual([]);
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ id: `${base}/page`, url: `${base}/page`, title: 'Air defence' });
    expect(docs[0].text).toContain('Poland thanked Germany');
    expect(docs[0].text).not.toContain('Home | World');
    expect(docs[0].path).toBeUndefined();
  });

  it('reads plain text as one document, and sniffs a feed or a page served without a useful type', async () => {
    routes['/note'] = serve(C, 'text/plain');
    routes['/feed'] = serve(RSS, 'application/octet-stream');
    routes['/page'] = (_req, res) => res.end(PAGE); // no content type
    const { docs, warnings } = await ingest([`${base}/note`, `${base}/feed`, `${base}/page`]);
    expect(warnings).toEqual([]);
    expect(ids({ docs } as IngestResult)).toEqual([
      `${base}/note`,
      `${base}/page`,
      'https://news.example/frappes',
      'https://news.example/tanks',
    ]);
    expect(docs[0].text).toBe(C);
  });

  it('reads a JSON Feed', async () => {
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'News',
      items: [{ id: '1', url: 'https://news.example/a', content_text: A }],
    };
    routes['/feed.json'] = serve(JSON.stringify(feed), 'application/feed+json');
    const { docs, warnings } = await ingest([`${base}/feed.json`]);
    expect(warnings).toEqual([]);
    expect(docs.map((d) => [d.id, d.text])).toEqual([['https://news.example/a', A]]);
  });

  it('refuses a content type that is not text', async () => {
    routes['/image'] = serve('GIF89a', 'image/gif');
    const { docs, warnings } = await ingest([`${base}/image`]);
    expect(docs).toEqual([]);
    expect(warnings).toMatchObject([{ code: 'E_INPUT_FORMAT', file: `${base}/image` }]);
    expect(warnings[0].message).toContain('image/gif');
  });

  it('follows redirects, the page taking the final URL as id', async () => {
    routes['/old'] = redirect('/moved', 301);
    routes['/moved'] = redirect(`${base}/page`, 307);
    routes['/page'] = serve(PAGE, 'text/html');
    const { docs, warnings } = await ingest([`${base}/old`]);
    expect(warnings).toEqual([]);
    expect(docs.map((d) => [d.id, d.url])).toEqual([[`${base}/page`, `${base}/page`]]);
    expect(seen.map((r) => r.path)).toEqual(['/old', '/moved', '/page']);
  });

  it('stops at a redirect loop, naming the URL', async () => {
    routes['/a'] = redirect('/b');
    routes['/b'] = redirect('/a');
    const { docs, warnings } = await ingest([`${base}/a`]);
    expect(docs).toEqual([]);
    expect(warnings).toMatchObject([{ code: 'E_INPUT_UNREADABLE', file: `${base}/a` }]);
    expect(warnings[0].message).toContain(`"${base}/a"`);
    expect(warnings[0].message).toContain('redirect loop');
    expect(seen).toHaveLength(2);
  });

  it('follows at most 5 redirects, or maxRedirects', async () => {
    for (let i = 0; i < 6; i++) routes[`/r${i}`] = redirect(`/r${i + 1}`);
    routes['/r6'] = serve(A, 'text/plain');
    const many = await ingest([`${base}/r0`]);
    expect(many.docs).toEqual([]);
    expect(many.warnings).toMatchObject([{ code: 'E_INPUT_UNREADABLE', file: `${base}/r0` }]);
    expect(many.warnings[0].message).toContain('too many redirects (more than 5)');
    expect(seen).toHaveLength(6); // the sixth redirect is not followed
    const five = await ingest([`${base}/r1`]);
    expect([five.warnings, ids(five)]).toEqual([[], [`${base}/r6`]]);
    const none = await ingest([`${base}/r5`], { maxRedirects: 0 });
    expect(none.warnings[0].message).toContain('too many redirects (more than 0)');
    // a build passes its limits on
    const built = await buildGraph([`${base}/r5`], { out: join(dir, 'graph'), maxRedirects: 0 });
    expect(built.summary.warnings[0].message).toContain('too many redirects (more than 0)');
  });

  it('refuses a redirect to another scheme', async () => {
    routes['/away'] = redirect('file:///etc/passwd');
    const { docs, warnings } = await ingest([`${base}/away`]);
    expect(docs).toEqual([]);
    expect(warnings).toMatchObject([{ code: 'E_INPUT_FORMAT', file: `${base}/away` }]);
    expect(warnings[0].message).toContain('refused scheme "file:"');
  });

  it('gives up on a slow response after the timeout', async () => {
    routes['/slow'] = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('The beginning arrives, '); // headers and a first chunk, then nothing for 5 s
      timers.add(setTimeout(() => res.end('the rest too late.'), 5000));
    };
    routes['/silent'] = () => {
      // not even the headers
    };
    const started = performance.now();
    const { docs, warnings } = await ingest([`${base}/slow`, `${base}/silent`], { fetchTimeoutMs: 200 });
    expect(performance.now() - started).toBeLessThan(4000);
    expect(docs).toEqual([]);
    expect(warnings).toMatchObject([
      { code: 'E_INPUT_UNREADABLE', file: `${base}/slow` },
      { code: 'E_INPUT_UNREADABLE', file: `${base}/silent` },
    ]);
    expect(warnings[0].message).toContain('timeout after 0.2 s');
  });

  it('aborts a body over the size limit, with or without Content-Length', async () => {
    let aborted = false;
    routes['/endless'] = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = `${A}\n`.repeat(100);
      const more = () => {
        if (res.destroyed || res.writableEnded) return;
        if (res.write(chunk)) setImmediate(more);
        else res.once('drain', more);
      };
      res.on('close', () => (aborted = true));
      more();
    };
    routes['/declared'] = serve(`${A}\n`.repeat(100), 'text/plain');
    const { docs, warnings } = await ingest([`${base}/endless`, `${base}/declared`], { maxFetchBytes: 4096 });
    expect(docs).toEqual([]);
    expect(warnings).toMatchObject([
      { code: 'E_INPUT_TOO_LARGE', file: `${base}/endless` },
      { code: 'E_INPUT_TOO_LARGE', file: `${base}/declared` },
    ]);
    expect(warnings[0].message).toContain('too large');
    expect(warnings[0].message).toContain('4 KiB');
    await expect.poll(() => aborted, { timeout: 10_000 }).toBe(true);
  });

  it('refuses a page over the maximum document size, as a file', async () => {
    routes['/page'] = serve(PAGE, 'text/html');
    const { docs, warnings } = await ingest([`${base}/page`], { maxDocumentBytes: 100 });
    expect(docs).toEqual([]);
    expect(warnings).toMatchObject([{ code: 'E_INPUT_TOO_LARGE', file: `${base}/page` }]);
  });

  it('reports a 404 and a server error, naming the URL', async () => {
    routes['/broken'] = (_req, res) => res.writeHead(500).end('oops');
    const { docs, warnings } = await ingest([`${base}/missing.xml`, `${base}/broken`]);
    expect(docs).toEqual([]);
    expect(warnings).toMatchObject([
      {
        code: 'E_INPUT_NOT_FOUND',
        file: `${base}/missing.xml`,
        message: `relata/ingest: cannot read "${base}/missing.xml": HTTP 404 Not Found`,
      },
      {
        code: 'E_INPUT_UNREADABLE',
        file: `${base}/broken`,
        message: `relata/ingest: cannot read "${base}/broken": HTTP 500 Internal Server Error`,
      },
    ]);
  });

  it('reports a network error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const { warnings } = await ingest([`http://127.0.0.1:${port}/feed.xml`]);
    expect(warnings).toMatchObject([{ code: 'E_INPUT_UNREADABLE', file: `http://127.0.0.1:${port}/feed.xml` }]);
    expect(warnings[0].message).toContain('network error');
    expect(warnings[0].message).toContain('ECONNREFUSED');
  });

  it('refuses other schemes, naming the input, and fetches nothing', async () => {
    const inputs = ['ftp://127.0.0.1/feed.xml', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/plain,hello'];
    const { docs, warnings } = await ingest(inputs);
    expect(docs).toEqual([]);
    expect(warnings.map((w) => [w.code, w.file])).toEqual(inputs.map((input) => ['E_INPUT_FORMAT', input]));
    expect(warnings[0].message).toBe(
      'relata/ingest: cannot read "ftp://127.0.0.1/feed.xml": refused scheme "ftp:": only http: and https: URLs are fetched',
    );
    expect(warnings[1].message).toContain('cannot read "file:///etc/passwd": refused scheme "file:"');
    expect(seen).toEqual([]);
  });

  it('builds the other inputs when one URL fails', async () => {
    await writeFile(join(dir, 'a.txt'), A);
    routes['/page'] = serve(PAGE, 'text/html');
    const { docs, warnings } = await ingest([`${base}/missing`, join(dir, 'a.txt'), `${base}/page`]);
    expect(ids({ docs } as IngestResult)).toEqual(['a.txt', `${base}/page`]);
    expect(warnings).toMatchObject([{ code: 'E_INPUT_NOT_FOUND', file: `${base}/missing` }]);
  });
});

describe('ingest: URLs with the cache', () => {
  it('sends If-None-Match with the ETag, and on a 304 reuses the documents unread', async () => {
    routes['/feed.xml'] = conditional(RSS, 'application/rss+xml', { etag: '"v1"' });
    const first = await ingest([`${base}/feed.xml`]);
    expect(first.cache.files[`${base}/feed.xml`].http).toEqual({
      url: `${base}/feed.xml`,
      format: 'feed',
      etag: '"v1"',
    });
    const again = await ingest([`${base}/feed.xml`], { cache: stored(first) });
    expect(seen.map((r) => [r.headers['if-none-match'], r.status])).toEqual([
      [undefined, 200],
      ['"v1"', 304],
    ]);
    expect([ids(again), again.unread, again.filesRead, again.warnings]).toEqual([[], 2, 0, []]);
    const { docs: _docs, ...entry } = again.cache.files[`${base}/feed.xml`];
    expect(entry).toEqual({
      size: Buffer.byteLength(RSS),
      mtimeMs: 0,
      source: first.cache.files[`${base}/feed.xml`].source,
      warnings: [],
      http: { url: `${base}/feed.xml`, format: 'feed', etag: '"v1"' },
    });
    // the documents are those of the first read: the cache knows them by the same hashes
    const shas = again.cache.files[`${base}/feed.xml`].docs.map((d) => [d.id, d.sha256]);
    expect(shas.sort()).toEqual(first.docs.map((d) => [d.id, d.sha256]).sort());
  });

  it('sends If-Modified-Since with Last-Modified, and on a 304 reuses the documents unread', async () => {
    const lastModified = 'Mon, 06 May 2024 10:00:00 GMT';
    routes['/page'] = conditional(PAGE, 'text/html', { lastModified });
    const first = await ingest([`${base}/page`]);
    const again = await ingest([`${base}/page`], { cache: stored(first) });
    expect(seen.map((r) => [r.headers['if-modified-since'], r.status])).toEqual([
      [undefined, 200],
      [lastModified, 304],
    ]);
    expect([ids(again), again.unread, again.filesRead]).toEqual([[], 1, 0]);
    expect(again.cache.files[`${base}/page`].docs.map((d) => d.sha256)).toEqual([first.docs[0].sha256]);
  });

  it('reads a changed feed again, and sends no validators for documents not stored', async () => {
    let body = RSS;
    routes['/feed.xml'] = (req, res) => {
      const etag = body === RSS ? '"v1"' : '"v2"';
      if (req.headers['if-none-match'] === etag) res.writeHead(304, { etag }).end();
      else res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(body);
    };
    const first = await ingest([`${base}/feed.xml`]);
    // not stored by a build: read in full, no conditional request
    const unstored = await ingest([`${base}/feed.xml`], { cache: first.cache });
    expect(seen[1].headers['if-none-match']).toBeUndefined();
    expect(unstored.unread).toBe(0);
    body = RSS.replace('mardi soir', 'mercredi matin');
    const changed = await ingest([`${base}/feed.xml`], { cache: stored(first) });
    expect(seen[2].headers['if-none-match']).toBe('"v1"');
    expect(seen[2].status).toBe(200);
    // a changed feed is read whole, as a changed file (the build finds the unchanged item by its hash)
    expect(ids(changed)).toEqual(['https://news.example/frappes', 'https://news.example/tanks']);
    expect(changed.docs[0].text).toContain('mercredi matin');
    expect(changed.filesRead).toBe(1);
    expect(changed.cache.files[`${base}/feed.xml`].http?.etag).toBe('"v2"');
  });

  it('sends the validators to the final URL of a redirect', async () => {
    routes['/feed'] = redirect('/feed.xml', 301);
    routes['/feed.xml'] = conditional(RSS, 'application/rss+xml', { etag: '"v1"' });
    const first = await ingest([`${base}/feed`]);
    const again = await ingest([`${base}/feed`], { cache: stored(first) });
    expect(seen.map((r) => [r.path, r.headers['if-none-match'], r.status])).toEqual([
      ['/feed', undefined, 301],
      ['/feed.xml', undefined, 200],
      ['/feed', undefined, 301],
      ['/feed.xml', '"v1"', 304],
    ]);
    expect([ids(again), again.unread]).toEqual([[], 2]);
  });

  it('fetches a page skipped on a 304 again when the corpus now removes other lines from it', async () => {
    const MENU = 'Accueil | Monde | Économie';
    const page = `<html><body><p>${MENU}</p><p>${B}</p></body></html>`;
    let body = page;
    routes['/page'] = (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304, { etag: '"v1"' }).end();
      else res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"' }).end(body);
    };
    const first = stored(await ingest([`${base}/page`]));
    expect(first.files[`${base}/page`].docs[0].repeated).toEqual([]);
    await writeFile(join(dir, 'b.txt'), `${MENU}\n${A}\n`);
    const again = await ingest([`${base}/page`, join(dir, 'b.txt')]);
    const withMenu = await ingest([`${base}/page`, join(dir, 'b.txt')], { cache: first });
    expect(seen.slice(-2).map((r) => [r.headers['if-none-match'], r.status])).toEqual([
      ['"v1"', 304],
      [undefined, 200],
    ]);
    expect(withMenu.docs).toEqual(again.docs);
    expect(withMenu.docs[1].text).not.toContain('Accueil');
    expect(withMenu.cache.files[`${base}/page`].docs[0].repeated).toHaveLength(1);

    // changed between the 304 and the full fetch: a warning, the documents kept as stored and the entry as it was
    body = page.replace('mardi soir', 'jeudi soir');
    const changed = await ingest([`${base}/page`, join(dir, 'b.txt')], { cache: first });
    expect(changed.warnings).toMatchObject([{ code: 'E_INPUT_UNREADABLE', file: `${base}/page` }]);
    expect(changed.warnings[0].message).toContain('changed while it was read');
    expect([ids(changed), changed.unread]).toEqual([['b.txt'], 1]);
    expect(changed.cache.files[`${base}/page`].docs[0].repeated).toEqual([]);
  });

  it('loads a cache written before URLs were fetched, and one that went through JSON', async () => {
    await writeFile(join(dir, 'a.txt'), C);
    const old = stored(await ingest([join(dir, 'a.txt')]));
    expect(Object.values(old.files).every((file) => !('http' in file))).toBe(true);
    expect(parseInputCache(JSON.parse(JSON.stringify(old)))).toEqual(old);
    routes['/feed.xml'] = conditional(RSS, 'application/rss+xml', { etag: '"v1"' });
    const withUrl = stored(await ingest([join(dir, 'a.txt'), `${base}/feed.xml`], { cache: old }));
    const loaded = parseInputCache(JSON.parse(JSON.stringify(withUrl)));
    const again = await ingest([join(dir, 'a.txt'), `${base}/feed.xml`], { cache: loaded });
    expect([ids(again), again.unread, again.filesRead]).toEqual([[], 3, 0]);
    expect(seen.at(-1)?.status).toBe(304);
  });
});
