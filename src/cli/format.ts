/** Output formatting shared by the commands: warnings, tables, CSV/TSV. */
import type { Warning } from '../errors.ts';

export const formatWarning = (w: Warning): string => (w.message.startsWith('relata/') ? w.message : `relata/${w.module}: ${w.message}`);

/** RFC 4180 field: quoted when it holds the separator, a quote or a newline. */
export function csvField(value: unknown, separator = ','): string {
  const s = value === undefined || value === null ? '' : String(value);
  if (separator === '\t') return s.replace(/[\t\r\n]+/g, ' ');
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
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
