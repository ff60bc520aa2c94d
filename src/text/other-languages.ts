/**
 * Words and letters of the other languages for language detection (data only, lowercase):
 * frequent Spanish, German, Italian and Dutch words not in the French and English lists of
 * language-data.ts, so that those languages come out as 'other' instead of a weak 'fr' or 'en'.
 */

export const OTHER_WORDS: ReadonlySet<string> = new Set([
  // Spanish
  'el',
  'los',
  'las',
  'del',
  'una',
  'es',
  'por',
  'con',
  'para',
  'pero',
  'como',
  'está',
  'muy',
  'también',
  'fue',
  // German
  'die',
  'das',
  'und',
  'ist',
  'nicht',
  'mit',
  'zu',
  'dem',
  'ein',
  'eine',
  'auf',
  'sich',
  'auch',
  'wurde',
  'für',
  'bei',
  'nach',
  // Italian
  'della',
  'delle',
  'degli',
  'gli',
  'che',
  'è',
  'sono',
  'nel',
  'nella',
  'alla',
  'anche',
  // Dutch
  'het',
  'een',
  'zijn',
  'niet',
  'voor',
  'werd',
]);

/** Letters that French and English do not use. */
export const OTHER_ACCENTS = /[áíóúñäöüßãõåøæ]/;
