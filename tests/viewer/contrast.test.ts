/**
 * WCAG 2 contrast of the viewer's text colours, read from viewer/src/style.css: every text
 * colour on every background it is drawn on, hover and highlight backgrounds included, meets
 * AA for normal text (4.5:1). The browser test (tests/e2e/a11y.e2e.test.ts) checks the
 * rendered page with axe-core; this one names each pair, including states it does not reach.
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const CSS = readFileSync(new URL('../../viewer/src/style.css', import.meta.url), 'utf8').replace(
  /\/\*[\s\S]*?\*\//g,
  '',
);

/** The value of `property` in the rule whose selector list is exactly `selector`, with `var(--x)` resolved. */
function declared(selector: string, property: string): string {
  for (const [, selectors, body] of CSS.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    if (selectors!.trim() !== selector) continue;
    const m = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`).exec(body!);
    if (m) return resolve(m[1]!.trim());
  }
  throw new Error(`style.css: no ${property} in "${selector}"`);
}

function resolve(value: string): string {
  const v = /^var\((--[\w-]+)\)$/.exec(value);
  return v ? declared(':root', v[1]!) : value;
}

const NAMED: Record<string, string> = { white: '#ffffff' };

function rgb(colour: string): [number, number, number] {
  const hex = (NAMED[colour] ?? colour).replace(/^#/, '');
  if (!/^[0-9a-f]{6}$/i.test(hex)) throw new Error(`not a #rrggbb colour: ${colour}`);
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG 2 relative luminance. */
function luminance(colour: string): number {
  const [r, g, b] = rgb(colour).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('contrast()', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#6b7785', '#f7f8fa', 4.29], // the colours the review measured
    ['#777777', '#ffffff', 4.48],
  ])('%s on %s is %d:1', (fg, bg, ratio) => {
    expect(contrast(fg, bg)).toBeCloseTo(ratio, 2);
  });
});

describe('text colours in style.css meet WCAG AA (4.5:1)', () => {
  const v = (name: string) => declared(':root', name);
  const bg = (selector: string) => declared(selector, 'background');

  // [text, foreground, background]
  const pairs: [string, string, string][] = [
    ['text on the page', v('--text'), v('--bg')],
    ['text on the side panels', v('--text'), v('--panel')],
    ['muted text (counts, labels, headings, status) on the panels', v('--muted'), v('--panel')],
    ['muted text on white (evidence meta, search results, status)', v('--muted'), v('--bg')],
    ['muted count on a hovered legend item', v('--muted'), bg('.legend-item:hover')],
    [
      'muted alias in the active search result',
      v('--muted'),
      bg('.search-results li.active, .search-results li:hover'),
    ],
    ['text in the active search result', v('--text'), bg('.search-results li.active, .search-results li:hover')],
    ['entity type chip', declared('.type', 'color'), bg('.type')],
    ['subject highlight in evidence', v('--text'), v('--subject')],
    ['object highlight in evidence', v('--text'), v('--object')],
    ['links and "+N more" on the panel', v('--accent'), v('--panel')],
    ['links on white', v('--accent'), v('--bg')],
    ['running Layout button', declared('.layout.running', 'color'), bg('.layout.running')],
    ['error status', declared('#status.error', 'color'), v('--bg')],
    ['asserted badge', declared('.badge', 'color'), bg('.badge')],
    ['reported badge', declared('.badge', 'color'), bg('.badge.reported')],
    ['hypothetical badge', declared('.badge', 'color'), bg('.badge.hypothetical')],
    ['negated badge', declared('.badge', 'color'), bg('.badge.negated')],
  ];

  it.each(pairs)('%s: %s on %s', (_, fg, back) => {
    expect(contrast(fg, back)).toBeGreaterThanOrEqual(4.5);
  });
});
