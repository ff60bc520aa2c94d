/**
 * How soon the viewer shows a big graph, against sigma alone, not a test:
 * `npx tsx viewer/bench/first-render.ts`. It writes a synthetic graph.json (synthetic-graph.ts;
 * 20,000 nodes and 100,000 edges unless BENCH_NODES / BENCH_EDGES say otherwise) to a
 * temporary folder and opens it BENCH_RUNS times (default 3) in Chromium, in turns:
 *   - the viewer, served by the real server (src/server);
 *   - a plain sigma page (plain-sigma/: graphology + sigma with their defaults, bundled here
 *     with vite and served by a small static server, in a box the size of the viewer's).
 * Both pages set `window.__relata = { sigma, graph, state }` once sigma has drawn; the figures,
 * in seconds from navigation start, medians of the runs:
 *   sigma ready   sigma constructed (fetch, parse, prepare, index, first draw)
 *   first pixels  the first time sigma's WebGL canvases hold a drawn pixel: looked at in the
 *                 frame after the page set the hook, then every 100 ms (instrument(), below)
 *   edges drawn   (viewer) the frame with the edges was shown, `state.settledMs`
 * and ends with `viewer first pixels X s, plain sigma Y s (ratio R×, goal ≤ 1.2×)`.
 * BENCH_VIEWER_DIR measures another build of the viewer (default viewer/dist), e.g. an older one.
 * Needs /usr/bin/chromium (fails without it) and viewer/dist (built if missing).
 */

import { createReadStream, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';
import { build } from 'vite';
import { startServer } from '../../src/server/index.ts';
import { CHROMIUM, CHROMIUM_ARGS, prepareBrowserTest } from '../../tests/e2e/browser.ts';
import { syntheticGraph } from './synthetic-graph.ts';

const positive = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
};
const NODES = positive('BENCH_NODES', 20_000);
const EDGES = positive('BENCH_EDGES', 100_000);
const RUNS = positive('BENCH_RUNS', 3);
const TIMEOUT_MS = 600_000;
const PLAIN_PAGE = fileURLToPath(new URL('./plain-sigma/', import.meta.url));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** The plain sigma page, bundled into `outDir` and served with `graphFile` as graph.json (streamed, like the real server). */
async function servePlainPage(outDir: string, graphFile: string): Promise<{ url: string; server: Server }> {
  await build({
    configFile: false,
    root: PLAIN_PAGE,
    base: './',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  const server = createServer((req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'http://localhost').pathname).replace(/^\/+/, '') || 'index.html';
    const file = path === 'graph.json' ? graphFile : join(outDir, path);
    if (path.startsWith('..') || !existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
      'Cache-Control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('bench: no port for the plain sigma page');
  return { url: `http://127.0.0.1:${address.port}/`, server };
}

/** What instrument() adds to the page. */
interface Probe {
  /** ms since navigation start when sigma's WebGL canvases first held a drawn pixel, or null (looks again). */
  __firstPixels(): number | null;
}

/**
 * Runs in the page before its scripts, the same for both pages. WebGL contexts keep their
 * drawing buffer, so that a copy of a canvas shows what was drawn last (sigma's do not, and a
 * copy taken once the frame was shown is blank; it costs a buffer copy per frame). The canvases
 * are looked at in the first animation frame after the page sets `window.__relata` (right after
 * drawing: so once the task that drew is over and its frame can be shown), then whenever asked:
 * copied into a 2D canvas, which waits for the software rasteriser to finish, and any alpha
 * counts, since they are transparent until drawn.
 */
function instrument(): void {
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, options?: object) {
    return getContext.call(
      this,
      type,
      type.startsWith('webgl') ? { ...options, preserveDrawingBuffer: true } : options,
    );
  } as typeof getContext;
  let hook: Window['__relata'];
  let firstPixelsMs: number | null = null;
  const drawn = () => {
    const canvases = hook?.sigma.getCanvases();
    for (const canvas of canvases ? [canvases.edges, canvases.nodes] : []) {
      if (!canvas?.width || !canvas.height) continue;
      const copy = document.createElement('canvas');
      copy.width = canvas.width;
      copy.height = canvas.height;
      const context = copy.getContext('2d', { willReadFrequently: true })!;
      context.drawImage(canvas, 0, 0);
      const pixels = new Uint32Array(context.getImageData(0, 0, copy.width, copy.height).data.buffer);
      // Little-endian RGBA: alpha is the top byte.
      for (let i = 0; i < pixels.length; i++) if (pixels[i] >>> 24 !== 0) return true;
    }
    return false;
  };
  const look = () => {
    if (firstPixelsMs === null && drawn()) firstPixelsMs = performance.now();
    return firstPixelsMs;
  };
  Object.defineProperty(window, '__relata', {
    configurable: true,
    get: () => hook,
    set: (value: Window['__relata']) => {
      hook = value;
      requestAnimationFrame(look);
    },
  });
  (window as unknown as Probe).__firstPixels = look;
}

interface Run {
  sigmaReadyMs: number;
  firstPixelsMs: number;
  edgesDrawnMs?: number;
}

async function measure(context: BrowserContext, url: string, viewer: boolean): Promise<Run> {
  const page = await context.newPage();
  try {
    // tsx (esbuild) names the inner functions with a `__name` helper that the page lacks.
    await page.addInitScript({ content: `var __name = (f) => f; (${instrument})();` });
    await page.goto(url);
    const firstPixels = await page.waitForFunction(() => (window as unknown as Probe).__firstPixels(), undefined, {
      polling: 100,
      timeout: TIMEOUT_MS,
    });
    const firstPixelsMs = (await firstPixels.jsonValue()) as number;
    const sigmaReadyMs = await page.evaluate(() => window.__relata!.state.firstRenderMs!);
    if (!viewer) return { sigmaReadyMs, firstPixelsMs };
    await page.waitForFunction(() => window.__relata?.state.settledMs != null, undefined, { timeout: TIMEOUT_MS });
    return { sigmaReadyMs, firstPixelsMs, edgesDrawnMs: await page.evaluate(() => window.__relata!.state.settledMs!) };
  } finally {
    await page.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** `name X s (runs: a, b, c)` for one figure. */
function figure(runs: Run[], key: keyof Run, name: string): string {
  const values = runs.map((run) => run[key]!);
  return `${name} ${seconds(median(values))} s (runs: ${values.map(seconds).join(', ')})`;
}

async function main(): Promise<void> {
  prepareBrowserTest();
  const graphDir = mkdtempSync(join(tmpdir(), 'relata-bench-graph-'));
  const plainDir = mkdtempSync(join(tmpdir(), 'relata-bench-plain-'));
  const profile = mkdtempSync(join(tmpdir(), 'relata-bench-chromium-'));
  const graphFile = join(graphDir, 'graph.json');
  writeFileSync(graphFile, JSON.stringify(syntheticGraph(NODES, EDGES)));
  const server = await startServer({ graphDir, port: 0, viewerDir: process.env.BENCH_VIEWER_DIR });
  const plain = await servePlainPage(plainDir, graphFile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 860 },
  });
  try {
    const viewerRuns: Run[] = [];
    const plainRuns: Run[] = [];
    // In turns, so that a change in the machine's load weighs on both pages alike.
    for (let run = 0; run < RUNS; run++) {
      viewerRuns.push(await measure(context, server.url, true));
      plainRuns.push(await measure(context, plain.url, false));
    }
    const [viewer, sigma] = [
      median(viewerRuns.map((r) => r.firstPixelsMs)),
      median(plainRuns.map((r) => r.firstPixelsMs)),
    ];
    console.log(
      `graph: ${NODES} nodes, ${EDGES} edges, graph.json ${(statSync(graphFile).size / 1e6).toFixed(1)} MB; medians of ${RUNS} runs, seconds from navigation start`,
    );
    console.log(
      `viewer:      ${figure(viewerRuns, 'sigmaReadyMs', 'sigma ready')}; ${figure(viewerRuns, 'firstPixelsMs', 'first pixels')}; ${figure(viewerRuns, 'edgesDrawnMs', 'edges drawn')}`,
    );
    console.log(
      `plain sigma: ${figure(plainRuns, 'sigmaReadyMs', 'sigma ready')}; ${figure(plainRuns, 'firstPixelsMs', 'first pixels')}`,
    );
    console.log(
      `viewer first pixels ${seconds(viewer)} s, plain sigma ${seconds(sigma)} s (ratio ${(viewer / sigma).toFixed(2)}×, goal ≤ 1.2×)`,
    );
  } finally {
    await context.close();
    await server.close();
    await new Promise((closed) => plain.server.close(closed));
    for (const dir of [graphDir, plainDir, profile]) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
