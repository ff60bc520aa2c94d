/** Dated snapshots of a store (`build --snapshot`): written only on change, listed in order, names checked, and `diffSinceStore`. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/build.ts';
import { RelataError } from '../../src/errors.ts';
import { graphFromJSON, saveGraph, serializeGraph } from '../../src/graph/index.ts';
import {
  diffSinceStore,
  listSnapshots,
  loadSnapshot,
  saveSnapshot,
  snapshotDate,
  snapshotName,
} from '../../src/graph/snapshots.ts';
import { parseDocument } from '../../src/ingest/index.ts';
import { E, buildGraph as graphOf, makeDoc } from './fixtures.ts';

const store = () => join(mkdtempSync(join(tmpdir(), 'relata-snapshots-')), 'graph');

/** A clock that gives these times, one per call. */
const clock = (...times: string[]) => {
  let i = 0;
  return () => new Date(times[Math.min(i++, times.length - 1)]);
};

const a = parseDocument('a.txt', 'Germany supplies tanks to Ukraine. Russia attacks Ukraine.', 'txt');
const b = parseDocument('b.txt', 'France condemns Russia.', 'txt');

const errorOf = async (promise: Promise<unknown>): Promise<RelataError> => {
  const e = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(e).toBeInstanceOf(RelataError);
  return e as RelataError;
};

describe('snapshot names', () => {
  it('are UTC times to the second, safe in file names, sorting as the times do', () => {
    expect(snapshotName(new Date('2025-11-25T08:00:00.456Z'))).toBe('2025-11-25T08-00-00Z');
    expect(snapshotDate('2025-11-25T08-00-00Z')).toBe('2025-11-25T08:00:00Z');
    expect(snapshotDate('2025-11-25T08-00-00Z.json')).toBe('2025-11-25T08:00:00Z');
    for (const bad of [
      '2025-13-01T00-00-00Z',
      '2025-02-30T00-00-00Z',
      '2025-11-25T08:00:00Z',
      '../graph',
      '2025-11-25T08-00-00Z/../../graph',
      'latest',
    ])
      expect(snapshotDate(bad)).toBeUndefined();
  });
});

describe('build --snapshot', () => {
  it('keeps a snapshot after each build that changed the graph, and none after a build that did not', async () => {
    const out = store();
    const now = clock('2025-01-01T10:00:00Z', '2025-01-02T10:00:00Z', '2025-01-03T10:00:00Z');
    const first = await buildGraph([a], { out, iterations: 1, snapshot: true, now });
    expect(first.summary).toMatchObject({
      written: true,
      snapshot: join(out, 'snapshots', '2025-01-01T10-00-00Z.json'),
    });
    const same = await buildGraph([a], { out, iterations: 1, snapshot: true, now });
    expect(same.summary.written).toBe(false);
    expect(same.summary.snapshot).toBeUndefined();
    const more = await buildGraph([a, b], { out, iterations: 1, snapshot: true, now });
    expect(more.summary.snapshot).toBe(join(out, 'snapshots', '2025-01-02T10-00-00Z.json'));

    expect((await listSnapshots(out)).map((s) => s.name)).toEqual(['2025-01-01T10-00-00Z', '2025-01-02T10-00-00Z']);
    // the latest snapshot is the graph as written, byte for byte
    expect(readFileSync(more.summary.snapshot!, 'utf8')).toBe(readFileSync(join(out, 'graph.json'), 'utf8'));
    expect((await loadSnapshot(out, '2025-01-01T10-00-00Z')).getAttribute('documents').map((d) => d.id)).toEqual([
      'a.txt',
    ]);
    expect(readdirSync(join(out, 'snapshots')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps none without the option', async () => {
    const out = store();
    const { summary } = await buildGraph([a], { out, iterations: 1 });
    expect(summary.written).toBe(true);
    expect(summary.snapshot).toBeUndefined();
    expect(await listSnapshots(out)).toEqual([]);
  });
});

describe('listSnapshots and loadSnapshot', () => {
  it('lists the snapshots oldest first, with their dates and files, and nothing else of the folder', async () => {
    const out = store();
    const graph = graphOf(
      [makeDoc('x.txt', ['Russia attacks Ukraine.'], [[{ s: E.russia, p: 'attacks', o: E.ukraine }]])],
      1,
    );
    for (const time of ['2025-06-01T00:00:00Z', '2024-12-31T23:59:59Z', '2025-01-01T00:00:00Z'])
      await saveSnapshot(out, graph, new Date(time));
    const dir = join(out, 'snapshots');
    for (const junk of [
      'notes.txt',
      'latest.json',
      '2025-13-01T00-00-00Z.json',
      '2025-01-02T00-00-00Z.json.999999999.tmp',
    ])
      writeFileSync(join(dir, junk), '{}');
    mkdirSync(join(dir, 'old'));
    expect(await listSnapshots(out)).toEqual([
      { name: '2024-12-31T23-59-59Z', date: '2024-12-31T23:59:59Z', file: join(dir, '2024-12-31T23-59-59Z.json') },
      { name: '2025-01-01T00-00-00Z', date: '2025-01-01T00:00:00Z', file: join(dir, '2025-01-01T00-00-00Z.json') },
      { name: '2025-06-01T00-00-00Z', date: '2025-06-01T00:00:00Z', file: join(dir, '2025-06-01T00-00-00Z.json') },
    ]);
    expect(serializeGraph(await loadSnapshot(out, '2025-01-01T00-00-00Z.json'))).toBe(serializeGraph(graph));
  });

  it('has none in a store without a snapshots folder, or no store at all', async () => {
    expect(await listSnapshots(store())).toEqual([]);
  });

  it.each([
    '../graph',
    '../../../etc/passwd',
    '2025-01-01T00-00-00Z/../../graph',
    '/etc/passwd',
    '..',
    'latest',
    '2025-01-01T00:00:00Z',
  ])('refuses the name %j (E_USAGE)', async (name) => {
    const out = store();
    await saveGraph(out, graphOf([], 1));
    expect((await errorOf(loadSnapshot(out, name))).code).toBe('E_USAGE');
  });

  it('says when a snapshot is missing (E_GRAPH_NOT_FOUND)', async () => {
    expect((await errorOf(loadSnapshot(store(), '2025-01-01T00-00-00Z'))).code).toBe('E_GRAPH_NOT_FOUND');
  });
});

describe('diffSinceStore', () => {
  it('compares the latest snapshot taken before the date with the graph: removals known', async () => {
    const out = store();
    const now = clock('2025-01-10T09:00:00Z', '2025-01-20T09:00:00Z', '2025-03-01T09:00:00Z');
    await buildGraph([a], { out, iterations: 1, snapshot: true, now });
    const before = (await buildGraph([a, b], { out, iterations: 1, snapshot: true, now })).graph;
    // a rebuild on fewer texts: what b.txt alone said disappears
    const after = (await buildGraph([a], { out, iterations: 1, snapshot: true, rebuild: true, now })).graph;
    const gone = before.edges().filter((key) => !after.hasEdge(key));
    expect(gone.length).toBeGreaterThan(0);

    const diff = await diffSinceStore(out, '2025-02');
    expect(diff).toMatchObject({ mode: 'since', since: '2025-02', removals: true, baseline: '2025-01-20T09-00-00Z' });
    expect(diff.relations.removed?.map((r) => r.key)).toEqual([...gone].sort());
    expect(diff.documents.removed?.map((d) => d.id)).toEqual(['b.txt']);
    expect(diff.summary.relationsRemoved).toBe(gone.length);
    expect(Object.keys(diff).slice(0, 4)).toEqual(['mode', 'since', 'removals', 'baseline']);

    // the date decides which snapshot: on the day of the second one, the first
    expect((await diffSinceStore(out, '2025-01-20')).baseline).toBe('2025-01-10T09-00-00Z');
  });

  it('falls back to the dates of the documents without a snapshot before the date', async () => {
    const out = store();
    const graph = graphOf(
      [
        makeDoc('x.txt', ['Russia attacks Ukraine.'], [[{ s: E.russia, p: 'attacks', o: E.ukraine }]], {
          date: '2024-03-01',
        }),
      ],
      1,
    );
    await saveGraph(out, graph);
    const none = await diffSinceStore(out, '2024-02');
    expect(none).toMatchObject({
      mode: 'since',
      since: '2024-02',
      removals: false,
      relations: { removed: null, weakened: null },
      entities: { removed: null },
    });
    expect(none.baseline).toBeUndefined();
    expect(none.relations.added.map((r) => r.key)).toEqual(['country:russia|attacks|country:ukraine']);

    await saveSnapshot(out, graph, new Date('2024-02-01T00:00:00Z')); // taken on the date: not before it
    expect((await diffSinceStore(out, '2024-02')).removals).toBe(false);
    expect(graphFromJSON(readFileSync(join(out, 'graph.json'), 'utf8')).size).toBe(1);
  });

  it('checks the date, and needs a graph', async () => {
    expect((await errorOf(diffSinceStore(store(), 'yesterday'))).code).toBe('E_USAGE');
    expect((await errorOf(diffSinceStore(store(), '2024'))).code).toBe('E_GRAPH_NOT_FOUND');
  });
});
