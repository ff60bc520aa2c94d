/**
 * Documents given as JSON objects (`text`, optional `id`, `title`, `date`, `url`, `author`): a JSON
 * array, one object, or one object per line (JSON Lines). A bad row is a warning; the
 * other rows go on. A JSON Feed (feeds.ts) is a collection of items, not a record. Pure.
 */
import type { Warning } from '../errors.ts';
import { isJsonFeed, jsonFeedRecords } from './feeds.ts';
import { inputError, toWarning } from './problems.ts';

export interface JsonRecord {
  id: string;
  text: string;
  /** How `text` is read: plain text (the default) or HTML (a feed item's). */
  format?: 'txt' | 'html';
  title?: string;
  author?: string;
  date?: string;
  url?: string;
}

const optionalString = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

/**
 * `fileId` prefixes default ids (`<fileId>:<n>`, n the line, or the item for an array);
 * `file` names the file in warnings.
 */
export function parseRecords(
  content: string,
  fileId: string,
  file: string,
): { records: JsonRecord[]; warnings: Warning[] } {
  const records: JsonRecord[] = [];
  const warnings: Warning[] = [];
  const fail = (problem: string, where?: string) => {
    warnings.push(toWarning(inputError('E_INPUT_FORMAT', file, problem, where)));
  };

  const add = (value: unknown, n: number, where: string) => {
    const row =
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? (value as { [key: string]: unknown })
        : undefined;
    if (typeof row?.text !== 'string') {
      fail('no "text" field', where);
      return;
    }
    const id = typeof row.id === 'string' || typeof row.id === 'number' ? String(row.id) : `${fileId}:${n}`;
    const record: JsonRecord = { id, text: row.text };
    for (const key of ['title', 'date', 'url', 'author'] as const) {
      const field = optionalString(row[key]);
      if (field) record[key] = field;
    }
    records.push(record);
  };

  const whole = wholeJson(content);
  if (isJsonFeed(whole)) return jsonFeedRecords(whole, fileId, file);
  if (Array.isArray(whole)) whole.forEach((item, i) => add(item, i + 1, `item ${i + 1}`));
  else if (whole !== undefined) add(whole, 1, 'line 1');
  else if (content.trimStart().startsWith('[')) fail('invalid JSON array');
  else {
    content.split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      try {
        add(JSON.parse(line), i + 1, `line ${i + 1}`);
      } catch {
        fail('invalid JSON', `line ${i + 1}`);
      }
    });
  }
  return { records, warnings };
}

/** The file parsed as one JSON value, or undefined when it is not one (e.g. JSON Lines). */
function wholeJson(content: string): unknown {
  try {
    return JSON.parse(content);
  } catch {
    return undefined;
  }
}
