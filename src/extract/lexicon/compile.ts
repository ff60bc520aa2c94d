/**
 * The lexicon, compiled: entity forms into a token trie (gazetteer), verb lemmas into
 * inflection tables, cue lists into folded sets.
 */
import { fold } from '../../text/fold.ts';
import type { Predicate } from '../../types.ts';
import { inflectionTable, type Tense } from '../inflect.ts';
import { AID } from './aid.ts';
import { ANAPHORS, FIRST_PERSON_PLURAL, FIRST_PERSON_SINGULAR, STATE_BODIES, type Anaphor } from './anaphora.ts';
import { countryEntries } from './countries.ts';
import { type Entity, type EntityEntry, entityId } from './entry.ts';
import { EQUIPMENT } from './equipment.ts';
import { EVENTS } from './events.ts';
import { GROUPS } from './groups.ts';
import { LOCATIONS } from './locations.ts';
import { ORGANIZATIONS } from './organizations.ts';
import { INSTITUTIONS } from './institutions.ts';
import { ARMED_GROUPS } from './armed-groups.ts';
import { HYPOTHETICAL, NEGATION, REPORTING } from './modality.ts';
import {
  LEADING_OFFICES,
  NON_LEADING_OFFICES,
  OFFICE_QUALIFIERS,
  PERSON_TITLES,
  PORTFOLIOS,
  SEAT_OFFICES,
} from './offices.ts';
import { FIRST_NAMES, KNOWN_PEOPLE } from './people.ts';
import { firstNames } from './first-names.ts';
import {
  ENGLISH_NOUNS,
  ENGLISH_VERBS,
  FRENCH_NOUNS,
  FRENCH_VERBS,
  type Frame,
  type NounCue,
  type VerbCue,
} from './predicates.ts';
import { storedLexicon } from './stored.ts';
import { insert, newNode, phraseTrie, type TrieNode } from './trie.ts';
import type { UserLexicon } from './user.ts';

export interface VerbSense {
  lemma: string;
  predicate?: Predicate;
  frame: Frame;
  preps: readonly string[];
  tense: Tense;
  particle?: string;
  /** Other readings of the same form, told apart by their particles (`accueillir … avec satisfaction` welcomes, `accueillir X` meets). */
  alternatives?: VerbSense[];
}

export interface Lexicon {
  trie: TrieNode;
  entities: Map<string, Entity>;
  byLabel: Map<string, Entity>;
  verbs: Record<'fr' | 'en', Map<string, VerbSense>>;
  nouns: Record<'fr' | 'en', { trie: TrieNode; cues: NounCue[] }>;
  anaphors: { trie: TrieNode; list: readonly Anaphor[] };
  firstPlural: Set<string>;
  firstSingular: Set<string>;
  stateBodies: TrieNode;
  offices: TrieNode;
  nonLeading: Set<string>;
  seats: Set<string>;
  officeQualifiers: Set<string>;
  portfolios: TrieNode;
  titles: Set<string>;
  /** Given names: the lexicon's own and the packages'. */
  firstNames: { has(name: string): boolean };
  negation: Set<string>;
  hypothetical: Set<string>;
  reporting: Set<string>;
}

/** Surnames of known people (last word of every form), unless the word is also a first name or another entity. */
function surnameForms(entry: EntityEntry, taken: Set<string>): string[] {
  return [...new Set(entry.forms.map((f) => f.split(/\s+/).at(-1)!))].filter((s) => !taken.has(fold(s)));
}

/** Every entity row of the built-in lexicon, in the order the tries take them. */
export const entityEntries = (): EntityEntry[] => [
  ...countryEntries(),
  ...ORGANIZATIONS,
  ...INSTITUTIONS,
  ...ARMED_GROUPS,
  ...GROUPS,
  ...EQUIPMENT,
  ...AID,
  ...EVENTS,
  ...LOCATIONS,
  ...KNOWN_PEOPLE,
];

/** The built-in lexicon: as the package's build stored it (stored.ts), or compiled now. */
export function compile(): Lexicon {
  const stored = storedLexicon();
  return stored ? { ...stored, firstNames: givenNames() } : compileNow();
}

/** The built-in lexicon, compiled from the files of this directory and the packages. */
export function compileNow(): Lexicon {
  const trie = newNode();
  const entities = new Map<string, Entity>();
  const byLabel = new Map<string, Entity>();
  const rows = entityEntries();
  for (const row of rows) addEntity(trie, entities, byLabel, row);
  const taken = new Set([
    ...FIRST_NAMES.map(fold),
    ...rows.filter((r) => r.type !== 'Person').flatMap((r) => r.forms.map(fold)),
  ]);
  for (const row of KNOWN_PEOPLE) {
    const entity = entities.get(row.id ?? entityId(row.type, row.label))!;
    for (const s of surnameForms(row, taken)) insert(trie, s, { entity, adjective: false });
  }

  const verbs = { fr: new Map<string, VerbSense>(), en: new Map<string, VerbSense>() };
  for (const [language, cues] of [
    ['fr', FRENCH_VERBS],
    ['en', ENGLISH_VERBS],
  ] as const)
    for (const cue of cues) addVerb(verbs[language], language, cue);
  const nounTrie = (cues: readonly NounCue[]) => {
    const t = newNode();
    cues.forEach((cue, i) =>
      cue.forms.forEach((f) => insert(t, f, { entity: { id: String(i), label: f, type: 'Event' }, adjective: false })),
    );
    return { trie: t, cues: [...cues] };
  };
  const anaphorTrie = newNode();
  ANAPHORS.forEach((a, i) =>
    a.forms.forEach((f) =>
      insert(anaphorTrie, f, { entity: { id: String(i), label: f, type: 'Group' }, adjective: false }),
    ),
  );

  const set = (words: readonly string[]) => new Set(words.map(fold));
  return {
    trie,
    entities,
    byLabel,
    verbs,
    nouns: { fr: nounTrie(FRENCH_NOUNS), en: nounTrie(ENGLISH_NOUNS) },
    anaphors: { trie: anaphorTrie, list: ANAPHORS },
    firstPlural: set(FIRST_PERSON_PLURAL),
    firstSingular: set(FIRST_PERSON_SINGULAR),
    stateBodies: phraseTrie(STATE_BODIES),
    offices: phraseTrie(LEADING_OFFICES),
    nonLeading: set(NON_LEADING_OFFICES),
    seats: set(SEAT_OFFICES),
    officeQualifiers: set(OFFICE_QUALIFIERS),
    portfolios: phraseTrie(PORTFOLIOS),
    titles: set(PERSON_TITLES),
    firstNames: givenNames(),
    negation: set([...NEGATION.fr, ...NEGATION.en]),
    hypothetical: set([...HYPOTHETICAL.fr, ...HYPOTHETICAL.en]),
    reporting: set([...REPORTING.fr, ...REPORTING.en]),
  };
}

function addEntity(
  trie: TrieNode,
  entities: Map<string, Entity>,
  byLabel: Map<string, Entity>,
  row: EntityEntry,
): void {
  const entity: Entity = {
    id: row.id ?? entityId(row.type, row.label),
    label: row.label,
    type: row.type,
    membersGroup: row.membersGroup,
    demonym: row.demonym,
  };
  entities.set(entity.id, entity);
  byLabel.set(fold(row.label), entity);
  for (const form of row.forms) insert(trie, form, { entity, adjective: false });
  for (const form of row.adjectives ?? []) insert(trie, form, { entity, adjective: true });
}

function addVerb(table: Map<string, VerbSense>, language: 'fr' | 'en', cue: VerbCue): void {
  for (const [form, tense] of inflectionTable(cue.lemma, language, cue.forms)) {
    const sense: VerbSense = {
      lemma: cue.lemma,
      predicate: cue.predicate,
      frame: cue.frame,
      preps: cue.preps ?? [],
      tense,
      particle: cue.particle,
    };
    const primary = table.get(form);
    if (!primary) table.set(form, sense);
    else if (primary.particle && primary.particle !== cue.particle) (primary.alternatives ??= []).push(sense);
  }
}

/**
 * A user's entities and verbs added to a freshly compiled lexicon (the shared one is never
 * changed); a user's verb form takes precedence over a built-in reading of the same form.
 */
export function extended(extra: UserLexicon): Lexicon {
  const lex = compile();
  for (const row of extra.entities) addEntity(lex.trie, lex.entities, lex.byLabel, row);
  for (const verb of extra.verbs) {
    for (const form of inflectionTable(verb.lemma, verb.language, verb.forms).keys())
      lex.verbs[verb.language].delete(form);
    addVerb(lex.verbs[verb.language], verb.language, verb);
  }
  return lex;
}

/** The lexicon's given names, then those of the packages (not copied into one set: they are 70,000). */
function givenNames(): { has(name: string): boolean } {
  const own = new Set(FIRST_NAMES.map(fold));
  const packaged = firstNames();
  return { has: (name) => own.has(name) || packaged.has(name) };
}
