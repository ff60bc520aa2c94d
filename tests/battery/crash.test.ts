/**
 * A build killed (SIGKILL) while it saves leaves the store whole, and the next build removes
 * the temporary file it left and keeps its documents. The child saves in a loop, so the kill
 * lands during a save whatever the machine's speed.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph, loadGraph, parseDocument } from '../../src/index.ts';

/** Starts the save loop and kills it once `saves` saves have begun. */
function killDuringSave(out: string, saves: number): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'fixtures/save-loop.ts'), out], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let seen = '';
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      if (seen.includes(`saving ${saves}\n`)) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve() : reject(new Error(`save loop ended with ${code}`)),
    );
  });
}

describe('a build killed while saving', () => {
  it.each([2, 3, 5])(
    'leaves a whole store after %i saves, and the next build cleans up',
    async (saves) => {
      const out = join(mkdtempSync(join(tmpdir(), 'relata-crash-')), 'graph');
      await killDuringSave(out, saves);
      const stored = await loadGraph(out); // the schema check passes: no half-written graph.json
      expect(stored.getAttribute('documents')).toHaveLength(400);

      const { graph } = await buildGraph([parseDocument('more.txt', "L'Autriche a condamné la Hongrie.", 'txt')], {
        out,
        iterations: 1,
      });
      expect(graph.getAttribute('documents')).toHaveLength(401);
      expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    },
    120_000,
  );
});
