/**
 * Anaphora resolved within a document (light coreference): definite descriptions and
 * pronouns that stand for an entity named before. An unresolved anaphor never becomes a node.
 * `types` lists the entity types an antecedent may have.
 */
import type { EntityType } from '../../types.ts';

export interface Anaphor {
  forms: readonly string[];
  types: readonly EntityType[];
  /** Only in subject position (pronouns); descriptions resolve anywhere. */
  subjectOnly?: boolean;
  /** Needs a plural antecedent (a Group, or a coordination). */
  plural?: boolean;
  /** An object pronoun (`lui`, `leur`): never a subject. */
  objectOnly?: boolean;
  /** A type to look for first in the sentence and the one before (`elle` is more often a person than a council). */
  prefer?: EntityType;
}

export const ANAPHORS: readonly Anaphor[] = [
  { forms: ['ce pays', 'le pays', 'la nation', 'the country', 'the nation', 'ce dernier'], types: ['Country'] },
  { forms: ["l'alliance", 'the alliance', "l'organisation", 'the organization', 'the organisation'], types: ['Organization'] },
  { forms: ['il', 'elle'], types: ['Person', 'Country', 'Organization'], subjectOnly: true, prefer: 'Person' },
  { forms: ['he', 'she'], types: ['Person'], subjectOnly: true },
  { forms: ['it'], types: ['Country', 'Organization'], subjectOnly: true },
  { forms: ['ils', 'elles', 'they'], types: ['Group', 'Country', 'Organization'], subjectOnly: true, plural: true },
  { forms: ['lui', 'leur'], types: ['Country', 'Organization', 'Person'], objectOnly: true },
];

/** What follows an impersonal `il` / `it` (`il s'agit de`, `il faut`, `it is`): no antecedent. */
export const IMPERSONAL_NEXT: readonly string[] = ["s'", 'faut', 'fallait', 'faudra', 'y', 'semble', 'reste', 'est', 'était', 'sera', 'is', 'was', 'will', 'seems', 'remains'];

/** First-person plural: in a quote, the speaker's side (the group of the body they lead, or that body). */
export const FIRST_PERSON_PLURAL: readonly string[] = ['nous', 'we', 'us'];

/** First-person singular subjects: in a quote, the speaker (`« I welcome … », X said`). */
export const FIRST_PERSON_SINGULAR: readonly string[] = ['je', "j'", 'I'];

/**
 * The bodies through which a state acts (GUIDELINES §2: a country includes its government, army
 * and people acting as the state): `le Gouvernement péruvien`, `the Government of Kenya`,
 * `Eritrean forces`, `les autorités nigériennes`. With a country's adjective or name, they are the country.
 */
export const STATE_BODIES: readonly string[] = [
  'gouvernement', 'gouvernements', 'autorités', 'armée', 'armées', 'forces', 'forces armées', 'police', 'régime', 'government', 'governments', 'authorities',
  'army', 'armed forces', 'military', 'regime', 'state', 'état',
  // the state by its form (`la République de Tunisie`, `the Kingdom of Norway`)
  'république', 'royaume', 'principauté', 'sultanat', 'émirat', 'republic', 'kingdom', 'principality', 'sultanate', 'emirate',
];
