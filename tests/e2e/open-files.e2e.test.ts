/**
 * The viewer opening files in a real browser (see viewer.e2e.test.ts): another tool's GEXF,
 * a graphology JSON dropped on the page, and files it must refuse with a clear message.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openViewer,
  OUTPUT,
  selectedId as selectionOf,
  startViewer,
  stopViewer,
  type Browser,
  type Server,
} from './browser.ts';

const GRAPH_DIR = fileURLToPath(new URL('./fixtures/graph/', import.meta.url));

/** A small GEXF as another tool writes it: no relata attributes, a viz colour on one node. */
const FOREIGN_GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="directed">
    <nodes>
      <node id="a" label="Alpha"><viz:color r="10" g="200" b="30"/><viz:position x="0" y="0"/><viz:size value="10"/></node>
      <node id="b" label="Beta"><viz:position x="100" y="50"/><viz:size value="8"/></node>
      <node id="c" label="Gamma"><viz:position x="50" y="120"/><viz:size value="6"/></node>
    </nodes>
    <edges>
      <edge id="e1" source="a" target="b" label="allies"/>
      <edge id="e2" source="b" target="c"/>
    </edges>
  </graph>
</gexf>`;

const GERMANY_SUPPLIES_UKRAINE = 'country:germany|supplies|country:ukraine';

describe('viewer in Chromium, opening files', () => {
  let server: Server;
  let chromium: Browser;
  let page: Page;

  const selectedId = () => selectionOf(page);

  beforeAll(async () => {
    ({ server, chromium, page } = await startViewer(GRAPH_DIR));
    await openViewer(page, server.url);
  });

  afterAll(async () => {
    await stopViewer(chromium, server);
  });

  it('opens a GEXF from another tool, replacing the graph and resetting the filters', async () => {
    await page
      .locator('input.open-file')
      .setInputFiles({ name: 'other.gexf', mimeType: 'application/xml', buffer: Buffer.from(FOREIGN_GEXF) });
    await expect.poll(() => page.evaluate(() => window.__relata!.graph.order)).toBe(3);
    expect(await page.locator('.counts').textContent()).toBe('3 nodes · 2 edges');
    expect(await page.locator('.legend-item .name').allTextContents()).toEqual(['Unknown']);
    expect(new URL(page.url()).searchParams.has('docs')).toBe(false);
    expect(await page.evaluate(() => window.__relata!.sigma.getNodeDisplayData('a')!.color)).toMatch(
      /^(rgb\(10, ?200, ?30\)|#0ac81e)$/,
    );
    await page.locator('.search-input').fill('alph');
    await page.locator('.search-input').press('Enter');
    await expect.poll(selectedId).toBe('a');
    expect(await page.locator('#details h2').textContent()).toBe('Alpha');
    expect(await page.locator('#details .evidence').count()).toBe(0);
    await page.locator('#details .relation .count').click();
    expect(await page.locator('#details .edge-title > *').allTextContents()).toEqual(['Alpha', 'allies', 'Beta']);
    await page.screenshot({ path: join(OUTPUT, 'viewer-foreign-gexf.png') });
  });

  it('opens a graphology JSON dropped on the page, with a translated "+N more evidence"', async () => {
    const data = JSON.parse(readFileSync(join(GRAPH_DIR, 'graph.json'), 'utf8'));
    const edge = data.edges.find((e: { key: string }) => e.key === GERMANY_SUPPLIES_UKRAINE);
    // Two of its sentences count under the default filter: three copies make six.
    edge.attributes.evidence = [0, 1, 2].flatMap(() => edge.attributes.evidence);
    await page.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      document
        .getElementById('graph')!
        .dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, JSON.stringify(data));
    await expect.poll(() => page.evaluate(() => window.__relata!.graph.order)).toBe(12);
    expect(await page.locator('.legend-item').count()).toBe(6);
    await page.locator('.search-input').fill('Germany');
    await page.locator('.search-input').press('Enter');
    const supplies = page.locator(`#details .relation[data-edge="${GERMANY_SUPPLIES_UKRAINE}"]`);
    expect(await supplies.locator('.more').textContent()).toBe('+2 more evidence');
    await page.locator('.lang-switch').click();
    expect(await supplies.locator('.more').textContent()).toBe('+2 autres preuves');
    await supplies.locator('.more').click();
    expect(await supplies.locator('.evidence').count()).toBe(6);
    await page.locator('.lang-switch').click();
  });

  it('says why a file cannot be opened and keeps the current graph', async () => {
    await page
      .locator('input.open-file')
      .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await expect
      .poll(() => page.locator('#status').textContent())
      .toBe('Could not load the graph (notes.txt): not a .json, .gexf or .graphml file');
    expect(await page.evaluate(() => window.__relata!.graph.order)).toBe(12);
  });

  it('says why a truncated or foreign GEXF cannot be opened, and shows a hostile label as text', async () => {
    await page.locator('input.open-file').setInputFiles({
      name: 'cut.gexf',
      mimeType: 'application/xml',
      buffer: Buffer.from(FOREIGN_GEXF.slice(0, 400)),
    });
    await expect
      .poll(() => page.locator('#status').textContent())
      .toMatch(/^Could not load the graph \(cut\.gexf\): not well-formed XML/);
    await page.locator('input.open-file').setInputFiles({
      name: 'page.gexf',
      mimeType: 'application/xml',
      buffer: Buffer.from('<html><body>hi</body></html>'),
    });
    await expect
      .poll(() => page.locator('#status').textContent())
      .toBe('Could not load the graph (page.gexf): not a GEXF graph (its root element is <html>)');
    expect(await page.evaluate(() => window.__relata!.graph.order)).toBe(12);

    const hostile = FOREIGN_GEXF.replace('label="Alpha"', 'label="&lt;img src=x onerror=alert(1)&gt;"');
    await page
      .locator('input.open-file')
      .setInputFiles({ name: 'hostile.gexf', mimeType: 'application/xml', buffer: Buffer.from(hostile) });
    await expect.poll(() => page.evaluate(() => window.__relata!.graph.order)).toBe(3);
    await page.locator('.search-input').fill('img');
    await page.locator('.search-input').press('Enter');
    await expect.poll(selectedId).toBe('a');
    expect(await page.locator('#details h2').textContent()).toBe('<img src=x onerror=alert(1)>');
    expect(await page.locator('#details img').count()).toBe(0);
  });

  it('raised no dialog and no page error', () => {
    expect(chromium.dialogs).toEqual([]);
    expect(chromium.pageErrors).toEqual([]);
  });
});
