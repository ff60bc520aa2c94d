/**
 * The metrics in Chromium (see viewer.e2e.test.ts for the setup): computed by the worker after
 * the graph is drawn, then shown in the entities table (sortable, exported) and in the details
 * panel of a node.
 */

import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startViewer, stopViewer, waitForFirstRender, type Browser, type Server } from './browser.ts';

const GRAPH_DIR = fileURLToPath(new URL('./fixtures/graph/', import.meta.url));
/** The PageRank column of the entities table (logic/table.ts). */
const PAGERANK = 7;

describe('metrics in Chromium', () => {
  let server: Server;
  let chromium: Browser;
  let page: Page;

  const column = (i: number) => page.locator(`#table tbody tr td:nth-child(${i + 1})`).allTextContents();

  beforeAll(async () => {
    ({ server, chromium, page } = await startViewer(GRAPH_DIR));
    await page.goto(server.url);
    await waitForFirstRender(page);
  });

  afterAll(async () => {
    await stopViewer(chromium, server);
    expect(chromium?.pageErrors ?? []).toEqual([]);
  });

  it('fills the table once the worker answers, and sorts by PageRank', async () => {
    await page.locator('.table-toggle').click();
    // the page does not wait for the metrics: they arrive after the first render
    await page.waitForFunction(
      (i) =>
        [...document.querySelectorAll(`#table tbody tr td:nth-child(${i + 1})`)].every((td) => td.textContent !== ''),
      PAGERANK,
      { timeout: 20_000 },
    );
    expect(await page.locator('#table th').nth(PAGERANK).textContent()).toBe('PageRank');
    const pagerank = page.locator(`#table th button[data-column="${PAGERANK}"]`);
    await pagerank.click();
    await pagerank.click();
    expect(await page.locator('#table th').nth(PAGERANK).getAttribute('aria-sort')).toBe('descending');
    expect(await page.locator('#table tbody tr').first().getAttribute('data-id')).toBe('country:russia');
    const ranks = (await column(PAGERANK)).map(Number);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(ranks.every((rank) => rank > 0 && rank < 1)).toBe(true);
  });

  it('shows the metrics of a node in its details', async () => {
    await page.locator('#table tbody tr[data-id="country:germany"]').click();
    const block = page.locator('#details section.metrics');
    expect(await block.locator('h3').textContent()).toBe('Metrics');
    const facts = Object.fromEntries(
      await block
        .locator('dt')
        .evaluateAll((dts) => dts.map((dt) => [dt.textContent, dt.nextElementSibling?.textContent])),
    );
    // counted by hand on the fixture: two parallel supplies to Ukraine, of weights 2 and 3
    expect(facts).toMatchObject({ 'In-degree': '2', 'Out-degree': '4', 'Weighted degree': '9' });
    expect(Number(facts.PageRank)).toBeGreaterThan(0);
    expect(Number(facts.Betweenness)).toBeGreaterThan(0);
    expect(Number(facts.Community)).toBeGreaterThanOrEqual(1);

    await page.locator('.lang-switch').click();
    expect(await block.locator('h3').textContent()).toBe('Métriques');
    expect(await block.locator('dt').allTextContents()).toContain('Intermédiarité');
    await page.locator('.lang-switch').click();
  });
});
