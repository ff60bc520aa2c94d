/**
 * Builds on a BullMQ queue in a Redis server of the test's own (redis.ts), with `relata worker`
 * processes: the graph is byte for byte the one a local build makes.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/build.ts';
import { queueConnection } from '../../src/queue/index.ts';
import { ROOT } from '../cli/run.ts';
import { startRedis, startWorker, stopWorker, type Redis } from './redis.ts';

let redis: Redis;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
});

describe('queue addresses', () => {
  it.each([
    ['redis://127.0.0.1:6380', { host: '127.0.0.1', port: 6380 }],
    ['redis://queue.example:6379/2', { host: 'queue.example', port: 6379, db: 2 }],
    ['rediss://user:s%40cret@queue.example', { host: 'queue.example', port: 6379, username: 'user', password: 's@cret', tls: {} }],
  ])('%s', (url, expected) => {
    expect(queueConnection(url)).toMatchObject(expected);
  });

  it.each(['http://127.0.0.1:6379', '127.0.0.1:6379', 'not a url'])('refuses %s as a usage error', (url) => {
    expect(() => queueConnection(url)).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
  });
});

describe('build --queue', () => {
  it('gives the graph of a local build, byte for byte, with two workers; a worker stops cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relata-queue-'));
    const extra = join(dir, 'extra');
    mkdirSync(extra);
    writeFileSync(join(extra, 'a.txt'), 'Le ministre Roustem Oumierov a rencontré Jens Stoltenberg à Bruxelles. La Zorbanie a livré des drones à l\'Ukraine.\n');
    const lexicon = { entities: [{ label: 'Zorbania', type: 'Country' as const, forms: ['Zorbanie', 'Zorbania'] }], verbs: [] };
    const inputs = [join(ROOT, 'examples/corpus'), extra];
    const workers = await Promise.all([startWorker(redis.url), startWorker(redis.url)]);
    try {
      const queued = await buildGraph(inputs, { out: join(dir, 'queued'), queue: redis.url, lexicon });
      const local = await buildGraph(inputs, { out: join(dir, 'local'), lexicon });
      expect(queued.summary).toMatchObject({ added: 13, warnings: [] });
      expect(readFileSync(join(dir, 'queued', 'graph.json'), 'utf8')).toBe(readFileSync(join(dir, 'local', 'graph.json'), 'utf8'));
      expect(queued.graph.hasNode('country:zorbania')).toBe(true);
    } finally {
      expect(await Promise.all(workers.map((worker) => stopWorker(worker)))).toEqual([0, 0]);
    }
  });
});
