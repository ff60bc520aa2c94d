/**
 * Tokens with exact offsets. French elisions are split off (`l’Ukraine` → `l’` `Ukraine`),
 * English possessives too (`Germany’s` → `Germany` `’s`); hyphenated compounds stay whole
 * (`OTAN-Ukraine`, `F-16`, `a-t-il`), so do decimals (`43,3`).
 */
import { fold } from './fold.ts';
import { memo } from './memo.ts';

export interface Token {
  text: string;
  /** Folded form (see fold.ts); elisions end with `'`. */
  norm: string;
  /** Lowercase with accents kept and `’` as `'`: tells `a` (has) from `à` (to). */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
  /** First letter is uppercase. */
  cap: boolean;
}

/** Elided French words, folded; `aujourd'hui` is not one of them. */
const ELISIONS = new Set([
  "l'",
  "d'",
  "qu'",
  "n'",
  "s'",
  "j'",
  "m'",
  "t'",
  "c'",
  "jusqu'",
  "lorsqu'",
  "puisqu'",
  "quoiqu'",
]);

const UPPER = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
const ENDS_WITH_S = /s$/i;
const CURLY_APOSTROPHES = /’/g;

/**
 * Abbreviations that keep their full stop (`M.`, `Mr.`, `Gen.`, `Jr.`, and initials such as
 * `J.` in `Antony J. Blinken`, `U.` `S.`): the stop is part of the word, not the end of a clause.
 */
const ABBREVIATION =
  /^(\p{Lu}|M|MM|Mr|Mrs|Ms|Dr|Pr|Prof|Gen|Lt|Col|Capt|Maj|Sgt|Brig|Adm|Sen|Rep|Gov|Amb|Jr|Sr|St|Mgr|Me|Vol|No|Dept|Corp|Inc|Ltd|Co)$/u;

/**
 * The tokens that the pattern (flags `gu`)
 * `(\p{L}[\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*(?:[-‑][\p{L}\p{M}\p{N}]+)*)|(\p{N}+(?:[.,]\p{N}+)*(?:[-‑]\p{L}+)?)|(\.\.\.|\S)`
 * finds: a word, a number, or `...` or any other character but a space. The text is read in one
 * pass, each character's classes looked up in a table: the pattern's large Unicode classes took
 * twice as long.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    const code = text.codePointAt(i)!;
    const classes = classOf(code);
    if (classes & SPACE) {
      i += code > 0xffff ? 2 : 1;
      continue;
    }
    const at = i;
    if (classes & LETTER_CLASS) {
      // a word: letters, marks and digits, then `'` and letters or marks, then `-` and letters, marks or digits
      let j = skip(text, i, LETTER_CLASS | MARK | NUMBER);
      while (isApostrophe(text.charCodeAt(j)) && classAt(text, j + 1) & (LETTER_CLASS | MARK))
        j = skip(text, j + 1, LETTER_CLASS | MARK);
      while (isHyphen(text.charCodeAt(j)) && classAt(text, j + 1) & (LETTER_CLASS | MARK | NUMBER))
        j = skip(text, j + 1, LETTER_CLASS | MARK | NUMBER);
      const word = text.slice(i, j);
      if (text[j] === '.' && ABBREVIATION.test(word)) {
        push(tokens, `${word}.`, offset + i, 'word');
        j++;
      } else splitWord(word, offset + i, tokens);
      i = j;
    } else if (classes & NUMBER) {
      // a number: digits, then `.` or `,` and digits (`43,3`), then `-` and letters (`3-D`)
      let j = skip(text, i, NUMBER);
      while ((text.charCodeAt(j) === 0x2e || text.charCodeAt(j) === 0x2c) && classAt(text, j + 1) & NUMBER)
        j = skip(text, j + 1, NUMBER);
      if (isHyphen(text.charCodeAt(j)) && classAt(text, j + 1) & LETTER_CLASS) j = skip(text, j + 1, LETTER_CLASS);
      push(tokens, text.slice(i, j), offset + i, 'number');
      i = j;
    } else {
      const j = text.startsWith('...', i) ? i + 3 : i + (code > 0xffff ? 2 : 1);
      push(tokens, text.slice(i, j), offset + i, 'punct');
      i = j;
    }
    // `the Houthis’ attack`: an apostrophe after a plural is a possessive (read as `'s`; the text is kept)
    const last = tokens[tokens.length - 1]!;
    const before = tokens[tokens.length - 2];
    if (
      last.kind === 'punct' &&
      (last.text === "'" || last.text === '’') &&
      before &&
      before.end === last.start &&
      ENDS_WITH_S.test(before.text) &&
      !LETTER.test(text[at + 1] ?? '')
    )
      last.lower = "'s";
  }
  return tokens;
}

/** Character classes, as bits: `\p{L}`, `\p{M}`, `\p{N}`, `\s`; KNOWN marks a class already found. */
const LETTER_CLASS = 1;
const MARK = 2;
const NUMBER = 4;
const SPACE = 8;
const KNOWN = 16;
const IS_LETTER = /^\p{L}$/u;
const IS_MARK = /^\p{M}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_SPACE = /^\s$/u;

/** The classes of the Basic Multilingual Plane's characters, each found once, when first met. */
const CLASSES = new Uint8Array(0x10000);

function classify(character: string): number {
  return (
    KNOWN |
    (IS_LETTER.test(character) ? LETTER_CLASS : 0) |
    (IS_MARK.test(character) ? MARK : 0) |
    (IS_NUMBER.test(character) ? NUMBER : 0) |
    (IS_SPACE.test(character) ? SPACE : 0)
  );
}

function classOf(code: number): number {
  if (code > 0xffff) return classify(String.fromCodePoint(code));
  let found = CLASSES[code]!;
  if (found === 0) CLASSES[code] = found = classify(String.fromCharCode(code));
  return found;
}

/** The classes of the character at `i` (a surrogate pair is one character), none past the end. */
const classAt = (text: string, i: number) => (i < text.length ? classOf(text.codePointAt(i)!) : 0);

/** Where the run of characters of the classes `mask` from `i` ends. */
function skip(text: string, i: number, mask: number): number {
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    if (!(classOf(code) & mask)) break;
    i += code > 0xffff ? 2 : 1;
  }
  return i;
}

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;
const isHyphen = (c: number) => c === 0x2d || c === 0x2011;

/** What a token's text alone decides: its folded and lowercase forms, its capital. */
interface Form {
  norm: string;
  lower: string;
  cap: boolean;
}

/** The forms of a text, remembered (the same few thousand words again and again). */
const formOf = memo(
  (text: string): Form => ({
    norm: fold(text),
    lower: text.toLowerCase().replace(CURLY_APOSTROPHES, "'"),
    cap: UPPER.test(text),
  }),
);

function push(tokens: Token[], text: string, start: number, kind: Token['kind']): void {
  const { norm, lower, cap } = formOf(text);
  tokens.push({ text, norm, lower, start, end: start + text.length, kind, cap });
}

/** The first apostrophe (`'` or `’`) in a word, or -1. */
function quoteIn(word: string): number {
  const straight = word.indexOf("'");
  const curly = word.indexOf('’');
  return straight < 0 ? curly : curly < 0 ? straight : Math.min(straight, curly);
}

/** Splits elisions off the front and a possessive off the back of a word. */
function splitWord(word: string, start: number, tokens: Token[]): void {
  let rest = word;
  let at = start;
  for (;;) {
    const quote = quoteIn(rest);
    if (quote < 0) break;
    const head = rest.slice(0, quote + 1);
    if (!ELISIONS.has(fold(head))) break;
    push(tokens, head, at, 'word');
    rest = rest.slice(quote + 1);
    at += quote + 1;
  }
  // a possessive `'s` after a stem with no other apostrophe (`Germany’s`, not `Côte d'Ivoire's`)
  const stem = rest.length - 2;
  if (stem >= 1 && rest[stem + 1] === 's' && (rest[stem] === "'" || rest[stem] === '’') && quoteIn(rest) === stem) {
    push(tokens, rest.slice(0, stem), at, 'word');
    push(tokens, rest.slice(stem), at + stem, 'word');
  } else if (rest) push(tokens, rest, at, 'word');
}
