/**
 * Ingest of http(s) URLs, against a server on 127.0.0.1 (fetch-server.ts): feeds and pages,
 * redirects, the limits (timeout, size, redirects), refused schemes and HTTP or network errors.
 * Conditional requests with the cache: fetch-cache.test.ts.
 */
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/build.ts';
import { ingest, type IngestResult } from '../../src/ingest/index.ts';
import {
  A,
  base,
  C,
  dir,
  ids,
  PAGE,
  RSS,
  redirect,
  routes,
  seen,
  serve,
  timers,
  useFetchServer,
} from './fetch-server.ts';

useFetchServer();

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
