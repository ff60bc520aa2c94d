/** Output formatting shared by the commands: tables, CSV/TSV (warnings: command.ts). */
import type { OutputFormat } from './args.ts';
import type { Io } from './command.ts';
import { csvTable } from '../export/csv.ts';

/** A TSV field: on one line, tabs and line breaks become spaces. */
const tsvField = (value: unknown): string =>
  (value === undefined || value === null
    ? ''
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value)
  ).replace(/[\t\r\n]+/g, ' ');

/** Records as CSV (the spreadsheet CSV of the export: formula cells neutralised) or TSV, header first. */
function delimited(rows: Record<string, unknown>[], columns: string[], separator: ',' | '\t'): string {
  if (separator === ',') return csvTable(columns, rows, true);
  return [columns, ...rows.map((r) => columns.map((c) => tsvField(r[c])))]
    .map((cells) => `${cells.join('\t')}\n`)
    .join('');
}

/** An aligned text table for terminals. */
export function table(rows: Record<string, unknown>[], columns: string[]): string {
  const cells = [columns, ...rows.map((r) => columns.map((c) => String(r[c] ?? '')))];
  const widths = columns.map((_, i) => Math.min(48, Math.max(...cells.map((row) => row[i]!.length))));
  const clip = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  return `${cells
    .map((row) =>
      row
        .map((c, i) => clip(c, widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n')}\n`;
}

/** The `--format` given, else a table on a terminal and JSON Lines otherwise. */
export const outputFormat = (io: Io, format: OutputFormat | undefined): OutputFormat =>
  format ?? (io.interactive ? 'table' : 'jsonl');

/** Records in one of the `--format`s: an aligned table (the terminal's default), JSON, JSON Lines, CSV or TSV. */
export function printRows(
  io: Io,
  format: OutputFormat | undefined,
  rows: object[],
  columns: string[],
  empty: string,
): void {
  const chosen = outputFormat(io, format);
  const records = rows as Record<string, unknown>[];
  if (chosen === 'jsonl') io.stdout(records.map((r) => `${JSON.stringify(r)}\n`).join(''));
  else if (chosen === 'json') io.stdout(`${JSON.stringify(records, null, 2)}\n`);
  else if (chosen === 'csv' || chosen === 'tsv') io.stdout(delimited(records, columns, chosen === 'csv' ? ',' : '\t'));
  else io.stdout(records.length ? table(records, columns) : `${empty}\n`);
}
