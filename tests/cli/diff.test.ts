/** `relata diff`, in-process (`main` with a captured Io): two graphs, --since, each format, the errors. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { relataInProcess as relata } from './run.ts';
import { saveGraph, saveSnapshot, serializeGraph } from '../../src/graph/index.ts';
import { E, buildGraph, makeDoc } from '../graph/fixtures.ts';

const pledge = makeDoc(
  'pledge.txt',
  ['Germany pledges tanks to Ukraine.', 'Russia attacks Ukraine.'],
  [[{ s: E.germany, p: 'pledges', o: E.ukraine }], [{ s: E.russia, p: 'attacks', o: E.ukraine }]],
  {
    date: '2024-01-10',
  },
);
const delivery = makeDoc(
  'delivery.txt',
  ['Germany supplies Ukraine.', 'Russia attacks Ukraine.', 'Zelensky thanks Germany.'],
  [
    [{ s: E.germany, p: 'supplies', o: E.ukraine }],
    [{ s: E.russia, p: 'attacks', o: E.ukraine }],
    [{ s: E.zelensky, sText: 'Zelensky', p: 'thanks', o: E.germany }],
  ],
  { date: '2024-02-01', title: 'Delivered' },
);

const dir = mkdtempSync(join(tmpdir(), 'relata-diff-'));
const oldDir = join(dir, 'old');
const newDir = join(dir, 'new');
const newFile = join(dir, 'new-graph.json');

beforeAll(async () => {
  await saveGraph(oldDir, buildGraph([pledge], 1));
  const now = buildGraph([pledge, delivery], 1);
  await saveGraph(newDir, now);
  writeFileSync(newFile, serializeGraph(now));
});

describe('relata diff <old> <new>', () => {
  it('prints readable sections with counts by default, and exits 0 though there are changes', async () => {
    const r = await relata(['diff', oldDir, newDir]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^Changes from .*old to .*new: 5 changes\n/);
    expect(r.stdout).toContain(
      'documents +1 -0, entities +1 -0, relations +2 -0, strengthened 1, weakened 0, modality changes 1 (1 fulfilled, 0 denied)',
    );
    for (const section of [
      'Documents added (1)',
      'Entities added (1)',
      'Relations added (2)',
      'Strengthened (1)',
      'Modality changes (1)',
    ]) {
      expect(r.stdout).toContain(`\n${section}\n`);
    }
    // kinds without a change are in the summary line only
    for (const section of ['Entities removed', 'Relations removed', 'Weakened'])
      expect(r.stdout).not.toContain(`\n${section} (`);
    expect(r.stdout).toMatch(/Russia\s+attacks\s+Ukraine\s+asserted\s+1 → 2\s+1 → 2/);
    expect(r.stdout).toMatch(/fulfilled\s+Germany\s+supplies\s+Ukraine\s+\(new\)\s+asserted\s+delivery\.txt#0/);
    expect(r.stdout).not.toContain('cannot be known');
  });

  it('prints the whole diff as JSON, and takes graph.json files as well as folders', async () => {
    const r = await relata(['diff', oldDir, newFile, '--format', 'json']);
    expect(r.code).toBe(0);
    const diff = JSON.parse(r.stdout);
    expect(diff).toMatchObject({ mode: 'graphs', since: null, removals: true, summary: { changes: 5, fulfilled: 1 } });
    expect(diff.modality[0]).toMatchObject({
      change: 'fulfilled',
      key: 'country:germany|supplies|country:ukraine',
      pledge: 'country:germany|pledges|country:ukraine',
    });
    expect(JSON.parse((await relata(['diff', oldDir, newDir, '-f', 'json'])).stdout)).toEqual(diff);
  });

  it('prints one change a line in JSON Lines, each with its `change`', async () => {
    const r = await relata(['diff', oldDir, newDir, '-f', 'jsonl']);
    expect(r.code).toBe(0);
    const rows = r.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows.map((row) => [row.change, row.key])).toEqual([
      ['entity-added', 'person:volodymyr-zelensky'],
      ['relation-added', 'country:germany|supplies|country:ukraine'],
      ['relation-added', 'person:volodymyr-zelensky|thanks|country:germany'],
      ['strengthened', 'country:russia|attacks|country:ukraine'],
      ['fulfilled', 'country:germany|supplies|country:ukraine'],
    ]);
  });

  it('prints nothing in JSON Lines when nothing changed', async () => {
    const r = await relata(['diff', newDir, newFile, '-f', 'jsonl']);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('relata diff --since', () => {
  it('reports on one graph (-g) by the dates of its documents, and says what it cannot know', async () => {
    const r = await relata(['diff', '--since', '2024-02', '-g', newDir]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/^Changes in .*new since 2024-02: 5 changes\n/);
    expect(r.stdout).toContain(
      '(one graph: what was removed or weakened cannot be known; diff two graphs, or keep snapshots with build --snapshot, to see it)',
    );
    expect(r.stdout).toContain('\nRelations added (2)\n');
    expect(r.stdout).not.toContain('Relations removed');
    expect(r.stdout).not.toContain('Weakened');
  });

  it('gives the same changes as the two graphs, in every format; a graph may be given as an argument', async () => {
    const since = await relata(['diff', '--since', '2024-02', newFile, '-f', 'jsonl']);
    const graphs = await relata(['diff', oldDir, newDir, '-f', 'jsonl']);
    expect(since.stdout).toBe(graphs.stdout);
    const json = JSON.parse((await relata(['diff', '--since', '2024-02', '-g', newDir, '-f', 'json'])).stdout);
    expect(json).toMatchObject({
      mode: 'since',
      since: '2024-02',
      removals: false,
      entities: { removed: null },
      relations: { removed: null, weakened: null },
    });
  });
});

describe('relata diff --since, a store with snapshots (build --snapshot)', () => {
  const store = join(dir, 'snapshotted');
  beforeAll(async () => {
    // kept on 15 January: both documents; on 1 March: the same; now, delivery.txt is gone (a rebuild)
    const both = buildGraph([pledge, delivery], 1);
    await saveSnapshot(store, both, new Date('2024-01-15T09:30:00Z'));
    await saveSnapshot(store, both, new Date('2024-03-01T00:00:00Z'));
    await saveGraph(store, buildGraph([pledge], 1));
  });

  it('compares the store with its latest snapshot before the date, and names it: removals known', async () => {
    const r = await relata(['diff', '--since', '2024-02', '-g', store]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(
      /^Changes in .*snapshotted since 2024-02 \(compared with its snapshot 2024-01-15T09-30-00Z\): 4 changes\n/,
    );
    expect(r.stdout).toContain('documents +0 -1, entities +0 -1, relations +0 -2, strengthened 0, weakened 1,');
    expect(r.stdout).toContain('\nRelations removed (2)\n');
    expect(r.stdout).toContain('\nWeakened (1)\n');
    expect(r.stdout).not.toContain('cannot be known');
    const json = JSON.parse((await relata(['diff', '--since', '2024-02', store, '-f', 'json'])).stdout);
    expect(json).toMatchObject({
      mode: 'since',
      since: '2024-02',
      removals: true,
      baseline: '2024-01-15T09-30-00Z',
      summary: { relationsRemoved: 2, weakened: 1 },
    });
  });

  it('falls back to the dates of the documents when no snapshot is older than the date, or for a graph.json file', async () => {
    const early = JSON.parse((await relata(['diff', '--since', '2024-01', '-g', store, '-f', 'json'])).stdout);
    expect(early).toMatchObject({ removals: false, relations: { removed: null } });
    expect(early.baseline).toBeUndefined();
    const file = JSON.parse(
      (await relata(['diff', '--since', '2024-02', join(store, 'graph.json'), '-f', 'json'])).stdout,
    );
    expect(file).toMatchObject({ removals: false, relations: { removed: null } });
    expect((await relata(['diff', '--since', '2024-01', '-g', store])).stdout).toContain('cannot be known');
  });
});

describe('errors', () => {
  it.each([
    [
      ['diff', '--since', 'yesterday', '-g', newDir],
      'relata: option --since takes an ISO date (2024, 2024-08 or 2024-08-12), not "yesterday"',
    ],
    [
      ['diff', '--since', '2024-02-30', '-g', newDir],
      'relata: option --since takes an ISO date (2024, 2024-08 or 2024-08-12), not "2024-02-30"',
    ],
    [
      ['diff', oldDir],
      'relata: give two graphs, the old then the new (folders or graph.json files), or --since <date>; got 1',
    ],
    [['diff'], 'relata: give two graphs, the old then the new (folders or graph.json files), or --since <date>; got 0'],
    [
      ['diff', oldDir, newDir, '-g', newDir],
      'relata: --graph goes with --since; to compare two graphs, give both: relata diff <old graph> <new graph>',
    ],
    [
      ['diff', '--since', '2024', oldDir, newDir],
      'relata: with --since, give one graph (-g DIR, or a folder or graph.json file), not two',
    ],
    [['diff', oldDir, newDir, '-f', 'csv'], 'relata: option --format takes one of table, json, jsonl, not "csv"'],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const r = await relata(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')[0]).toBe(message);
    expect(r.stderr).toContain('usage: relata diff');
  });

  it.each([
    [
      'a missing folder',
      () => ['diff', join(dir, 'none'), newDir],
      /^relata: no graph at ".*none[/\\]graph\.json": run `relata build` first\n$/,
    ],
    [
      'a missing graph.json file',
      () => ['diff', oldDir, join(dir, 'none.json')],
      /^relata: no graph at ".*none\.json"\n$/,
    ],
    [
      'a missing graph with --since',
      () => ['diff', '--since', '2024', '-g', join(dir, 'none')],
      /^relata: no graph at /,
    ],
    [
      'a file that is not a graph',
      () => {
        writeFileSync(join(dir, 'bad.json'), '{ nope');
        return ['diff', join(dir, 'bad.json'), newDir];
      },
      /^relata: .*bad\.json/,
    ],
  ])('%s is an error (exit 1) naming it', async (_, argv, message) => {
    const r = await relata(argv());
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('has help', async () => {
    const r = await relata(['help', 'diff']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: relata diff <old graph> <new graph>/);
    expect(r.stdout).toContain('--since <value>');
  });
});
