/**
 * Language of one sentence: 'fr', 'en' or 'other', from function words (`language-data.ts`)
 * and a few orthographic markers.
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
import { ENGLISH_WORDS, FRENCH_ACCENTS, FRENCH_WORDS, OTHER_ACCENTS, OTHER_WORDS } from './language-data.ts';

const MIN_WORDS = 3;
const MAX_ACCENTS = 3;

const WORD = /\p{L}+/gu;
const ELISION = /(?<!\p{L})(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=\p{L})/giu;
const CONTRACTION = /\p{L}(?:['’](?:s|re|ve|ll|d|m)|n['’]t)(?!\p{L})/giu;

export function detectLanguage(text: string, fallback: Language = 'other'): Language {
  let fr = 0;
  let en = 0;
  let other = 0;
  let frAccents = 0;
  let otherAccents = 0;
  let first = true;
  for (const [word] of text.matchAll(WORD)) {
    const lower = word.toLowerCase();
    const counts = first || word === lower;
    first = false;
    if (!counts) continue;
    if (FRENCH_WORDS.has(lower)) fr++;
    else if (ENGLISH_WORDS.has(lower)) en++;
    else if (OTHER_WORDS.has(lower)) other++;
    else if (FRENCH_ACCENTS.test(lower)) frAccents++;
    else if (OTHER_ACCENTS.test(lower)) otherAccents++;
  }
  const elisions = count(text, ELISION);
  const contractions = count(text, CONTRACTION);
  const markers = elisions + contractions + frAccents + otherAccents;
  // too little evidence: the document's language, when the sentence does not contradict it
  if (fr + en + other < MIN_WORDS && markers === 0) return (fallback === 'fr' && en === 0) || (fallback === 'en' && fr === 0) ? fallback : 'other';

  const scores: [Language, number][] = [
    ['fr', fr + elisions + Math.min(frAccents, MAX_ACCENTS)],
    ['en', en + contractions],
    ['other', other + Math.min(otherAccents, MAX_ACCENTS)],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  return scores[0][1] > scores[1][1] ? scores[0][0] : 'other';
}

/** The language of most sentences, when at least three quarters of those read as French or English agree. */
export function documentLanguage(languages: readonly Language[]): Language {
  const fr = languages.filter((l) => l === 'fr').length;
  const en = languages.filter((l) => l === 'en').length;
  if (fr + en < 2) return 'other';
  return fr >= 3 * en ? 'fr' : en >= 3 * fr ? 'en' : 'other';
}

function count(text: string, re: RegExp): number {
  let n = 0;
  for (const _ of text.matchAll(re)) n++;
  return n;
}
