/**
 * `relata export -f gexf --evidence compact|full`, in-process (`main` with a captured Io): the
 * level reaches the writer, on standard output and in a file, and the option is refused where it
 * means nothing.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { relataInProcess as relata } from './run.ts';
import { buildGraph } from '../../src/build.ts';
import { toGEXF } from '../../src/export/gexf.ts';
import { loadGraph } from '../../src/graph/store.ts';

const dir = mkdtempSync(join(tmpdir(), 'relata-export-gexf-'));
const graph = join(dir, 'graph');

beforeAll(async () => {
  const article = join(dir, 'article.txt');
  writeFileSync(
    article,
    "L'Allemagne a livré des chars Leopard à l'Ukraine.\n\nFrance condemned the attack by Russia on Ukraine.\n",
  );
  await buildGraph([article], { out: graph, iterations: 1 });
});

describe('relata export -f gexf', () => {
  it.each([
    ['no --evidence', [], 'compact'],
    ['--evidence compact', ['--evidence', 'compact'], 'compact'],
    ['--evidence full', ['--evidence', 'full'], 'full'],
    ['-e full', ['-e', 'full'], 'full'],
  ] as const)('with %s writes the %s GEXF', async (_, flags, level) => {
    const r = await relata(['export', '-f', 'gexf', '-g', graph, ...flags]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(toGEXF(await loadGraph(graph), { evidence: level }));
    expect(r.stdout.includes('evidenceJson')).toBe(level === 'full');
  });

  it('writes the same text to a file with -o', async () => {
    const file = join(dir, 'full.gexf');
    const r = await relata(['export', '-f', 'gexf', '-g', graph, '--evidence', 'full', '-o', file]);
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(toGEXF(await loadGraph(graph), { evidence: 'full' }));
    expect(readFileSync(file, 'utf8')).toContain('livré des chars');
  });

  it.each([
    [['-f', 'graphml', '--evidence', 'full'], /^relata: .*option --evidence is for --format gexf, not graphml/],
    [['-f', 'gexf', '--evidence', 'all'], /^relata: option --evidence takes one of compact, full, not "all"/],
  ])('refuses %j (exit 2)', async (flags, message) => {
    const r = await relata(['export', '-g', graph, ...flags]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});
