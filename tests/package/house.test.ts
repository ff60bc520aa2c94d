/**
 * House rules that the compiler and the linter do not check: every TypeScript file of the
 * library, the viewer and the tests stays under 300 lines (one concept a file), and the library
 * never imports the viewer (the arrows go the other way).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run.ts';

const MAX_LINES = 300;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const lineCount = (file: string) => readFileSync(file, 'utf8').split('\n').length - 1;

describe('house rules', () => {
  it.each(['src', 'viewer/src', 'tests'])(`every file in %s is under ${MAX_LINES} lines`, (dir) => {
    const long = tsFiles(join(ROOT, dir))
      .filter((file) => lineCount(file) >= MAX_LINES)
      .map((file) => `${relative(ROOT, file)}: ${lineCount(file)} lines`);
    expect(long).toEqual([]);
  });

  it('keeps the library out of the viewer', () => {
    const reaching = tsFiles(join(ROOT, 'src')).filter((file) =>
      /from '[./]*viewer\//.test(readFileSync(file, 'utf8')),
    );
    expect(reaching.map((file) => relative(ROOT, file))).toEqual([]);
  });
});
