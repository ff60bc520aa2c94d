/**
 * Loading the graph behind the API (src/server/api.ts): answerApi never throws, a loader that fails
 * or finds no graph and a damaged graph.json are problems; the graph cache parses graph.json once
 * for requests that arrive together, and again once it changes.
 */
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGraph, serializeGraph } from '../../src/graph/index.ts';
import { answerApi, graphCache } from '../../src/server/api.ts';
import { richGraph } from '../query/fixture.ts';
import { PROBLEM } from './api-fixture.ts';

describe('answerApi', () => {
  it.each([
    [
      'a graph that fails to load for an unexpected reason',
      () => Promise.reject(new Error('disk on fire')),
      500,
      'about:blank',
    ],
    ['a loader that finds no graph', () => Promise.resolve(undefined), 404, `${PROBLEM}no-graph`],
  ])('never throws: %s is a problem', async (_, load, status, type) => {
    const answer = await answerApi('/match', new URLSearchParams(), load);
    expect(answer).toMatchObject({ status, contentType: 'application/problem+json', body: { type, status } });
    expect(JSON.stringify(answer.body)).not.toContain('disk on fire');
  });

  it('answers a damaged graph.json with a 500 damaged-graph problem naming its first problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relata-damaged-'));
    writeFileSync(join(dir, 'graph.json'), '{"nodes": 3}');
    const answer = await answerApi('/entity/Germany', new URLSearchParams(), graphCache(join(dir, 'graph.json')));
    expect(answer).toMatchObject({
      status: 500,
      contentType: 'application/problem+json',
      body: { type: `${PROBLEM}damaged-graph`, title: 'Damaged graph', status: 500 },
    });
    // the file, then its first problem
    expect(answer.body).toMatchObject({
      detail: `relata/graph: "${join(dir, 'graph.json')}" is not a relata graph (attributes.format is not "relata-graph")`,
    });
  });
});

describe('the graph cache', () => {
  it('parses graph.json once for requests that arrive together, and again once it changes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relata-cache-'));
    const file = join(dir, 'graph.json');
    writeFileSync(file, serializeGraph(richGraph()));
    const load = graphCache(file);
    const first = await Promise.all(Array.from({ length: 50 }, load));
    expect(new Set(first).size).toBe(1);
    writeFileSync(file, serializeGraph(createGraph()));
    utimesSync(file, new Date(), new Date(Date.now() + 60_000));
    const second = await Promise.all(Array.from({ length: 50 }, load));
    expect(new Set(second).size).toBe(1);
    expect(second[0]).not.toBe(first[0]);
  });
});
