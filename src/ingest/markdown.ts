/**
 * Markdown reduced to plain text: one line per block (heading, paragraph, list item),
 * blocks separated by a blank line; inline syntax (emphasis, code, links, images) reduced
 * to its text. The first `# Heading` is the title; YAML front matter may give title, date, url. Pure.
 */
import { normalizeDate } from './dates.ts';
import type { Extracted } from './document.ts';
import { decodeEntities } from './html.ts';

const FRONT_MATTER = /^---\n([\s\S]*?)\n(?:---|\.\.\.)(?:\n|$)/;
const HEADING = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;
const RULE = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const FENCE = /^ {0,3}(```|~~~)/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S/;

function inline(text: string): string {
  return decodeEntities(
    text
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])/g, '$1')
      .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
      .replace(/<\/?[a-zA-Z][^>]*>/g, '')
      .replace(/`([^`]+)`/g, '$1')
      .replace(/(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1/g, '$2')
      .replace(
        /(?<![\p{L}\d*])\*(?=\S)(.+?)(?<=\S)\*(?![\p{L}\d*])|(?<![\p{L}\d_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\d_])/gu,
        '$1$2',
      )
      .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1'),
  );
}

/** Front matter `key: value` pairs (title, date, url). */
function frontMatter(yaml: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const m of yaml.matchAll(/^(title|date|url):\s*["']?(.*?)["']?\s*$/gm)) fields[m[1]!] = m[2]!;
  return fields;
}

export function extractMarkdown(markdown: string): Extracted {
  const front = FRONT_MATTER.exec(markdown);
  const fields = front ? frontMatter(front[1]!) : {};
  const blocks: string[] = [];
  let paragraph: string[] = [];
  let title = fields.title;
  let inCode = false;
  const endParagraph = () => {
    if (paragraph.length) blocks.push(inline(paragraph.join(' ')));
    paragraph = [];
  };

  for (const line of markdown.slice(front?.[0].length ?? 0).split('\n')) {
    if (FENCE.test(line)) {
      endParagraph();
      inCode = !inCode;
    } else if (inCode) {
      if (line.trim()) blocks.push(line.trim());
    } else {
      const text = line.replace(/^\s*(?:>\s?)+/, '');
      const heading = HEADING.exec(text);
      if (heading || !text.trim() || RULE.test(text) || LINK_DEFINITION.test(text)) {
        endParagraph();
        if (heading) blocks.push(inline(heading[2]!));
        if (heading?.[1] === '#') title ??= inline(heading[2]!);
      } else {
        if (LIST_ITEM.test(text)) endParagraph(); // each item is a block of its own
        paragraph.push(text.replace(LIST_ITEM, '').trim());
      }
    }
  }
  endParagraph();
  return { text: blocks.filter(Boolean).join('\n\n'), title, date: normalizeDate(fields.date), url: fields.url };
}
