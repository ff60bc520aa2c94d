/**
 * `languageEvidence` reads a text in one pass over its letters; this reference reads it with
 * the patterns that define its words, elisions and contractions. Both must count the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languageEvidence } from '../../src/text/language.ts';
import { ENGLISH_WORDS, FRENCH_ACCENTS, FRENCH_WORDS } from '../../src/text/language-data.ts';
import { OTHER_ACCENTS, OTHER_WORDS } from '../../src/text/other-languages.ts';

const WORD = /\p{L}+/gu;
const ELISION = /(?<!\p{L})(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=\p{L})/giu;
const CONTRACTION = /\p{L}(?:['’](?:s|re|ve|ll|d|m)|n['’]t)(?!\p{L})/giu;

function reference(text: string) {
  const counts = {
    fr: 0,
    en: 0,
    other: 0,
    frAccents: 0,
    otherAccents: 0,
    elisions: [...text.matchAll(ELISION)].length,
    contractions: [...text.matchAll(CONTRACTION)].length,
  };
  let first = true;
  for (const [word] of text.matchAll(WORD)) {
    const lower = word.toLowerCase();
    const counted = first || word === lower;
    first = false;
    if (!counted) continue;
    if (FRENCH_WORDS.has(lower)) counts.fr++;
    else if (ENGLISH_WORDS.has(lower)) counts.en++;
    else if (OTHER_WORDS.has(lower)) counts.other++;
    else if (FRENCH_ACCENTS.test(lower)) counts.frAccents++;
    else if (OTHER_ACCENTS.test(lower)) counts.otherAccents++;
  }
  return counts;
}

/** Pieces that meet at apostrophes, surrogate pairs, marks and case foldings (`ſ` is `s` ignoring case). */
const PIECES = [
  'l',
  'L',
  'd',
  'qu',
  'Jusqu',
  'lorsqu',
  's',
  'S',
  'ſ',
  're',
  've',
  'll',
  'M',
  'n',
  'N',
  't',
  'T',
  'don',
  'it',
  "'",
  '’',
  "''",
  ' ',
  '\n',
  '.',
  '-',
  '1',
  'é',
  'É',
  'ñ',
  'ß',
  '𝐀',
  '𝐧',
  '\uD835',
  '\uDC00',
  '\u0301',
  'ª',
  'le',
  'the',
  'The',
  'est',
  'is',
  'and',
  'de',
  'que',
  'NATO',
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 16 })
  .map((parts) => parts.join(''));

describe('languageEvidence', () => {
  it('counts words, elisions and contractions as their patterns find them, in any text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(languageEvidence(t)).toEqual(reference(t));
      }),
      { numRuns: 3000 },
    );
  });

  it('counts a contraction once where two share a letter', () => {
    expect(languageEvidence("x's's d’s’s don't't")).toMatchObject({ contractions: 3 });
  });
});
