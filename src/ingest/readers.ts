/**
 * The file system side of ingest (the only library code that reads files): which files an
 * input names, in sorted order, and their text. Problems are thrown as `RelataError`s
 * naming the file.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { DocFormat } from './document.ts';
import { inputError } from './problems.ts';

/** `json`: records, or a JSON Feed; `feed`: an RSS, RSS 1.0 or Atom feed (feeds.ts). */
export type InputFormat = DocFormat | 'json' | 'feed';

const FORMATS: { [extension: string]: InputFormat } = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'json',
  '.rss': 'feed',
  '.atom': 'feed',
  // an .xml file that is not a feed is a warning naming its root element
  '.xml': 'feed',
};

export interface InputFile {
  /** The path as the caller would write it: the input, or the input joined with the relative path. */
  path: string;
  /** For a folder input, the path relative to it with forward slashes; for a file input, its base name. */
  id: string;
  format: InputFormat;
  /** For a fetched URL (the `path`): the final URL, after redirects, which a page takes as its id and url. */
  url?: string;
  /** For a fetched URL: the charset its Content-Type named. */
  charset?: string;
}

const formatOf = (file: string): InputFormat | undefined => FORMATS[extname(file).toLowerCase()];

const reason = (error: unknown) => (error instanceof Error ? error.message.split(',')[0]! : String(error));

/** The files an input names: the file itself, or the folder's files with a known extension, recursively. */
export async function listFiles(input: string): Promise<InputFile[]> {
  const info = await stat(input).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'ENOENT'
      ? inputError('E_INPUT_NOT_FOUND', input, 'no such file or directory')
      : inputError('E_INPUT_UNREADABLE', input, reason(error));
  });
  if (info.isDirectory()) return walk(input, '');
  const format = formatOf(input);
  if (!format) throw inputError('E_INPUT_FORMAT', input, 'not a text format');
  return [{ path: input, id: basename(input), format }];
}

/** Sorted by name (code units, not locale), hidden entries and symlinked folders skipped, other extensions skipped silently. */
async function walk(root: string, relative: string): Promise<InputFile[]> {
  const entries = await readdir(join(root, relative), { withFileTypes: true }).catch((error) => {
    throw inputError('E_INPUT_UNREADABLE', join(root, relative), reason(error));
  });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: InputFile[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const id = relative ? `${relative}/${entry.name}` : entry.name;
    const format = formatOf(entry.name);
    if (entry.isDirectory()) files.push(...(await walk(root, id)));
    else if (format) files.push({ path: join(root, id), id, format });
  }
  return files;
}

/**
 * A file's size and modification time. Synchronous: a build asks for every input's, and ten
 * thousand asynchronous calls cost several times ten thousand quick ones in this thread.
 */
export function fileStat(file: string): { size: number; mtimeMs: number } {
  try {
    const { size, mtimeMs } = statSync(file);
    return { size, mtimeMs };
  } catch (error) {
    throw inputError('E_INPUT_UNREADABLE', file, reason(error));
  }
}

/** SHA-256 (hex) of a file's bytes: `Doc.source`. */
export const bytesHash = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** SHA-256 (hex) of a text, as `Doc.sha256` is of the cleaned one. */
export const textHash = (text: string): string => createHash('sha256').update(text).digest('hex');

export async function readBytes(file: string): Promise<Buffer> {
  return readFile(file).catch((error) => {
    throw inputError('E_INPUT_UNREADABLE', file, reason(error));
  });
}

/**
 * A file's text, line ends kept (the format's extraction handles them): UTF-16 LE or BE when
 * the bytes start with their byte-order mark, else UTF-8 (its BOM stripped). A file with NUL
 * bytes and no UTF-16 mark is binary, not text; bytes that are not UTF-8 become U+FFFD and are
 * reported in `invalid`. An `xml` file declaring another encoding (ISO-8859-1, windows-1252…)
 * is decoded from it, and so is a fetched body whose Content-Type names such a `charset`.
 * `file` names it in the error.
 */
export function decodeText(
  bytes: Uint8Array,
  file: string,
  xml = false,
  charset?: string,
): { text: string; invalid: boolean } {
  const declared = knownEncoding(charset) ?? (xml ? declaredEncoding(bytes) : undefined);
  if (declared) return { text: new TextDecoder(declared).decode(bytes), invalid: false };
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : undefined;
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), invalid: false };
  if (bytes.includes(0)) throw inputError('E_INPUT_FORMAT', file, 'binary file, not text');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), invalid: false };
  } catch {
    return { text: new TextDecoder().decode(bytes), invalid: true };
  }
}

/**
 * The single-byte or East Asian encoding an XML file declares (`<?xml version="1.0"
 * encoding="ISO-8859-1"?>`), when the decoder knows it; undefined for UTF-8 and UTF-16, which
 * `decodeText` finds by itself, or without a declaration. The prolog is ASCII in any of these
 * encodings, so it is read before the parser gets the text (XML 1.0, appendix F).
 */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const prolog = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  return knownEncoding(/^<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/.exec(prolog)?.[1]);
}

/** The decoder's name for an encoding label, unless UTF-8 or UTF-16 (`decodeText` finds these by itself) or unknown. */
function knownEncoding(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    const encoding = new TextDecoder(label).encoding;
    return encoding === 'utf-8' || encoding.startsWith('utf-16') ? undefined : encoding;
  } catch {
    return undefined; // a label the decoder does not know: read as UTF-8
  }
}
