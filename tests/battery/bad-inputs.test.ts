/**
 * The bad-input battery, generated here: each input gets the expected exit status and a message
 * naming the file and the problem; good inputs beside a bad one are still built; nothing ends in
 * an unexpected error (exit 3). Runs the CLI in-process (`main` with a captured Io).
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { Io } from '../../src/cli/command.ts';

async function run(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const io: Io = {
    stdout: () => {},
    stderr: (t) => void (stderr += t),
    interactive: false,
    readStdin: async () => '',
    interrupted: () => new Promise(() => {}),
  };
  return { code: await main(argv, io), stderr };
}

const GOOD = "L'Allemagne a livré des chars à l'Ukraine.\n";
const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

/** name, content, expected exit status, words the message must hold (besides the file name). */
const CASES: [string, string | Buffer, number, string[]][] = [
  ['binary.txt', Buffer.from([0x47, 0x00, 0x01, 0xff, 0x00]), 1, ['binary']],
  ['empty.txt', '', 1, ['no text']],
  ['latin1.txt', Buffer.from('La France a condamné la Russie.', 'latin1'), 1, ['not UTF-8']],
  ['utf16.txt', utf16('La Pologne a condamné la Biélorussie.'), 0, []],
  ['crlf.txt', 'Aide\r\n\r\nLa France a condamné la Russie.\r\n', 0, []],
  ['bom.txt', '\uFEFFLe Japon soutient les Philippines.', 0, []],
  ['huge-line.txt', 'La France a condamné la Russie, '.repeat(30_000), 0, []],
  ['broken.json', '{"id": "a", "text": ', 1, ['JSON']],
  ['rows.jsonl', '{"id":"a","text":"La France soutient la Moldavie."}\nnot json\n', 1, ['line 2']],
  ['no-text.jsonl', '{"id":"b","title":"only a title"}\n', 1, ['text']],
  ["odd name, « quotes » 'and' ünïcode.txt", "L'Italie a accueilli le président du Kenya.", 0, []],
  ['notes.pdf', '%PDF-1.4', 1, ['not a text format']],
];

describe('bad inputs, one by one', () => {
  it.each(CASES.map(([name, content, code, words]) => ({ name, content, code, words })))(
    '$name → exit $code, named in the message',
    async ({ name, content, code, words }) => {
      const dir = mkdtempSync(join(tmpdir(), 'relata-bad-'));
      writeFileSync(join(dir, name), content);
      const out = join(dir, 'graph');
      const r = await run(['build', join(dir, name), '--out', out, '--quiet']);
      expect(r.code).toBe(code);
      if (code !== 0) expect(r.stderr).toContain(name);
      for (const w of words) expect(r.stderr).toContain(w);
      expect(r.stderr).not.toContain('unexpected');
    },
  );

  it('builds the good files beside all the bad ones, and survives a symlink loop', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relata-bad-'));
    for (const [name, content] of CASES) writeFileSync(join(dir, name), content);
    writeFileSync(join(dir, 'good.txt'), GOOD);
    mkdirSync(join(dir, 'sub'));
    symlinkSync(join(dir, 'sub'), join(dir, 'sub', 'loop'));
    const out = join(mkdtempSync(join(tmpdir(), 'relata-bad-')), 'graph');
    const r = await run(['build', dir, '--out', out, '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain('unexpected');
    const ids = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')).attributes.documents.map(
      (d: { id: string }) => d.id,
    );
    expect(ids).toEqual(
      expect.arrayContaining(['good.txt', 'utf16.txt', 'crlf.txt', "odd name, « quotes » 'and' ünïcode.txt", 'a']),
    );
  });

  it('refuses a document over --max-document-size by name and builds the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relata-bad-'));
    writeFileSync(join(dir, 'long.txt'), GOOD.repeat(30_000)); // 1.3 MB
    writeFileSync(join(dir, 'good.txt'), GOOD);
    const out = join(dir, 'graph');
    const r = await run(['build', dir, '--out', out, '--quiet', '--max-document-size', '1']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('long.txt');
    expect(r.stderr).toContain('maximum document size of 1.0 MiB');
    const ids = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')).attributes.documents.map(
      (d: { id: string }) => d.id,
    );
    expect(ids).toEqual(['good.txt']);
  });
});
