/** Folding: the one normal form used to compare surface forms (lexicon lookup, alias search). */

const APOSTROPHES = /[’‘`´ʼ]/g;
const DASHES = /[‐‑‒–—―]/g;
const MARKS = /\p{M}/gu;
const NOT_ALPHANUMERIC = /[^\p{L}\p{N}]+/gu;

/** Short strings already folded (words and names: the same few thousand again and again), up to FOLDED_MAX. */
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 100_000;

/** Lowercase, strip accents, unify apostrophes and dashes, collapse spaces. `L’Élysée` → `l'elysee`. */
export function fold(s: string): string {
  if (s.length > 32) return foldNow(s);
  let folded = FOLDED.get(s);
  if (folded === undefined) {
    if (FOLDED.size >= FOLDED_MAX) FOLDED.clear();
    FOLDED.set(s, (folded = foldNow(s)));
  }
  return folded;
}

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
