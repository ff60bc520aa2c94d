/**
 * Language of one sentence: 'fr', 'en' or 'other', from function words (`language-data.ts`,
 * `other-languages.ts`) and a few orthographic markers.
 *
 * - Only lowercase words count, plus the first word of the text (`Le`, `The`): proper names
 *   and acronyms (`NATO`, `Jens Stoltenberg`, `Le Pen`) carry no weight.
 * - French markers: elisions (`l’`, `d’`, `qu’`, `jusqu’`) and lowercase words with French
 *   accents that are not function words (capped at `MAX_ACCENTS`). English markers: the
 *   contractions `’s`, `n’t`, `’re`, `’ve`, `’ll`, `’d`, `’m`. Other markers: `OTHER_WORDS`
 *   and letters such as `ñ`, `ü`.
 * - With fewer than `MIN_WORDS` function words and no marker the text is the document's language
 *   (`fallback`) unless a function word of the other language is there, else 'other' (headlines,
 *   datelines, `Source: AA`); otherwise the highest score wins and a tie is 'other'.
 */
import type { Language } from '../types.ts';
import { ENGLISH_WORDS, FRENCH_ACCENTS, FRENCH_WORDS } from './language-data.ts';
import { OTHER_ACCENTS, OTHER_WORDS } from './other-languages.ts';
import { memo } from './memo.ts';

const MIN_WORDS = 3;
const MAX_ACCENTS = 3;

/**
 * The text is read in one pass over its words, runs of letters (`\p{L}`), as the pattern
 * `\p{L}+` would find them; elisions and contractions are words beside an apostrophe:
 * - an elision, as `(?<!\p{L})(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=\p{L})`
 *   (case-insensitive) finds it: one of `ELIDED`, then an apostrophe, then a letter;
 * - a contraction, as `\p{L}(?:['’](?:s|re|ve|ll|d|m)|n['’]t)(?!\p{L})` finds it, each search
 *   going on after the last contraction: a word, an apostrophe, then one of `CONTRACTED`, or a
 *   word of two letters or more ending in `n`, an apostrophe, then `t`.
 */
const ELIDED = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)$/iu;
const CONTRACTED = /^(?:s|re|ve|ll|d|m)$/iu;
const N = /^n$/iu;
const T = /^t$/iu;

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;

/** Letters of the Basic Multilingual Plane, each tested once: 1 a letter, 2 not one, 0 not yet known. */
const BMP_LETTERS = new Uint8Array(0x10000);
const LETTER = /^\p{L}$/u;

/** The length in code units of the letter at `i` (2 outside the Basic Multilingual Plane), or 0 when there is none. */
function letterAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) return LETTER.test(String.fromCodePoint(code)) ? 2 : 0;
  }
  let known = BMP_LETTERS[c];
  if (known === 0) BMP_LETTERS[c] = known = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1 ? 1 : 0;
}

/** Where the letter ending just before `end` starts (one code unit back, two for a surrogate pair after `from`). */
function letterBefore(text: string, end: number, from: number): number {
  const low = text.charCodeAt(end - 1);
  const high = text.charCodeAt(end - 2);
  return end - 2 >= from && low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? end - 2 : end - 1;
}

/** What a lowercase word tells of its language: a function word, a word with accents, or nothing. */
type Evidence = 'fr' | 'en' | 'other' | 'fr-accents' | 'other-accents' | 'none';

/** A word's evidence, and whether it is written in lowercase (after the first word, only those count). */
interface WordEvidence {
  evidence: Evidence;
  lowercase: boolean;
}

/** A word's evidence, remembered by spelling (the same few thousand words again and again). */
const evidenceOf = memo((word: string): WordEvidence => {
  const lower = word.toLowerCase();
  const evidence: Evidence = FRENCH_WORDS.has(lower)
    ? 'fr'
    : ENGLISH_WORDS.has(lower)
      ? 'en'
      : OTHER_WORDS.has(lower)
        ? 'other'
        : FRENCH_ACCENTS.test(lower)
          ? 'fr-accents'
          : OTHER_ACCENTS.test(lower)
            ? 'other-accents'
            : 'none';
  return { evidence, lowercase: word === lower };
});

/** What a text's words tell of its language: function words and accented words (lowercase ones, and the first), elisions and contractions. */
export interface LanguageEvidence {
  fr: number;
  en: number;
  other: number;
  frAccents: number;
  otherAccents: number;
  elisions: number;
  contractions: number;
}

/** The evidence of a text, read in one pass (see `ELIDED` for how). */
export function languageEvidence(text: string): LanguageEvidence {
  let fr = 0;
  let en = 0;
  let other = 0;
  let frAccents = 0;
  let otherAccents = 0;
  let elisions = 0;
  let contractions = 0;
  let first = true;
  // the word before, and where the last contraction ends
  let previousStart = -1;
  let previousEnd = -1;
  let contractionEnd = 0;
  for (let i = 0; i < text.length; ) {
    const width = letterAt(text, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    i += width;
    for (let next = letterAt(text, i); next > 0; next = letterAt(text, i)) i += next;
    const word = text.slice(start, i);
    const { evidence, lowercase } = evidenceOf(word);
    if (first || lowercase) {
      if (evidence === 'fr') fr++;
      else if (evidence === 'en') en++;
      else if (evidence === 'other') other++;
      else if (evidence === 'fr-accents') frAccents++;
      else if (evidence === 'other-accents') otherAccents++;
    }
    first = false;
    if (isApostrophe(text.charCodeAt(i)) && letterAt(text, i + 1) > 0 && ELIDED.test(word)) elisions++;
    if (start === previousEnd + 1 && isApostrophe(text.charCodeAt(previousEnd))) {
      const at = CONTRACTED.test(word)
        ? letterBefore(text, previousEnd, previousStart)
        : T.test(word) && previousEnd - 1 > previousStart && N.test(text[previousEnd - 1]!)
          ? letterBefore(text, previousEnd - 1, previousStart)
          : -1;
      if (at >= contractionEnd) {
        contractions++;
        contractionEnd = i;
      }
    }
    previousStart = start;
    previousEnd = i;
  }
  return { fr, en, other, frAccents, otherAccents, elisions, contractions };
}

export function detectLanguage(text: string, fallback: Language = 'other'): Language {
  const { fr, en, other, frAccents, otherAccents, elisions, contractions } = languageEvidence(text);
  const markers = elisions + contractions + frAccents + otherAccents;
  // too little evidence: the document's language, when the sentence does not contradict it
  if (fr + en + other < MIN_WORDS && markers === 0)
    return (fallback === 'fr' && en === 0) || (fallback === 'en' && fr === 0) ? fallback : 'other';

  const scores: [Language, number][] = [
    ['fr', fr + elisions + Math.min(frAccents, MAX_ACCENTS)],
    ['en', en + contractions],
    ['other', other + Math.min(otherAccents, MAX_ACCENTS)],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  return scores[0]![1] > scores[1]![1] ? scores[0]![0] : 'other';
}

/** The language of most sentences, when at least three quarters of those read as French or English agree. */
export function documentLanguage(languages: readonly Language[]): Language {
  const fr = languages.filter((l) => l === 'fr').length;
  const en = languages.filter((l) => l === 'en').length;
  if (fr + en < 2) return 'other';
  return fr >= 3 * en ? 'fr' : en >= 3 * fr ? 'en' : 'other';
}
