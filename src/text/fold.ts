/** Folding: the one normal form used to compare surface forms (lexicon lookup, alias search). */

import { memo } from './memo.ts';

const APOSTROPHES = /[’‘`´ʼ]/g;
const DASHES = /[‐‑‒–—―]/g;
const MARKS = /\p{M}/gu;
const NOT_ALPHANUMERIC = /[^\p{L}\p{N}]+/gu;

/** Lowercase, strip accents, unify apostrophes and dashes, collapse spaces. `L’Élysée` → `l'elysee`. */
export function fold(s: string): string {
  // short strings (words and names) are remembered; longer ones rarely come back
  return s.length > 32 ? foldNow(s) : foldShort(s);
}

const foldShort = memo(foldNow);

function foldNow(s: string): string {
  return s
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(DASHES, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A key for ids and fuzzy lookup: folded, letters and digits only, words joined by `-`. `Jens Stoltenberg` → `jens-stoltenberg`. */
export function slug(s: string): string {
  return fold(s)
    .replace(NOT_ALPHANUMERIC, '-')
    .replace(/^-+|-+$/g, '');
}
