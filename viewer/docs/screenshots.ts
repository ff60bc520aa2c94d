/**
 * The README's screenshots of the viewer, taken in Chromium (Debian's, as the browser tests
 * use) on a built graph: `npm run screenshots [-- graph folder, default graph]`
 * after `npm start` has built the demo corpus (or `relata build examples/corpus --out graph`).
 * Writes viewer/docs/*.png.
 */

import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { startServer } from '../../src/server/index.ts';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/e2e/browser.ts';

const OUT = fileURLToPath(new URL('.', import.meta.url));
const graphDir = process.argv[2] ?? 'graph';
if (!existsSync(join(graphDir, 'graph.json')))
  throw new Error(
    `${graphDir}/graph.json: no graph; build one first (npm start, or relata build examples/corpus --out graph)`,
  );

const server = await startServer({ graphDir, port: 0 });
const profile = mkdtempSync(join(tmpdir(), 'relata-shots-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: CHROMIUM_ARGS,
  viewport: { width: 1440, height: 900 },
  locale: 'en-US',
});
const page = context.pages()[0] ?? (await context.newPage());

async function shoot(query: string, name: string, then?: (page: Page) => Promise<void>): Promise<void> {
  await page.goto(server.url + query);
  await page.waitForFunction(() => window.__relata?.state.settledMs != null);
  // the metrics arrive from their worker after the graph is drawn
  await page.waitForFunction(() => !document.querySelector('#legend .pending'));
  await then?.(page);
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`viewer/docs/${name}.png`);
}

try {
  await shoot('?color=community&size=pagerank&node=country%3Agermany', 'workbench');
  await shoot('?color=community&size=pagerank&table=entities&tableSort=pagerank&tableDir=desc', 'table', async (p) => {
    await p.waitForFunction(() => document.querySelectorAll('#table tbody tr').length > 0);
  });
  await shoot(
    '?node=country%3Aukraine&stage=ego%3A1%3Acountry%3Aukraine&color=type&size=betweenness',
    'ego-network',
    async (p) => {
      await p.locator('.layout-panel summary').click();
      await p.locator('#stages').evaluate((el) => el.scrollIntoView());
    },
  );
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  await server.close();
}
