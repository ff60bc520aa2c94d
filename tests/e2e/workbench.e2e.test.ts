/**
 * The workbench in Chromium (see viewer.e2e.test.ts for the setup): appearance from any
 * attribute with its legend, stacked filter stages (a range on a metric, the ego network of the
 * selection, the largest component, a k-core), and the table's state, all kept in the URL.
 */
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openViewer,
  startViewer,
  stopViewer,
  waitForFirstRender,
  waitForMetrics,
  type Browser,
  type Server,
} from './browser.ts';

const GRAPH_DIR = fileURLToPath(new URL('./fixtures/graph/', import.meta.url));

describe('the workbench in Chromium', () => {
  let server: Server;
  let chromium: Browser;
  let page: Page;

  const open = (query = '') => openViewer(page, server.url + query);
  /** The nodes sigma draws (not hidden by the reducers), sorted. */
  const shownNodes = () =>
    page.evaluate(() => {
      const { sigma, graph } = window.__relata!;
      return graph.filterNodes((n) => !sigma.getNodeDisplayData(n)!.hidden).sort();
    });
  const params = () => new URL(page.url()).searchParams;

  beforeAll(async () => {
    ({ server, chromium, page } = await startViewer(GRAPH_DIR));
  });

  afterAll(async () => {
    await stopViewer(chromium, server);
    expect(chromium?.pageErrors ?? []).toEqual([]);
  });

  it('sizes by a metric and colours by a numeric attribute, with a legend, and keeps both in the URL', async () => {
    await open();
    const size = (node: string) => page.evaluate((n) => window.__relata!.sigma.getNodeDisplayData(n)!.size, node);
    const stored = await size('location:kyiv');
    await page.locator('.size-mode').selectOption('inDegree');
    // Ukraine has the most relations in, Kyiv one
    await expect.poll(() => size('country:ukraine')).toBeGreaterThan(await size('location:kyiv'));
    expect(await page.locator('#legend .legend-sizes h3').textContent()).toBe('Size: In-degree');
    await page.locator('.color-mode').selectOption('mentions');
    expect(await page.locator('#legend .scale-bar').count()).toBe(1);
    expect(params().get('color')).toBe('mentions');
    expect(params().get('size')).toBe('inDegree');

    await page.reload();
    await waitForFirstRender(page);
    await waitForMetrics(page);
    expect(await page.locator('.size-mode').inputValue()).toBe('inDegree');
    expect(await page.locator('#legend .scale-bar').count()).toBe(1);
    await page.locator('.size-mode').selectOption('degree');
    expect(await size('location:kyiv')).toBe(stored);
  });

  it('filters by a range on a metric, and the stage says what it leaves', async () => {
    await open();
    await page.locator('.add-stage').selectOption('range:inDegree');
    const stage = page.locator('.stage[data-kind="range"]');
    await stage.locator('input').first().fill('2');
    await stage.locator('input').first().dispatchEvent('change');
    const shown = await shownNodes();
    const expected = await page.evaluate(() =>
      window.__relata!.graph.filterNodes((n) => window.__relata!.graph.inDegree(n) >= 2).sort(),
    );
    // with facts only (the default filter), a node may lose relations: what is shown is within the range's nodes
    expect(shown.length).toBeGreaterThan(0);
    for (const node of shown) expect(expected).toContain(node);
    expect(await stage.locator('.count').textContent()).toContain(`${shown.length} nodes`);
    expect(params().getAll('stage')).toEqual(['range:2::inDegree']);
    await stage.locator('.remove-stage').click();
    expect(params().getAll('stage')).toEqual([]);
  });

  it('shows the ego network of the selection, depth 1 then 2', async () => {
    await open('?node=person%3Ajens-stoltenberg');
    await page.locator('.add-stage').selectOption('ego');
    expect(await shownNodes()).toEqual(['event:vilnius-summit', 'organization:nato', 'person:jens-stoltenberg']);
    // the camera closes in on the three
    await expect.poll(() => page.evaluate(() => window.__relata!.sigma.getCamera().ratio)).toBeLessThan(0.9);
    await page.locator('.ego-depth').selectOption('2');
    const two = await shownNodes();
    expect(two).toContain('country:germany');
    expect(two).toContain('country:france');
    expect(params().getAll('stage')).toEqual(['ego:2:person:jens-stoltenberg']);

    // the URL alone gives the same view
    await open(`?${params()}`);
    expect(await shownNodes()).toEqual(two);
  });

  it('stacks the largest component on a k-core, each stage counted', async () => {
    await open('?stage=kcore%3A2&stage=component');
    expect(await shownNodes()).toEqual([
      'country:france',
      'country:germany',
      'country:russia',
      'country:ukraine',
      'organization:european-union',
      'organization:nato',
    ]);
    expect(await page.locator('.stage .count').allTextContents()).toEqual([
      '6 nodes · 9 edges left',
      '6 nodes · 9 edges left',
    ]);
    await page.locator('.clear-stages').click();
    expect((await shownNodes()).length).toBe(12);
  });

  it('keeps the table open on its tab, sort and search across a reload', async () => {
    await open();
    await page.locator('.table-toggle').click();
    await page.locator('.table-tab[data-tab="relations"]').click();
    await page.locator('.table-search').fill('germany');
    await page.locator('.table-search').dispatchEvent('input');
    await page.locator('#table th button[data-key="evidence"]').click();
    const rows = await page.locator('#table tbody tr').allTextContents();
    expect(params().get('table')).toBe('relations');
    expect(params().get('tableQuery')).toBe('germany');
    expect(params().get('tableSort')).toBe('evidence');

    await page.reload();
    await waitForFirstRender(page);
    await waitForMetrics(page);
    expect(await page.locator('#table').isVisible()).toBe(true);
    expect(await page.locator('.table-search').inputValue()).toBe('germany');
    expect(await page.locator('#table tbody tr').allTextContents()).toEqual(rows);
  });

  it('moves through the table rows with the keyboard and opens one with Enter', async () => {
    await open('?table=entities');
    await page.locator('#table tbody tr[tabindex="0"]').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    const second = await page.locator('#table tbody tr').nth(1).getAttribute('data-id');
    await expect.poll(() => page.evaluate(() => window.__relata!.state.selection?.id ?? null)).toBe(second);
    expect(await page.locator('#table tbody tr').nth(1).getAttribute('aria-selected')).toBe('true');
  });

  it('isolates the nodes picked with Shift + drag as a group stage', async () => {
    await open();
    const box = (await page.locator('#graph').boundingBox())!;
    const at = (node: string) =>
      page.evaluate((n) => {
        const { sigma } = window.__relata!;
        const { x, y } = sigma.getNodeDisplayData(n)!;
        return sigma.graphToViewport({ x, y });
      }, node);
    const germany = await at('country:germany');
    await page.keyboard.down('Shift');
    await page.mouse.move(box.x + germany.x - 15, box.y + germany.y - 15);
    await page.mouse.down();
    await page.mouse.move(box.x + germany.x + 15, box.y + germany.y + 15, { steps: 5 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    expect(await shownNodes()).toEqual(['country:germany']);
    expect(params().getAll('stage')).toEqual(['group:["country:germany"]']);
    // the camera then closes in on the group: Germany in the middle
    await expect
      .poll(async () => {
        const { x, y } = await at('country:germany');
        return Math.hypot(x - box.width / 2, y - box.height / 2);
      })
      .toBeLessThan(5);
  });

  it('lays the graph out on a circle by community, then runs ForceAtlas2 with the settings of the panel', async () => {
    await open();
    const panel = page.locator('.layout-panel');
    await panel.locator('summary').click();
    await panel.getByRole('button', { name: /circular/i }).click();
    const radii = await page.evaluate(() => window.__relata!.graph.mapNodes((_, a) => Math.hypot(a.x, a.y)));
    for (const r of radii) expect(r).toBeCloseTo(radii[0], 6);

    const gravity = panel.getByLabel(/gravity/i).first();
    await gravity.fill('5');
    await gravity.dispatchEvent('change');
    await panel.getByRole('button', { name: /start/i }).click();
    expect(await page.locator('.layout').textContent()).toBe('Stop layout');
    await expect
      .poll(() =>
        page.evaluate(() =>
          window.__relata!.graph.mapNodes((_, a) => Math.hypot(a.x, a.y)).some((r, _, all) => Math.abs(r - all[0]) > 1),
        ),
      )
      .toBe(true);
    await page.locator('.layout').click();
    expect(await page.evaluate(() => window.__relata!.state.layoutRunning)).toBe(false);
    expect(await gravity.inputValue()).toBe('5');
  });
});
