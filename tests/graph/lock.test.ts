import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/index.ts';
import { buildGraph } from '../../src/index.ts';
import { withStoreLock } from '../../src/graph/lock.ts';

const doc = (id: string, text: string) => parseDocument(id, text, 'txt');
/** A process id that is not running (above Linux's pid_max). */
const DEAD = 4_194_400;

describe('one writer at a time', () => {
  it('two builds into the same folder keep both sets of documents', async () => {
    const out = mkdtempSync(join(tmpdir(), 'relata-lock-'));
    const first = Array.from({ length: 30 }, (_, i) =>
      doc(`big-${i}.txt`, `Germany supplied tanks to Ukraine on ${i + 1} March.`),
    );
    const second = [doc('seed.txt', 'France condemned Russia.')];
    await Promise.all([buildGraph(first, { out, iterations: 1 }), buildGraph(second, { out, iterations: 1 })]);
    const { graph } = await buildGraph([], { out, iterations: 1 });
    expect(
      graph
        .getAttribute('documents')
        .map((d) => d.id)
        .sort(),
    ).toEqual([...first.map((d) => d.id), 'seed.txt'].sort());
  });

  it('removes a lock and temporary files left by a process that no longer runs', async () => {
    const out = mkdtempSync(join(tmpdir(), 'relata-lock-'));
    writeFileSync(join(out, 'graph.lock'), JSON.stringify({ pid: DEAD, since: '2026-01-01T00:00:00Z' }));
    writeFileSync(join(out, `graph.json.${DEAD}.tmp`), '{"half":');
    writeFileSync(join(out, `build-cache.json.${DEAD}.tmp`), '{"half":');
    await buildGraph([doc('a.txt', 'France condemned Russia.')], { out, iterations: 1 });
    expect(readdirSync(out).sort()).toEqual(['graph.json']);
  });

  it("fails after its wait with the holder named, and leaves the holder's lock alone", async () => {
    const out = mkdtempSync(join(tmpdir(), 'relata-lock-'));
    let release!: () => void;
    let acquired!: () => void;
    const holding = new Promise<void>((done) => (acquired = done));
    const held = withStoreLock(out, () => {
      acquired();
      return new Promise<void>((done) => (release = done));
    });
    await holding; // the second writer starts only once the first holds the folder
    await expect(withStoreLock(out, async () => 'never', { wait: 200 })).rejects.toMatchObject({
      code: 'E_GRAPH_LOCKED',
      message: expect.stringContaining(String(process.pid)),
    });
    expect(readdirSync(out)).toContain('graph.lock');
    release();
    await held;
    expect(readdirSync(out)).not.toContain('graph.lock');
  });

  it("stops waiting when its signal aborts, and leaves the holder's lock alone (a watch told to stop)", async () => {
    const out = mkdtempSync(join(tmpdir(), 'relata-lock-signal-'));
    writeFileSync(join(out, 'graph.lock'), JSON.stringify({ pid: process.pid, since: '2026-01-01T00:00:00Z' }));
    const controller = new AbortController();
    let worked = false;
    const waiting = withStoreLock(
      out,
      async () => {
        worked = true;
      },
      { onWait: () => controller.abort(new Error('stop')), wait: 600_000, signal: controller.signal },
    );
    await expect(waiting).rejects.toThrow('stop');
    expect(worked).toBe(false);
    expect(readdirSync(out)).toContain('graph.lock');
  });
});
