/**
 * `relata build --watch`: the loop (`watchBuild`) in-process, its rounds driven by an injected
 * wait and stopped by an AbortController, nothing timed; the command through `main` with an
 * injected interrupt; and once spawned, stopped by a real SIGINT.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/command.ts';
import { main } from '../../src/cli/main.ts';
import { RelataError } from '../../src/errors.ts';
import { graphFromJSON, listSnapshots } from '../../src/graph/index.ts';
import { watchBuild, type WatchRound } from '../../src/watch.ts';

const ROOT = join(import.meta.dirname, '../..');

/** A folder of texts and a store folder beside it. */
function corpus(): { dir: string; out: string } {
  const root = mkdtempSync(join(tmpdir(), 'relata-watch-'));
  const dir = join(root, 'texts');
  mkdirSync(dir);
  writeFileSync(join(dir, 'a.txt'), 'Germany supplies tanks to Ukraine. Russia attacks Ukraine.');
  return { dir, out: join(root, 'graph') };
}

/** The store is whole: graph.json parses, no lock or temporary file is left. */
function storeOf(out: string) {
  expect(existsSync(join(out, 'graph.lock'))).toBe(false);
  expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  return graphFromJSON(readFileSync(join(out, 'graph.json'), 'utf8'));
}

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

/** `main` with a captured Io whose interrupt the test gives. */
function cli(argv: string[], interruptWhen: (stderr: string) => boolean = () => false) {
  let stdout = '';
  let stderr = '';
  let interrupt = () => {};
  const interrupted = new Promise<void>((resolve) => (interrupt = resolve));
  if (interruptWhen('')) interrupt();
  const io: Io = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => {
      stderr += t;
      if (interruptWhen(stderr)) interrupt();
    },
    interactive: false,
    readStdin: async () => '',
    interrupted: () => interrupted,
  };
  return main(argv, io).then((code) => ({ code, stdout, stderr }));
}

const ROUND_LINE =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z .*graph\.json: 1 documents \(1 added, 0 updated, 0 unchanged\), \d+ sentences read, \d+ entities, \d+ relations, [\d.]+ s; snapshot .*snapshots[/\\]\S+Z\.json$/m;

describe('relata build --watch', () => {
  it('prints a line per round, and stops on an interrupt with exit 0 and a whole store', async () => {
    const { dir, out } = corpus();
    const r = await cli(
      ['build', dir, '-g', out, '--watch', '--interval', '1', '--snapshot', '--iterations', '1'],
      (stderr) => ROUND_LINE.test(stderr),
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^relata: watching .*texts every 1 s into .*graph \(Ctrl-C to stop\)\n/);
    expect(r.stderr).toMatch(ROUND_LINE);
    expect(r.stderr).toMatch(/\nrelata: stopping…\nrelata: stopped after 1 round\n$/);
    expect(storeOf(out).getAttribute('documents')).toHaveLength(1);
    expect(await listSnapshots(out)).toHaveLength(1);
  });

  it('prints a short line for a round that changed nothing', async () => {
    const { dir, out } = corpus();
    const r = await cli(['build', dir, '-g', out, '--watch', '--interval', '1', '--iterations', '1'], (stderr) =>
      /no change/.test(stderr),
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z no change: 1 documents, \d+ entities, \d+ relations$/m,
    );
    storeOf(out);
  });

  it('prints nothing with --quiet, and stops at once when interrupted at once', async () => {
    const { dir, out } = corpus();
    const r = await cli(['build', dir, '-g', out, '--watch', '-q'], () => true);
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    if (existsSync(join(out, 'graph.json'))) storeOf(out);
  });

  it.each([
    [['--interval', '5'], 'relata: --interval goes with --watch'],
    [['--watch', '--interval', '0'], 'relata: option --interval takes a whole number of seconds, at least 1'],
    [['--watch', '--interval', '1.5'], 'relata: option --interval takes a whole number, not "1.5"'],
    [['--watch', '-'], 'relata: --watch reads its inputs again each round: standard input (-) cannot be one of them'],
  ])('%j is a usage error', async (args, message) => {
    const { dir, out } = corpus();
    const r = await cli(['build', dir, '-g', out, ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(message);
    expect(existsSync(out)).toBe(false);
  });

  it('has help', async () => {
    const r = await cli(['help', 'build']);
    expect(r.stdout).toContain('--watch');
    expect(r.stdout).toContain('--interval <value>');
    expect(r.stdout).toContain('--snapshot');
  });
});

describe('relata build --watch, spawned', () => {
  it('stops on SIGINT after its first round: exit 0, a whole store', async () => {
    const { dir, out } = corpus();
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(ROOT, 'src/cli/bin.ts'),
        'build',
        dir,
        '-g',
        out,
        '--watch',
        '--interval',
        '1',
        '--iterations',
        '1',
      ],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    let sent = false;
    const code = await new Promise<number | null>((resolve, reject) => {
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (chunk: string) => {
        stderr += chunk;
        if (!sent && /graph\.json: 1 documents/.test(stderr)) {
          sent = true;
          child.kill('SIGINT');
        }
      });
      child.on('error', reject);
      child.on('exit', (status) => resolve(status));
    });
    expect(stderr).toMatch(/relata: stopped after \d+ rounds?\n$/);
    expect(code).toBe(0);
    expect(storeOf(out).getAttribute('documents')).toHaveLength(1);
  }, 180_000);
});
