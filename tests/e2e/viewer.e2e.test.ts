/**
 * The viewer in a real browser: Debian's Chromium driven by playwright-core, sigma's WebGL
 * rendered in software (SwiftShader). Builds the viewer if viewer/dist is missing and serves
 * the hand-written fixture graph (tests/e2e/fixtures/graph) with the real server.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  colouredPixels,
  edgeHidden as isEdgeHidden,
  OUTPUT,
  selectedId as selectionOf,
  startViewer,
  stopViewer,
  waitForFirstRender,
  waitForMetrics,
  type Browser,
  type Server,
} from './browser.ts';
import { countColoured, decodePng } from './png.ts';

const GRAPH_DIR = fileURLToPath(new URL('./fixtures/graph/', import.meta.url));

const GERMANY_SUPPLIES_UKRAINE = 'country:germany|supplies|country:ukraine';
const GERMANY_PLEDGES_UKRAINE = 'country:germany|pledges|country:ukraine';

describe('viewer in Chromium', () => {
  let server: Server;
  let chromium: Browser;
  let page: Page;

  const edgeHidden = (edge: string) => isEdgeHidden(page, edge);
  const selectedId = () => selectionOf(page);

  beforeAll(async () => {
    ({ server, chromium, page } = await startViewer(GRAPH_DIR));
  });

  afterAll(async () => {
    await stopViewer(chromium, server);
  });

  it('draws the graph', async () => {
    await page.goto(server.url);
    const firstRenderMs = await waitForFirstRender(page);
    // the later tests use the panels, which are drawn again when the metrics come
    await waitForMetrics(page);
    writeFileSync(
      join(OUTPUT, 'viewer-timing.json'),
      JSON.stringify({ firstRenderMs: Math.round(firstRenderMs) }) + '\n',
    );
    expect(await page.evaluate(() => [window.__relata!.graph.order, window.__relata!.graph.size])).toEqual([12, 16]);

    await page.waitForTimeout(200);
    expect(await colouredPixels(page)).toBeGreaterThan(2000);
    await page.screenshot({ path: join(OUTPUT, 'viewer-overview.png') });
    expect(await page.locator('.legend-item').count()).toBe(6);
    expect(await page.locator('.counts').textContent()).toBe('12 nodes · 15 edges');
  });

  it('dims all but the hovered node and its neighbours', async () => {
    const point = await page.evaluate(() => {
      const { sigma } = window.__relata!;
      const data = sigma.getNodeDisplayData('location:kyiv')!;
      return sigma.framedGraphToViewport(data);
    });
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + point.x, box.y + point.y);
    await expect.poll(() => page.evaluate(() => window.__relata!.state.hovered)).toBe('location:kyiv');
    const colours = await page.evaluate(() => {
      const { sigma } = window.__relata!;
      return ['location:kyiv', 'country:russia', 'country:france'].map((n) => sigma.getNodeDisplayData(n)!.color);
    });
    expect(colours).toEqual(['#59a14f', '#4e79a7', '#e4e6ea']);
    await page.mouse.move(box.x + 5, box.y + 5);
    await expect.poll(() => page.evaluate(() => window.__relata!.state.hovered)).toBeNull();
  });

  it('selects an edge clicked on the canvas', async () => {
    // A straight, visible edge whose middle is clear of every node.
    const target = await page.evaluate(() => {
      const { sigma, graph, state } = window.__relata!;
      const onScreen = (node: string) => sigma.framedGraphToViewport(sigma.getNodeDisplayData(node)!);
      const nodes = graph.nodes().map(onScreen);
      for (const edge of state.visibility.edges) {
        if (sigma.getEdgeDisplayData(edge)!.type !== 'arrow') continue;
        const [a, b] = graph.extremities(edge).map(onScreen);
        const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
        if (nodes.every((n) => Math.hypot(n.x - mid.x, n.y - mid.y) > 30)) return { edge, ...mid };
      }
      return null;
    });
    expect(target).not.toBeNull();
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.click(box.x + target!.x, box.y + target!.y);
    await expect.poll(selectedId).toBe(target!.edge);
    const [source, , targetNode] = target!.edge.split('|');
    const labels = await page.evaluate(
      (ends) => ends.map((n) => window.__relata!.graph.getNodeAttribute(n, 'label')),
      [source, targetNode],
    );
    const title = await page.locator('#details .edge-title > *').allTextContents();
    expect([title[0], title[2]]).toEqual(labels);
    expect(page.url()).toContain('edge=');
  });

  it('switches the interface between English and French', async () => {
    await page.locator('.lang-switch').click();
    expect(await page.locator('.lang-switch').textContent()).toBe('English');
    expect(await page.locator('.layout').textContent()).toBe('Spatialiser');
    expect(await page.locator('.legend-item[data-type="Country"] .name').textContent()).toBe('Pays');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(page.url()).toContain('lang=fr');
    await page.locator('.lang-switch').click();
    expect(await page.locator('.layout').textContent()).toBe('Layout');
    expect(page.url()).toContain('lang=en');
  });

  it('finds Germany from its French alias and shows its evidence', async () => {
    await page.locator('.search-input').fill('Allemagne');
    const first = page.locator('.search-results li').first();
    expect(await first.locator('.result-label').textContent()).toBe('Germany');
    expect(await first.locator('.result-via').textContent()).toBe('alias: Allemagne');
    await page.locator('.search-input').press('Enter');

    await expect.poll(selectedId).toBe('country:germany');
    expect(await page.locator('#details h2').textContent()).toBe('Germany');
    expect(page.url()).toContain('node=country%3Agermany');
    const supplies = page.locator(`#details .relation[data-edge="${GERMANY_SUPPLIES_UKRAINE}"]`);
    expect(await supplies.locator('.evidence').count()).toBe(2);
    expect(await supplies.locator('mark.subject').allTextContents()).toEqual(['German', 'Allemagne']);
    expect(await supplies.locator('.evidence .doc').first().textContent()).toBe(
      'Germany pledges more air defence · 2024-09-03',
    );

    await page.waitForTimeout(700);
    await page.screenshot({ path: join(OUTPUT, 'viewer.png') });
  });

  it('navigates to a related entity and shows the XSS sentence as text', async () => {
    await page.locator(`#details .relation[data-edge="${GERMANY_PLEDGES_UKRAINE}"] .entity-link`).click();
    await expect.poll(selectedId).toBe('country:ukraine');
    expect(await page.locator('#details h2').textContent()).toBe('Ukraine');
    const sentence = page.locator('#details .evidence[data-sentence="fr/2024-09-15-ue-sanctions.txt#1"] .sentence');
    expect(await sentence.textContent()).toBe(
      "Le communiqué affichait <img src=x onerror=alert(1)> puis l'Ukraine a remercié l'Union européenne.",
    );
    expect(await page.locator('#details img').count()).toBe(0);
  });

  it('opens an edge’s evidence from its count', async () => {
    await page.locator('#details .relation[data-edge="country:russia|attacks|country:ukraine"] .count').click();
    await expect.poll(selectedId).toBe('country:russia|attacks|country:ukraine');
    expect(await page.locator('#details .edge-title > *').allTextContents()).toEqual(['Russia', 'attacks', 'Ukraine']);
    expect(await page.locator('#details .attributed').textContent()).toBe('according to Jens Stoltenberg');
  });

  it('hides a predicate’s edges with one click', async () => {
    expect(await edgeHidden(GERMANY_SUPPLIES_UKRAINE)).toBe(false);
    await page.locator('label[data-predicate="supplies"] input').click();
    await expect.poll(() => edgeHidden(GERMANY_SUPPLIES_UKRAINE)).toBe(true);
    expect(await edgeHidden('country:france|supplies|country:ukraine')).toBe(true);
    expect(await edgeHidden(GERMANY_PLEDGES_UKRAINE)).toBe(false);
    expect(page.url()).toContain('predicates=');
    await page.locator('label[data-predicate="supplies"] input').click();
    await expect.poll(() => edgeHidden(GERMANY_SUPPLIES_UKRAINE)).toBe(false);
  });

  it('shows hypothetical relations on request', async () => {
    const threatens = 'country:russia|threatens|country:germany';
    expect(await edgeHidden(threatens)).toBe(true);
    await page.locator('label[data-modality="hypothetical"] input').click();
    await expect.poll(() => edgeHidden(threatens)).toBe(false);
  });

  it('filters by date range', async () => {
    await page.locator('.date-from').fill('2024-09-01');
    await page.locator('.date-to').fill('2024-09-30');
    await expect.poll(() => edgeHidden('country:russia|attacks|location:kyiv')).toBe(true);
    expect(await edgeHidden('organization:european-union|sanctions|country:russia')).toBe(false);
    expect(page.url()).toMatch(/from=2024-09-01&to=2024-09-30/);
  });

  it('exports the visible graph as graphology JSON and as PNG', async () => {
    const [json] = await Promise.all([page.waitForEvent('download'), page.locator('.export-json').click()]);
    expect(json.suggestedFilename()).toBe('relata-graph.json');
    const exported = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    const visible = await page.evaluate(() => window.__relata!.state.visibility.edges.size);
    expect(exported.edges).toHaveLength(visible);
    expect(exported.attributes.format).toBe('relata-graph');

    const [png] = await Promise.all([page.waitForEvent('download'), page.locator('.export-png').click()]);
    expect(png.suggestedFilename()).toBe('relata-graph.png');
    expect(countColoured(decodePng(readFileSync((await png.path())!)))).toBeGreaterThan(1000);
  });

  it('runs ForceAtlas2 in a worker until stopped', async () => {
    const position = () => page.evaluate(() => window.__relata!.graph.getNodeAttribute('location:kyiv', 'x'));
    const before = await position();
    await page.locator('.layout').click();
    expect(await page.locator('.layout').textContent()).toBe('Stop layout');
    await expect.poll(position).not.toBe(before);
    await page.locator('.layout').click();
    expect(await page.evaluate(() => window.__relata!.state.layoutRunning)).toBe(false);
  });

  it('restores selection and filters from the URL', async () => {
    await page.goto(`${server.url}?node=person%3Ajens-stoltenberg&predicates=leads%2Cchairs&lang=fr`);
    await page.waitForFunction(() => window.__relata?.state.firstRenderMs != null);
    expect(await selectedId()).toBe('person:jens-stoltenberg');
    expect(await page.locator('#details h2').textContent()).toBe('Jens Stoltenberg');
    expect(await page.locator('#details h4').allTextContents()).toEqual(['préside', 'dirige']);
    expect(await edgeHidden('organization:nato|condemns|country:russia')).toBe(true);
    expect(await page.locator('.layout').textContent()).toBe('Spatialiser');
  });

  it('colours by community and sizes by PageRank without touching the graph', async () => {
    await page.goto(server.url);
    await page.waitForFunction(() => window.__relata?.state.firstRenderMs != null);
    const display = (node: string) =>
      page.evaluate((n) => {
        const { sigma, graph } = window.__relata!;
        const { color, size } = sigma.getNodeDisplayData(n)!;
        return { color, size, stored: [graph.getNodeAttribute(n, 'color'), graph.getNodeAttribute(n, 'size')] };
      }, node);
    expect(await display('country:france')).toMatchObject({ color: '#4e79a7', size: 9.2 });

    await page.locator('.color-mode').selectOption('community');
    await page.locator('.size-mode').selectOption('pagerank');
    const after = await display('country:france');
    expect(after.stored).toEqual(['#4e79a7', 9.2]);
    expect(after.size).toBe(8);
    const russia = await display('country:russia');
    expect(russia.size).toBe(14);
    expect(await page.locator('#legend .legend-colors li').count()).toBeGreaterThan(1);
    expect(await page.locator('.legend-item[data-type] .swatch').count()).toBe(0);
    const firstCommunity = await page
      .locator('#legend .legend-colors .swatch')
      .first()
      .evaluate((el) => (el as HTMLElement).style.backgroundColor);
    expect(firstCommunity).toBe('rgb(78, 121, 167)');
    expect(await page.locator('#legend .legend-sizes h3').textContent()).toBe('Size: PageRank');
    expect(page.url()).toMatch(/color=community&size=pagerank/);
    await page.screenshot({ path: join(OUTPUT, 'viewer-communities.png') });

    // Reloading gives the same communities (seeded Louvain).
    const colours = () =>
      page.evaluate(() => window.__relata!.graph.mapNodes((n) => window.__relata!.sigma.getNodeDisplayData(n)!.color));
    const before = await colours();
    await page.reload();
    await page.waitForFunction(() => window.__relata?.state.firstRenderMs != null);
    expect(await colours()).toEqual(before);

    await page.locator('.color-mode').selectOption('type');
    await page.locator('.size-mode').selectOption('degree');
    expect(await display('country:france')).toMatchObject({ color: '#4e79a7', size: 9.2 });
    expect(await page.locator('#legend').isHidden()).toBe(true);
  });

  it('filters by number of documents and by document', async () => {
    await page.locator('.min-docs').fill('2');
    await page.locator('.min-docs').dispatchEvent('change');
    await expect.poll(() => edgeHidden('country:france|member_of|organization:nato')).toBe(true);
    expect(await edgeHidden(GERMANY_PLEDGES_UKRAINE)).toBe(false);
    expect(page.url()).toContain('minDocs=2');
    await page.locator('.reset').click();

    await page.locator('details.documents summary').click();
    await page.locator('label[data-doc="fr/2024-08-12-allemagne-patriot.txt"] input').click();
    await expect.poll(() => edgeHidden('person:olaf-scholz|meets|person:volodymyr-zelensky')).toBe(true);
    expect(await edgeHidden(GERMANY_SUPPLIES_UKRAINE)).toBe(false);
    expect(await page.locator('details.documents').getAttribute('open')).toBe('');
    expect(await page.locator('details.documents summary').textContent()).toBe('3/4');
    expect(new URL(page.url()).searchParams.getAll('docs')).toHaveLength(3);
  });

  it('exports the visible graph as GEXF 1.3', async () => {
    const [gexf] = await Promise.all([page.waitForEvent('download'), page.locator('.export-gexf').click()]);
    expect(gexf.suggestedFilename()).toBe('relata-graph.gexf');
    const xml = readFileSync((await gexf.path())!, 'utf8');
    expect(xml).toMatch(/^<\?xml[^>]*\?>\s*<gexf[^>]*version="1\.3"/);
    const visible = await page.evaluate(() => [
      window.__relata!.state.visibility.nodes.size,
      window.__relata!.state.visibility.edges.size,
    ]);
    expect([(xml.match(/<node /g) ?? []).length, (xml.match(/<edge /g) ?? []).length]).toEqual(visible);
    expect(xml).not.toContain('person:olaf-scholz|meets|person:volodymyr-zelensky');
  });

  it('raised no dialog and no page error', () => {
    expect(chromium.dialogs).toEqual([]);
    expect(chromium.pageErrors).toEqual([]);
  });
});
