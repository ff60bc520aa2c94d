/**
 * Feeds in a folder and the input cache: one document per item beside the other files, unchanged
 * feeds skipped, new items added without extracting the old ones again, items shared by two feeds.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/build.ts';
import { loadGraph } from '../../src/graph/store.ts';
import { ingest } from '../../src/ingest/index.ts';
import { dir, files, RSS_FULL, rss, rssItem, S1, S2, S3, S5, stored, useTempDir } from './fixtures.ts';

useTempDir('relata-feeds-');

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
