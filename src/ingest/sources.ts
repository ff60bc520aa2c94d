/**
 * The documents of a file's bytes, read by format (document.ts: text, Markdown, HTML; records.ts:
 * JSON; feeds.ts: RSS, Atom, JSON Feed). Loaded by ingest-read.ts once a file needs reading.
 */
import type { Warning } from '../errors.ts';
import { extractText } from './document.ts';
import { parseFeed } from './feeds.ts';
import type { Source } from './ingest-read.ts';
import { inputError, tooLarge, toWarning } from './problems.ts';
import { decodeText, type InputFile } from './readers.ts';
import { parseRecords } from './records.ts';

export { buildDoc, extractText } from './document.ts';

/** The documents of a file's bytes: one, or one per record or feed item (those over `max` left out with a warning). */
export function readSources(
  file: InputFile,
  bytes: Uint8Array,
  sha256: string,
  max: number,
): { sources: Source[]; warnings: Warning[] } {
  const { text: content, invalid } = decodeText(bytes, file.path, file.format === 'feed', file.charset);
  const encoding = invalid
    ? [toWarning(inputError('E_INPUT_FORMAT', file.path, 'bytes that are not UTF-8 were replaced by U+FFFD'))]
    : [];
  if (file.format !== 'json' && file.format !== 'feed') {
    // a fetched page: its final URL as id (file.id) and url, no path
    const where = file.url ? { url: file.url } : { path: file.path };
    const source = {
      id: file.id,
      file: file.path,
      format: file.format,
      extracted: extractText(content, file.format),
      meta: { ...where, ...(!invalid && { source: sha256 }) },
    };
    return { sources: [source], warnings: encoding };
  }
  // records and feed items: one document each, without the file's path and hash (a document is not the file)
  const { records: parsed, warnings: recordWarnings } = (file.format === 'feed' ? parseFeed : parseRecords)(
    content,
    file.id,
    file.path,
  );
  const warnings = [...encoding, ...recordWarnings];
  const what = file.format === 'feed' ? 'item' : 'record';
  const records = parsed.filter((record) => {
    const large = tooLarge(file.path, Buffer.byteLength(record.text), max, `${what} "${record.id}"`);
    if (large) warnings.push(toWarning(large));
    return !large;
  });
  const sources = records.map(({ id, text, format = 'txt', ...meta }) => ({
    id,
    file: file.path,
    format,
    extracted: extractText(text, format),
    meta,
  }));
  return { sources, warnings };
}
