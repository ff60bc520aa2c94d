/**
 * A Redis server of the tests' own: Debian's redis-server (`.ci/run` installs it) on a free
 * port of 127.0.0.1, in a temporary folder, nothing saved; and `relata worker` processes on it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../cli/run.ts';

export const REDIS_SERVER = '/usr/bin/redis-server';

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Waits until `child` writes `text` (on stdout or stderr), or fails when it exits first. */
export function waitFor(child: ChildProcess, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const look = (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(text)) resolve();
    };
    child.stdout?.on('data', look);
    child.stderr?.on('data', look);
    child.once('exit', (code) => reject(new Error(`exited (${code}) before "${text}": ${seen}`)));
  });
}

export interface Redis {
  url: string;
  port: number;
  /** Stops the server (the data go with it). */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  restart(): Promise<void>;
}

export async function startRedis(): Promise<Redis> {
  const dir = mkdtempSync(join(tmpdir(), 'relata-redis-'));
  const port = await freePort();
  let server: ChildProcess;
  const start = async () => {
    server = spawn(
      REDIS_SERVER,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
      { stdio: 'pipe' },
    );
    await waitFor(server, 'Ready to accept connections');
  };
  const stop = async () => {
    if (server.exitCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGKILL');
    await exited;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    restart: async () => {
      await stop();
      await start();
    },
    stop: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `relata worker` (the built command) on the queue at `url`, once it says it works. */
export async function startWorker(url: string, jobs = 1): Promise<ChildProcess> {
  const worker = spawn(
    process.execPath,
    [join(ROOT, 'dist/cli/bin.js'), 'worker', '--queue', url, '--jobs', String(jobs)],
    { stdio: 'pipe' },
  );
  await waitFor(worker, 'relata: working on');
  return worker;
}

/** Stops a worker as Ctrl-C would and gives its exit code. */
export async function stopWorker(worker: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (worker.exitCode !== null) return worker.exitCode;
  const exited = new Promise<number | null>((resolve) => worker.once('exit', (code) => resolve(code)));
  worker.kill(signal);
  return exited;
}
