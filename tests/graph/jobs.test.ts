/**
 * Build work: documents extracted on worker threads (`jobs`) give the graph one thread gives,
 * byte for byte; a build with nothing new leaves the store untouched.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CACHE_FILE } from '../../src/build-cache.ts';
import { buildGraph } from '../../src/build.ts';
import { serializeGraph } from '../../src/graph/index.ts';
import { extractForMerge } from '../../src/extract/index.ts';
import { parseDocument } from '../../src/ingest/index.ts';
import { jobsFor, PARALLEL_MIN_CHARS, startExtractors } from '../../src/workers.ts';
import { ROOT } from '../cli/run.ts';

/** A modification time in whole seconds, which every file system keeps exactly. */
const TIME = 1_700_000_000;

const doc = (id: string, chars: number) => ({ id, text: 'x'.repeat(chars), sha256: id });

describe('jobs', () => {
  it.each([
    ['little text, jobs not given: this thread', [doc('a', 10), doc('b', 10)], undefined, 8, 1],
    ['enough text on two cores: this thread', [doc('a', PARALLEL_MIN_CHARS), doc('b', 10)], undefined, 2, 1],
    [
      'enough text on four cores: three workers, at most one per document',
      [doc('a', PARALLEL_MIN_CHARS), doc('b', 10)],
      undefined,
      4,
      2,
    ],
    ['jobs given: as many, even for little text', [doc('a', 10), doc('b', 10)], 2, 2, 2],
    ['never more workers than documents', [doc('a', 10), doc('b', 10)], 8, 8, 2],
    ['one document: this thread', [doc('a', 10)], 4, 8, 1],
    ['no document', [], 4, 8, 1],
  ] as const)('%s', (_case, docs, jobs, cores, expected) => {
    expect(jobsFor(docs, jobs, cores)).toBe(expected);
  });

  it("extracts batch after batch on the same threads, each in the documents' order", async () => {
    const docs = [
      parseDocument('a.txt', "L'Allemagne a livré des chars Leopard à l'Ukraine.", 'txt'),
      parseDocument('b.txt', 'Russia attacked Ukraine on Monday, officials said.', 'txt'),
      parseDocument('c.txt', 'La France a condamné les frappes russes.', 'txt'),
    ];
    const one = docs.map((d) => extractForMerge(d));
    const extractors = startExtractors(2, undefined);
    try {
      expect(await extractors.extract(docs, () => {})).toEqual(one);
      expect(await extractors.extract([...docs].reverse(), () => {})).toEqual([...one].reverse());
    } finally {
      await extractors.close();
    }
  });

  it('extracts on 2 worker threads the same graph as on one, with a user lexicon', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relata-jobs-'));
    const extra = join(dir, 'extra');
    mkdirSync(extra);
    // a person named in two documents with two spellings, and an entity only the user's lexicon knows
    writeFileSync(
      join(extra, 'a.txt'),
      "Le ministre Roustem Oumierov a rencontré Jens Stoltenberg à Bruxelles. La Zorbanie a livré des drones à l'Ukraine.\n",
    );
    writeFileSync(
      join(extra, 'b.txt'),
      'Rustem Umerov thanked Germany for the Patriot systems delivered to Ukraine.\n',
    );
    const lexicon = {
      entities: [{ label: 'Zorbania', type: 'Country' as const, forms: ['Zorbanie', 'Zorbania'] }],
      verbs: [],
    };
    const inputs = [join(ROOT, 'examples/corpus'), extra];
    const one = await buildGraph(inputs, { out: join(dir, 'one'), jobs: 1, lexicon });
    const two = await buildGraph(inputs, { out: join(dir, 'two'), jobs: 2, lexicon });
    expect(two.summary.triples).toBe(one.summary.triples);
    expect(readFileSync(join(dir, 'two', 'graph.json'), 'utf8')).toBe(
      readFileSync(join(dir, 'one', 'graph.json'), 'utf8'),
    );
    expect(two.graph.hasNode('country:zorbania')).toBe(true);
  });
});

describe('a build with nothing new', () => {
  it('reads no file whose size and time are as the last build saw them, and loads the graph only when asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relata-bytes-'));
    writeFileSync(join(dir, 'a.txt'), "L'Allemagne a livré des chars à l'Ukraine.\n");
    writeFileSync(join(dir, 'b.md'), '# Sanctions\n\nThe EU sanctioned Russia on Monday.\n');
    utimesSync(join(dir, 'a.txt'), TIME, TIME);
    const out = join(dir, 'graph');
    const first = await buildGraph([join(dir, 'a.txt'), join(dir, 'b.md')], { out });
    // other bytes of the same length at the same time: only a read would see them
    writeFileSync(join(dir, 'a.txt'), "L'Allemagne a livré des armes à l'Ukraine.\n");
    utimesSync(join(dir, 'a.txt'), TIME, TIME);
    const phases: string[] = [];
    const again = await buildGraph([join(dir, 'a.txt'), join(dir, 'b.md')], {
      out,
      onProgress: (p) => phases.push(p.phase),
    });
    expect(phases).toEqual(['ingest']);
    expect(again.summary).toMatchObject({
      added: 0,
      updated: 0,
      unchanged: 2,
      documents: 2,
      entities: first.graph.order,
      relations: first.graph.size,
    });
    expect(serializeGraph(again.graph)).toBe(serializeGraph(first.graph));
    // without the cache, the change is found
    rmSync(join(out, CACHE_FILE));
    expect((await buildGraph([join(dir, 'a.txt'), join(dir, 'b.md')], { out })).summary).toMatchObject({
      updated: 1,
      unchanged: 1,
    });
  });

  it('reads everything again when graph.json is not the one the cache was written with, or the cache is broken', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relata-stale-'));
    const news = join(dir, 'news');
    mkdirSync(news);
    writeFileSync(join(news, 'a.txt'), "L'Allemagne a livré des chars à l'Ukraine.\n");
    const out = join(dir, 'graph');
    await buildGraph([news], { out });
    const other = join(dir, 'other');
    mkdirSync(other);
    writeFileSync(join(other, 'a.txt'), 'Russia attacked Ukraine on Monday.\n');
    await buildGraph([other], { out: join(dir, 'copy') });
    // another graph.json put in place: the cache describes the old one and is not used
    writeFileSync(join(out, 'graph.json'), readFileSync(join(dir, 'copy', 'graph.json')));
    expect((await buildGraph([news], { out })).summary).toMatchObject({ updated: 1 });
    writeFileSync(join(out, CACHE_FILE), '{ not json');
    expect((await buildGraph([news], { out })).summary).toMatchObject({ unchanged: 1, documents: 1 });
  });

  it('reads the files again when one changed, and repeats the warning of a file read with one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relata-source-'));
    const news = join(dir, 'news');
    mkdirSync(news);
    writeFileSync(join(news, 'a.txt'), "L'Allemagne a livré des chars à l'Ukraine.\n");
    writeFileSync(
      join(news, 'b.txt'),
      Buffer.concat([Buffer.from('Russia attacked Ukraine. '), Buffer.from([0xff]), Buffer.from('\n')]),
    );
    const out = join(dir, 'graph');
    const first = await buildGraph([news], { out });
    expect(first.summary.warnings.map((w) => w.file)).toEqual([join(news, 'b.txt')]);
    const again = await buildGraph([news], { out });
    expect(again.summary.warnings.map((w) => w.file)).toEqual([join(news, 'b.txt')]); // b has no source hash: read again, warned again
    writeFileSync(join(news, 'a.txt'), "L'Allemagne a livré des chars Leopard à l'Ukraine.\n");
    expect((await buildGraph([news], { out })).summary).toMatchObject({ updated: 1, unchanged: 1 });
  });

  it('does not lay out, write or sync the store again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relata-nochange-'));
    const out = join(dir, 'graph');
    await buildGraph([join(ROOT, 'examples/corpus')], { out });
    const before = statSync(join(out, 'graph.json'), { bigint: true });
    const again = await buildGraph([join(ROOT, 'examples/corpus')], { out });
    const after = statSync(join(out, 'graph.json'), { bigint: true });
    expect([after.ino, after.mtimeNs]).toEqual([before.ino, before.mtimeNs]);
    expect(again.summary).toMatchObject({ added: 0, updated: 0, unchanged: 12, documents: 12 });
    // the same files: found by the hash of their bytes, before any decoding or cleaning
    const sources = again.graph
      .getAttribute('documents')
      .map((d) => [d.id.endsWith('.jsonl') || !d.path, /^[0-9a-f]{64}$/.test(d.source ?? '')]);
    expect(sources.every(([record, hashed]) => record !== hashed)).toBe(true); // JSON records have none: their file holds several
    writeFileSync(join(dir, 'new.txt'), "La France a condamné l'attaque de la Russie contre l'Ukraine.\n");
    const more = await buildGraph([join(ROOT, 'examples/corpus'), join(dir, 'new.txt')], { out });
    expect(more.summary).toMatchObject({ added: 1, unchanged: 12, documents: 13 });
    expect(statSync(join(out, 'graph.json'), { bigint: true }).ino).not.toBe(before.ino);
    // the stored layout is kept: the nodes that were there stay exactly where they were
    const moved = again.graph.mapNodes((node, a) =>
      Math.hypot(more.graph.getNodeAttribute(node, 'x') - a.x, more.graph.getNodeAttribute(node, 'y') - a.y),
    );
    expect(Math.max(...moved)).toBe(0);
    // and --rebuild lays it out afresh, as a first build does
    await buildGraph([join(ROOT, 'examples/corpus'), join(dir, 'new.txt')], { out, rebuild: true });
    await buildGraph([join(ROOT, 'examples/corpus'), join(dir, 'new.txt')], { out: join(dir, 'fresh') });
    expect(readFileSync(join(out, 'graph.json'), 'utf8')).toBe(readFileSync(join(dir, 'fresh', 'graph.json'), 'utf8'));
  });
});
