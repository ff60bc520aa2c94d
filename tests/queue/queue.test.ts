/**
 * Builds on a BullMQ queue in a Redis server of the test's own (redis.ts), with `relata worker`
 * processes: the graph is byte for byte the one a local build makes.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/build.ts';
import { ingest } from '../../src/ingest/index.ts';
import { jobId, QUEUE_NAME } from '../../src/queue/queue.ts';
import { queueConnection } from '../../src/queue/index.ts';
import { ROOT } from '../cli/run.ts';
import { startRedis, startWorker, stopWorker, waitFor, type Redis } from './redis.ts';

/** A long article (paragraphs of the demo corpus, each numbered so that none repeats): seconds to extract. */
function longArticle(paragraphs: number): string {
  const dir = join(ROOT, 'examples/corpus');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  return Array.from({ length: paragraphs }, (_, i) => `${texts[i % texts.length].trim()} (note ${i})`).join('\n\n');
}

/** A folder with the long article and a few short ones. */
function corpus(dir: string): string {
  const folder = join(dir, 'news');
  mkdirSync(folder);
  writeFileSync(join(folder, '0-long.txt'), longArticle(1500));
  writeFileSync(join(folder, 'a.txt'), "L'Allemagne a livré des chars Leopard à l'Ukraine.\n");
  writeFileSync(join(folder, 'b.txt'), 'Russia attacked Ukraine on Monday, officials said.\n');
  writeFileSync(join(folder, 'c.txt'), 'La France a condamné les frappes russes contre Kharkiv.\n');
  return folder;
}

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
    [
      'rediss://user:s%40cret@queue.example',
      { host: 'queue.example', port: 6379, username: 'user', password: 's@cret', tls: {} },
    ],
  ])('%s', (url, expected) => {
    expect(queueConnection(url)).toMatchObject(expected);
  });

  it.each(['http://127.0.0.1:6379', '127.0.0.1:6379', 'not a url'])('refuses %s as a usage error', (url) => {
    expect(() => queueConnection(url)).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
  });
});

describe('build --queue', () => {
  it('gives the graph of a local build, byte for byte, with two workers (one with threads); a worker stops cleanly on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relata-queue-'));
    const extra = join(dir, 'extra');
    mkdirSync(extra);
    writeFileSync(
      join(extra, 'a.txt'),
      "Le ministre Roustem Oumierov a rencontré Jens Stoltenberg à Bruxelles. La Zorbanie a livré des drones à l'Ukraine.\n",
    );
    const lexicon = {
      entities: [{ label: 'Zorbania', type: 'Country' as const, forms: ['Zorbanie', 'Zorbania'] }],
      verbs: [],
    };
    const inputs = [join(ROOT, 'examples/corpus'), extra];
    // one worker extracting in its own thread, one with two worker threads
    const workers = await Promise.all([startWorker(redis.url), startWorker(redis.url, 2)]);
    try {
      const queued = await buildGraph(inputs, { out: join(dir, 'queued'), queue: redis.url, lexicon });
      await buildGraph(inputs, { out: join(dir, 'local'), lexicon });
      expect(queued.summary).toMatchObject({ added: 13, warnings: [] });
      expect(readFileSync(join(dir, 'queued', 'graph.json'), 'utf8')).toBe(
        readFileSync(join(dir, 'local', 'graph.json'), 'utf8'),
      );
      expect(queued.graph.hasNode('country:zorbania')).toBe(true);
    } finally {
      expect(await Promise.all(workers.map((worker) => stopWorker(worker)))).toEqual([0, 0]);
    }
  });

  it('survives a worker killed with kill -9 in the middle of a document: another takes the job, and the graph is the same', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relata-kill-'));
    const news = corpus(dir);
    const doomed = await startWorker(redis.url);
    const queued = buildGraph([news], { out: join(dir, 'queued'), queue: redis.url });
    await waitFor(doomed, 'extracting "0-long.txt"');
    await stopWorker(doomed, 'SIGKILL');
    const others = await Promise.all([startWorker(redis.url), startWorker(redis.url)]);
    try {
      expect((await queued).summary).toMatchObject({ added: 4, warnings: [] });
      await buildGraph([news], { out: join(dir, 'local') });
      expect(readFileSync(join(dir, 'queued', 'graph.json'), 'utf8')).toBe(
        readFileSync(join(dir, 'local', 'graph.json'), 'utf8'),
      );
    } finally {
      await Promise.all(others.map((worker) => stopWorker(worker)));
    }
  });

  it('takes the results already stored, so a coordinator started again after a crash extracts nothing twice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relata-resume-'));
    const news = corpus(dir);
    // what a coordinator that died after adding its jobs leaves: jobs that workers finished
    const { docs } = await ingest([news]);
    const queue = new Queue(QUEUE_NAME, { connection: queueConnection(redis.url) });
    const worker = await startWorker(redis.url);
    try {
      await queue.addBulk(
        docs.map(({ path: _path, source: _source, ...doc }) => ({
          name: 'extract',
          data: { doc },
          opts: { jobId: jobId({ doc }) },
        })),
      );
      while ((await queue.getCompletedCount()) < docs.length) await sleep(100);
    } finally {
      await stopWorker(worker);
    }
    // no worker now: the build can only take what is stored
    const resumed = await buildGraph([news], { out: join(dir, 'queued'), queue: redis.url });
    expect(resumed.summary).toMatchObject({ added: 4, warnings: [] });
    expect(await queue.getCompletedCount()).toBe(0); // taken, then removed
    await queue.disconnect();
    await buildGraph([news], { out: join(dir, 'local') });
    expect(readFileSync(join(dir, 'queued', 'graph.json'), 'utf8')).toBe(
      readFileSync(join(dir, 'local', 'graph.json'), 'utf8'),
    );
  });

  it('names a document whose job fails every time, and builds the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relata-poison-'));
    const worker = await startWorker(redis.url);
    try {
      // (a document object with no text: extraction throws on it, at every try)
      const poisoned = { id: 'poisoned.txt', text: null as unknown as string, sha256: 'poisoned' };
      const good = { id: 'good.txt', text: "L'Allemagne a livré des chars Leopard à l'Ukraine.", sha256: 'good' };
      const { graph, summary } = await buildGraph([poisoned, good], { out: join(dir, 'graph'), queue: redis.url });
      expect(summary.warnings).toEqual([
        expect.objectContaining({ code: 'E_EXTRACTION_FAILED', file: 'poisoned.txt' }),
      ]);
      expect(summary.warnings[0].message).toContain('"poisoned.txt" was not extracted');
      expect(summary).toMatchObject({ added: 1, documents: 1 });
      expect(graph.hasNode('country:germany')).toBe(true);
    } finally {
      await stopWorker(worker);
    }
  });

  it('goes on when Redis restarts empty in the middle: the jobs it lost are added again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relata-restart-'));
    const news = corpus(dir);
    const seen: string[] = [];
    const queued = buildGraph([news], {
      out: join(dir, 'queued'),
      queue: redis.url,
      onProgress: (p) => seen.push(p.phase),
    });
    // no worker yet: the four jobs wait in Redis, which then restarts without them
    const queue = new Queue(QUEUE_NAME, { connection: queueConnection(redis.url) });
    while ((await queue.getWaitingCount()) < 4) await sleep(100);
    await queue.disconnect();
    await redis.restart();
    const worker = await startWorker(redis.url);
    try {
      expect((await queued).summary).toMatchObject({ added: 4, warnings: [] });
      expect(seen).toContain('unreachable');
      await buildGraph([news], { out: join(dir, 'local') });
      expect(readFileSync(join(dir, 'queued', 'graph.json'), 'utf8')).toBe(
        readFileSync(join(dir, 'local', 'graph.json'), 'utf8'),
      );
    } finally {
      await stopWorker(worker);
    }
  });

  it('fails with E_QUEUE_UNAVAILABLE when Redis stays away longer than it waits', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relata-away-'));
    const own = await startRedis();
    const queued = buildGraph([corpus(dir)], { out: join(dir, 'graph'), queue: own.url, queueWaitMs: 1000 });
    await own.stop();
    await expect(queued).rejects.toMatchObject({ code: 'E_QUEUE_UNAVAILABLE' });
  });
});
