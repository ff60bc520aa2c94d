/**
 * `relata build --watch`: the loop (`watchBuild`) in-process, its rounds driven by an injected
 * wait and stopped by an AbortController, nothing timed. The command: watch-cli.test.ts.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RelataError } from '../../src/errors.ts';
import { listSnapshots } from '../../src/graph/index.ts';
import { watchBuild, type WatchRound } from '../../src/watch.ts';
import { corpus, storeOf } from './watch-fixtures.ts';

/** A clock that gives one day after another. */
const days = () => {
  let day = 0;
  return () => new Date(Date.UTC(2025, 0, ++day, 8));
};

describe('watchBuild', () => {
  it('builds again each round: a file added between rounds is read in the next one; abort stops it', async () => {
    const { dir, out } = corpus();
    const controller = new AbortController();
    const rounds: WatchRound[] = [];
    const waits: number[] = [];
    const result = await watchBuild(
      [dir],
      { out, iterations: 1, snapshot: true, now: days() },
      {
        interval: 5000,
        signal: controller.signal,
        wait: async (ms) => void waits.push(ms),
        onRound: (round) => {
          rounds.push(round);
          if (rounds.length === 1) writeFileSync(join(dir, 'b.txt'), 'France condemns Russia.');
          if (rounds.length === 3) controller.abort();
        },
      },
    );
    expect(result).toEqual({ rounds: 3 });
    expect(waits).toEqual([5000, 5000]);
    expect(rounds.map((r) => r.error)).toEqual([undefined, undefined, undefined]);
    expect(rounds.map((r) => [r.round, r.summary?.documents, r.summary?.added, r.summary?.written])).toEqual([
      [1, 1, 1, true],
      [2, 2, 1, true],
      [3, 2, 0, false],
    ]);
    expect(
      storeOf(out)
        .getAttribute('documents')
        .map((d) => d.id),
    ).toEqual(['a.txt', 'b.txt']);
    // a snapshot per round that changed something
    expect((await listSnapshots(out)).map((s) => s.name)).toEqual(['2025-01-02T08-00-00Z', '2025-01-04T08-00-00Z']);
  });

  it('goes on after a failed round; a vanished input is a warning of its round', async () => {
    const { dir, out } = corpus();
    const graphFile = join(out, 'graph.json');
    let good = '';
    const controller = new AbortController();
    const rounds: WatchRound[] = [];
    await watchBuild(
      [dir, join(dir, 'a.txt')],
      { out, iterations: 1 },
      {
        signal: controller.signal,
        wait: async () => undefined,
        onRound: (round) => {
          rounds.push(round);
          if (rounds.length === 1) {
            // a damaged store is never overwritten silently: round 2 fails
            good = readFileSync(graphFile, 'utf8');
            writeFileSync(graphFile, '{ "damaged');
            writeFileSync(join(dir, 'b.txt'), 'France condemns Russia.');
          }
          if (rounds.length === 2) writeFileSync(graphFile, good);
          if (rounds.length === 3) rmSync(join(dir, 'a.txt'));
          if (rounds.length === 4) controller.abort();
        },
      },
    );
    expect(rounds.map((r) => (r.summary ? 'ok' : 'failed'))).toEqual(['ok', 'failed', 'ok', 'ok']);
    expect(rounds[1].error).toBeInstanceOf(RelataError);
    expect((rounds[1].error as RelataError).code).toBe('E_GRAPH_FORMAT');
    expect(rounds[2].summary).toMatchObject({ documents: 2, added: 1, written: true });
    expect(rounds[3].summary?.warnings.map((w) => w.code)).toEqual(['E_INPUT_NOT_FOUND']);
    expect(storeOf(out).getAttribute('documents')).toHaveLength(2);
  });

  it('stopped before a round writes, leaves the store as the last round wrote it', async () => {
    const { dir, out } = corpus();
    const controller = new AbortController();
    const rounds: WatchRound[] = [];
    const result = await watchBuild(
      [dir],
      { out, iterations: 1, onProgress: (p) => rounds.length === 1 && p.phase === 'extract' && controller.abort() },
      {
        signal: controller.signal,
        wait: async () => undefined,
        onRound: (round) => {
          rounds.push(round);
          writeFileSync(join(dir, 'b.txt'), 'France condemns Russia.');
        },
      },
    );
    expect(result).toEqual({ rounds: 1 }); // the stopped round is not reported
    expect(
      storeOf(out)
        .getAttribute('documents')
        .map((d) => d.id),
    ).toEqual(['a.txt']);
  });

  it('stopped while a round writes, lets it finish', async () => {
    const { dir, out } = corpus();
    const controller = new AbortController();
    const rounds: WatchRound[] = [];
    const result = await watchBuild(
      [dir],
      { out, iterations: 1, onProgress: (p) => p.phase === 'save' && controller.abort() },
      {
        signal: controller.signal,
        wait: () => Promise.reject(new Error('no second round')),
        onRound: (round) => void rounds.push(round),
      },
    );
    expect(result).toEqual({ rounds: 1 });
    expect(rounds[0].summary?.written).toBe(true);
    expect(storeOf(out).getAttribute('documents')).toHaveLength(1);
  });

  it('stops while it waits between rounds', async () => {
    const { dir, out } = corpus();
    const controller = new AbortController();
    // the default wait, a timer of an hour: only the abort can end it
    const result = await watchBuild(
      [dir],
      { out, iterations: 1 },
      { interval: 3_600_000, signal: controller.signal, onRound: () => setImmediate(() => controller.abort()) },
    );
    expect(result).toEqual({ rounds: 1 });
    storeOf(out);
  });
});
