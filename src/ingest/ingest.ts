/**
 * `ingest`: inputs (files, folders, `-` for standard input) → sorted, cleaned, deduplicated docs.
 * Reading is done first so that boilerplate removal can count lines across the corpus.
 */
import { RelataError, type Warning } from '../errors.ts';
import type { Doc } from '../types.ts';
import { corpusContext } from './boilerplate.ts';
import { buildDoc, extractText, type DocFormat, type DocMeta, type Extracted } from './document.ts';
import { inputError, toWarning } from './problems.ts';
import { bytesHash, fileSize, listFiles, readBytes, readText, type InputFile } from './readers.ts';
import { parseRecords } from './records.ts';

export interface IngestResult {
  /** Sorted by id. */
  docs: Doc[];
  warnings: Warning[];
  /** Documents whose cleaned text (sha256) equals that of an earlier doc (by id), left out of `docs`. */
  duplicates: { id: string; sameAs: string }[];
}

/** Larger documents (a file, or a JSON record's text) are refused with a warning: 16 MiB (a news article is under 1 MiB; a 50 MiB one builds in about 1.7 GB). */
export const MAX_DOCUMENT_BYTES = 16 * 2 ** 20;

export interface IngestOptions {
  /** Reads standard input, for the input `-`. */
  stdin?: () => Promise<string>;
  /** Default `MAX_DOCUMENT_BYTES`. */
  maxDocumentBytes?: number;
}

/** The error for a document of `bytes` over `max`, or undefined when it fits. */
function tooLarge(file: string, bytes: number, max: number, where?: string): RelataError | undefined {
  if (bytes <= max) return undefined;
  return inputError('E_INPUT_TOO_LARGE', file, `${(bytes / 2 ** 20).toFixed(1)} MiB, more than the maximum document size of ${(max / 2 ** 20).toFixed(1)} MiB (--max-document-size)`, where);
}

/** A document read but not yet cleaned; `file` names it in warnings. */
interface Source {
  id: string;
  file: string;
  format: DocFormat;
  extracted: Extracted;
  meta: DocMeta;
}

async function readSources(file: InputFile, max: number): Promise<{ sources: Source[]; warnings: Warning[] }> {
  // (a JSON file's records are measured one by one)
  const large = file.format === 'json' ? undefined : tooLarge(file.path, await fileSize(file.path), max);
  if (large) throw large;
  const { text: content, invalid, sha256 } = await readText(file.path);
  const encoding = invalid ? [toWarning(inputError('E_INPUT_FORMAT', file.path, 'bytes that are not UTF-8 were replaced by U+FFFD'))] : [];
  if (file.format !== 'json') {
    const source = { id: file.id, file: file.path, format: file.format, extracted: extractText(content, file.format), meta: { path: file.path, ...(!invalid && { source: sha256 }) } };
    return { sources: [source], warnings: encoding };
  }
  const { records: parsed, warnings: recordWarnings } = parseRecords(content, file.id, file.path);
  const warnings = [...encoding, ...recordWarnings];
  const records = parsed.filter((record) => {
    const large = tooLarge(file.path, Buffer.byteLength(record.text), max, `record "${record.id}"`);
    if (large) warnings.push(toWarning(large));
    return !large;
  });
  const sources = records.map(({ id, text, ...meta }) => ({ id, file: file.path, format: 'txt' as const, extracted: extractText(text, 'txt'), meta }));
  return { sources, warnings };
}

async function readStdin(options: IngestOptions): Promise<Source> {
  if (!options.stdin) throw inputError('E_INPUT_UNREADABLE', '-', 'no standard input reader given');
  const text = await options.stdin();
  const max = options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
  const large = tooLarge('-', Buffer.byteLength(text), max);
  if (large) throw large;
  return { id: 'stdin', file: '-', format: 'txt', extracted: extractText(text, 'txt'), meta: {} };
}

/**
 * How many files the inputs name when every one is a text file (txt, md, html) whose bytes the
 * store already holds under its id (`stored`: id → the stored document, whose `source` is compared); undefined as soon as one is
 * not (new, changed, unreadable, JSON, standard input). Files are hashed, never decoded or cleaned.
 */
export async function unchangedFiles(inputs: readonly string[], stored: ReadonlyMap<string, { source?: string }>): Promise<number | undefined> {
  let count = 0;
  for (const input of inputs) {
    if (input === '-') return undefined;
    const files = await listFiles(input).catch(() => undefined);
    if (!files) return undefined;
    for (const file of files) {
      const source = stored.get(file.id)?.source;
      if (file.format === 'json' || source === undefined) return undefined;
      const bytes = await readBytes(file.path).catch(() => undefined);
      if (!bytes || bytesHash(bytes) !== source) return undefined;
      count++;
    }
  }
  return count;
}

export async function ingest(inputs: string[], options: IngestOptions = {}): Promise<IngestResult> {
  const warnings: Warning[] = [];
  const sources = new Map<string, Source>();
  const collect = (found: Source[]) => {
    for (const source of found) {
      if (sources.has(source.id)) warnings.push(toWarning(inputError('E_INPUT_FORMAT', source.file, `duplicate id "${source.id}", skipped`)));
      else sources.set(source.id, source);
    }
  };
  const attempt = async (read: () => Promise<void>) => {
    try {
      await read();
    } catch (error) {
      if (!(error instanceof RelataError)) throw error;
      warnings.push(toWarning(error));
    }
  };

  for (const input of inputs) {
    await attempt(async () => {
      if (input === '-') return collect([await readStdin(options)]);
      for (const file of await listFiles(input)) {
        await attempt(async () => {
          const read = await readSources(file, options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES);
          warnings.push(...read.warnings);
          collect(read.sources);
        });
      }
    });
  }

  const ordered = [...sources.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  const context = corpusContext(ordered.map((source) => source.extracted.text));
  const docs: Doc[] = [];
  const duplicates: IngestResult['duplicates'] = [];
  const firstWithHash = new Map<string, string>();
  for (const source of ordered) {
    const doc = buildDoc(source.id, source.extracted, source.format, source.meta, context);
    const sameAs = firstWithHash.get(doc.sha256);
    if (!doc.text.trim()) warnings.push(toWarning(inputError('E_INPUT_FORMAT', source.file, `no text in "${doc.id}"`)));
    else if (sameAs) duplicates.push({ id: doc.id, sameAs });
    else {
      firstWithHash.set(doc.sha256, doc.id);
      docs.push(doc);
    }
  }
  return { docs, warnings, duplicates };
}
