/**
 * Feeds as inputs: RSS 2.0, RSS 1.0, Atom and JSON Feed files give one document per item, with
 * the item's link as id. Broken feeds, duplicate items and XML that is not a feed are warnings
 * (feeds-problems.test.ts); a folder of feeds and the cache: feeds-cache.test.ts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { parseFeed } from '../../src/ingest/feeds.ts';
import { parseRecords } from '../../src/ingest/records.ts';
import { dir, files, RSS_FULL, rss, rssItem, S1, S2, S3, S4, S5, useTempDir } from './fixtures.ts';

useTempDir('relata-feeds-');

describe('parseFeed: RSS', () => {
  it('reads content:encoded as HTML, cleaned as pages are, entities decoded; title, date, link and author as metadata', async () => {
    await files({ 'news.rss': RSS_FULL });
    const { docs, warnings } = await ingest([join(dir, 'news.rss')]);
    expect(warnings).toEqual([]);
    expect(docs.map((d) => [d.id, d.title, d.date, d.url, d.author, d.path])).toEqual([
      [
        'https://news.example.org/2024/09/02/air-defence',
        'Air defence for Ukraine & more',
        '2024-09-02',
        'https://news.example.org/2024/09/02/air-defence',
        'Jane Reporter',
        undefined,
      ],
      [
        'https://news.example.org/2024/09/03/energie',
        'Accord sur l’énergie',
        '2024-09-03',
        'https://news.example.org/2024/09/03/energie',
        undefined,
        undefined,
      ],
    ]);
    expect(docs[0].text).toBe(`${S1}\n\n${S4}`);
    expect(docs[1].text).toBe(S3);
    for (const furniture of ['Home', 'World', 'Subscribe', 'Most read', 'teaser', 'Jane Reporter'])
      expect(docs.map((d) => d.text).join('\n')).not.toContain(furniture);
  });

  it.each([
    [
      'description only (HTML)',
      rssItem(
        'https://news.example.org/a',
        'Vilnius talks',
        'Wed, 04 Sep 2024 10:00:00 GMT',
        `<description>&lt;p&gt;${S2}&lt;/p&gt;</description>`,
      ),
      { id: 'https://news.example.org/a', text: `<p>${S2}</p>`, format: 'html', date: 'Wed, 04 Sep 2024 10:00:00 GMT' },
    ],
    [
      'a permalink guid and no link',
      `<item><guid>https://news.example.org/b</guid><description>${S2}</description></item>`,
      { id: 'https://news.example.org/b', url: 'https://news.example.org/b' },
    ],
    [
      'a guid that is not a permalink',
      `<item><guid isPermaLink="false">urn:example:42</guid><description>${S2}</description></item>`,
      { id: 'urn:example:42' },
    ],
    [
      'dc:date when there is no pubDate',
      `<item><link>https://news.example.org/c</link><dc:date>2024-09-05T06:00:00Z</dc:date><description>${S2}</description></item>`,
      { date: '2024-09-05T06:00:00Z' },
    ],
  ])('RSS 2.0 item with %s', (_case, item, expected) => {
    const { records, warnings } = parseFeed(rss(item), 'feed.rss', 'feed.rss');
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject(expected);
    if (records[0].id.startsWith('urn:')) expect(records[0].url).toBeUndefined();
  });

  it('reads RSS 1.0 (rdf:RDF) items, which stand beside the channel', () => {
    const feed = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://news.example.org/"><title>Example</title><link>https://news.example.org/</link></channel>
  <item rdf:about="https://news.example.org/rdf-1">
    <title>Matignon</title><link>https://news.example.org/rdf-1</link><dc:date>2024-09-06</dc:date>
    <description>${S5}</description>
  </item>
</rdf:RDF>`;
    const { records, warnings } = parseFeed(feed, 'feed.rdf', 'feed.rdf');
    expect(warnings).toEqual([]);
    expect(records).toEqual([
      {
        id: 'https://news.example.org/rdf-1',
        text: S5,
        format: 'html',
        title: 'Matignon',
        date: '2024-09-06',
        url: 'https://news.example.org/rdf-1',
      },
    ]);
  });
});

const atom = (entries: string) => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Wire</title>
  <id>urn:uuid:6c2b6a0e-0000-4000-8000-000000000000</id>
  <updated>2024-09-10T12:00:00Z</updated>
  <link rel="self" href="https://wire.example.org/atom.xml"/>${entries}
</feed>`;

describe('parseFeed: Atom', () => {
  it.each([
    [
      'html content, alternate link preferred',
      `<entry><title type="html">Poland &amp;amp; Lithuania</title><author><name>Jan Kowalski</name><uri>https://wire.example.org/jan</uri></author><link rel="enclosure" href="https://wire.example.org/a.mp3"/><link href="https://wire.example.org/a"/><id>tag:wire.example.org,2024:a</id>
        <published>2024-09-09T07:00:00Z</published><updated>2024-09-10T07:00:00Z</updated>
        <content type="html">&lt;nav&gt;Menu&lt;/nav&gt;&lt;p&gt;${S2}&lt;/p&gt;</content><summary>Not this one.</summary></entry>`,
      {
        id: 'https://wire.example.org/a',
        url: 'https://wire.example.org/a',
        title: 'Poland & Lithuania',
        date: '2024-09-09T07:00:00Z',
        format: 'html',
        author: 'Jan Kowalski',
      },
      S2,
    ],
    [
      'xhtml content',
      `<entry><title>Rabat</title><link rel="alternate" href="https://wire.example.org/b"/><id>tag:wire.example.org,2024:b</id><updated>2024-09-10T08:00:00Z</updated>
        <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>${S3}</p><p>${S5}</p></div></content></entry>`,
      { id: 'https://wire.example.org/b', title: 'Rabat', date: '2024-09-10T08:00:00Z', format: 'html' },
      `${S3}\n\n${S5}`,
    ],
    [
      'a text summary only, and no link: the id',
      `<entry><title>Summary only</title><id>tag:wire.example.org,2024:c</id><updated>2024-09-11T08:00:00Z</updated><summary>${S1}</summary></entry>`,
      { id: 'tag:wire.example.org,2024:c', format: 'txt' },
      S1,
    ],
    [
      'out-of-line content (src): the summary',
      `<entry><title>Elsewhere</title><id>tag:wire.example.org,2024:d</id><content src="https://wire.example.org/d.html" type="text/html"/><summary type="html">&lt;p&gt;${S4.replace('&', '&amp;amp;')}&lt;/p&gt;</summary></entry>`,
      { id: 'tag:wire.example.org,2024:d', format: 'html' },
      S4,
    ],
  ])('%s', async (_case, entry, expected, text) => {
    const { records, warnings } = parseFeed(atom(entry), 'wire.atom', 'wire.atom');
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject(expected);
    await files({ 'wire.atom': atom(entry) });
    const { docs } = await ingest([dir]);
    expect(docs.map((d) => d.text)).toEqual([text]);
  });

  it('matches elements by namespace, not prefix', () => {
    const feed = `<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:entry><a:id>tag:x,2024:1</a:id><a:title>T</a:title><a:content>${S1}</a:content></a:entry></a:feed>`;
    expect(parseFeed(feed, 'p.xml', 'p.xml').records).toEqual([
      { id: 'tag:x,2024:1', text: S1, format: 'txt', title: 'T' },
    ]);
  });
});

describe('JSON Feed', () => {
  const feed = (version: string) => ({
    version,
    title: 'Example JSON',
    items: [
      {
        id: '1',
        url: 'https://json.example.org/1',
        title: 'Grids',
        content_html: `<header>Example JSON</header><p>${S4.replace('&', '&amp;')}</p>`,
        date_published: '2024-09-12T09:00:00+02:00',
        authors: [{ name: 'A. Writer' }],
      },
      { id: '2', content_text: `${S2}\n\n${S1}`, summary: 'ignored', date_modified: '2024-09-13T09:00:00Z' },
      { id: 3, summary: S5 },
    ],
  });

  it.each(['https://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1'])(
    'version %s: items, not a record',
    (version) => {
      const { records, warnings } = parseRecords(JSON.stringify(feed(version)), 'feed.json', 'feed.json');
      expect(warnings).toEqual([]);
      expect(records).toEqual([
        {
          id: 'https://json.example.org/1',
          url: 'https://json.example.org/1',
          title: 'Grids',
          format: 'html',
          date: '2024-09-12T09:00:00+02:00',
          author: 'A. Writer',
          text: feed(version).items[0].content_html,
        },
        { id: '2', format: 'txt', date: '2024-09-13T09:00:00Z', text: `${S2}\n\n${S1}` },
        { id: '3', format: 'txt', text: S5 },
      ]);
    },
  );

  it('ingests a .json feed, HTML cleaned and plain text kept', async () => {
    await files({ 'feed.json': JSON.stringify(feed('https://jsonfeed.org/version/1.1')) });
    const { docs, warnings } = await ingest([dir]);
    expect(warnings).toEqual([]);
    expect(docs.map((d) => [d.id, d.title, d.date, d.text])).toEqual([
      ['2', undefined, '2024-09-13', `${S2}\n\n${S1}`],
      ['3', undefined, undefined, S5],
      ['https://json.example.org/1', 'Grids', '2024-09-12', S4],
    ]);
  });

  it('an object with another version is a record as before', () => {
    const { records, warnings } = parseRecords(
      JSON.stringify({ version: '2', items: [], text: S1 }),
      'r.json',
      'r.json',
    );
    expect([records.map((r) => r.id), warnings]).toEqual([['r.json:1'], []]);
  });
});
