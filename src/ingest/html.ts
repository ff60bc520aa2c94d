/**
 * Main text of an HTML page, without a DOM: a tag scanner drops page furniture
 * (script, style, nav, header, footer, aside, form, noscript…), prefers `<article>`, then
 * `<main>`, turns block elements into line breaks and decodes entities. Pure.
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { normalizeDate } from './dates.ts';
import type { Extracted } from './document.ts';

const DROPPED = new Set([
  'script',
  'style',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'noscript',
  'template',
  'svg',
  'iframe',
]);
/** Elements whose content is raw text, never page text: skipped to their end tag without scanning. */
const RAW_TEXT = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'title']);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const BLOCK = new Set([
  'address',
  'article',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** Character references decoded by the WHATWG table (the `entities` package), soft hyphens dropped. */
export function decodeEntities(text: string): string {
  return decodeHTML(text).replaceAll('\u00ad', '');
}

function attribute(attributes: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attributes);
  return m ? decodeHTMLAttribute(m[1] ?? m[2] ?? m[3]!) : undefined; // one of the three matched
}

const TOKEN = /<!--[\s\S]*?-->|<![^>]*>|<\?[^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;

/** Where a piece of text stands: inside an `<article>`, a `<main>`, or elsewhere in the page. */
type Region = 'article' | 'main' | 'page';

export function extractHtml(html: string): Extracted {
  const chunks: { text: string; region: Region }[] = [];
  const dropped: string[] = [];
  const depth = { article: 0, main: 0 };
  let title: string | undefined;
  let h1: string | undefined;
  let inH1 = false;
  let date: string | undefined;
  let url: string | undefined;
  let position = 0;
  const token = new RegExp(TOKEN.source, 'g');

  const push = (text: string) => {
    if (inH1) h1 = (h1 ?? '') + text;
    if (dropped.length) return;
    chunks.push({ text, region: depth.article ? 'article' : depth.main ? 'main' : 'page' });
  };

  for (let m = token.exec(html); m; token.lastIndex = position, m = token.exec(html)) {
    push(decodeEntities(html.slice(position, m.index).replace(/\s+/g, ' ')));
    position = m.index + m[0].length;
    const [, closing, rawName, attributes] = m;
    if (!rawName || attributes === undefined) continue; // a comment or declaration (a tag has both)
    const name = rawName.toLowerCase();

    if (closing) {
      const open = dropped.lastIndexOf(name);
      if (open >= 0) dropped.length = open;
      if (name === 'article' || name === 'main') depth[name] = Math.max(0, depth[name] - 1);
      if (name === 'h1') inH1 = false;
    } else {
      if (name === 'meta') {
        const key = (
          attribute(attributes, 'property') ??
          attribute(attributes, 'name') ??
          attribute(attributes, 'itemprop')
        )?.toLowerCase();
        if (key === 'article:published_time' || key === 'datepublished')
          date ??= normalizeDate(attribute(attributes, 'content'));
        if (key === 'og:url') url ??= attribute(attributes, 'content');
      } else if (name === 'link' && attribute(attributes, 'rel')?.toLowerCase() === 'canonical') {
        url ??= attribute(attributes, 'href');
      } else if (name === 'time') {
        date ??= normalizeDate(attribute(attributes, 'datetime'));
      }
      if (RAW_TEXT.has(name) && !attributes.endsWith('/')) {
        const close = new RegExp(`</${name}\\s*>`, 'gi');
        close.lastIndex = position;
        const end = close.exec(html) ?? { index: html.length, 0: '' };
        if (name === 'title') title ??= decodeEntities(html.slice(position, end.index)).replace(/\s+/g, ' ').trim();
        position = end.index + end[0].length;
        continue;
      }
      if (DROPPED.has(name) && !VOID.has(name) && !attributes.endsWith('/')) dropped.push(name);
      if (name === 'article' || name === 'main') depth[name]++;
      if (name === 'h1' && h1 === undefined) inH1 = true;
    }
    if (BLOCK.has(name)) push('\n');
  }
  push(decodeEntities(html.slice(position).replace(/\s+/g, ' ')));

  const textOf = (region?: Region) =>
    chunks
      .filter((chunk) => !region || chunk.region === region || (region === 'main' && chunk.region === 'article'))
      .map((chunk) => chunk.text)
      .join('')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .join('\n\n');
  const text = textOf('article') || textOf('main') || textOf();
  return { text, title: title || h1?.replace(/\s+/g, ' ').trim() || undefined, date, url };
}
