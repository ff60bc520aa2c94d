/**
 * The README's "What changed" walkthrough, in process: Monday's feed, then Tuesday's into the
 * same store (only the new items read), then the diff of the two graphs and the diff since a date.
 */

import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/build.ts';
import { diffGraphs, diffSince, loadGraph } from '../../src/graph/index.ts';
import { ROOT } from '../cli/run.ts';

const FEEDS = join(ROOT, 'examples/feeds');

describe('examples/feeds, Monday then Tuesday', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'relata-feeds-'));
  const news = join(dir, 'news');
  const monday = await buildGraph([join(FEEDS, 'monday.rss')], { out: news });
  mkdirSync(join(dir, 'monday'));
  copyFileSync(join(news, 'graph.json'), join(dir, 'monday', 'graph.json'));
  const tuesday = await buildGraph([join(FEEDS, 'tuesday.rss')], { out: news });
  const before = await loadGraph(join(dir, 'monday'));
  const after = await loadGraph(news);

  it('reads one document per item, and on Tuesday only the new items', () => {
    expect(monday.summary).toMatchObject({ added: 3, documents: 3 });
    expect(tuesday.summary).toMatchObject({ added: 3, unchanged: 3, documents: 6 });
    expect(after.getAttribute('documents').map((d) => d.id)).toContain(
      'https://wire.relata.example/2025/11/25/germany-delivers',
    );
  });

  it("finds Germany's pledge delivered, France's hypothetical delivery asserted, the strike confirmed", () => {
    const diff = diffGraphs(before, after);
    expect(diff.summary).toMatchObject({
      documentsAdded: 3,
      entitiesAdded: 0,
      relationsAdded: 2,
      strengthened: 3,
      modalityChanges: 5,
      fulfilled: 2,
      denied: 0,
    });
    expect(diff.modality.map((m) => [m.change, m.key, m.before, m.after])).toEqual([
      ['modality', 'country:france|supplies|country:ukraine', 'hypothetical', 'asserted'],
      ['modality', 'country:france|supplies|equipment:storm-shadow', 'hypothetical', 'asserted'],
      ['fulfilled', 'country:germany|supplies|country:ukraine', null, 'asserted'],
      ['fulfilled', 'country:germany|supplies|equipment:iris-t', null, 'asserted'],
      ['modality', 'country:russia|attacks|location:kharkiv', 'reported', 'asserted'],
    ]);
  });

  it('tells the same from the one graph since Tuesday, removals unknown', () => {
    const diff = diffSince(after, '2025-11-25');
    expect(diff.summary).toMatchObject({
      documentsAdded: 3,
      relationsAdded: 2,
      strengthened: 3,
      fulfilled: 2,
      relationsRemoved: null,
      weakened: null,
    });
  });
});
