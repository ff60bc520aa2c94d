/**
 * Accessibility of the viewer in Chromium, checked with axe-core: no violation of the WCAG 2.x
 * A/AA rules (contrast 4.5:1, names of controls, target sizes, keyboard access to scrolling
 * regions, ARIA…) in the default view, with the search results open, with an entity and a
 * relation selected (details panel, evidence with the subject/object highlights and every
 * modality badge), with the table open, and with the workbench's legend, filter stages and
 * layout panel in use; and every control is reached with the Tab key. The results go to
 * test-output/a11y.json.
 *
 * axe-core is injected with `page.evaluate` (DevTools protocol, not subject to the page's
 * Content-Security-Policy): the real server sends `script-src 'self'`, which blocks an inline
 * `<script>` such as `page.addScriptTag({ content })` would add.
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  OUTPUT,
  startViewer,
  stopViewer,
  waitForFirstRender,
  waitForMetrics,
  type Browser,
  type Server,
} from './browser.ts';

const GRAPH_DIR = fileURLToPath(new URL('./fixtures/graph/', import.meta.url));
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const ALL_MODALITIES = 'modalities=asserted%2Creported%2Chypothetical%2Cnegated';

const CONTRAST: RunOptions = { runOnly: { type: 'rule', values: ['color-contrast'] } };
const WCAG_AA: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
};

declare global {
  interface Window {
    axe?: { run(context: Element | Document, options: RunOptions): Promise<AxeResults> };
  }
}

/** One line per failing element: rule, selector, axe's summary (which gives the ratio for contrast). */
function describeViolations(violations: Result[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ').trim()}`),
  );
}

async function runAxe(page: Page, options: RunOptions): Promise<AxeResults> {
  if (!(await page.evaluate(() => !!window.axe))) await page.evaluate(AXE_SOURCE);
  return page.evaluate((opts) => window.axe!.run(document, opts), options);
}

describe('viewer accessibility (axe-core)', () => {
  let server: Server;
  let chromium: Browser;
  let page: Page;
  /** Per view: the WCAG A/AA violations and the contrast checks axe could not decide. */
  const report: Record<string, { violations: string[]; contrastIncomplete: string[] }> = {};

  beforeAll(async () => {
    ({ server, chromium, page } = await startViewer(GRAPH_DIR));
  });

  afterAll(async () => {
    writeFileSync(join(OUTPUT, 'a11y.json'), JSON.stringify(report, null, 2) + '\n');
    await stopViewer(chromium, server);
  });

  /** Asserts no WCAG A/AA violation in the current view (contrast checked on enough text to mean something), and records the results. */
  async function check(view: string): Promise<void> {
    const contrast = await runAxe(page, CONTRAST);
    const wcag = await runAxe(page, WCAG_AA);
    report[view] = {
      violations: describeViolations(wcag.violations),
      contrastIncomplete: contrast.incomplete.flatMap((r) => r.nodes.map((n) => n.target.join(' '))),
    };
    // Something was checked: a rule that found no text at all would pass vacuously.
    expect(contrast.passes.find((r) => r.id === 'color-contrast')?.nodes.length ?? 0).toBeGreaterThan(20);
    expect(describeViolations(contrast.violations)).toEqual([]);
    expect(report[view].violations).toEqual([]);
  }

  const open = async (query = '') => {
    await page.goto(`${server.url}${query}`);
    await waitForFirstRender(page);
    await waitForMetrics(page);
  };

  it('default view', async () => {
    await open();
    await check('default');
  });

  it('default view in French', async () => {
    await open('?lang=fr');
    await check('default (fr)');
  });

  it('search results', async () => {
    await open();
    await page.locator('.search-input').fill('a');
    await page.locator('.search-results li').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await check('search results');
  });

  it('an entity selected: details panel with its evidence', async () => {
    await open(`?node=country%3Agermany&${ALL_MODALITIES}`);
    await page.locator('#details .evidence mark.subject').first().waitFor();
    expect(await page.locator('#details .evidence mark.object').count()).toBeGreaterThan(0);
    for (const modality of ['asserted', 'hypothetical', 'negated']) {
      expect(await page.locator(`#details .badge.${modality}`).count()).toBeGreaterThan(0);
    }
    await check('entity selected');
  });

  it('a relation selected: its evidence, attributed and reported', async () => {
    await open(`?edge=${encodeURIComponent('country:russia|attacks|country:ukraine')}&${ALL_MODALITIES}`);
    await page.locator('#details .badge.reported').first().waitFor();
    await check('relation selected');
  });

  it('the table open, a row focused', async () => {
    await open('?table=relations');
    await page.locator('#table tbody tr[tabindex="0"]').focus();
    await check('table');
  });

  it('colour by a metric with its legend, filter stages, the changes since a date and the layout panel open', async () => {
    await open(
      '?node=country%3Agermany&color=community&size=pagerank&stage=ego%3A2%3Acountry%3Agermany&stage=range%3A%3A%3Amentions&stage=kcore%3A1&changes=2024-09-01',
    );
    await page.locator('.layout-panel summary').click();
    expect(await page.locator('#legend .legend-colors li').count()).toBeGreaterThan(1);
    await check('workbench');
  });

  it('reaches every control with the Tab key', async () => {
    await open('?node=country%3Agermany&stage=component');
    await page.locator('.layout-panel summary').click();
    const reached = new Set<string>();
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      reached.add(
        await page.evaluate(() => {
          const el = document.activeElement!;
          return el.className || el.tagName.toLowerCase();
        }),
      );
    }
    for (const control of [
      'lang-switch',
      'open',
      'layout',
      'export-png',
      'color-mode',
      'size-mode',
      'table-toggle',
      'search-input',
      'min-docs',
      'date-to',
      'reset',
      'add-stage',
      'remove-stage',
      'summary',
    ]) {
      expect(reached, control).toContain(control);
    }
  });

  it('keeps the focus on a control used from the keyboard while the panels are drawn again', async () => {
    await open();
    const focused = () =>
      page.evaluate(
        () =>
          document.activeElement?.closest('[data-predicate]')?.getAttribute('data-predicate') ??
          document.activeElement?.className ??
          null,
      );
    await page.locator('[data-predicate="supplies"] input').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('predicates'))).not.toBeNull();
    expect(await focused()).toBe('supplies');
    await page.locator('.size-mode').focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => new URL(location.href).searchParams.get('size'))).not.toBeNull();
    expect(await focused()).toBe('size-mode');
  });
});
