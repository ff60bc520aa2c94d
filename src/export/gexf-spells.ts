/**
 * The spells of GEXF edges (gexf.ts): the days an edge's evidence documents are dated, as sorted
 * intervals, overlapping and consecutive ones merged (`2024-08` covers the month, `2024` the year).
 */
import { compareStrings, splitSentenceId, type EdgeAttributes } from '../graph/model.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** The day interval an ISO date (full or partial) covers, or undefined for anything else. */
export function dateSpan(date: string): [string, string] | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (d) return [date, date];
  if (mo) return [`${y}-${mo}-01`, `${y}-${mo}-${pad(new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate())}`];
  return [`${y}-01-01`, `${y}-12-31`];
}

/** The day after an ISO day (`2024-02-29` → `2024-03-01`). */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Sorted day intervals of an edge's evidence documents, overlapping or consecutive ones merged. */
export function edgeSpells(
  evidence: EdgeAttributes['evidence'],
  dates: Map<string, string | undefined>,
): [string, string][] {
  return mergedSpells(evidence, (doc) => dateSpan(dates.get(doc) ?? ''));
}

/** Sorted day intervals of the evidence documents, `spanOf` giving the interval of one document, merged. */
export function mergedSpells(
  evidence: EdgeAttributes['evidence'],
  spanOf: (doc: string) => [string, string] | undefined,
): [string, string][] {
  if (evidence.length === 1) {
    const span = spanOf(splitSentenceId(evidence[0]!.sentence)[0]);
    return span ? [[span[0], span[1]]] : [];
  }
  const spans: [string, string][] = [];
  let previous: string | undefined;
  for (const ev of evidence) {
    const doc = splitSentenceId(ev.sentence)[0];
    if (doc === previous) continue; // evidence comes sorted by document: one look-up per document
    previous = doc;
    const span = spanOf(doc);
    if (span) spans.push(span);
  }
  spans.sort((a, b) => compareStrings(a[0], b[0]) || compareStrings(a[1], b[1]));
  const merged: [string, string][] = [];
  for (const [start, end] of spans) {
    const last = merged.at(-1);
    // biome-ignore lint/complexity/useMathMinMax: ISO dates, compared as text
    if (last && (start <= last[1] || start === nextDay(last[1]))) last[1] = end > last[1] ? end : last[1];
    else merged.push([start, end]);
  }
  return merged;
}

/** One interval from the first day of merged spells (sorted, disjoint) to the last; none for none. */
export const envelope = (spells: [string, string][]): [string, string][] =>
  spells.length > 1 ? [[spells[0]![0], spells.at(-1)![1]]] : spells;
