/**
 * From raw text to a `Doc`: format extraction, boilerplate removal, title, date, hash. Pure.
 */
import { textHash } from './readers.ts';
import type { Doc } from '../types.ts';
import { cleanBoilerplate, type BoilerplateContext } from './boilerplate.ts';
import { findDate, matchDate, normalizeDate } from './dates.ts';
import { extractHtml } from './html.ts';
import { extractMarkdown } from './markdown.ts';

export type DocFormat = 'txt' | 'md' | 'html';
export type DocMeta = Partial<Pick<Doc, 'title' | 'date' | 'url' | 'author' | 'path' | 'source'>>;

/** The text of a document before boilerplate removal, with what its markup said. */
export interface Extracted {
  text: string;
  title?: string;
  date?: string;
  url?: string;
}

/** Strips a leading BOM and turns CRLF (and lone CR) into LF, for the formats whose text is extracted (HTML, Markdown). */
function normalizeText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** A plain text file keeps its line ends (CRLF counts two characters), so its offsets are offsets into the file; only a BOM goes. */
export function extractText(raw: string, format: DocFormat): Extracted {
  if (format === 'txt') return { text: raw.replace(/^\uFEFF/, '') };
  const text = normalizeText(raw);
  return format === 'html' ? extractHtml(text) : extractMarkdown(text);
}

/**
 * The first non-empty line when it reads like a headline: short, not ending like a sentence.
 * A leading dateline (`date 2024-08 - Headline`) is left out.
 */
function titleFromText(text: string): string | undefined {
  const line = /[^\s][^\n]*/.exec(text)?.[0].trim();
  if (!line || line.length >= 200 || /[.!?;:…]$/.test(line)) return undefined;
  const date = matchDate(line);
  const rest = date && date.index <= 12 ? /^\s*[-–—|:]\s*(.+)$/.exec(line.slice(date.index + date.length)) : null;
  return rest ? rest[1] : line;
}

export function buildDoc(
  id: string,
  extracted: Extracted,
  format: DocFormat,
  meta: DocMeta = {},
  context?: BoilerplateContext,
): Doc {
  const cleaned = cleanBoilerplate(extracted.text, context);
  // txt keeps blanked lines so that offsets stay file offsets; md and html text is ours to compact.
  const text =
    format === 'txt'
      ? cleaned
      : cleaned
          .split('\n')
          .filter((line) => line.trim())
          .join('\n\n');
  const title = meta.title ?? extracted.title ?? titleFromText(text);
  const date = normalizeDate(meta.date) ?? extracted.date ?? findDate(text);
  const url = meta.url ?? extracted.url;
  return {
    id,
    text,
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    ...(url ? { url } : {}),
    ...(meta.author ? { author: meta.author } : {}),
    ...(meta.path ? { path: meta.path } : {}),
    ...(meta.source ? { source: meta.source } : {}),
    sha256: textHash(text),
  };
}

/** One document from its raw content (BOM and CRLF handled here). */
export function parseDocument(
  id: string,
  raw: string,
  format: DocFormat,
  meta: DocMeta = {},
  context?: BoilerplateContext,
): Doc {
  return buildDoc(id, extractText(raw, format), format, meta, context);
}
