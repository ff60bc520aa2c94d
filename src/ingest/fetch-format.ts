/**
 * The input format of a fetched body (fetch.ts): by its Content-Type, or sniffed from its first
 * bytes when the type is missing or generic; a type that is not text is refused.
 */
import { inputError } from './problems.ts';
import type { InputFormat } from './readers.ts';

const GENERIC = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/unknown', 'text/plain']);

/** What a body starting this way is: a feed, a page, JSON; undefined when it does not tell. */
function sniff(bytes: Uint8Array): InputFormat | undefined {
  const head = new TextDecoder()
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (/^<!doctype html|^<html[\s>]/.test(head)) return 'html';
  if (/^<\?xml|^<rss[\s>]|^<feed[\s>]|^<rdf:rdf[\s>]/.test(head)) return 'feed';
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  return undefined;
}

/** The input format of a body by its Content-Type, sniffed when that is missing or generic; a type that is not text is refused. */
export function formatOf(input: string, contentType: string | null, bytes: Uint8Array): InputFormat {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (GENERIC.has(type)) {
    const sniffed = sniff(bytes);
    // plain text that only starts like JSON (`[Reuters] …`) stays text
    if (sniffed === 'json' && type === 'text/plain' && !parses(bytes)) return 'txt';
    if (sniffed) return sniffed;
    if (type === '' || type === 'text/plain') return 'txt';
  } else if (type === 'text/html' || type === 'application/xhtml+xml') {
    return 'html';
  } else if (type === 'text/xml' || type === 'application/xml' || type.endsWith('+xml')) {
    return sniff(bytes) === 'html' ? 'html' : 'feed';
  } else if (type === 'application/json' || type === 'text/json' || type.endsWith('+json')) {
    return 'json';
  } else if (type === 'text/markdown' || type === 'text/x-markdown') {
    return 'md';
  }
  throw inputError(
    'E_INPUT_FORMAT',
    input,
    `content type "${type}" is not a text format (HTML, XML, RSS, Atom, JSON, plain text)`,
  );
}

function parses(bytes: Uint8Array): boolean {
  try {
    JSON.parse(new TextDecoder().decode(bytes));
    return true;
  } catch {
    return false;
  }
}
