/**
 * GET /api/diff?since= on a running server: what changed since a date, by the dates of the
 * documents, or against the store's latest snapshot before it (which knows what was removed), and
 * 400 bad-parameter problems, graph or no graph.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { saveSnapshot, serializeGraph } from '../../src/graph/index.ts';
import { startServer } from '../../src/server/index.ts';
import { richGraph } from '../query/fixture.ts';
import { PROBLEM, apiServers, getJSON, spo, viewerDir } from './api-fixture.ts';

describe('the JSON API', () => {
  const servers = apiServers();
  const get = (path: string, base = servers.server.url) => getJSON(path, base);

  it('GET /api/diff?since= tells what changed since a date, by the dates of the documents', async () => {
    const { status, body } = await get('/api/diff?since=2024-02');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      mode: 'since',
      since: '2024-02',
      removals: false,
      entities: { removed: null },
      relations: { removed: null, weakened: null },
    });
    expect(body.documents.added.map((d: { id: string }) => d.id)).toEqual(['en/sanctions.txt', 'fr/chars.txt']);
    expect(body.entities.added.map((e: { key: string }) => e.key)).toEqual(['organization:nato']);
    expect(spo(body.relations.added)).toEqual([
      'France member_of NATO',
      'France sanctions Germany',
      'France sanctions Russia',
      'Germany member_of NATO',
      'Germany supports NATO',
    ]);
    expect(
      body.relations.strengthened.map((r: { key: string; docCountBefore: number; docCountAfter: number }) => [
        r.key,
        r.docCountBefore,
        r.docCountAfter,
      ]),
    ).toEqual([
      ['country:germany|supplies|country:ukraine', 1, 2],
      ['country:russia|attacks|country:ukraine', 1, 2],
    ]);
    expect(body.summary).toMatchObject({
      entitiesAdded: 1,
      entitiesRemoved: null,
      relationsAdded: 5,
      strengthened: 2,
      weakened: null,
      changes: 8,
    });
  });

  it("GET /api/diff?since= compares with the store's latest snapshot before the date, so it knows what was removed", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relata-api-snapshot-'));
    const current = richGraph();
    writeFileSync(join(dir, 'graph.json'), serializeGraph(current));
    const older = current.copy();
    older.addNode('country:atlantis', { ...current.getNodeAttributes('country:france'), label: 'Atlantis' });
    await saveSnapshot(dir, older, new Date('2024-01-10T08:00:00Z'));
    const own = await startServer({ graphDir: dir, viewerDir, port: 0 });
    try {
      const { status, body } = await get('/api/diff?since=2024-02', own.url);
      expect(status).toBe(200);
      expect(body).toMatchObject({ mode: 'since', since: '2024-02', removals: true, baseline: '2024-01-10T08-00-00Z' });
      expect(body.entities.removed.map((e: { key: string }) => e.key)).toEqual(['country:atlantis']);
    } finally {
      await own.close();
    }
  });

  it.each([
    ['/api/diff', 'since'],
    ['/api/diff?since=yesterday', 'since'],
    ['/api/diff?since=2024-02-30', 'since'],
    ['/api/diff?since=2024&to=2025', 'to'],
  ])('GET %s is a 400 bad-parameter naming %s, graph or no graph', async (path, parameter) => {
    for (const base of [servers.server.url, servers.empty.url]) {
      const { status, body } = await get(path, base);
      expect(status).toBe(400);
      expect(body).toMatchObject({ type: `${PROBLEM}bad-parameter`, parameter });
    }
  });
});
