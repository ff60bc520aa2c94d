/** `relata build` on a URL, in process, against a server on 127.0.0.1 that never answers: --fetch-timeout bounds the wait. */
import { mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relataInProcess as relata } from './run.ts';

describe('relata build --fetch-timeout', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    // headers, then nothing: the body never comes
    server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.rss`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('gives up on a URL after that many seconds, names it, and exits 1', async () => {
    const graph = join(mkdtempSync(join(tmpdir(), 'relata-fetch-timeout-')), 'graph');
    const r = await relata(['build', url, '--fetch-timeout', '1', '-g', graph, '-q']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(url);
    expect(r.stderr).toMatch(/timeout after 1 s/);
  });

  it.each(['soon', '-1', '1.5'])('refuses --fetch-timeout %s', async (value) => {
    const r = await relata(['build', url, '--fetch-timeout', value]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--fetch-timeout');
  });
});
