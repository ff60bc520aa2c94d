/**
 * A big graph in the viewer (more than BIG_GRAPH_EDGES relations, logic/display.ts): the nodes
 * are drawn a frame before the edges, every edge is straight, and edges and labels are hidden
 * while the camera moves. The graph is the benchmark's synthetic one
 * (viewer/bench/synthetic-graph.ts), served by the real server.
 */

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../viewer/bench/synthetic-graph.ts';
import { BIG_GRAPH_EDGES } from '../../viewer/src/logic/display.ts';
import { colouredPixels, startViewer, stopViewer, waitForFirstRender, type Browser, type Server } from './browser.ts';

const data = syntheticGraph(2_000, BIG_GRAPH_EDGES + 1);

describe('a big graph in Chromium', () => {
  let graphDir: string;
  let server: Server;
  let chromium: Browser;

  beforeAll(async () => {
    graphDir = mkdtempSync(join(tmpdir(), 'relata-big-graph-'));
    writeFileSync(join(graphDir, 'graph.json'), JSON.stringify(data));
    ({ server, chromium } = await startViewer(graphDir));
  });

  afterAll(async () => {
    await stopViewer(chromium, server);
    if (graphDir) rmSync(graphDir, { recursive: true, force: true });
  });

  it('draws the nodes first, then every edge straight, and nothing but nodes while the camera moves', async () => {
    const { page } = chromium;
    // Before the viewer's scripts: how many edges sigma shows when the viewer sets its hook, right after its first draw.
    await page.addInitScript(() => {
      let hook: Window['__relata'];
      Object.defineProperty(window, '__relata', {
        configurable: true,
        get: () => hook,
        set: (value: NonNullable<Window['__relata']>) => {
          hook = value;
          const shown = value.graph.filterEdges((edge) => !value.sigma.getEdgeDisplayData(edge)!.hidden).length;
          (window as unknown as { shownAtFirstDraw?: number }).shownAtFirstDraw ??= shown;
        },
      });
    });
    await page.goto(server.url);
    await waitForFirstRender(page, 120_000);

    const drawn = await page.evaluate(() => {
      const { sigma, graph, state } = window.__relata!;
      const edges = graph.edges().map((edge) => ({ edge, ...sigma.getEdgeDisplayData(edge)! }));
      return {
        shownAtFirstDraw: (window as unknown as { shownAtFirstDraw: number }).shownAtFirstDraw,
        visible: state.visibility.edges.size,
        shownAsVisible: edges.every(({ edge, hidden }) => hidden === !state.visibility.edges.has(edge)),
        types: [...new Set(edges.map((e) => e.type))],
        moving: [sigma.getSetting('hideEdgesOnMove'), sigma.getSetting('hideLabelsOnMove')],
      };
    });
    expect(drawn.shownAtFirstDraw).toBe(0);
    expect(drawn.visible).toBeGreaterThan(BIG_GRAPH_EDGES / 2);
    expect(drawn.shownAsVisible).toBe(true);
    // The synthetic graph has parallel edges, which a smaller graph would curve apart.
    const pairs = new Set(data.edges.map((e) => [e.source, e.target].sort().join(' ')));
    expect(pairs.size).toBeLessThan(data.edges.length);
    expect(drawn.types).toEqual(['arrow']);
    expect(drawn.moving).toEqual([true, true]);
    expect(await colouredPixels(page)).toBeGreaterThan(2000);
  });
});
