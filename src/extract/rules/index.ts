/**
 * The rules: each reads one analysed sentence and proposes candidate triples. Language
 * knowledge comes from the lexicon (cues, frames, prepositions); the rules themselves are
 * the same for French and English. Ids and reasons are in catalog.ts.
 */
export { boostRules } from './boost.ts';
export { memberRules } from './members.ts';
export { nounRules } from './nouns.ts';
export { officeRules } from './offices.ts';
export { placeRules } from './places.ts';
export type { Candidate, Resolver } from './shared.ts';
export { verbRules } from './verbs.ts';
