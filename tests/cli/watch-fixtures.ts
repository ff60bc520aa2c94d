/** A corpus and a store for the watch tests (a plain module: importing it registers no tests). */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { graphFromJSON } from '../../src/graph/index.ts';

/** A folder of texts and a store folder beside it. */
export function corpus(): { dir: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), 'relata-watch-'));
  const dir = join(root, 'texts');
  mkdirSync(dir);
  writeFileSync(join(dir, 'a.txt'), 'Germany supplies tanks to Ukraine. Russia attacks Ukraine.');
  return { dir, out: join(root, 'graph') };
}

/** The store is whole: graph.json parses, no lock or temporary file is left. */
export function storeOf(out: string) {
  expect(existsSync(join(out, 'graph.lock'))).toBe(false);
  expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  return graphFromJSON(readFileSync(join(out, 'graph.json'), 'utf8'));
}
