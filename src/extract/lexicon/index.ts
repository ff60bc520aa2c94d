/**
 * The lexicon, compiled once on first use: entity forms into a token trie (gazetteer),
 * verb lemmas into inflection tables, cue lists into folded sets.
 */
import { fold, slug } from '../../text/fold.ts';
import { tokenize } from '../../text/tokens.ts';
import type { EntityType, Predicate } from '../../types.ts';
import { inflectionTable, type Tense } from '../inflect.ts';
import { AID } from './aid.ts';
import { ANAPHORS, FIRST_PERSON_PLURAL, FIRST_PERSON_SINGULAR, STATE_BODIES, type Anaphor } from './anaphora.ts';
import { countryEntries } from './countries.ts';
import type { EntityEntry } from './entry.ts';
import { EQUIPMENT } from './equipment.ts';
import { GENITIVES } from './grammar.ts';
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
import type { UserLexicon } from './user.ts';

export interface Entity {
  id: string;
  label: string;
  type: EntityType;
  membersGroup?: string;
  demonym?: string;
}

export interface GazetteerHit {
  entity: Entity;
  /** Matched a demonym or adjective (`russe`): the entity as owner or agent. */
  adjective: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  hits: { hit: GazetteerHit; caseMode: 'any' | 'capital' | 'upper' }[];
}

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
  firstNames: Set<string>;
  negation: Set<string>;
  hypothetical: Set<string>;
  reporting: Set<string>;
}

export const entityId = (type: EntityType, label: string): string => `${type.toLowerCase()}:${slug(label)}`;

const newNode = (): TrieNode => ({ next: new Map(), hits: [] });
const CASE_ORDER = ['any', 'capital', 'upper'] as const;

/** Adds a token sequence to a trie; the case mode comes from how the form is written. */
function insert(trie: TrieNode, form: string, hit: GazetteerHit): void {
  const tokens = tokenize(form);
  if (tokens.length === 0) return;
  let node = trie;
  for (const t of tokens) {
    let child = node.next.get(t.norm);
    if (!child) node.next.set(t.norm, (child = newNode()));
    node = child;
  }
  const first = tokens[0].text;
  const caseMode = /^\p{Lu}[\p{Lu}\p{N}.\-/]+$/u.test(first) ? 'upper' : /^\p{Lu}/u.test(first) ? 'capital' : 'any';
  const same = node.hits.find((h) => h.hit.entity.id === hit.entity.id && h.hit.adjective === hit.adjective);
  if (!same) node.hits.push({ hit, caseMode });
  else if (CASE_ORDER.indexOf(caseMode) < CASE_ORDER.indexOf(same.caseMode)) same.caseMode = caseMode; // `alliés` widens `Alliés`
}

function phraseTrie(phrases: readonly string[]): TrieNode {
  const trie = newNode();
  const dummy: Entity = { id: '', label: '', type: 'Group' };
  for (const p of phrases) insert(trie, p.toLowerCase(), { entity: { ...dummy, label: p }, adjective: false });
  return trie;
}

/** Surnames of known people (last word of every form), unless the word is also a first name or another entity. */
function surnameForms(entry: EntityEntry, taken: Set<string>): string[] {
  return [...new Set(entry.forms.map((f) => f.split(/\s+/).at(-1)!))].filter((s) => !taken.has(fold(s)));
}

function compile(): Lexicon {
  const trie = newNode();
  const entities = new Map<string, Entity>();
  const byLabel = new Map<string, Entity>();
  const rows: EntityEntry[] = [
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
    firstNames: new Set([...FIRST_NAMES.map(fold), ...firstNames()]),
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
 * Adds a user's entities and verbs (user.ts) to the lexicon of this process; a user's verb
 * form takes precedence over a built-in reading of the same form.
 */
/** A user's entities and verbs added to a freshly compiled lexicon (the shared one is never changed). */
function extended(extra: UserLexicon): Lexicon {
  const lex = compile();
  for (const row of extra.entities) addEntity(lex.trie, lex.entities, lex.byLabel, row);
  for (const verb of extra.verbs) {
    for (const form of inflectionTable(verb.lemma, verb.language, verb.forms).keys())
      lex.verbs[verb.language].delete(form);
    addVerb(lex.verbs[verb.language], verb.language, verb);
  }
  return lex;
}

let compiled: Lexicon | undefined;
/** The lexicon of the extraction running now, when `withLexicon` gave one. */
let scoped: Lexicon | undefined;
/** The last user lexicon's compiled form, for the next call with the same one (a build, then its workers). */
let lastExtended: { key: string; lex: Lexicon } | undefined;

/**
 * Runs `run` (synchronous: an extraction) with the user's entities and verbs added to the
 * lexicon; before and after, and in any other call, the lexicon is relata's own.
 */
export function withLexicon<T>(extra: UserLexicon | undefined, run: () => T): T {
  if (!extra || (extra.entities.length === 0 && extra.verbs.length === 0)) return run();
  const key = JSON.stringify(extra);
  if (lastExtended?.key !== key) lastExtended = { key, lex: extended(extra) };
  const previous = scoped;
  scoped = lastExtended.lex;
  try {
    return run();
  } finally {
    scoped = previous;
  }
}

/** The sentence's cue languages: its own, or both for a sentence read as `other` (short, or mixed). */
export function languagesFor(language: string): readonly ('fr' | 'en')[] {
  return language === 'en' ? ONLY_EN : language === 'fr' ? ONLY_FR : BOTH;
}

const ONLY_EN = ['en'] as const;
const ONLY_FR = ['fr'] as const;
const BOTH = ['fr', 'en'] as const;

/** The verb readings of a lowercase token (accents kept), the sentence's language first. */
export function verbSenses(norm: string, language: string): readonly VerbSense[] {
  const { verbs } = lexicon();
  let senses: VerbSense[] | undefined;
  for (const l of languagesFor(language)) {
    const sense = verbs[l].get(norm);
    if (!sense) continue;
    (senses ??= []).push(sense);
    if (sense.alternatives) senses.push(...sense.alternatives);
  }
  // (most tokens are no verb: one shared empty list for them)
  return senses ?? NO_SENSES;
}

const NO_SENSES: readonly VerbSense[] = [];

/** The first verb reading of a lowercase token, if it is a cue. */
export function verbSense(norm: string, language: string): VerbSense | undefined {
  const { verbs } = lexicon();
  for (const l of languagesFor(language)) {
    const sense = verbs[l].get(norm);
    if (sense) return sense;
  }
  return undefined;
}

/** The compiled lexicon (built on first call, then shared), or the one `withLexicon` gives the running extraction. */
export function lexicon(): Lexicon {
  return scoped ?? (compiled ??= compile());
}

/** Whether token `k` is inside an office or a portfolio (`général` in `secrétaire général`, `étrangères` in `Affaires étrangères`). */
export function insideOffice(tokens: readonly { norm: string; text: string }[], k: number): boolean {
  const lex = lexicon();
  for (let j = k; j >= 0 && j >= k - 3; j--) {
    const m = longestMatch(lex.offices, tokens, j) ?? longestMatch(lex.portfolios, tokens, j);
    if (m && j + m.length > k) return true;
  }
  return false;
}

/** Whether an office phrase starts at token `k`: an office (`ministre`, `Secretary General`) or a seat before `de`/`of` (`député de`, `Member of`). */
export function officeStartsAt(tokens: readonly { norm: string; text: string; lower: string }[], k: number): boolean {
  const lex = lexicon();
  const t = tokens[k];
  return (
    !!t &&
    (!!longestMatch(lex.offices, tokens, k) || (lex.seats.has(t.norm) && GENITIVES.has(tokens[k + 1]?.lower ?? '')))
  );
}

export interface TrieMatch<T> {
  length: number;
  hits: T[];
}

/** An acronym's case: in capitals, or, from four letters, in title case as the French press writes them (`Otan`, `Cédéao`, `Unesco`). */
function upperOrTitled(word: string, alone: boolean): boolean {
  if (word === word.toUpperCase()) return HAS_UPPER.test(word);
  return alone && word.length >= 4 && TITLED.test(word);
}
const HAS_UPPER = /\p{Lu}/u;
const TITLED = /^\p{Lu}[\p{Ll}]+$/u;

/** Longest match in a trie starting at token `i`, honouring each form's case mode. */
export function longestMatch(
  trie: TrieNode,
  tokens: readonly { norm: string; text: string }[],
  i: number,
): TrieMatch<GazetteerHit> | undefined {
  let node = trie;
  let best: TrieMatch<GazetteerHit> | undefined;
  // the first token's case, tested once, when a form asks for it (as an acronym: alone, or inside a longer form)
  let capital: boolean | undefined;
  let upperAlone: boolean | undefined;
  let upperInside: boolean | undefined;
  for (let j = i; j < tokens.length; j++) {
    const child = node.next.get(tokens[j].norm);
    if (!child) break;
    node = child;
    let hits: GazetteerHit[] | undefined;
    for (const { hit, caseMode } of node.hits) {
      const ok =
        caseMode === 'any' ||
        (caseMode === 'capital'
          ? (capital ??= CAPITAL.test(tokens[i].text))
          : j === i
            ? (upperAlone ??= upperOrTitled(tokens[i].text, true))
            : (upperInside ??= upperOrTitled(tokens[i].text, false)));
      if (ok) (hits ??= []).push(hit);
    }
    if (hits) best = { length: j - i + 1, hits };
  }
  return best;
}

const CAPITAL = /^\p{Lu}/u;
