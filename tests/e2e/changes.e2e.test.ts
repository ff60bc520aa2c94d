/**
 * The workbench in a real browser (see workbench.e2e.test.ts): another tool's GraphML, what
 * changed since a date or a snapshot, and the reload offered when the graph is rebuilt.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphFromJSON, saveSnapshot } from '../../src/graph/index.ts';
import {
  openViewer,
  serveGraph,
  startViewer,
  stopViewer,
  waitForFirstRender,
  waitForMetrics,
  type Browser,
  type Server,
} from './browser.ts';

const GRAPH_DIR = fileURLToPath(new URL('./fixtures/graph/', import.meta.url));

describe('the workbench in Chromium: other files and changes over time', () => {
  let server: Server;
  let chromium: Browser;
  let page: Page;

  const open = (query = '') => openViewer(page, server.url + query);
  const params = () => new URL(page.url()).searchParams;

  beforeAll(async () => {
    ({ server, chromium, page } = await startViewer(GRAPH_DIR));
  });

  afterAll(async () => {
    await stopViewer(chromium, server);
    expect(chromium?.pageErrors ?? []).toEqual([]);
  });

  it("opens another tool's GraphML and colours it by one of its attributes", async () => {
    await open();
    const graphml = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="party" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="a"><data key="d0">left</data></node>
    <node id="b"><data key="d0">right</data></node>
    <node id="c"><data key="d0">left</data></node>
    <edge source="a" target="b"/>
  </graph>
</graphml>`;
    await page
      .locator('.open-file')
      .setInputFiles({ name: 'parties.graphml', mimeType: 'application/xml', buffer: Buffer.from(graphml) });
    await expect.poll(() => page.evaluate(() => window.__relata!.graph.order)).toBe(3);
    await page.locator('.color-mode').selectOption('party');
    const color = (node: string) => page.evaluate((n) => window.__relata!.sigma.getNodeDisplayData(n)!.color, node);
    expect(await color('a')).toBe(await color('c'));
    expect(await color('a')).not.toBe(await color('b'));
    expect(await page.locator('#legend .legend-colors li').allTextContents()).toEqual(['left2', 'right1']);
  });

  it.each([
    ['JSON', '.export-json', 'relata-graph.json'],
    ['GEXF', '.export-gexf', 'relata-graph.gexf'],
  ])('reopens its own %s export with alias search, document counts and relation counts', async (_, button, name) => {
    await open();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
    const file = readFileSync((await download.path())!);
    await page.locator('.open-file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: file });
    await expect.poll(() => page.evaluate(() => document.title)).toBe(`relata · ${name}`);
    await page.locator('.search-input').fill('Allemagne');
    expect(await page.locator('.search-results li .result-label').first().textContent()).toBe('Germany');
    await page.locator('.search-input').press('Enter');
    expect(Number(await page.locator('#details .doc-count').textContent())).toBeGreaterThan(0);
    const counts = (await page.locator('#details .relation-head .count').allTextContents()).map(Number);
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.every((n) => n > 0)).toBe(true);
  });

  it('shows what changed since a date: kinds coloured on the graph, a list that opens each change, all in the URL', async () => {
    await open('?changes=2024-09-01');
    const edgeColor = (edge: string) => page.evaluate((e) => window.__relata!.sigma.getEdgeDisplayData(e)!.color, edge);
    const [denied, added, unchanged] = await Promise.all(
      ['denied', 'added', 'unchanged'].map((kind) =>
        page.locator(`#changes .change-legend [data-kind="${kind}"] .swatch`).count(),
      ),
    );
    expect([denied, added, unchanged]).toEqual([1, 1, 0]);
    // the swatch's own style: the panels are drawn again when the metrics arrive, which may detach the element read
    const deniedColor = await page
      .locator('#changes .change-legend [data-kind="denied"] .swatch')
      .evaluate((el) => (el as HTMLElement).style.backgroundColor);
    expect(await edgeColor('country:germany|supplies|country:ukraine')).toBe(rgbToHex(deniedColor));
    const view0 = await page.locator('#changes .change-list li').count();
    await page.locator('#changes .change-list button').first().click();
    expect(await page.evaluate(() => window.__relata!.state.selection)).toEqual({
      kind: 'edge',
      id: 'country:germany|supplies|country:ukraine',
    });

    await page.locator('.changes-since').fill('2024-09-10');
    await page.locator('.changes-since').dispatchEvent('change');
    expect(params().get('changes')).toBe('2024-09-10');
    await expect.poll(() => page.locator('#changes .change-list li').count()).toBeLessThan(view0);
    await page.locator('.changes-clear').click();
    expect(params().get('changes')).toBeNull();
    expect(await edgeColor('country:germany|supplies|country:ukraine')).not.toBe(rgbToHex(deniedColor));
  });

  it('offers to reload when the graph on the server is rebuilt, and the reload keeps the view', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relata-rebuilt-'));
    cpSync(GRAPH_DIR, dir, { recursive: true });
    const own = await serveGraph(dir);
    try {
      await page.goto(`${own.url}?node=country%3Agermany`);
      await waitForFirstRender(page);
      await waitForMetrics(page);
      expect(await page.locator('#rebuilt').isHidden()).toBe(true);
      const graph = JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8'));
      graph.nodes.find((n: { key: string }) => n.key === 'country:germany').attributes.label = 'Deutschland';
      writeFileSync(join(dir, 'graph.json'), JSON.stringify(graph));
      // the page looks again when it is shown or focused (and every 10 s)
      await page.evaluate(() => window.dispatchEvent(new Event('focus')));
      await page.locator('#rebuilt .reload').waitFor();
      await page.locator('#rebuilt .reload').click();
      await page.waitForFunction(
        () => window.__relata?.graph.getNodeAttribute('country:germany', 'label') === 'Deutschland',
      );
      expect(await page.locator('#details h2').textContent()).toBe('Deutschland');
    } finally {
      await own.close();
    }
  });

  it('compares with a snapshot the store kept, when there is one: what was removed is listed, ghosted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relata-snapshot-'));
    cpSync(GRAPH_DIR, dir, { recursive: true });
    const older = graphFromJSON(readFileSync(join(dir, 'graph.json'), 'utf8'));
    older.addNode('country:atlantis', { ...older.getNodeAttributes('country:france'), label: 'Atlantis' });
    older.addEdgeWithKey(
      'country:france|attacks|country:russia',
      'country:france',
      'country:russia',
      older.getEdgeAttributes('country:russia|attacks|location:kyiv'),
    );
    await saveSnapshot(dir, older, new Date('2024-08-30T12:00:00Z'));
    const own = await serveGraph(dir);
    try {
      await page.goto(`${own.url}?changes=2024-09-01`);
      await waitForFirstRender(page);
      await waitForMetrics(page);
      await page.locator('#changes .baseline').waitFor();
      expect(await page.locator('#changes .baseline').textContent()).toBe(
        'Compared with the snapshot of 2024-08-30 12:00 UTC',
      );
      expect(await page.locator('#changes .change-item.ghost').allTextContents()).toEqual([
        'Atlantisremoved',
        'France attacks Russiaremoved',
      ]);
      // the removed relation between France and Russia is drawn, dashed, on a layer of its own
      const ghostPixels = () =>
        page.evaluate(() => {
          const canvas = window.__relata!.sigma.getCanvases().ghosts;
          const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
          let drawn = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i] > 0) drawn++;
          return drawn;
        });
      await expect.poll(ghostPixels).toBeGreaterThan(20);
    } finally {
      await own.close();
    }
  });
});

/** `rgb(r, g, b)` as `#rrggbb`. */
function rgbToHex(rgb: string): string {
  return `#${(rgb.match(/\d+/g) ?? [])
    .slice(0, 3)
    .map((n) => Number(n).toString(16).padStart(2, '0'))
    .join('')}`;
}
