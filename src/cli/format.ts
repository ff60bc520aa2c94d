/** Output formatting shared by the commands: warnings, tables, CSV/TSV. */
import type { Warning } from '../errors.ts';
import type { OutputFormat } from './args.ts';
import type { Io } from './command.ts';
import { csvField as spreadsheetField } from '../export/csv.ts';

/** A message for stderr: one prefix, `relata: `, whichever part of the library it comes from. */
export const cliMessage = (message: string): string => `relata: ${message.replace(/^relata\/[\w-]+: /, '')}`;

export const formatWarning = (w: Warning): string => cliMessage(w.message);

/** A CSV field as the spreadsheet CSV export writes it (export/csv.ts: formula cells neutralised); a TSV field on one line. */
export function csvField(value: unknown, separator = ','): string {
  if (separator === '\t') return (value === undefined || value === null ? '' : String(value)).replace(/[\t\r\n]+/g, ' ');
  return spreadsheetField(value, true);
}

export function delimited(rows: Record<string, unknown>[], columns: string[], separator: ',' | '\t'): string {
  const lines = [columns.join(separator), ...rows.map((r) => columns.map((c) => csvField(r[c], separator)).join(separator))];
  return `${lines.join('\r\n')}\r\n`.replace(/\r\n/g, separator === '\t' ? '\n' : '\r\n');
}

/** An aligned text table for terminals. */
export function table(rows: Record<string, unknown>[], columns: string[]): string {
  const cells = [columns, ...rows.map((r) => columns.map((c) => String(r[c] ?? '')))];
  const widths = columns.map((_, i) => Math.min(48, Math.max(...cells.map((row) => row[i].length))));
  const fit = (s: string, w: number) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  return `${cells.map((row) => row.map((c, i) => fit(c, widths[i])).join('  ').trimEnd()).join('\n')}\n`;
}

/** Records in one of the `--format`s: an aligned table (the terminal's default), JSON, JSON Lines, CSV or TSV. */
export function printRows(io: Io, format: OutputFormat | undefined, rows: object[], columns: string[], empty: string): void {
  const chosen = format ?? (io.interactive ? 'table' : 'jsonl');
  const records = rows as Record<string, unknown>[];
  if (chosen === 'jsonl') io.stdout(records.map((r) => `${JSON.stringify(r)}\n`).join(''));
  else if (chosen === 'json') io.stdout(`${JSON.stringify(records, null, 2)}\n`);
  else if (chosen === 'csv' || chosen === 'tsv') io.stdout(delimited(records, columns, chosen === 'csv' ? ',' : '\t'));
  else io.stdout(records.length ? table(records, columns) : `${empty}\n`);
}
