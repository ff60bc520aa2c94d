/**
 * Shared by the ingest tests (a plain module: importing it registers no tests): a fresh temporary
 * folder per test, sample texts, RSS builders, and the cache as a build leaves it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import type { IngestResult } from '../../src/ingest/index.ts';
import { writeTree } from './tree.ts';

/** The running test's temporary folder (a live binding, set by `useTempDir`). */
export let dir: string;

/** Gives each test of the calling file a fresh temporary folder, `dir`, removed after the test. */
export function useTempDir(prefix: string): void {
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });
}

/** Writes `tree` (relative path → content) under `dir`. */
export const files = (tree: Record<string, string | Buffer>) => writeTree(dir, tree);

/** A news sentence in English, for the ingest tests of plain files. */
export const ARTICLE = 'The ministers met in Rome on 2 May 2024 and agreed on a common plan for the region.';

/** Sentences of the feed tests, in English and French. */
export const S1 = 'Germany delivered a new air defence system to Ukraine on Monday.';
export const S2 = 'The ministers of Poland and Lithuania met in Vilnius to discuss the border.';
export const S3 = 'La France a signé un accord sur l’énergie avec le Maroc mardi à Rabat.';
export const S4 = 'Spain & Portugal agreed to link their power grids more closely, the ministers said.';
export const S5 = 'Le Premier ministre a reçu les syndicats à Matignon jeudi après-midi.';

/** An RSS 2.0 item; `extra` is more XML inside it. */
export const rssItem = (link: string, title: string, pubDate: string, extra: string) => `
    <item>
      <title>${title}</title>
      <link>${link}</link>
      <pubDate>${pubDate}</pubDate>
      ${extra}
    </item>`;

export const rss = (items: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Example News</title>
    <link>https://news.example.org/</link>
    <atom:link href="https://news.example.org/feed.rss" rel="self" type="application/rss+xml"/>
    <description>The latest stories</description>${items}
  </channel>
</rss>
`;

/** content:encoded with page furniture around the story, as CDATA and as escaped markup. */
const ENCODED_CDATA = `<content:encoded><![CDATA[<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<p>${S1}</p><p>${S4.replace('&', '&amp;')}</p><footer>Subscribe to our newsletter</footer>]]></content:encoded>
      <description>A short teaser that the full content replaces.</description>
      <dc:creator>Jane Reporter</dc:creator>`;
const ENCODED_ESCAPED = `<content:encoded>&lt;p&gt;${S3}&lt;/p&gt;&lt;aside&gt;Most read today&lt;/aside&gt;</content:encoded>`;

export const RSS_FULL = rss(
  rssItem(
    'https://news.example.org/2024/09/02/air-defence',
    'Air defence for Ukraine &amp; more',
    'Mon, 02 Sep 2024 08:30:00 GMT',
    ENCODED_CDATA,
  ) +
    rssItem(
      'https://news.example.org/2024/09/03/energie',
      'Accord sur l’énergie',
      'Tue, 03 Sep 2024 17:05:00 +0200',
      ENCODED_ESCAPED,
    ),
);

/** The cache as a build leaves it: each document marked stored as it is. */
export function stored(result: IngestResult): IngestResult['cache'] {
  for (const file of Object.values(result.cache.files))
    for (const doc of file.docs) doc.stored = doc.sha256 !== undefined;
  return result.cache;
}
