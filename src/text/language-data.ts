/**
 * Function words for language detection (data only, lowercase).
 *
 * Curation: frequent closed-class words of news prose. A word common in both French and
 * English (`a`, `on`, `or`, `an`, `plus`, `son`, `me`, `but`, `car`, `as`, `si`) is left out
 * of both lists, and so are particles of names (`von der`, `van`, Spanish `y`, which is also
 * French `il y a`); elided forms (`l’`, `d’`, `qu’`) are counted by `language.ts`, not here.
 * `OTHER_WORDS` are frequent Spanish, German, Italian and Dutch words not in the two lists,
 * so that those languages come out as 'other' instead of a weak 'fr' or 'en'.
 */

export const FRENCH_WORDS: ReadonlySet<string> = new Set([
  'le', 'la', 'les', 'des', 'du', 'de', 'un', 'une', 'et', 'est', 'sont', 'à', 'au', 'aux',
  'pour', 'par', 'dans', 'sur', 'avec', 'qui', 'que', 'quoi', 'ne', 'pas', 'ont', 'été', 'ce',
  'cette', 'ces', 'cet', 'il', 'elle', 'nous', 'vous', 'ils', 'elles', 'leur', 'leurs', 'se',
  'sa', 'ses', 'mais', 'ou', 'où', 'lui', 'était', 'étaient', 'sera', 'seront', 'avait',
  'avaient', 'aussi', 'comme', 'selon', 'entre', 'après', 'avant', 'sans', 'sous', 'contre',
  'depuis', 'tout', 'tous', 'toute', 'toutes', 'très', 'déjà', 'encore', 'lors', 'dont',
  'notre', 'nos', 'votre', 'vos', 'je', 'en', 'être', 'avoir', 'fait', 'ainsi', 'afin',
  'également', 'donc', 'puis', 'chez', 'vers', 'aujourd', 'cela', 'ceci', 'celui',
  'celle', 'ceux', 'quand', 'alors', 'même', 'peut', 'doit', 'ici', 'non', 'aucun',
  'aucune', 'plusieurs', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'lundi',
]);

export const ENGLISH_WORDS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'to', 'in', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has',
  'have', 'had', 'with', 'for', 'that', 'this', 'these', 'those', 'by', 'from', 'it', 'its',
  'they', 'their', 'them', 'he', 'she', 'his', 'her', 'him', 'we', 'our', 'you', 'your',
  'will', 'would', 'should', 'could', 'can', 'may', 'must', 'not', 'at', 'which', 'who', 'whom',
  'whose', 'what', 'when', 'where', 'while', 'also', 'than', 'then', 'there', 'into', 'about',
  'after', 'before', 'over', 'under', 'between', 'against', 'during', 'said', 'says', 'do',
  'does', 'did', 'if', 'so', 'such', 'any', 'some', 'more', 'most', 'other', 'only', 'all',
  'because', 'since', 'until', 'through', 'without', 'within', 'upon', 'yet',
  'how', 'why', 'each', 'both', 'many', 'much', 'very', 'just', 'now', 'today', 'yesterday',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

export const OTHER_WORDS: ReadonlySet<string> = new Set([
  // Spanish
  'el', 'los', 'las', 'del', 'una', 'es', 'por', 'con', 'para', 'pero', 'como', 'está',
  'muy', 'también', 'fue',
  // German
  'die', 'das', 'und', 'ist', 'nicht', 'mit', 'zu', 'dem', 'ein', 'eine',
  'auf', 'sich', 'auch', 'wurde', 'für', 'bei', 'nach',
  // Italian
  'della', 'delle', 'degli', 'gli', 'che', 'è', 'sono', 'nel', 'nella', 'alla', 'anche',
  // Dutch
  'het', 'een', 'zijn', 'niet', 'voor', 'werd',
]);

/** Letters that mark a lowercase word as French (when it is not already a function word). */
export const FRENCH_ACCENTS = /[éèêëàâçùûîïôœ]/;
/** Letters that French and English do not use. */
export const OTHER_ACCENTS = /[áíóúñäöüßãõåøæ]/;
