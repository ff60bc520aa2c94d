/**
 * `relata build --watch`, the command: through `main` with an injected interrupt (its output,
 * usage errors, help), and once spawned, stopped by a real SIGINT.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/cli/command.ts';
import { main } from '../../src/cli/main.ts';
import { listSnapshots } from '../../src/graph/index.ts';
import { ROOT } from './run.ts';
import { corpus, storeOf } from './watch-fixtures.ts';

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
