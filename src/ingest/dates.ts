/**
 * Dates in French and English news text, reduced to ISO 8601 (`2024-08-28`, or `2024-08`
 * when only the month is known). Pure.
 */

/** Month names and their usual abbreviations, French and English, accents optional. */
const MONTHS: Record<string, number> = {
  janvier: 1,
  janv: 1,
  january: 1,
  jan: 1,
  février: 2,
  fevrier: 2,
  févr: 2,
  fevr: 2,
  fév: 2,
  fev: 2,
  february: 2,
  feb: 2,
  mars: 3,
  march: 3,
  mar: 3,
  avril: 4,
  avr: 4,
  april: 4,
  apr: 4,
  mai: 5,
  may: 5,
  juin: 6,
  june: 6,
  jun: 6,
  juillet: 7,
  juil: 7,
  july: 7,
  jul: 7,
  août: 8,
  aout: 8,
  august: 8,
  aug: 8,
  septembre: 9,
  september: 9,
  sept: 9,
  sep: 9,
  octobre: 10,
  october: 10,
  oct: 10,
  novembre: 11,
  november: 11,
  nov: 11,
  décembre: 12,
  decembre: 12,
  déc: 12,
  december: 12,
  dec: 12,
};

const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const START = '(?<![\\p{L}\\d])';
const END = '(?![\\p{L}\\d])';

type Parts = (m: RegExpExecArray) => [year: string, month: string | number, day?: string];

/** Each pattern with the way to read year, month and day from its groups (all of them match when it does). */
const PATTERNS: [RegExp, Parts][] = [
  [/(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?!\d)/gu, (m) => [m[1]!, m[2]!, m[3]!]], // 2024-04-19
  [/(?<![\d-])(\d{4})-(\d{2})(?![\d-])/gu, (m) => [m[1]!, m[2]!]], // 2024-08
  [
    new RegExp(`${START}(\\d{1,2})(?:er|st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})(?!\\d)`, 'giu'),
    (m) => [m[3]!, m[2]!, m[1]!],
  ], // 1er mars 2023
  [
    new RegExp(`${START}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'giu'),
    (m) => [m[3]!, m[1]!, m[2]!],
  ], // April 19, 2024
  // août 2024, unless a day stands before (an impossible `30 février 2024` is no month either)
  [new RegExp(`(?<!\\d(?:er|st|nd|rd|th)?\\s+)${START}${MONTH}\\s+(\\d{4})${END}`, 'giu'), (m) => [m[2]!, m[1]!]],
];

export interface DateMatch {
  iso: string;
  index: number;
  length: number;
}

/** The ISO form of year/month/day, or undefined for an impossible date (month 13, 31 February…). */
function toIso(year: string, month: string | number, day?: string): string | undefined {
  const y = Number(year);
  const m = typeof month === 'number' ? month : (MONTHS[month.toLowerCase()] ?? Number(month));
  if (y < 1900 || y > 2099 || !(m >= 1 && m <= 12)) return undefined;
  const ym = `${year}-${String(m).padStart(2, '0')}`;
  if (day === undefined) return ym;
  const d = Number(day);
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth ? `${ym}-${String(d).padStart(2, '0')}` : undefined;
}

/** The first valid date in the text (earliest position; the longest match on a tie). */
export function matchDate(text: string): DateMatch | undefined {
  let best: DateMatch | undefined;
  for (const [pattern, parts] of PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      if (best && m.index > best.index) break;
      const iso = toIso(...parts(m));
      if (iso && (!best || m.index < best.index || m[0].length > best.length)) {
        best = { iso, index: m.index, length: m[0].length };
        break;
      }
    }
  }
  return best;
}

/** The text's dateline or first date, as ISO 8601. */
export function findDate(text: string): string | undefined {
  return matchDate(text)?.iso;
}

/** A metadata date (`2024-08-28T10:00:00Z`, `Wed, 28 Aug 2024 10:00:00 GMT`) reduced to the date. */
export function normalizeDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^\s*(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(value);
  return iso ? toIso(iso[1]!, iso[2]!, iso[3]) : findDate(value);
}
