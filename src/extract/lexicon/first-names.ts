/**
 * Given names for open-world person recognition: a capitalised word that is a given name
 * makes the next capitalised word a surname. Built once, on first use, from maintained data:
 *
 * - every locale of @faker-js/faker (`person.first_name`): Latin-script locales as written,
 *   Cyrillic-script locales transliterated into the English and French news spellings
 *   (`Дмитрий` → dmitry, dmitri, dmitriy; `Сергей` → sergey, sergei, serguei);
 * - the per-language name lists of gender-detection-from-name (en, fr, es, it, de, tr).
 *
 * Left out:
 * - every country name, demonym, capital and region of world-countries (English and French);
 * - English and French dictionary words (packageDictionary(): compromise's and fr-compromise's
 *   lexicons, month and weekday names): function words, titles, places and organisations always,
 *   other words (nouns, verbs, adjectives) unless MIN_SOURCES_FOR_DICTIONARY_WORDS lists name them;
 * - the reviewed NOT_GIVEN_NAMES (not-given-names.ts).
 * Entries are folded (`fold`: lowercase, no accents); compound names keep their hyphen or
 * space (`jean-luc`, `jose antonio`).
 */
import { createRequire } from 'node:module';
import { english, french } from '../nlp.ts';
import { fold } from '../../text/fold.ts';
import { compiledLexicon } from './compiled.ts';
import { countries } from './countries.ts';
import { cyrillicToLatin } from './cyrillic.ts';
import { NOT_GIVEN_NAMES } from './not-given-names.ts';
import { SortedLines } from './sorted-lines.ts';

// The data packages are loaded on first use, not when this module is imported (faker alone
// takes 150-300 ms and ~17 MB). faker is ESM-only: require() of it needs Node >= 20.19, which is
// also faker's own engines floor.
const require = createRequire(import.meta.url);

/** fold() for the many entries that are already plain lowercase ASCII letters. */
const PLAIN = /^[a-z]+$/;
const foldName = (s: string): string => (PLAIN.test(s) ? s : fold(s));

// ---------------------------------------------------------------------------------------------
// Dictionary words (shared with gazetteer.ts)

/** How the English and French dictionaries class a word that is not a person's name. */
export type WordClass = 'function' | 'calendar' | 'title' | 'place' | 'organization' | 'content';

/** compromise / fr-compromise lexicon tags → class; name tags (FirstName, LastName, Person…) and a bare ProperNoun give none. */
const TAG_CLASSES: readonly [RegExp, WordClass][] = [
  [
    /^(Determiner|Preposition|Conjunction|Pronoun|Possessive|Reflexive|Modal|Auxiliary|Copula|Negative|QuestionWord|Adverb|Expression)$/,
    'function',
  ],
  [/^(Honorific|Actor)$/, 'title'],
  [/^(Country|Region|City|Place|Demonym)$/, 'place'],
  [/^(Organization|SportsTeam)$/, 'organization'],
];
const NAME_TAG = /^(FirstName|MaleName|FemaleName|LastName|Person|ProperNoun)$/;
const CLASS_RANK: readonly WordClass[] = ['function', 'calendar', 'title', 'place', 'organization', 'content'];

function classOfTags(tags: readonly string[]): WordClass | undefined {
  let found: WordClass | undefined;
  for (const tag of tags) {
    if (NAME_TAG.test(tag)) return undefined;
    const c = TAG_CLASSES.find(([re]) => re.test(tag))?.[1] ?? 'content';
    if (!found || CLASS_RANK.indexOf(c) < CLASS_RANK.indexOf(found)) found = c;
  }
  return found;
}

/** Words with their class: `get` and `has`, as a Map has them. */
export interface WordClasses {
  get(word: string): WordClass | undefined;
  has(word: string): boolean;
}

let dictionary: WordClasses | undefined;

/**
 * Folded English and French dictionary words that are not person names, with their class
 * (`packageDictionary`): from the package's compiled data, or compiled on first use.
 */
export function dictionaryWords(): WordClasses {
  if (dictionary) return dictionary;
  const compiled = compiledLexicon();
  if (!compiled) return (dictionary = packageDictionary());
  const lines = new SortedLines(compiled.dictionaryWords);
  return (dictionary = { get: (word) => lines.get(word) as WordClass | undefined, has: (word) => lines.has(word) });
}

let fromPackages: Map<string, WordClass> | undefined;

/**
 * Every entry of compromise's and fr-compromise's lexicons (function words, verbs, adjectives,
 * the nouns they list, titles, places, organisations) and the month and weekday names
 * (`calendar`), folded, with their class. A word in both lexicons takes the stricter class
 * (function first).
 */
export function packageDictionary(): ReadonlyMap<string, WordClass> & WordClasses {
  if (fromPackages) return fromPackages;
  const words = new Map<string, WordClass>();
  const put = (word: string, c: WordClass | undefined): void => {
    if (!c) return;
    const key = foldName(word);
    const had = words.get(key);
    if (!had || CLASS_RANK.indexOf(c) < CLASS_RANK.indexOf(had)) words.set(key, c);
  };
  const lexicons = [
    (english().model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon,
    french().model().one.lexicon,
  ];
  for (const lexicon of lexicons)
    for (const [word, tags] of Object.entries(lexicon))
      if (!word.includes(' ')) put(word, classOfTags(Array.isArray(tags) ? tags : [tags]));
  for (const locale of ['en', 'fr']) {
    const month = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' });
    const weekday = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    for (let m = 0; m < 12; m++) put(month.format(Date.UTC(2024, m, 1)), 'calendar');
    for (let d = 0; d < 7; d++) put(weekday.format(Date.UTC(2024, 0, 1 + d)), 'calendar');
  }
  fromPackages = words;
  return words;
}

// ---------------------------------------------------------------------------------------------
// Sources

interface FakerLocale {
  metadata?: { language?: string; script?: string };
  person?: { first_name?: readonly string[] | Partial<Record<'generic' | 'female' | 'male', readonly string[]>> };
}

const LATIN_NAME = /^[\p{Script=Latin}]+(?:[ '’-][\p{Script=Latin}]+)*$/u;
const CYRILLIC_NAME = /^[\p{Script=Cyrillic}]+(?:[-’'][\p{Script=Cyrillic}]+)*$/u;

const GENDER_DETECTION_LANGUAGES = ['en', 'fr', 'es', 'it', 'de', 'tr'] as const;

/**
 * A dictionary word (a noun, verb or adjective of compromise's or fr-compromise's lexicons) is
 * kept as a given name only when at least this many of the source lists hold it (faker counted
 * once per language, gender-detection-from-name once per language): `Frank`, `Max`, `Jean`,
 * `Roman` and `Marine` are in 4 to 15 of them; `justice`, `king`, `will` and `major` only
 * in the US birth-name list and one or two others.
 */
const MIN_SOURCES_FOR_DICTIONARY_WORDS = 4;

/** Every given name of the sources (folded; Cyrillic transliterated), with the number of sources naming it. */
function sourceNames(): Map<string, number> {
  const bySource = new Map<string, Set<string>>();
  const source = (key: string): Set<string> => {
    let set = bySource.get(key);
    if (!set) bySource.set(key, (set = new Set()));
    return set;
  };
  const { allLocales } = require('@faker-js/faker') as typeof import('@faker-js/faker');
  for (const locale of Object.values(allLocales) as FakerLocale[]) {
    const given = locale.person?.first_name;
    if (!given) continue;
    const list: readonly string[] = Array.isArray(given) ? given : Object.values(given).flat();
    const language = locale.metadata?.language ?? '';
    const names = source(`faker:${language}`);
    for (const name of list) {
      if (LATIN_NAME.test(name)) names.add(foldName(name));
      else if (CYRILLIC_NAME.test(name)) for (const latin of cyrillicToLatin(name, language)) names.add(latin);
    }
  }
  for (const language of GENDER_DETECTION_LANGUAGES) {
    const map = require(`gender-detection-from-name/names/${language}.js`) as ReadonlyMap<string, string>;
    const names = source(`gender-detection:${language}`);
    for (const name of map.keys()) {
      if (PLAIN.test(name)) names.add(name);
      else if (LATIN_NAME.test(name)) names.add(fold(name));
    }
  }
  const counts = new Map<string, number>();
  for (const names of bySource.values()) for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

/** Country names (English and French, common and official), demonyms, capitals and regions of world-countries. */
function countryWords(): Set<string> {
  const words = new Set<string>();
  const add = (s: string | undefined): void => {
    if (s) words.add(fold(s));
  };
  for (const c of countries) {
    add(c.name.common);
    add(c.name.official);
    add(c.translations.fra?.common);
    add(c.translations.fra?.official);
    for (const d of [c.demonyms?.eng, c.demonyms?.fra]) {
      add(d?.m);
      add(d?.f);
    }
    for (const capital of c.capital) add(capital);
    add(c.region);
    add(c.subregion);
  }
  return words;
}

let namesFromPackages: ReadonlySet<string> | undefined;

/** The given names, compiled from the packages. */
export function packageFirstNames(): ReadonlySet<string> {
  if (namesFromPackages) return namesFromPackages;
  const counts = sourceNames();
  const dictionary = packageDictionary();
  const names = new Set<string>();
  for (const [name, count] of counts) {
    const c = dictionary.get(name);
    if (c === undefined || (c === 'content' && count >= MIN_SOURCES_FOR_DICTIONARY_WORDS)) names.add(name);
  }
  for (const w of countryWords()) names.delete(w);
  for (const w of NOT_GIVEN_NAMES) names.delete(fold(w));
  namesFromPackages = names;
  return names;
}

let cache: { has(name: string): boolean } | undefined;

/** Folded given names (`fold('Vitaly')`, `fold('Sergueï')`): the package's compiled data, or compiled on first call. */
export function firstNames(): { has(name: string): boolean } {
  if (cache) return cache;
  const compiled = compiledLexicon();
  return (cache = compiled ? new SortedLines(compiled.firstNames) : packageFirstNames());
}
