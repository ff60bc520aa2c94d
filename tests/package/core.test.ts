/**
 * relata/core runs where there is no Node: dist/core.js bundled for the browser (esbuild, as a
 * web bundler would) and run in a bare JavaScript context without process, Buffer or require,
 * reads graph.json text, queries it and exports it. Needs `npm run build` (npm test runs it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run.ts';
import { buildGraph } from '../../src/build.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';

describe('relata/core', () => {
  it('bundles for the browser and works without Node', async () => {
    const bundle = await build({
      entryPoints: [join(ROOT, 'dist/core.js')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      globalName: 'relata',
      write: false,
      logLevel: 'silent',
    });
    const code = bundle.outputFiles[0].text;
    expect(code).not.toMatch(/\brequire\(["']node:/);

    const dir = mkdtempSync(join(tmpdir(), 'relata-core-'));
    await buildGraph([join(ROOT, 'examples/corpus')], { out: dir, iterations: 5 });
    const json = readFileSync(join(dir, 'graph.json'), 'utf8');
    const sandbox: Record<string, unknown> = { json, TextEncoder, TextDecoder, URL, console };
    const out = runInNewContext(
      `${code}
      const graph = relata.graphFromJSON(json);
      const rows = relata.matchTriples(graph, { subject: 'Allemagne', predicate: 'supplies' });
      ({ node: typeof process + typeof Buffer + typeof require, same: relata.serializeGraph(graph) === json,
         rows: rows.map((r) => r.object), gexf: relata.toGEXF(graph).slice(0, 38), csv: relata.toCSV(graph)['edges.csv'].split('\\r\\n')[0].split(',').slice(0, 3) })`,
      sandbox,
    );
    expect(out.node).toBe('undefinedundefinedundefined');
    expect(out.same).toBe(true);
    expect(out.rows.length).toBeGreaterThan(0);
    expect(out.gexf).toBe('<?xml version="1.0" encoding="UTF-8"?>');
    expect(out.csv).toEqual(['key', 'source', 'source_label']);
  });

  it('is what the Node entry re-exports', async () => {
    const core = await import(join(ROOT, 'dist/core.js'));
    const node = await import(join(ROOT, 'dist/index.js'));
    for (const name of Object.keys(core)) expect([name, node[name]]).toEqual([name, core[name]]);
  });
});
