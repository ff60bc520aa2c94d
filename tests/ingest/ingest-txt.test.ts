/**
 * Plain text files: the cleaned text keeps the file's length, character positions and line ends
 * (CRLF, a BOM), so triples' offsets are offsets into the file; UTF-16 and invalid UTF-8.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';
import { ingest } from '../../src/ingest/index.ts';
import { ARTICLE, dir, files, useTempDir } from './fixtures.ts';

useTempDir('relata-ingest-');

describe('ingest: txt offsets', () => {
  const PAGE = [
    '8.1 C',
    'Rome',
    'Menu',
    '',
    'Ministers agree on a regional plan',
    '',
    ARTICLE,
    '',
    'Read more',
    '',
    'A teaser headline about sport',
    '',
  ].join('\n');

  it('keeps the file length and character positions, blanking boilerplate', async () => {
    await files({ 'page.txt': PAGE });
    const [doc] = (await ingest([dir])).docs;
    expect(doc.text.length).toBe(PAGE.length);
    expect(doc.text.indexOf(ARTICLE)).toBe(PAGE.indexOf(ARTICLE));
    expect(doc.text.indexOf('Ministers agree')).toBe(PAGE.indexOf('Ministers agree'));
    expect(doc.text).not.toMatch(/Menu|Read more|teaser|8\.1 C/);
    expect([...doc.text].filter((c) => c === '\n')).toHaveLength(PAGE.split('\n').length - 1);
  });

  it('keeps the line ends of a CRLF text file, without its BOM, so offsets are offsets into the file', async () => {
    const file = PAGE.replaceAll('\n', '\r\n');
    await files({ 'crlf.txt': '\uFEFF' + file });
    const [doc] = (await ingest([dir])).docs;
    expect(doc.text.length).toBe(file.length);
    const article = ARTICLE.replaceAll('\n', '\r\n');
    expect(doc.text.indexOf(article)).toBe(file.indexOf(article));
  });

  it('decodes UTF-16 LE and BE text with a byte-order mark', async () => {
    const text = 'La France a condamné la Russie.';
    const be = Buffer.from(text, 'utf16le').swap16();
    await files({
      'le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
    });
    const { docs, warnings } = await ingest([dir]);
    expect(warnings).toEqual([]);
    expect(docs.map((d) => d.text)).toEqual([text]); // the same text twice is read once
  });

  it('reads invalid UTF-8 with a warning naming the file', async () => {
    await files({ 'latin1.txt': Buffer.from('Le Brésil a condamné la Russie.', 'latin1') });
    const { docs, warnings } = await ingest([dir]);
    expect(docs).toHaveLength(1);
    expect(warnings).toEqual([
      expect.objectContaining({
        code: 'E_INPUT_FORMAT',
        file: join(dir, 'latin1.txt'),
        message: expect.stringContaining('not UTF-8'),
      }),
    ]);
  });

  it('gives triples offsets into a Windows-edited file', async () => {
    const file = 'Aide\r\n\r\nLe Danemark a livré des drones à la Moldavie.\r\nLa France a condamné la Russie.\r\n';
    await files({ 'windows.txt': '\uFEFF' + file });
    const [doc] = (await ingest([dir])).docs;
    const { triples } = extractDocument(doc);
    expect(triples.map((t) => `${t.subject} ${t.predicate} ${t.object}`)).toEqual(
      expect.arrayContaining(['Denmark supplies Moldova', 'France condemns Russia']),
    );
    for (const t of triples) {
      expect(file.slice(t.start, t.end)).toBe(t.sentence);
      expect(file.slice(t.subjectSpan.start, t.subjectSpan.end)).toBe(t.subjectText);
      expect(file.slice(t.objectSpan.start, t.objectSpan.end)).toBe(t.objectText);
    }
  });
});
