/**
 * Folders, servers and a checking GET shared by the API tests (api*.test.ts), a plain module
 * (importing it registers no tests; apiServers registers the hooks of its caller): a viewer, a
 * graph (richGraph) and an empty folder under a fresh temporary root.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { serializeGraph } from '../../src/graph/index.ts';
import { CONTENT_SECURITY_POLICY, startServer, type RunningServer } from '../../src/server/index.ts';
import { richGraph } from '../query/fixture.ts';

export const root = mkdtempSync(join(tmpdir(), 'relata-api-'));
export const viewerDir = join(root, 'dist');
const graphDir = join(root, 'graph');
const emptyDir = join(root, 'empty');
for (const dir of [viewerDir, graphDir, emptyDir]) mkdirSync(dir, { recursive: true });
writeFileSync(join(viewerDir, 'index.html'), '<!doctype html><title>relata</title>');
export const graphFile = join(graphDir, 'graph.json');
writeFileSync(graphFile, serializeGraph(richGraph()));

export const PROBLEM = 'https://relata.dev/problems/';

export interface ApiServers {
  /** On the graph folder (richGraph). */
  server: RunningServer;
  /** On a folder with no graph. */
  empty: RunningServer;
}

/** The two servers, started before the tests of the describe (or file) that calls it and closed after them. */
export function apiServers(): ApiServers {
  const servers = {} as ApiServers;
  beforeAll(async () => {
    servers.server = await startServer({ graphDir, viewerDir, port: 0 });
    servers.empty = await startServer({ graphDir: emptyDir, viewerDir, port: 0 });
  });
  afterAll(async () => {
    await servers.server.close();
    await servers.empty.close();
  });
  return servers;
}

/** A GET: answers are JSON, errors RFC 9457 problems whose `status` is the HTTP status. */
export const getJSON = async (path: string, base: string) => {
  const res = await fetch(new URL(path, base));
  const body = await res.json();
  expect(res.headers.get('content-type')).toBe(res.ok ? 'application/json; charset=utf-8' : 'application/problem+json');
  expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  if (!res.ok)
    expect(body).toMatchObject({
      type: expect.any(String),
      title: expect.any(String),
      status: res.status,
      detail: expect.stringMatching(/^relata\//),
    });
  return { status: res.status, body };
};

/** Rows as `subject predicate object` lines. */
export const spo = (rows: { subject: string; predicate: string; object: string }[]) =>
  rows.map((r) => `${r.subject} ${r.predicate} ${r.object}`);
