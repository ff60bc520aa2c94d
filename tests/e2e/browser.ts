/**
 * Shared pieces of the browser tests: Debian's Chromium driven by playwright-core (sigma's
 * WebGL rendered in software by SwiftShader, flags from STACK.md), the viewer build, the real
 * server, and a check that the canvas drew something.
 */

import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startServer } from '../../src/server/index.ts';
import { countColoured, decodePng } from './png.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const OUTPUT = join(ROOT, 'test-output');
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export type Server = Awaited<ReturnType<typeof startServer>>;

/** Fails (never skips) when Chromium is missing; builds the viewer if viewer/dist is missing; makes test-output/. */
export function prepareBrowserTest(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`relata e2e: Chromium not found at ${CHROMIUM}; install it with \`apt-get install -y chromium\``);
  }
  if (!existsSync(join(ROOT, 'viewer/dist/index.html'))) execSync('npm run build:viewer', { cwd: ROOT, stdio: 'pipe' });
  mkdirSync(OUTPUT, { recursive: true });
}

/** The real server (src/server) on a free port, serving viewer/dist and `graphDir/graph.json`. */
export function serveGraph(graphDir: string): Promise<Server> {
  return startServer({ graphDir, port: 0 });
}

/** What a browser test file starts with: the graph folder served, and Chromium with its page (nothing opened yet). */
export async function startViewer(graphDir: string): Promise<{ server: Server; chromium: Browser; page: Page }> {
  prepareBrowserTest();
  const server = await serveGraph(graphDir);
  const chromium = await launchBrowser();
  return { server, chromium, page: chromium.page };
}

/** Closes what startViewer opened (either may be missing when the start failed). */
export async function stopViewer(chromium: Browser | undefined, server: Server | undefined): Promise<void> {
  await chromium?.close();
  await server?.close();
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Every dialog the page opened (dismissed), and every uncaught page error. */
  dialogs: string[];
  pageErrors: string[];
  close(): Promise<void>;
}

/** Chromium with a fresh profile, one page, dialogs dismissed and recorded, page errors recorded. */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'relata-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 860 },
    locale: 'en-US',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    context,
    page,
    dialogs,
    pageErrors,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until the viewer has drawn its whole graph (on a big graph the edges follow the nodes:
 * `settledMs`) and returns the time to first render, in ms since navigation.
 */
export async function waitForFirstRender(page: Page, timeout = 20_000): Promise<number> {
  await page.waitForFunction(() => window.__relata?.state.settledMs != null, undefined, { timeout });
  return page.evaluate(() => window.__relata!.state.firstRenderMs!);
}

/**
 * Waits until the metrics worker has answered: the panels are drawn again then, which would
 * replace a control a test is using. For tests that use the panels.
 */
export async function waitForMetrics(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(() => window.__relata?.state.metricsMs != null, undefined, { timeout });
}

/** Opens `url` and waits for the whole graph and the metrics, for tests that use the panels. */
export async function openViewer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForFirstRender(page);
  await waitForMetrics(page);
}

/** Clearly coloured pixels in a screenshot of the sigma container (#graph). */
export async function colouredPixels(page: Page): Promise<number> {
  return countColoured(decodePng(await page.locator('#graph').screenshot()));
}

/** Whether sigma currently hides an edge (reducer output, not graph data). */
export function edgeHidden(page: Page, edge: string): Promise<boolean> {
  return page.evaluate((e) => !!window.__relata!.sigma.getEdgeDisplayData(e)!.hidden, edge);
}

/** The selected node or edge key, or null. */
export function selectedId(page: Page): Promise<string | null> {
  return page.evaluate(() => window.__relata!.state.selection?.id ?? null);
}
