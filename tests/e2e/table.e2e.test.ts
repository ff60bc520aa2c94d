/**
 * The data table in Chromium (see viewer.e2e.test.ts for the setup): shown by its button,
 * sorted, searched, following the filters, selecting what a row names, and its CSV.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  OUTPUT,
  selectedId,
  startViewer,
  stopViewer,
  waitForFirstRender,
  type Browser,
  type Server,
} from './browser.ts';

const GRAPH_DIR = fileURLToPath(new URL('./fixtures/graph/', import.meta.url));

describe('data table in Chromium', () => {
  let server: Server;
  let chromium: Browser;
  let page: Page;

  const rows = () => page.locator('#table tbody tr');
  const count = () => page.locator('.table-count').textContent();
  const column = (i: number) => page.locator(`#table tbody tr td:nth-child(${i + 1})`).allTextContents();
  const csv = async (): Promise<string> => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.table-export').click()]);
    return readFileSync((await download.path())!, 'utf8');
  };

  beforeAll(async () => {
    ({ server, chromium, page } = await startViewer(GRAPH_DIR));
    await page.goto(server.url);
    await waitForFirstRender(page);
  });

  afterAll(async () => {
    await stopViewer(chromium, server);
    expect(chromium?.pageErrors ?? []).toEqual([]);
  });

  it('opens and closes with its button', async () => {
    expect(await page.locator('#table').isHidden()).toBe(true);
    await page.locator('.table-toggle').click();
    expect(await page.locator('#table').isVisible()).toBe(true);
    expect(await page.locator('.table-toggle').getAttribute('aria-pressed')).toBe('true');
    // every entity the visible relations touch, by label
    expect(await count()).toBe('showing 12 of 12');
    expect((await column(0)).slice(0, 3)).toEqual(['European Union', 'France', 'Germany']);
    await page.locator('.table-toggle').click();
    expect(await page.locator('#table').isHidden()).toBe(true);
    await page.locator('.table-toggle').click();
  });

  it('sorts by a column, numbers numerically, again to reverse', async () => {
    const degree = page.locator('#table th button[data-column="3"]');
    await degree.click();
    expect(await page.locator('#table th').nth(3).getAttribute('aria-sort')).toBe('ascending');
    const ascending = (await column(3)).map(Number);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await degree.click();
    expect(await page.locator('#table th').nth(3).getAttribute('aria-sort')).toBe('descending');
    // a tie keeps the graph's order
    expect((await column(0)).slice(0, 2)).toEqual(['Germany', 'Ukraine']);
    expect((await column(3)).slice(0, 2)).toEqual(['5', '5']);
  });

  it('searches every cell, accent- and case-insensitive', async () => {
    await page.locator('.table-search').fill('UNION EUROPEENNE');
    expect(await column(0)).toEqual(['European Union']);
    expect(await count()).toBe('showing 1 of 1');
    await page.locator('.table-search').fill('');
    expect(await rows().count()).toBe(12);
  });

  it('follows the filters', async () => {
    await page.locator('.table-tab[data-tab="relations"]').click();
    expect(await count()).toBe('showing 15 of 15');
    await page.locator('label[data-predicate="supplies"] input').click();
    expect(await count()).toBe('showing 12 of 12');
    expect(await column(1)).not.toContain('supplies');
    await page.locator('.table-tab[data-tab="entities"]').click();
    // Patriot is only supplied
    expect(await count()).toBe('showing 11 of 11');
    expect(await column(0)).not.toContain('Patriot');
    await page.locator('label[data-predicate="supplies"] input').click();
    expect(await count()).toBe('showing 12 of 12');
  });

  it('opens the details of a row clicked, or chosen with Enter', async () => {
    await page.locator('#table tbody tr[data-id="country:germany"]').click();
    expect(await selectedId(page)).toBe('country:germany');
    expect(await page.locator('#details h2').textContent()).toBe('Germany');
    expect(await page.locator('#table tbody tr.selected').getAttribute('data-id')).toBe('country:germany');
    await page.screenshot({ path: join(OUTPUT, 'viewer-table.png') });

    await page.locator('#table tbody tr[data-id="person:olaf-scholz"]').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#details h2').textContent()).toBe('Olaf Scholz');
    // the row keeps the focus across the redraw
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.id)).toBe('person:olaf-scholz');

    await page.locator('.table-tab[data-tab="relations"]').click();
    await page.locator('#table tbody tr[data-id="country:russia|attacks|location:kyiv"]').click();
    expect(await page.locator('#details .edge-title > *').allTextContents()).toEqual(['Russia', 'attacks', 'Kyiv']);
  });

  it('exports every matching row as CSV', async () => {
    const all = (await csv()).split('\r\n');
    expect(all[0]).toBe('Subject,Predicate,Object,Modality,Evidence,Documents,First date,Last date');
    expect(all).toHaveLength(1 + 15 + 1);
    expect(all).toContain('Germany,supplies,Ukraine,asserted,3,3,2024-08-12,2024-09-15');

    await page.locator('.table-search').fill('germany');
    const found = await rows().count();
    const matching = (await csv()).split('\r\n');
    expect(matching).toHaveLength(1 + found + 1);
    expect(matching.slice(1, -1).every((line) => line.includes('Germany'))).toBe(true);
    await page.locator('.table-search').fill('');
  });

  it('speaks French', async () => {
    await page.locator('.lang-switch').click();
    expect(await page.locator('.table-toggle').textContent()).toBe('Tableau');
    expect(await count()).toBe('15 affichées sur 15');
    expect(await page.locator('#table th').allTextContents()).toContain('Prédicat');
    await page.locator('.lang-switch').click();
  });
});
