/**
 * The rules: each reads one analysed sentence and proposes candidate triples. Language
 * knowledge comes from the lexicon (cues, frames, prepositions); the rules themselves are
 * the same for French and English. Ids and reasons are in catalog.ts.
 */
export { boostRules, nounRules } from './nouns.ts';
export { memberRules, officeRules, placeRules } from './patterns.ts';
export type { Candidate, Resolver } from './shared.ts';
export { verbRules } from './verbs.ts';
