/**
 * The query budget on a running server: a query over its work budget is a 503 problem, whatever
 * its limit, and the server goes on serving, answering /api/entity while such a query runs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeGraph } from '../../src/graph/index.ts';
import { startServer } from '../../src/server/index.ts';
import { PROBLEM, root, viewerDir } from './api-fixture.ts';
import { EXPENSIVE_QUERY, denseGraph } from './fixtures.ts';

describe('the query budget', () => {
  const denseDir = join(root, 'dense');
  mkdirSync(denseDir, { recursive: true });
  writeFileSync(join(denseDir, 'graph.json'), serializeGraph(denseGraph(2000, 5)));
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    server = await startServer({ graphDir: denseDir, viewerDir, port: 0 });
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses a query over its work budget with a 503 problem, whatever its limit, and goes on serving', async () => {
    const q = encodeURIComponent(EXPENSIVE_QUERY);
    const res = await fetch(new URL(`/api/query?q=${q}&limit=10`, server.url));
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({
      type: `${PROBLEM}query-budget`,
      status: 503,
      title: 'Query too expensive',
      detail: expect.stringContaining('narrow'),
    });
    const entity = await fetch(new URL('/api/entity/C1', server.url));
    expect(entity.status).toBe(200);
  });

  it('answers /api/entity while an expensive query is still running', async () => {
    const q = encodeURIComponent(EXPENSIVE_QUERY);
    const order: string[] = [];
    const query = fetch(new URL(`/api/query?q=${q}`, server.url)).then((res) => order.push(`query ${res.status}`));
    const entity = fetch(new URL('/api/entity/C1', server.url)).then((res) => order.push(`entity ${res.status}`));
    await Promise.all([query, entity]);
    expect(order).toEqual(['entity 200', 'query 503']);
  });
});
