/** Output formatting shared by the commands: warnings, tables, CSV/TSV. */
import type { Warning } from '../errors.ts';
import { csvField as spreadsheetField } from '../export/csv.ts';

export const formatWarning = (w: Warning): string => (w.message.startsWith('relata/') ? w.message : `relata/${w.module}: ${w.message}`);

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
