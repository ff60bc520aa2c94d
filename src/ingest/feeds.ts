/**
 * Feeds as collections of documents: RSS 2.0 (and 0.9x), RSS 1.0 (`rdf:RDF`), Atom and JSON
 * Feed (1 and 1.1). Each item becomes a record: its link as id (so a feed read again gives the
 * same ids to the items it had), its title, date and link as metadata, its HTML or plain text as
 * the text. XML is parsed by @xmldom/xmldom; elements are matched by namespace URI and local
 * name, never by prefix. A feed that is not well-formed is one warning; a bad item is a
 * warning and the other items go on. Pure.
 */
import { DOMParser, XMLSerializer, type Element, type Node } from '@xmldom/xmldom';
import type { Warning } from '../errors.ts';
import { extractHtml } from './html.ts';
import { inputError, toWarning } from './problems.ts';
import type { JsonRecord } from './records.ts';

const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  atom03: 'http://purl.org/atom/ns#',
  rss1: 'http://purl.org/rss/1.0/',
  rss090: 'http://my.netscape.com/rdf/simple/0.9/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
} as const;

/** RSS elements: without a namespace (0.9x, 2.0) or in RSS 1.0's (and 0.90's). */
const RSS: readonly (string | null)[] = [null, NS.rss1, NS.rss090];
/** Atom elements: in Atom 1.0's namespace, 0.3's, or (leniently) none. */
const ATOM: readonly (string | null)[] = [NS.atom, NS.atom03, null];

/** An item before ids are settled: `id` may be missing. */
type Candidate = Omit<JsonRecord, 'id'> & { id?: string };

type Fail = (problem: string, where?: string) => void;

const ELEMENT_NODE = 1;

function childElements(parent: Node, namespaces: readonly (string | null)[], localName: string): Element[] {
  const found: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    if (element.localName === localName && namespaces.includes(element.namespaceURI ?? null)) found.push(element);
  }
  return found;
}

const firstChild = (parent: Node, namespaces: readonly (string | null)[], localName: string): Element | undefined =>
  childElements(parent, namespaces, localName)[0];

/** An element's text, trimmed; undefined when absent or blank. */
const textOf = (element: Element | undefined): string | undefined => element?.textContent?.trim() || undefined;

/** One line: inner whitespace collapsed. */
const oneLine = (text: string | undefined): string | undefined => text?.replace(/\s+/g, ' ').trim() || undefined;

/** A feed's items (XML): RSS, RSS 1.0 or Atom by its root element. `fileId` prefixes default ids; `file` names the file in warnings. */
export function parseFeed(
  content: string,
  fileId: string,
  file: string,
): { records: JsonRecord[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const fail: Fail = (problem, where) => warnings.push(toWarning(inputError('E_INPUT_FORMAT', file, problem, where)));
  const errors: { message: string; line?: number }[] = [];
  const at = (line: number | undefined) => (line ? `line ${line}` : undefined);
  let root: Element | null;
  try {
    const parser = new DOMParser({
      onError: (level, message, context?: { locator?: { lineNumber?: number } }) => {
        if (level !== 'warning') errors.push({ message: message.split('\n')[0]!, line: context?.locator?.lineNumber });
      },
    });
    root = parser.parseFromString(content.replace(/^\uFEFF/, ''), 'text/xml').documentElement;
  } catch (error) {
    const last = errors.at(-1) ?? { message: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
    fail(`not well-formed XML (${last.message})`, at(last.line));
    return { records: [], warnings };
  }
  if (!root) {
    fail('not well-formed XML (missing root element)');
    return { records: [], warnings };
  }
  // a recoverable error (an undeclared entity such as &nbsp;): the items are read, once told
  const first = errors[0];
  if (first) fail(`XML errors, the first one: ${first.message}; read as far as possible`, at(first.line));

  let candidates: Candidate[];
  if (root.localName === 'rss' && !root.namespaceURI) {
    candidates = childElements(root, RSS, 'channel')
      .flatMap((channel) => childElements(channel, RSS, 'item'))
      .map(rssItem);
  } else if (root.localName === 'RDF' && root.namespaceURI === NS.rdf) {
    candidates = [NS.rss1, NS.rss090].flatMap((ns) => childElements(root, [ns], 'item')).map(rssItem);
  } else if (root.localName === 'feed' && ATOM.includes(root.namespaceURI ?? null)) {
    const ns = [root.namespaceURI ?? null];
    candidates = childElements(root, ns, 'entry').map((entry) => atomEntry(entry, ns));
  } else {
    fail(`not a feed (root element <${root.nodeName}>)`);
    return { records: [], warnings };
  }
  return { records: settleIds(candidates, fileId, fail), warnings };
}

const isWebAddress = (value: string | undefined): value is string => !!value && /^https?:\/\//i.test(value);

/** RSS 2.0 / 1.0 `<item>`: link, else guid, else `rdf:about`; `content:encoded`, else description (HTML). */
function rssItem(item: Element): Candidate {
  const link = textOf(firstChild(item, RSS, 'link'));
  const guidElement = firstChild(item, RSS, 'guid');
  const guid = textOf(guidElement);
  const about = item.getAttributeNS(NS.rdf, 'about')?.trim() || undefined;
  const permalink =
    guidElement?.getAttribute('isPermaLink')?.trim().toLowerCase() !== 'false' && isWebAddress(guid) ? guid : undefined;
  const url = link ?? permalink ?? (isWebAddress(about) ? about : undefined);
  const text = textOf(firstChild(item, [NS.content], 'encoded')) ?? textOf(firstChild(item, RSS, 'description'));
  return {
    id: link ?? guid ?? about,
    text: text ?? '',
    format: 'html',
    title: oneLine(textOf(firstChild(item, RSS, 'title'))),
    date: textOf(firstChild(item, RSS, 'pubDate')) ?? textOf(firstChild(item, [NS.dc], 'date')),
    url,
    author: oneLine(textOf(firstChild(item, [NS.dc], 'creator')) ?? textOf(firstChild(item, RSS, 'author'))),
  };
}

/** An Atom text construct (`type` text, html or xhtml; a media type for content): its text and format, or undefined when it has none we read. */
function atomText(element: Element | undefined): { text: string; format: 'txt' | 'html' } | undefined {
  if (!element || element.hasAttribute('src')) return undefined;
  const type = (element.getAttribute('type') ?? 'text').trim().toLowerCase();
  if (type === 'xhtml' || type === 'application/xhtml+xml') {
    const serializer = new XMLSerializer();
    let html = '';
    for (let node = element.firstChild; node; node = node.nextSibling) html += serializer.serializeToString(node);
    return html.trim() ? { text: html.trim(), format: 'html' } : undefined;
  }
  const text = element.textContent?.trim();
  if (!text) return undefined;
  if (type === 'html' || type === 'text/html') return { text, format: 'html' };
  if (type === 'text' || type.startsWith('text/')) return { text, format: 'txt' };
  return undefined; // another media type (base64 or XML data): not text
}

/** Atom `<entry>`: the alternate link, else the first, else `<id>`; content, else summary. */
function atomEntry(entry: Element, ns: readonly (string | null)[]): Candidate {
  const links = childElements(entry, ns, 'link')
    .map((link) => ({ rel: (link.getAttribute('rel') || 'alternate').trim(), href: link.getAttribute('href')?.trim() }))
    .filter((link): link is { rel: string; href: string } => !!link.href);
  const link = (links.find((l) => l.rel === 'alternate') ?? links[0])?.href;
  const body = atomText(firstChild(entry, ns, 'content')) ?? atomText(firstChild(entry, ns, 'summary'));
  const title = atomText(firstChild(entry, ns, 'title'));
  const authorOf = firstChild(entry, ns, 'author');
  return {
    id: link ?? textOf(firstChild(entry, ns, 'id')),
    text: body?.text ?? '',
    format: body?.format ?? 'txt',
    title: oneLine(title?.format === 'html' ? extractHtml(title.text).text : title?.text),
    date:
      textOf(firstChild(entry, ns, 'published')) ??
      textOf(firstChild(entry, ns, 'updated')) ??
      textOf(firstChild(entry, ns, 'issued')) ??
      textOf(firstChild(entry, ns, 'modified')),
    url: link,
    author: oneLine(textOf(authorOf && firstChild(authorOf, ns, 'name'))),
  };
}

/** JSON Feed (https://jsonfeed.org/version/1.1, and 1): `version` names the spec and `items` is an array. */
export function isJsonFeed(value: unknown): value is { version: string; items: unknown[] } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const feed = value as { version?: unknown; items?: unknown };
  return (
    typeof feed.version === 'string' &&
    feed.version.startsWith('https://jsonfeed.org/version/') &&
    Array.isArray(feed.items)
  );
}

const stringField = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

/** A JSON Feed's items: url, else id; content_html, else content_text, else summary. */
export function jsonFeedRecords(
  feed: { items: unknown[] },
  fileId: string,
  file: string,
): { records: JsonRecord[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const fail: Fail = (problem, where) => warnings.push(toWarning(inputError('E_INPUT_FORMAT', file, problem, where)));
  const candidates = feed.items.map((value, i): Candidate | undefined => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      fail('not a JSON Feed item (an object)', `item ${i + 1}`);
      return undefined;
    }
    const item = value as { [key: string]: unknown };
    const url = stringField(item.url);
    const id = url ?? stringField(item.id) ?? (typeof item.id === 'number' ? String(item.id) : undefined);
    const html = stringField(item.content_html);
    const text = html ?? stringField(item.content_text) ?? stringField(item.summary);
    // 1.1 lists `authors`; 1 had one `author`
    const authors = Array.isArray(item.authors) ? item.authors : [item.author];
    const author = stringField((authors[0] as { name?: unknown } | undefined)?.name);
    return {
      id,
      text: text ?? '',
      format: html ? 'html' : 'txt',
      title: oneLine(stringField(item.title)),
      date: stringField(item.date_published) ?? stringField(item.date_modified),
      url,
      author,
    };
  });
  return { records: settleIds(candidates, fileId, fail), warnings };
}

/**
 * The records of a feed's items, in order: an item without id gets `<fileId>:<n>` (n its
 * position, from 1) and a warning; a later item with an id already given is left out with a
 * warning. Absent fields are left out.
 */
function settleIds(candidates: readonly (Candidate | undefined)[], fileId: string, fail: Fail): JsonRecord[] {
  const records: JsonRecord[] = [];
  const seen = new Set<string>();
  candidates.forEach((candidate, i) => {
    if (!candidate) return;
    const where = `item ${i + 1}`;
    let id = candidate.id;
    if (!id) {
      id = `${fileId}:${i + 1}`;
      fail(`no link or id, read as "${id}"`, where);
    }
    if (seen.has(id)) {
      fail(`duplicate id "${id}", skipped`, where);
      return;
    }
    seen.add(id);
    const record: JsonRecord = { id, text: candidate.text };
    if (candidate.format) record.format = candidate.format;
    for (const key of ['title', 'date', 'url', 'author'] as const) if (candidate[key]) record[key] = candidate[key];
    records.push(record);
  });
  return records;
}
