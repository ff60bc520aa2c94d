/**
 * Feeds as inputs: RSS 2.0, RSS 1.0, Atom and JSON Feed files give one document per item, with
 * the item's link as id; broken feeds, duplicate items and XML that is not a feed are warnings.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/build.ts';
import { loadGraph } from '../../src/graph/store.ts';
import { ingest, type IngestResult } from '../../src/ingest/index.ts';
import { parseFeed } from '../../src/ingest/feeds.ts';
import { parseRecords } from '../../src/ingest/records.ts';
import { writeTree } from './tree.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relata-feeds-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const files = (tree: Record<string, string | Buffer>) => writeTree(dir, tree);

const S1 = 'Germany delivered a new air defence system to Ukraine on Monday.';
const S2 = 'The ministers of Poland and Lithuania met in Vilnius to discuss the border.';
const S3 = 'La France a signé un accord sur l’énergie avec le Maroc mardi à Rabat.';
const S4 = 'Spain & Portugal agreed to link their power grids more closely, the ministers said.';
const S5 = 'Le Premier ministre a reçu les syndicats à Matignon jeudi après-midi.';

/** An RSS 2.0 item; `extra` is more XML inside it. */
const rssItem = (link: string, title: string, pubDate: string, extra: string) => `
    <item>
      <title>${title}</title>
      <link>${link}</link>
      <pubDate>${pubDate}</pubDate>
      ${extra}
    </item>`;

const rss = (items: string) => `<?xml version="1.0" encoding="UTF-8"?>
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

const RSS_FULL = rss(
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

describe('feeds: problems', () => {
  it.each([
    [
      'an unclosed element',
      rss(`<item><title>Broken</item>`),
      /^relata\/ingest: cannot read ".*broken\.rss" line \d+: not well-formed XML \(.*mismatch.*\)$/,
    ],
    [
      'a truncated file',
      RSS_FULL.slice(0, 400),
      /^relata\/ingest: cannot read ".*broken\.rss" line \d+: not well-formed XML \(unclosed xml tag/,
    ],
    [
      'not XML at all',
      'Germany delivered a new air defence system.',
      /cannot read ".*broken\.rss": not well-formed XML \(missing root element\)$/,
    ],
  ])('a broken feed (%s) is one warning naming the file; the build goes on', async (_case, content, message) => {
    await files({ 'broken.rss': content, 'good.txt': S1 });
    const { docs, warnings } = await ingest([dir]);
    expect(docs.map((d) => d.id)).toEqual(['good.txt']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ module: 'ingest', code: 'E_INPUT_FORMAT', file: join(dir, 'broken.rss') });
    expect(warnings[0].message).toMatch(message);
  });

  it('an undeclared entity is one warning and the items are read', async () => {
    await files({
      'nbsp.rss': rss(
        rssItem(
          'https://news.example.org/n',
          'Vilnius&nbsp;talks',
          'Wed, 04 Sep 2024 10:00:00 GMT',
          `<description>${S2}</description>`,
        ),
      ),
    });
    const { docs, warnings } = await ingest([dir]);
    expect(docs.map((d) => d.id)).toEqual(['https://news.example.org/n']);
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringMatching(/nbsp\.rss" line \d+: XML errors, the first one: entity not found/),
    ]);
  });

  it('a duplicate item keeps the first and warns; an item without link or id gets <fileId>:<n>', async () => {
    const items =
      rssItem(
        'https://news.example.org/same',
        'First',
        'Mon, 02 Sep 2024 08:30:00 GMT',
        `<description>${S1}</description>`,
      ) +
      rssItem(
        'https://news.example.org/same',
        'Second',
        'Mon, 02 Sep 2024 09:30:00 GMT',
        `<description>${S2}</description>`,
      ) +
      `<item><title>No link</title><description>${S3}</description></item>`;
    await files({ 'sub/dup.rss': rss(items) });
    const { docs, warnings } = await ingest([dir]);
    expect(docs.map((d) => [d.id, d.title])).toEqual([
      ['https://news.example.org/same', 'First'],
      ['sub/dup.rss:3', 'No link'],
    ]);
    const file = join(dir, 'sub/dup.rss');
    expect(warnings.map((w) => [w.file, w.message])).toEqual([
      [file, `relata/ingest: cannot read "${file}" item 2: duplicate id "https://news.example.org/same", skipped`],
      [file, `relata/ingest: cannot read "${file}" item 3: no link or id, read as "sub/dup.rss:3"`],
    ]);
  });

  it.each([
    ['a folder', (d: string) => d],
    ['the file itself', (d: string) => join(d, 'sitemap.xml')],
  ])('an .xml file that is not a feed is a warning naming its root element (%s)', async (_case, input) => {
    await files({
      'sitemap.xml':
        '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://x.example.org/</loc></url></urlset>',
      'good.txt': S1,
    });
    const { docs, warnings } = await ingest([input(dir)]);
    expect(docs.length).toBeLessThanOrEqual(1);
    expect(warnings.map((w) => [w.file, w.message])).toEqual([
      [
        join(dir, 'sitemap.xml'),
        `relata/ingest: cannot read "${join(dir, 'sitemap.xml')}": not a feed (root element <urlset>)`,
      ],
    ]);
  });

  it('a .xml feed is read; an item with no text is the usual warning', async () => {
    await files({
      'feed.xml': rss(
        rssItem(
          'https://news.example.org/x',
          'X',
          'Mon, 02 Sep 2024 08:30:00 GMT',
          `<description>${S1}</description>`,
        ) + '<item><link>https://news.example.org/empty</link><title>Title only</title></item>',
      ),
    });
    const { docs, warnings } = await ingest([dir]);
    expect(docs.map((d) => d.id)).toEqual(['https://news.example.org/x']);
    expect(warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('no text in "https://news.example.org/empty"'),
    ]);
  });

  it('decodes a feed in the encoding its XML declaration names', async () => {
    const latin1 = Buffer.from(
      rss(
        rssItem(
          'https://news.example.org/l',
          'Matignon',
          'Thu, 05 Sep 2024 15:00:00 GMT',
          `<description>${S5}</description>`,
        ),
      ).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'),
      'latin1',
    );
    await files({ 'latin1.rss': latin1 });
    const { docs, warnings } = await ingest([dir]);
    expect(warnings).toEqual([]);
    expect(docs.map((d) => [d.title, d.text])).toEqual([['Matignon', S5]]);
  });

  it('refuses a larger item with a warning and keeps the others', async () => {
    const big = `${S1} `.repeat(50);
    await files({
      'big.rss': rss(
        rssItem(
          'https://news.example.org/big',
          'Big',
          'Mon, 02 Sep 2024 08:30:00 GMT',
          `<description>${big}</description>`,
        ) +
          rssItem(
            'https://news.example.org/small',
            'Small',
            'Mon, 02 Sep 2024 08:30:00 GMT',
            `<description>${S2}</description>`,
          ),
      ),
    });
    const { docs, warnings } = await ingest([dir], { maxDocumentBytes: 1000 });
    expect(docs.map((d) => d.id)).toEqual(['https://news.example.org/small']);
    expect(warnings.map((w) => [w.code, w.message])).toEqual([
      ['E_INPUT_TOO_LARGE', expect.stringContaining('item "https://news.example.org/big"')],
    ]);
  });
});

/** The cache as a build leaves it: each document marked stored as it is. */
function stored(result: IngestResult): IngestResult['cache'] {
  for (const file of Object.values(result.cache.files))
    for (const doc of file.docs) doc.stored = doc.sha256 !== undefined;
  return result.cache;
}

describe('feeds: ingest of a folder and the cache', () => {
  const ITEMS = [
    rssItem(
      'https://news.example.org/1',
      'Air defence',
      'Mon, 02 Sep 2024 08:30:00 GMT',
      `<description>&lt;p&gt;${S1}&lt;/p&gt;</description>`,
    ),
    rssItem(
      'https://news.example.org/2',
      'Vilnius',
      'Tue, 03 Sep 2024 08:30:00 GMT',
      `<description>&lt;p&gt;${S2}&lt;/p&gt;</description>`,
    ),
  ];
  const NEW = rssItem(
    'https://news.example.org/3',
    'Rabat',
    'Wed, 04 Sep 2024 08:30:00 GMT',
    `<description>&lt;p&gt;${S3}&lt;/p&gt;</description>`,
  );

  it('one document per item beside the other files, with ids, titles, dates and urls', async () => {
    await files({ 'feeds/news.rss': rss(ITEMS.join('')), 'notes/a.txt': S5 });
    const { docs, warnings } = await ingest([dir]);
    expect(warnings).toEqual([]);
    expect(docs.map((d) => [d.id, d.title, d.date, d.url])).toEqual([
      ['https://news.example.org/1', 'Air defence', '2024-09-02', 'https://news.example.org/1'],
      ['https://news.example.org/2', 'Vilnius', '2024-09-03', 'https://news.example.org/2'],
      ['notes/a.txt', undefined, undefined, undefined],
    ]);
  });

  it('a feed unchanged is skipped unread; a new item re-reads the feed, the old items keep their ids and hashes (the build skips them), the new one is added', async () => {
    await files({ 'news.rss': rss(ITEMS.join('')) });
    const first = await ingest([dir]);
    const cache = stored(first);
    const same = await ingest([dir], { cache });
    expect([same.docs, same.unread, same.filesRead]).toEqual([[], 2, 0]);

    // the newest item comes first in a feed
    await files({ 'news.rss': rss(NEW + ITEMS.join('')) });
    const again = await ingest([dir], { cache: stored(same) });
    expect(again.filesRead).toBe(1);
    const before = new Map(first.docs.map((d) => [d.id, d.sha256]));
    const after = new Map(again.docs.map((d) => [d.id, d.sha256]));
    expect([...after.keys()]).toEqual([
      'https://news.example.org/1',
      'https://news.example.org/2',
      'https://news.example.org/3',
    ]);
    for (const [id, sha256] of before) expect(after.get(id)).toBe(sha256);
    // what the build compares with the graph's documents (id and sha256): only the new item is new
    expect(again.docs.filter((d) => before.get(d.id) !== d.sha256).map((d) => d.id)).toEqual([
      'https://news.example.org/3',
    ]);
    expect(Object.values(again.cache.files)[0].docs.map((d) => d.id)).toEqual([
      'https://news.example.org/3',
      'https://news.example.org/1',
      'https://news.example.org/2',
    ]);
  });

  it('a build after a new item adds it and leaves the others unchanged, not extracted again', async () => {
    await files({ 'in/news.rss': rss(ITEMS.join('')) });
    const out = join(dir, 'graph');
    const first = (await buildGraph([join(dir, 'in')], { out, jobs: 1, iterations: 1 })).summary;
    expect([first.documents, first.added, first.unchanged]).toEqual([2, 2, 0]);
    await files({ 'in/news.rss': rss(NEW + ITEMS.join('')) });
    const again = (await buildGraph([join(dir, 'in')], { out, jobs: 1, iterations: 1 })).summary;
    expect([again.documents, again.added, again.updated, again.unchanged, again.warnings]).toEqual([3, 1, 0, 2, []]);
  });

  it('reads an item two feeds share once, without a warning, and a build of both again reads nothing', async () => {
    await files({ 'in/world.rss': rss(ITEMS.join('')), 'in/europe.rss': rss(ITEMS[1] + NEW) });
    const { docs, warnings } = await ingest([join(dir, 'in')]);
    expect(warnings).toEqual([]);
    expect(docs.map((d) => d.id).sort()).toEqual([
      'https://news.example.org/1',
      'https://news.example.org/2',
      'https://news.example.org/3',
    ]);
    const out = join(dir, 'graph');
    await buildGraph([join(dir, 'in')], { out, jobs: 1, iterations: 1 });
    const again = (await buildGraph([join(dir, 'in')], { out, jobs: 1, iterations: 1 })).summary;
    expect([again.added, again.updated, again.unchanged, again.warnings, again.written]).toEqual([0, 0, 3, [], false]);
  });

  it('still warns when two files give one id to different texts', async () => {
    const other = rssItem(
      'https://news.example.org/2',
      'Vilnius',
      'Tue, 03 Sep 2024 08:30:00 GMT',
      `<description>&lt;p&gt;${S5}&lt;/p&gt;</description>`,
    );
    await files({ 'in/a.rss': rss(ITEMS.join('')), 'in/b.rss': rss(other) });
    const { warnings } = await ingest([join(dir, 'in')]);
    expect(warnings.map((w) => w.message)).toEqual([
      `relata/ingest: cannot read "${join(dir, 'in', 'b.rss')}": duplicate id "https://news.example.org/2", skipped`,
    ]);
  });

  it("keeps an item's author in graph.json's documents, which the store reads back", async () => {
    await files({ 'in/news.rss': RSS_FULL });
    const out = join(dir, 'graph');
    await buildGraph([join(dir, 'in')], { out, jobs: 1, iterations: 1 });
    const stored = (await loadGraph(out)).getAttribute('documents');
    expect(stored.map((d) => [d.id, d.author])).toEqual([
      ['https://news.example.org/2024/09/02/air-defence', 'Jane Reporter'],
      ['https://news.example.org/2024/09/03/energie', undefined],
    ]);
  });

  it('reports a skipped feed’s own warnings again', async () => {
    await files({ 'dup.rss': rss(ITEMS[0] + ITEMS[0] + ITEMS[1]) });
    const first = await ingest([dir]);
    const again = await ingest([dir], { cache: stored(first) });
    expect(again.filesRead).toBe(0);
    expect(again.warnings).toEqual(first.warnings);
    expect(again.warnings).toHaveLength(1);
  });
});
