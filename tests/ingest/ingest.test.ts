/**
 * Ingest of files and folders: ids, warnings that let the rest go on, JSON and JSON Lines,
 * duplicates, the maximum document size and standard input. Text offsets and encodings:
 * ingest-txt.test.ts.
 */
import { createHash } from 'node:crypto';
import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.ts';
import { ARTICLE, dir, files, useTempDir } from './fixtures.ts';

useTempDir('relata-ingest-');

const OTHER = 'Le conseil municipal a voté le budget le 12 mars 2024 après un long débat sur les transports.';

describe('ingest: folders and ids', () => {
  it('walks folders recursively in sorted order, ids relative with forward slashes, other extensions skipped', async () => {
    await files({
      'b.txt': ARTICLE,
      'a/z.md': `# A heading for the note\n\n${OTHER}`,
      'a/deep/page.html': `<p>${ARTICLE} Again.</p>`,
      'a/notes.pdf': 'ignored',
      'a/image.png': 'ignored',
      '.hidden/x.txt': OTHER,
    });
    const { docs, warnings } = await ingest([dir]);
    expect(warnings).toEqual([]);
    expect(docs.map((doc) => doc.id)).toEqual(['a/deep/page.html', 'a/z.md', 'b.txt']);
    expect(docs.map((doc) => doc.path)).toEqual([
      join(dir, 'a/deep/page.html'),
      join(dir, 'a/z.md'),
      join(dir, 'b.txt'),
    ]);
    expect(docs[1].title).toBe('A heading for the note');
    expect(docs[2].sha256).toBe(createHash('sha256').update(ARTICLE).digest('hex'));
  });

  it('a file input has its base name as id', async () => {
    await files({ 'sub/one.txt': ARTICLE });
    const { docs } = await ingest([join(dir, 'sub/one.txt')]);
    expect(docs.map((doc) => [doc.id, doc.path, doc.date])).toEqual([
      ['one.txt', join(dir, 'sub/one.txt'), '2024-05-02'],
    ]);
  });
});

describe('ingest: warnings, the rest goes on', () => {
  it.each([
    ['missing path', 'nope.txt', 'E_INPUT_NOT_FOUND', /cannot read ".*nope\.txt": no such file/],
    [
      'unknown extension named explicitly',
      'x.pdf',
      'E_INPUT_FORMAT',
      /^relata\/ingest: cannot read ".*x\.pdf": not a text format$/,
    ],
    ['binary file', 'bin.txt', 'E_INPUT_FORMAT', /cannot read ".*bin\.txt": binary/],
  ])('%s → warning, other inputs still ingested', async (_case, name, code, message) => {
    await files({ 'x.pdf': '%PDF-1.4', 'bin.txt': Buffer.from([0x48, 0x00, 0x49]), 'good.txt': ARTICLE });
    const { docs, warnings } = await ingest([join(dir, name), join(dir, 'good.txt')]);
    expect(docs.map((doc) => doc.id)).toEqual(['good.txt']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ module: 'ingest', code, file: join(dir, name) });
    expect(warnings[0].message).toMatch(message);
  });

  it('an unreadable file is a warning', async () => {
    await files({ 'good.txt': ARTICLE });
    await symlink(join(dir, 'gone.txt'), join(dir, 'link.txt')); // a dangling link: listed, but cannot be read
    const { docs, warnings } = await ingest([dir]);
    expect(docs.map((doc) => doc.id)).toEqual(['good.txt']);
    expect(warnings.map((w) => [w.code, w.file])).toEqual([['E_INPUT_UNREADABLE', join(dir, 'link.txt')]]);
    expect(warnings[0].message).toMatch(/^relata\/ingest: cannot read ".*link\.txt": ENOENT/);
  });

  it('a document left empty by cleaning is a warning', async () => {
    await files({ 'empty.txt': '\n\n', 'good.txt': ARTICLE });
    const { docs, warnings } = await ingest([dir]);
    expect(docs.map((doc) => doc.id)).toEqual(['good.txt']);
    expect(warnings.map((w) => w.code)).toEqual(['E_INPUT_FORMAT']);
  });
});

describe('ingest: JSON and JSON Lines', () => {
  it('keeps good rows, warns about bad lines naming file and line', async () => {
    const lines = [
      JSON.stringify({
        id: 'r1',
        text: ARTICLE,
        title: 'Rome talks',
        date: '2024-05-02T09:00:00Z',
        url: 'https://example.org/r1',
      }),
      '{"text": "broken',
      JSON.stringify({ title: 'no text here' }),
      '',
      JSON.stringify({ text: OTHER }),
    ];
    await files({ 'rows.jsonl': lines.join('\n') });
    const { docs, warnings } = await ingest([join(dir, 'rows.jsonl')]);
    expect(docs.map((doc) => [doc.id, doc.title, doc.date, doc.url, doc.path])).toEqual([
      ['r1', 'Rome talks', '2024-05-02', 'https://example.org/r1', undefined],
      ['rows.jsonl:5', undefined, '2024-03-12', undefined, undefined],
    ]);
    expect(warnings.map((w) => [w.code, w.file, w.message])).toEqual([
      [
        'E_INPUT_FORMAT',
        join(dir, 'rows.jsonl'),
        `relata/ingest: cannot read "${join(dir, 'rows.jsonl')}" line 2: invalid JSON`,
      ],
      [
        'E_INPUT_FORMAT',
        join(dir, 'rows.jsonl'),
        `relata/ingest: cannot read "${join(dir, 'rows.jsonl')}" line 3: no "text" field`,
      ],
    ]);
  });

  it.each([
    [
      'an array',
      JSON.stringify([{ text: ARTICLE }, { id: 7, text: OTHER }, { nope: 1 }], null, 2),
      ['7', 'list.json:1'],
      1,
    ],
    ['one pretty-printed object', JSON.stringify({ text: ARTICLE }, null, 2), ['list.json:1'], 0],
    ['a broken array', '[{"text": "a"},', [], 1],
  ])('.json holding %s', async (_shape, content, ids, warningCount) => {
    await files({ 'list.json': '\uFEFF' + content });
    const { docs, warnings } = await ingest([join(dir, 'list.json')]);
    expect(docs.map((doc) => doc.id)).toEqual(ids);
    expect(warnings).toHaveLength(warningCount);
  });
});

describe('ingest: duplicates and ids', () => {
  it('ingests exact duplicates once and reports the later one', async () => {
    await files({
      'a.txt': ARTICLE,
      'c.txt': ARTICLE,
      'b.txt': OTHER,
      'rows.jsonl': JSON.stringify({ id: 'zz', text: ARTICLE }),
    });
    const { docs, duplicates } = await ingest([dir]);
    expect(docs.map((doc) => doc.id)).toEqual(['a.txt', 'b.txt']);
    expect(duplicates).toEqual([
      { id: 'c.txt', sameAs: 'a.txt' },
      { id: 'zz', sameAs: 'a.txt' },
    ]);
  });

  it('the same id from two inputs is a warning; the first one is kept', async () => {
    await files({ 'one/a.txt': ARTICLE, 'two/a.txt': OTHER });
    const { docs, warnings } = await ingest([join(dir, 'one'), join(dir, 'two')]);
    expect(docs.map((doc) => doc.text)).toEqual([ARTICLE]);
    expect(warnings[0].message).toContain('duplicate id "a.txt"');
  });
});

describe('ingest: maximum document size', () => {
  const big = `${ARTICLE} `.repeat(2000); // about 170 KB

  it('refuses a larger file with a warning naming it, and reads the others', async () => {
    await files({ 'big.txt': big, 'small.txt': ARTICLE });
    const { docs, warnings } = await ingest([dir], { maxDocumentBytes: 100_000 });
    expect(docs.map((doc) => doc.id)).toEqual(['small.txt']);
    expect(warnings.map((w) => [w.code, w.file])).toEqual([['E_INPUT_TOO_LARGE', join(dir, 'big.txt')]]);
    expect(warnings[0].message).toContain('maximum document size');
  });

  it('refuses a larger JSON record and keeps the rest of the file', async () => {
    await files({
      'feed.jsonl': [
        { id: 'a', text: big },
        { id: 'b', text: ARTICLE },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n'),
    });
    const { docs, warnings } = await ingest([dir], { maxDocumentBytes: 100_000 });
    expect(docs.map((doc) => doc.id)).toEqual(['b']);
    expect(warnings.map((w) => w.code)).toEqual(['E_INPUT_TOO_LARGE']);
    expect(warnings[0].message).toContain('record "a"');
  });

  it('reads a document under the default of 16 MiB', async () => {
    await files({ 'big.txt': big });
    expect((await ingest([dir])).docs.map((doc) => doc.id)).toEqual(['big.txt']);
  });
});

describe('ingest: standard input', () => {
  it('reads "-" through options.stdin as txt with id stdin', async () => {
    const { docs } = await ingest(['-'], { stdin: async () => ARTICLE });
    expect(docs.map((doc) => [doc.id, doc.text, doc.path])).toEqual([['stdin', ARTICLE, undefined]]);
  });

  it('warns when no stdin reader is given', async () => {
    const { docs, warnings } = await ingest(['-']);
    expect(docs).toEqual([]);
    expect(warnings.map((w) => w.code)).toEqual(['E_INPUT_UNREADABLE']);
  });
});
