/**
 * The viewer on the real demo graph, as a user meets it: `examples/corpus` built with
 * `buildGraph` into a temporary folder and served by the real server, then searched, browsed
 * and filtered in Chromium. Also builds the dev seeds (`../shared/corpus/seeds`) to time the
 * first render of a second real graph. Writes test-output/viewer-demo.png and
 * test-output/viewer-timing-demo.json.
 */

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/build.ts';
import {
  colouredPixels,
  edgeHidden as isEdgeHidden,
  launchBrowser,
  OUTPUT,
  prepareBrowserTest,
  ROOT,
  selectedId as selectionOf,
  serveGraph,
  waitForFirstRender,
  type Browser,
  type Server,
} from './browser.ts';

const DEMO_CORPUS = join(ROOT, 'examples/corpus');
const SEEDS_CORPUS = join(ROOT, '../shared/corpus/seeds');

const GERMANY = 'country:germany';
const UKRAINE = 'country:ukraine';
const GERMANY_SUPPLIES_UKRAINE = 'country:germany|supplies|country:ukraine';
const IRIS_T_DOC = '2025-09-16-allemagne-iris-t.html';

describe('viewer in Chromium on the demo graph', () => {
  let tmp: string;
  let demo: { order: number; size: number };
  let seeds: { order: number; size: number };
  let demoServer: Server;
  let chromium: Browser;
  let page: Page;
  const timing: { demo?: number; seeds?: number } = {};

  const edgeHidden = (edge: string) => isEdgeHidden(page, edge);
  const selectedId = () => selectionOf(page);
  const visibleEdges = () => page.evaluate(() => window.__relata!.state.visibility.edges.size);
  /** Edges of one predicate, each with whether sigma hides it. */
  const predicateEdges = (predicate: string) =>
    page.evaluate((p) => {
      const { graph, sigma } = window.__relata!;
      return graph
        .filterEdges((_, a) => a.predicate === p)
        .map((e) => ({ edge: e, hidden: !!sigma.getEdgeDisplayData(e)!.hidden }));
    }, predicate);
  const open = async (url: string) => {
    await page.goto(url);
    return waitForFirstRender(page);
  };

  beforeAll(async () => {
    prepareBrowserTest();
    if (!existsSync(SEEDS_CORPUS)) throw new Error(`relata e2e: the dev seeds corpus is missing at ${SEEDS_CORPUS}`);
    tmp = mkdtempSync(join(tmpdir(), 'relata-e2e-demo-'));
    const built = await buildGraph([DEMO_CORPUS], { out: join(tmp, 'demo') });
    demo = { order: built.graph.order, size: built.graph.size };
    const seeded = await buildGraph([SEEDS_CORPUS], { out: join(tmp, 'seeds') });
    seeds = { order: seeded.graph.order, size: seeded.graph.size };
    demoServer = await serveGraph(join(tmp, 'demo'));
    chromium = await launchBrowser();
    page = chromium.page;
  });

  afterAll(async () => {
    await chromium?.close();
    await demoServer?.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('draws the demo graph', async () => {
    timing.demo = Math.round(await open(demoServer.url));
    expect(await page.evaluate(() => [window.__relata!.graph.order, window.__relata!.graph.size])).toEqual([
      demo.order,
      demo.size,
    ]);
    expect(demo.order).toBeGreaterThan(20);
    await page.waitForTimeout(300);
    expect(await colouredPixels(page)).toBeGreaterThan(2000);
    expect(await page.locator('.counts').textContent()).toMatch(/^\d+ nodes · \d+ edges$/);
    await page.screenshot({ path: join(OUTPUT, 'viewer-demo.png') });
  });

  it('finds Germany from "Allemagne" and shows its relations with evidence', async () => {
    await page.locator('.search-input').fill('Allemagne');
    const first = page.locator('.search-results li').first();
    expect(await first.locator('.result-label').textContent()).toBe('Germany');
    expect(await first.getAttribute('data-node')).toBe(GERMANY);
    await first.click();

    await expect.poll(selectedId).toBe(GERMANY);
    expect(await page.locator('#details h2').textContent()).toBe('Germany');
    expect(page.url()).toContain('node=country%3Agermany');
    expect(await page.locator('#details .predicate-group[data-predicate="supplies"]').count()).toBe(1);

    const supplies = page.locator(`#details .relation[data-edge="${GERMANY_SUPPLIES_UKRAINE}"]`);
    expect(await supplies.count()).toBe(1);
    const evidence = supplies.locator('.evidence');
    expect(await evidence.count()).toBeGreaterThanOrEqual(1);
    const marks = await evidence.first().locator('.sentence mark').allTextContents();
    expect(marks.length).toBeGreaterThanOrEqual(2);
    expect(marks.every((m) => m.trim().length > 0)).toBe(true);
    expect(marks.some((m) => /allemagne|german|berlin/i.test(m))).toBe(true);
    expect(marks.some((m) => /ukrain/i.test(m))).toBe(true);
    expect(await evidence.first().locator('.sentence mark.subject').count()).toBeGreaterThanOrEqual(1);
    expect(await evidence.first().locator('.sentence mark.object').count()).toBeGreaterThanOrEqual(1);
    // "<title> · <date>"
    expect(await evidence.first().locator('.doc').textContent()).toMatch(/^\S.* · \d{4}-\d{2}-\d{2}$/);

    await page.waitForTimeout(500);
    await page.screenshot({ path: join(OUTPUT, 'viewer-demo-germany.png') });
  });

  it('goes to a related entity from the panel', async () => {
    const link = page.locator(
      `#details .relation[data-edge="${GERMANY_SUPPLIES_UKRAINE}"] .entity-link[data-node="${UKRAINE}"]`,
    );
    expect(await link.textContent()).toBe('Ukraine');
    await link.click();
    await expect.poll(selectedId).toBe(UKRAINE);
    expect(await page.locator('#details h2').textContent()).toBe('Ukraine');
    expect(page.url()).toContain('node=country%3Aukraine');
    // Germany's delivery is listed on Ukraine's side as an incoming relation.
    expect(
      await page.locator(`#details .relation[data-edge="${GERMANY_SUPPLIES_UKRAINE}"] .entity-link`).textContent(),
    ).toBe('Germany');
  });

  it('hides a predicate’s edges and keeps the filter in the URL across a reload', async () => {
    const before = await predicateEdges('supplies');
    expect(before.length).toBeGreaterThan(1);
    expect(before.some((e) => !e.hidden)).toBe(true);
    const leadsVisible = (await predicateEdges('leads')).filter((e) => !e.hidden).map((e) => e.edge);
    expect(leadsVisible.length).toBeGreaterThan(0);

    await page.locator('label[data-predicate="supplies"] input').click();
    await expect.poll(() => edgeHidden(GERMANY_SUPPLIES_UKRAINE)).toBe(true);
    expect((await predicateEdges('supplies')).every((e) => e.hidden)).toBe(true);
    expect(await edgeHidden(leadsVisible[0])).toBe(false);
    const params = new URL(page.url()).searchParams;
    expect(params.get('predicates')).toBeTruthy();
    expect(params.get('predicates')!.split(',')).not.toContain('supplies');

    await page.reload();
    await waitForFirstRender(page);
    expect(new URL(page.url()).searchParams.get('predicates')).toBe(params.get('predicates'));
    expect(await page.locator('label[data-predicate="supplies"] input').isChecked()).toBe(false);
    expect((await predicateEdges('supplies')).every((e) => e.hidden)).toBe(true);
    expect(await edgeHidden(leadsVisible[0])).toBe(false);
  });

  it('narrows the visible edges by document and by date', async () => {
    await open(demoServer.url);
    const all = await visibleEdges();
    expect(await edgeHidden('country:germany|supplies|equipment:iris-t')).toBe(false);

    await page.locator('details.documents summary').click();
    await page.locator(`label[data-doc="${IRIS_T_DOC}"] input`).click();
    await expect.poll(() => edgeHidden('country:germany|supplies|equipment:iris-t')).toBe(true);
    expect(await visibleEdges()).toBeLessThan(all);
    expect(new URL(page.url()).searchParams.getAll('docs')).not.toContain(IRIS_T_DOC);
    await page.locator('.reset').click();
    await expect.poll(visibleEdges).toBe(all);

    const sanctions = 'organization:european-union|sanctions|country:russia';
    expect(await edgeHidden(sanctions)).toBe(false); // 2025-02-11
    await page.locator('.date-from').fill('2025-06-01');
    await expect.poll(() => edgeHidden(sanctions)).toBe(true);
    const fromJune = await visibleEdges();
    expect(fromJune).toBeLessThan(all);
    expect(fromJune).toBeGreaterThan(0);
    expect(await edgeHidden('country:germany|supplies|equipment:iris-t')).toBe(false); // 2025-09-16
    expect(page.url()).toContain('from=2025-06-01');
  });

  it('times the first render of the demo graph and of the seeds graph', async () => {
    const seedsServer = await serveGraph(join(tmp, 'seeds'));
    try {
      timing.seeds = Math.round(await open(seedsServer.url));
      expect(await page.evaluate(() => [window.__relata!.graph.order, window.__relata!.graph.size])).toEqual([
        seeds.order,
        seeds.size,
      ]);
      expect(seeds.order).toBeGreaterThan(0);
    } finally {
      await seedsServer.close();
    }
    // The demo figure above is the browser's first navigation (cold); the seeds one comes with
    // the viewer's assets already cached. A warm demo figure, for comparison (log only).
    const demoWarm = Math.round(await open(demoServer.url));
    expect(timing.demo).toBeGreaterThan(0);
    expect(timing.seeds).toBeGreaterThan(0);
    writeFileSync(
      join(OUTPUT, 'viewer-timing-demo.json'),
      JSON.stringify({ demo: timing.demo, seeds: timing.seeds }) + '\n',
    );
    console.log(
      `relata e2e: first render, demo graph ${timing.demo} ms (${demo.order} nodes, ${demo.size} edges; ${demoWarm} ms warm), ` +
        `seeds graph ${timing.seeds} ms (${seeds.order} nodes, ${seeds.size} edges)`,
    );
  });

  it('raised no dialog and no page error', () => {
    expect(chromium.dialogs).toEqual([]);
    expect(chromium.pageErrors).toEqual([]);
  });
});
