/**
 * Sentence splitting with exact offsets: one pass over the characters, no NLP library.
 *
 * Every span satisfies `text.slice(start, end) === text.slice(start, end).trim() !== ''`;
 * spans are in order and never overlap. Boundaries:
 * - a whitespace run holding two or more line breaks (paragraph), or `GAP` or more
 *   spaces without a line break (blanked boilerplate, table columns);
 * - a single line break, unless the next line starts with a lowercase letter and the line
 *   before is at least `WRAPPED_LINE` characters long (hard-wrapped prose). So a headline, a
 *   dateline or a menu item without final punctuation is its own sentence;
 * - end punctuation (`.` `!` `?` `…` `...`, with any closing quotes or brackets after it:
 *   `."`, `?»`, `. »`, `… ».`) followed by whitespace and then an uppercase letter, a digit,
 *   an opening quote or bracket — or by the end of the text.
 * Not boundaries: end punctuation followed by a lowercase letter or other punctuation
 * (`« Nous devons agir. » a-t-il déclaré`, `"…", a déclaré X`, `etc. et`, `… puis`), or not
 * followed by whitespace (`4.5`, `U.S.`); a single `.` after an abbreviation of `ABBREVIATIONS`,
 * a single capital letter (`J. Smith`, `M. Stoltenberg`) or a dotted token (`U.S.`, `e.g.`,
 * `J.-C.`). Known misses: `Plan B. The…` and `…en 52 av. J.-C. Les…` stay one sentence.
 */
import type { Doc, Language, Sentence } from '../types.ts';
import { ABBREVIATIONS } from './abbreviations.ts';
import { detectLanguage, documentLanguage } from './language.ts';

/** A run of this many horizontal spaces (no line break) is a boundary. */
const GAP = 4;
/** A line at least this long that ends without end punctuation may continue on the next line. */
const WRAPPED_LINE = 40;

const CLOSERS = new Set(['»', '"', '”', '’', "'", ')', ']', '›']);
/** Closers that may follow the end punctuation after a space (French `. »`). */
const SPACED_CLOSERS = new Set(['»', '”', '›']);
const OPENERS = new Set(['«', '"', '“', '‘', '„', '‹', '(', '[']);

const UPPER = /^[\p{Lu}\p{Lt}]$/u;
const LOWER = /^\p{Ll}$/u;
const LETTER = /^\p{L}$/u;
const HAS_LETTER = /\p{L}/u;

/** Same set as `String.prototype.trim`. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
const isHorizontalSpace = (c: number) =>
  isSpace(c) && c !== 10 && c !== 13 && c !== 0x2028 && c !== 0x2029 && c !== 11 && c !== 12;
/** `.` `!` `?` `…` */
const isTerminal = (c: number) => c === 46 || c === 33 || c === 63 || c === 0x2026;

export function splitSentences(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const n = text.length;
  let start = -1; // first char of the open sentence, -1 when none is open
  let line = 0; // first non-space char of the current line
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      let j = i;
      let breaks = 0;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (!isSpace(d)) break;
        // \r\n counts once; \v and \f count as line breaks
        if (
          d === 10 ||
          d === 11 ||
          d === 12 ||
          d === 0x2028 ||
          d === 0x2029 ||
          (d === 13 && text.charCodeAt(j + 1) !== 10)
        )
          breaks++;
      }
      if (start >= 0) {
        const boundary =
          j === n || breaks >= 2 || (breaks === 0 ? j - i >= GAP : i - line < WRAPPED_LINE || !LOWER.test(text[j]!));
        if (boundary) {
          spans.push({ start, end: i });
          start = -1;
        }
      }
      if (breaks > 0) line = j;
      i = j;
      continue;
    }
    if (start < 0) start = i;
    if (isTerminal(c)) {
      const k = clusterEnd(text, i + 1);
      if (endsSentence(text, i, k)) {
        spans.push({ start, end: k });
        start = -1;
      }
      i = k;
      continue;
    }
    i++;
  }
  if (start >= 0) spans.push({ start, end: n });
  return spans;
}

/** End of the end-punctuation cluster that starts before `k`: more punctuation and closing quotes. */
function clusterEnd(text: string, k: number): number {
  const n = text.length;
  while (k < n) {
    const c = text.charCodeAt(k);
    if (isTerminal(c) || CLOSERS.has(text[k]!)) {
      k++;
    } else if (isHorizontalSpace(c)) {
      let m = k + 1;
      while (m < n && isHorizontalSpace(text.charCodeAt(m))) m++;
      if (m < n && SPACED_CLOSERS.has(text[m]!)) k = m + 1;
      else break;
    } else {
      break;
    }
  }
  return k;
}

/** Whether the punctuation cluster `text[p, k)` ends a sentence. */
function endsSentence(text: string, p: number, k: number): boolean {
  const n = text.length;
  if (k < n && !isSpace(text.charCodeAt(k))) return false; // 4.5, U.S., »,
  let m = k;
  while (m < n && isSpace(text.charCodeAt(m))) m++;
  if (m === n) return true;
  const next = text[m]!;
  const d = text.charCodeAt(m);
  if (!(UPPER.test(next) || (d >= 48 && d <= 57) || OPENERS.has(next))) return false;
  if (k === p + 1 && text[p] === '.') return !isAbbreviation(text, p);
  return true;
}

/** Whether the word before the `.` at `p` is an abbreviation, an initial or a dotted token. */
function isAbbreviation(text: string, p: number): boolean {
  let s = p;
  while (s > 0) {
    const ch = text[s - 1]!;
    if (ch === '.' || ch === '-' || LETTER.test(ch)) s--;
    else break;
  }
  const word = text.slice(s, p);
  if (word === '') return false;
  if (ABBREVIATIONS.has(word)) return true;
  if (word.length === 1) return UPPER.test(word);
  return word.includes('.') && HAS_LETTER.test(word);
}

/**
 * A document's sentences as offsets and languages; `slice` makes the `Sentence` objects when
 * they are read, so a book-length document's are never all held at once.
 */
class SentenceTable {
  readonly length: number;

  constructor(
    private readonly doc: Pick<Doc, 'id' | 'text'>,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly languages: Language[],
  ) {
    this.length = starts.length;
  }

  slice(from: number, to: number = this.length): Sentence[] {
    const { doc, starts, ends, languages } = this;
    const out: Sentence[] = [];
    for (let index = Math.max(0, from); index < Math.min(to, this.length); index++) {
      const start = starts[index]!;
      const end = ends[index]!;
      out.push({
        id: `${doc.id}#${index}`,
        doc: doc.id,
        index,
        start,
        end,
        text: doc.text.slice(start, end),
        language: languages[index]!,
      });
    }
    return out;
  }
}

/** The sentences of a document, each with its language; a sentence with too few words to tell takes the document's. */
export function sentenceTable(doc: Pick<Doc, 'id' | 'text'>): SentenceTable {
  const spans = splitSentences(doc.text);
  const starts = Int32Array.from(spans, (s) => s.start);
  const ends = Int32Array.from(spans, (s) => s.end);
  const detected = spans.map(({ start, end }) => detectLanguage(doc.text.slice(start, end)));
  const main = documentLanguage(detected);
  // (the document's language only decides sentences that read as no language on their own)
  const languages = detected.map((language, i) =>
    language === 'other' ? detectLanguage(doc.text.slice(starts[i], ends[i]), main) : language,
  );
  return new SentenceTable(doc, starts, ends, languages);
}

/** The sentences of a document, each with its language (`sentenceTable`, all made at once). */
export function sentencesOf(doc: Pick<Doc, 'id' | 'text'>): Sentence[] {
  return sentenceTable(doc).slice(0);
}
