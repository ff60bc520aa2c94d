/**
 * Build work: documents extracted on worker threads (`jobs`) give the graph one thread gives,
 * byte for byte; a build with nothing new leaves the store untouched.
 */
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/build.ts';
import { jobsFor, PARALLEL_MIN_CHARS } from '../../src/workers.ts';
import { ROOT } from '../cli/run.ts';

const doc = (id: string, chars: number) => ({ id, text: 'x'.repeat(chars), sha256: id });

describe('jobs', () => {
  it.each([
    ['little text, jobs not given: this thread', [doc('a', 10), doc('b', 10)], undefined, 8, 1],
    ['enough text on two cores: this thread', [doc('a', PARALLEL_MIN_CHARS), doc('b', 10)], undefined, 2, 1],
    ['enough text on four cores: three workers, at most one per document', [doc('a', PARALLEL_MIN_CHARS), doc('b', 10)], undefined, 4, 2],
    ['jobs given: as many, even for little text', [doc('a', 10), doc('b', 10)], 2, 2, 2],
    ['never more workers than documents', [doc('a', 10), doc('b', 10)], 8, 8, 2],
    ['one document: this thread', [doc('a', 10)], 4, 8, 1],
    ['no document', [], 4, 8, 1],
  ] as const)('%s', (_case, docs, jobs, cores, expected) => {
    expect(jobsFor(docs, jobs, cores)).toBe(expected);
  });

  it('extracts on 2 worker threads the same graph as on one, with a user lexicon', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relata-jobs-'));
    const extra = join(dir, 'extra');
    mkdirSync(extra);
    // a person named in two documents with two spellings, and an entity only the user's lexicon knows
    writeFileSync(join(extra, 'a.txt'), 'Le ministre Roustem Oumierov a rencontré Jens Stoltenberg à Bruxelles. La Zorbanie a livré des drones à l\'Ukraine.\n');
    writeFileSync(join(extra, 'b.txt'), 'Rustem Umerov thanked Germany for the Patriot systems delivered to Ukraine.\n');
    const lexicon = { entities: [{ label: 'Zorbania', type: 'Country' as const, forms: ['Zorbanie', 'Zorbania'] }], verbs: [] };
    const inputs = [join(ROOT, 'examples/corpus'), extra];
    const one = await buildGraph(inputs, { out: join(dir, 'one'), jobs: 1, lexicon });
    const two = await buildGraph(inputs, { out: join(dir, 'two'), jobs: 2, lexicon });
    expect(two.summary.triples).toBe(one.summary.triples);
    expect(readFileSync(join(dir, 'two', 'graph.json'), 'utf8')).toBe(readFileSync(join(dir, 'one', 'graph.json'), 'utf8'));
    expect(two.graph.hasNode('country:zorbania')).toBe(true);
  });
});

describe('a build with nothing new', () => {
  it('stops at the hash of the bytes when every file is stored as it is', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relata-bytes-'));
    writeFileSync(join(dir, 'a.txt'), "L'Allemagne a livré des chars à l'Ukraine.\n");
    writeFileSync(join(dir, 'b.md'), '# Sanctions\n\nThe EU sanctioned Russia on Monday.\n');
    const out = join(dir, 'graph');
    await buildGraph([join(dir, 'a.txt'), join(dir, 'b.md')], { out });
    const phases: string[] = [];
    const again = await buildGraph([join(dir, 'a.txt'), join(dir, 'b.md')], { out, onProgress: (p) => phases.push(p.phase) });
    expect(phases).toEqual([]); // not even read as text
    expect(again.summary).toMatchObject({ added: 0, updated: 0, unchanged: 2, documents: 2 });
  });

  it('reads the files again when one changed, and repeats the warning of a file read with one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relata-source-'));
    const news = join(dir, 'news');
    mkdirSync(news);
    writeFileSync(join(news, 'a.txt'), "L'Allemagne a livré des chars à l'Ukraine.\n");
    writeFileSync(join(news, 'b.txt'), Buffer.concat([Buffer.from('Russia attacked Ukraine. '), Buffer.from([0xff]), Buffer.from('\n')]));
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
    const sources = again.graph.getAttribute('documents').map((d) => [d.id.endsWith('.jsonl') || !d.path, /^[0-9a-f]{64}$/.test(d.source ?? '')]);
    expect(sources.every(([record, hashed]) => record !== hashed)).toBe(true); // JSON records have none: their file holds several
    writeFileSync(join(dir, 'new.txt'), "La France a condamné l'attaque de la Russie contre l'Ukraine.\n");
    const more = await buildGraph([join(ROOT, 'examples/corpus'), join(dir, 'new.txt')], { out });
    expect(more.summary).toMatchObject({ added: 1, unchanged: 12, documents: 13 });
    expect(statSync(join(out, 'graph.json'), { bigint: true }).ino).not.toBe(before.ino);
  });
});
