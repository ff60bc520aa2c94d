/**
 * Feeds that go wrong: broken XML, undeclared entities, duplicate items and items without a link,
 * XML that is not a feed, items without text or too large; and a feed in another encoding.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { dir, files, RSS_FULL, rss, rssItem, S1, S2, S3, S5, useTempDir } from './fixtures.ts';

useTempDir('relata-feeds-');

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
