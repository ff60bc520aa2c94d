/** Helpers shared by the export tests (a plain module, so importing it registers no tests). */
import { DOMParser } from '@xmldom/xmldom'; // graphology-gexf's own XML parser, strict here

export function xmlErrors(xml: string): string[] {
  const errors: string[] = [];
  try {
    new DOMParser({ onError: (level, msg) => errors.push(`${level}: ${msg}`) }).parseFromString(xml, 'text/xml');
  } catch (e) {
    errors.push(String(e)); // xmldom 0.9 stops at a fatal error by throwing
  }
  return errors;
}

export const parseXml = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml');

/**
 * A CSS colour's channels `[r, g, b, a]` (a from 0 to 1), for `#rgb`, `#rrggbb`, `#rrggbbaa`,
 * `rgb()` and `rgba()` with commas: what the exporters are given and what readers give back.
 */
export function channels(color: string): [number, number, number, number] {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(color)?.[1];
  if (hex) {
    const pairs = hex.length === 3 ? [...hex].map((c) => c + c) : hex.match(/../g)!;
    const [r, g, b, a = 'ff'] = pairs;
    return [parseInt(r, 16), parseInt(g, 16), parseInt(b, 16), Math.round((parseInt(a, 16) / 255) * 1000) / 1000];
  }
  const fn = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)$/.exec(color);
  if (!fn) throw new Error(`test helper: not a colour it reads: ${color}`);
  return [Number(fn[1]), Number(fn[2]), Number(fn[3]), fn[4] === undefined ? 1 : Number(fn[4])];
}
