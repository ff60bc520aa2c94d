/**
 * Ingest with the cache of an earlier ingest: which files are read again, and that what it
 * gives is what a full read gives.
 */
import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingest, type IngestResult } from '../../src/ingest/index.ts';
import { writeTree } from './tree.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relata-cache-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const files = (tree: Record<string, string | Buffer>) => writeTree(dir, tree);

/** A modification time in whole seconds, which every file system keeps exactly. */
const TIME = 1_700_000_000;

/** Other bytes of the same length, the modification time set back: only a read would notice. */
async function rewriteUnseen(name: string, from: string, to: string) {
  const file = join(dir, name);
  const text = await readFile(file, 'utf8');
  expect(to.length).toBe(from.length);
  await writeFile(file, text.replace(from, to));
  await utimes(file, TIME, TIME);
}

/** The cache as a build leaves it: each document marked stored as it is. */
function stored(result: IngestResult): IngestResult['cache'] {
  for (const file of Object.values(result.cache.files))
    for (const doc of file.docs) doc.stored = doc.sha256 !== undefined;
  return result.cache;
}

const ids = (result: IngestResult) => result.docs.map((d) => d.id);
const A = 'Germany delivered tanks to Ukraine on Monday, the ministry said in a statement.\n';
const B = 'La France a condamné les frappes russes contre des villes ukrainiennes mardi soir.\n';
const MENU = 'Accueil | Monde | Économie\n';

describe('ingest with a cache', () => {
  it('skips files of the same size and time unread; reads a touched one and skips it when its bytes are the same', async () => {
    await files({ 'a.txt': A, 'b.txt': B });
    await utimes(join(dir, 'a.txt'), TIME, TIME);
    const cache = stored(await ingest([dir]));
    await rewriteUnseen('a.txt', 'tanks', 'TANKS');
    const again = await ingest([dir], { cache });
    expect([ids(again), again.unread, again.filesRead]).toEqual([[], 2, 0]);
    await utimes(join(dir, 'b.txt'), TIME, TIME);
    const touched = await ingest([dir], { cache: stored(again) });
    expect([ids(touched), touched.unread, touched.filesRead]).toEqual([[], 2, 1]);
  });

  it('reads new and changed files only, and gives them as a full read does', async () => {
    await files({ 'a.txt': A, 'b.txt': B });
    const cache = stored(await ingest([dir]));
    await files({
      'b.txt': `${B}Le ministre a démenti.\n`,
      'c.txt': 'Poland thanked Germany for the air defence systems it sent.\n',
    });
    const again = await ingest([dir], { cache });
    expect([ids(again), again.unread]).toEqual([['b.txt', 'c.txt'], 1]);
    expect(again.docs).toEqual((await ingest([dir])).docs.filter((d) => d.id !== 'a.txt'));
  });

  it('reads a skipped file again when the corpus now removes other lines from it', async () => {
    // the menu line is in one page, then in two: repeated across the corpus, it goes from both
    await files({ 'a.txt': `${MENU}${A}` });
    const cache = stored(await ingest([dir]));
    expect(cache.files[join(dir, 'a.txt')].docs[0].repeated).toEqual([]);
    await files({ 'b.txt': `${MENU}${B}` });
    const again = await ingest([dir], { cache });
    expect(ids(again)).toEqual(['a.txt', 'b.txt']);
    expect(again.docs[0].text).not.toContain('Accueil');
    expect(again.docs).toEqual((await ingest([dir])).docs);
  });

  it('reports the warnings of a skipped file again: bytes that are not UTF-8, a document with no text, a bad JSON row', async () => {
    await files({
      'bad.txt': Buffer.concat([Buffer.from('Russia attacked Ukraine. '), Buffer.from([0xff]), Buffer.from('\n')]),
      'empty.md': '   \n',
      'rows.jsonl': '{"id":"r1","text":"NATO welcomed Sweden."}\nnot json\n',
    });
    const first = await ingest([dir]);
    const again = await ingest([dir], { cache: stored(first) });
    expect(again.filesRead).toBe(0);
    expect(again.warnings).toEqual(first.warnings);
    expect(again.warnings.map((w) => w.file)).toEqual([
      join(dir, 'bad.txt'),
      join(dir, 'rows.jsonl'),
      join(dir, 'empty.md'),
    ]);
  });

  it('reads everything again for documents the graph does not hold, or another maximum size', async () => {
    await files({ 'a.txt': A, 'b.txt': B });
    const first = await ingest([dir]);
    expect((await ingest([dir], { cache: first.cache })).filesRead).toBe(2); // not marked stored
    const cache = stored(first);
    expect((await ingest([dir], { cache, maxDocumentBytes: 1024 })).filesRead).toBe(2);
  });

  it('keeps the files of other inputs for a later ingest of them', async () => {
    await files({ 'one/a.txt': A, 'two/b.txt': B });
    const one = stored(await ingest([join(dir, 'one')]));
    const two = stored(await ingest([join(dir, 'two')], { cache: one }));
    expect(Object.keys(two.files).sort()).toEqual([join(dir, 'one/a.txt'), join(dir, 'two/b.txt')]);
    expect((await ingest([join(dir, 'one')], { cache: two })).filesRead).toBe(0);
  });
});
