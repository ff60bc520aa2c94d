/**
 * Ingest of http(s) URLs with the input cache, against a server on 127.0.0.1 (fetch-server.ts):
 * conditional requests (ETag, Last-Modified), 304s reusing the stored documents, changed feeds,
 * redirects, and caches written before URLs were fetched.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest, parseInputCache } from '../../src/ingest/index.ts';
import {
  A,
  B,
  base,
  C,
  conditional,
  dir,
  ids,
  PAGE,
  RSS,
  redirect,
  routes,
  seen,
  useFetchServer,
} from './fetch-server.ts';
import { stored } from './fixtures.ts';

useFetchServer();

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
