/**
 * Entity mentions in a sentence: gazetteer matches (longest first), people found by titles,
 * first names, appositions after an office and surnames already seen in the document,
 * institutional patterns (`sommet de Washington` → Washington summit), then anaphors and
 * first-person plurals, which resolve later (context.ts).
 */
import { fold } from '../text/fold.ts';
import type { EntityType } from '../types.ts';
import type { Token } from '../text/tokens.ts';
import {
  entityId,
  insideOffice,
  lexicon,
  longestMatch,
  officeStartsAt,
  verbSense,
  type Entity,
} from './lexicon/index.ts';
import { CAPITAL_NOUNS } from './lexicon/noun-classes.ts';
import {
  AND,
  ARTICLES,
  AUXILIARIES,
  CAPITAL_ARTICLES,
  CLAUSE_BOUNDARIES,
  COLLECTIVE_NOUNS,
  COMPASS_ADJECTIVES,
  COMPLEMENT_OF,
  DEFINITE,
  DEFINITE_ARTICLES,
  DETERMINERS,
  ENGLISH_INDEFINITES,
  FRENCH_NEXT,
  GENITIVES,
  MINISTRY_OF,
  NAME_RUN_LINKS,
  NOT_ACRONYMS,
  NOT_OFFICE_ADJECTIVES,
  PEOPLE_NOUNS,
  PREPOSITIONS,
  SECOND_OFFICE,
  SINGULAR_GENITIVES,
  TOWN_PREPOSITIONS,
} from './lexicon/grammar.ts';
import { NAME_PARTICLES, NAME_SUFFIX } from './lexicon/people.ts';
import { EQUIPMENT_HEADS } from './lexicon/equipment.ts';
import { PORTFOLIO_NAMES } from './lexicon/offices.ts';
import { LOCATION_HEADS, NOT_PLACES } from './lexicon/locations.ts';
import { isPlace, PLACE_EXONYMS } from './lexicon/gazetteer.ts';
import { dictionaryWords } from './lexicon/first-names.ts';
import {
  ARTICLE_PREFIX,
  BODY_KINDS,
  BODY_KIND_ADJECTIVES,
  ENGLISH_BODY_HEADS,
  ENGLISH_OPENING_HEADS,
  NAME_LINKS,
  ORGANIZATION_HEADS,
} from './lexicon/organizations.ts';
import { IMPERSONAL_NEXT, type Anaphor } from './lexicon/anaphora.ts';

const IMPERSONAL = new Set(IMPERSONAL_NEXT);

export interface Mention {
  /** Token range [start, end). */
  start: number;
  end: number;
  /** The entity; absent for an anaphor until it is resolved. */
  entity?: Entity;
  /** A demonym or adjective (`russes`): the entity as owner or agent of a noun. */
  adjective: boolean;
  anaphor?: Anaphor;
  /** `nous`, `we`: the speaker's side, resolved from the quote's speaker. */
  firstPlural?: boolean;
  /** `je`, `I`: the speaker of the quote. */
  firstSingular?: boolean;
  /** How the entity was recognised: `lexicon`, `title`, `first-name`, `apposition`, `surname`, `pattern`. */
  source: string;
}

/**
 * Whether an acronym can stand for a name: at least half its letters are initials of the
 * name's words, in order (`ELN` for `Armée de libération nationale`, `FARC-EP`), so that
 * `Mission … en Somalie (AMISOM)` does not make AMISOM a name of Somalia.
 */
function abbreviates(acronym: string, name: string): boolean {
  const initials = fold(name)
    .split(/[\s'-]+/)
    .filter(Boolean)
    .map((w) => w[0])
    .join('');
  const letters = fold(acronym).replace(/[^a-z]/g, '');
  let found = 0;
  let at = 0;
  for (const c of letters) {
    const k = initials.indexOf(c, at);
    if (k >= 0) {
      found++;
      at = k + 1;
    }
  }
  return found * 2 >= letters.length;
}

/** Names seen so far in a document, folded: surnames (`M. Stoltenberg` finds `Jens Stoltenberg`) and acronyms (`AES`). */
export type NameRegistry = Map<string, Entity>;

const WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
// (patterns are made once, out here: under tsx, esbuild turns a unicode pattern written inside a function into `new RegExp(…)`, built again at every use)
const DIGIT = /\p{N}/u;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;
/** An acronym in a definition (`(AES)`, `(FARC-EP)`). */
const DEFINED_ACRONYM = /^\p{Lu}[\p{Lu}\p{N}-]{1,7}$/u;

/** Whether a text holds a number character (`\p{N}`: `CV90`, `M23`); words in plain ASCII letters, most of them, are read without the pattern. */
function hasNumber(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) return true;
    if (c >= 0x80) return DIGIT.test(text);
  }
  return false;
}

/** A capitalised word that can be part of a name: not a function word, not the start of a known entity. */
function nameWord(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.kind !== 'word' || !WORD.test(t.text)) return false;
  if (
    DETERMINERS.has(t.lower) ||
    PREPOSITIONS.has(t.lower) ||
    CLAUSE_BOUNDARIES.has(t.lower) ||
    lexicon().titles.has(t.norm)
  )
    return false;
  const lex = lexicon();
  // a known person's surname is part of a name (`Lloyd J. Austin`); another entity or an office word is not
  const known = longestMatch(lex.trie, tokens, i);
  if (known && !(known.length === 1 && known.hits.every((h) => h.entity.type === 'Person'))) return false;
  return !longestMatch(lex.offices, tokens, i) && !longestMatch(lex.portfolios, tokens, i);
}

/** An initial: one capital letter and a full stop (`Antony J. Blinken`). */
const INITIAL = /^\p{Lu}\.$/u;
const initialAt = (tokens: Token[], j: number) => INITIAL.test(tokens[j]?.text ?? '');

/**
 * The length of a person's name starting at `i`: capitalised words, with particles, initials
 * and a generational suffix inside (`Antony J. Blinken`, `Martin Luther King Jr.`);
 * `max` counts the name words.
 */
function nameRun(tokens: Token[], i: number, max = 3): number {
  let j = i;
  let words = 0;
  while (j < tokens.length && words < max) {
    if (initialAt(tokens, j) && nameWord(tokens, j + 1)) j += 1;
    else if (j > i && NAME_SUFFIX.test(tokens[j].norm.replace(/\.$/, '')) && tokens[j].cap) j += 1;
    else if (nameWord(tokens, j)) {
      j++;
      words++;
    } else if (j > i && NAME_PARTICLES.has(tokens[j].lower) && nameWord(tokens, j + 1)) j += 1;
    else break;
  }
  return j - i;
}

/** A person's label: the name without initials and generational numerals (`Lloyd J. Austin III` → Lloyd Austin). */
function personLabel(tokens: Token[], start: number, end: number): string {
  const words: string[] = [];
  for (let k = start; k < end; k++) {
    if (initialAt(tokens, k) || (/^(ii|iii|iv)$/.test(tokens[k].norm) && tokens[k].cap)) continue;
    words.push(tokens[k].text);
  }
  return words.join(' ');
}

function person(tokens: Token[], start: number, end: number, registry: NameRegistry): Entity {
  const label = personLabel(tokens, start, end);
  const words = label.split(' ').filter((w) => !NAME_SUFFIX.test(fold(w).replace(/\.$/, '')));
  if (words.length === 1) {
    // a surname seen before in the document, or a known person's (`M. Rutte`)
    const known =
      registry.get(fold(words[0])) ??
      longestMatch(lexicon().trie, tokens, start)?.hits.find((h) => h.entity.type === 'Person')?.entity;
    if (known) return known;
  }
  const entity: Entity = lexicon().entities.get(entityId('Person', label)) ?? {
    id: entityId('Person', label),
    label,
    type: 'Person',
  };
  if (words.length > 1) registry.set(fold(words.at(-1)!), entity);
  return entity;
}

/** A courtesy title at `i` (`M.`, `Mme`, `Mr.`, `Dr`), and how many tokens it spans. */
function titleAt(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (t?.kind !== 'word') return 0;
  const titles = lexicon().titles;
  return titles.has(t.norm) ? 1 : 0;
}

/** An office word (`ministre`, `secrétaire général`) ending just before token `i`, within a short phrase. */
function officeBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 9; k--) {
    if (tokens[k].kind === 'punct' && tokens[k].text !== ',' && tokens[k].text !== '-') return false;
    if (officeStartsAt(tokens, k)) return true;
  }
  return false;
}

/** An office in apposition right after token `k`: `, le commandant en chef`, `, the President of`, `, a Deputy of`. */
function officeAfter(tokens: Token[], k: number): boolean {
  if (tokens[k]?.text !== ',') return false;
  let j = k + 1;
  while (j < k + 4 && (DETERMINERS.has(tokens[j]?.lower ?? '') || ENGLISH_INDEFINITES.test(tokens[j]?.lower ?? '')))
    j++;
  return [j, j + 1].some((x) => officeStartsAt(tokens, x));
}

/** French names of capitals and large cities, folded, with their English names. */
const EXONYMS = new Map(Object.entries(PLACE_EXONYMS).map(([french, english]) => [fold(french), english]));

/** A registry value for an office held by several people in the document. */
const AMBIGUOUS: Entity = { id: '', label: '', type: 'Person' };

/** The office named right before or in apposition after a person (`le secrétaire général de l'OTAN, M. X`, `X, NATO Secretary General`), folded; not a second office. */
function officeOf(tokens: Token[], m: Mention): string | undefined {
  const lex = lexicon();
  let end = m.start;
  while (
    end > 0 &&
    (lex.titles.has(tokens[end - 1].norm) ||
      tokens[end - 1].text === ',' ||
      DEFINITE_ARTICLES.test(tokens[end - 1].lower))
  )
    end--;
  let head: TrieMatch | undefined;
  let at = -1;
  for (let k = end - 1; k >= 0 && k >= end - 10; k--) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.text !== '-') break;
    const match = longestMatch(lex.offices, tokens, k);
    if (match && !GENITIVES.has(tokens[k - 1]?.lower ?? '')) {
      head = match;
      at = k;
    }
  }
  // after the name: `X, NATO Secretary General`
  if (!head && tokens[m.end]?.text === ',') {
    for (let k = m.end + 1; k < tokens.length && k <= m.end + 4 && tokens[k].kind !== 'punct'; k++) {
      const match = longestMatch(lex.offices, tokens, k);
      if (match) {
        head = match;
        at = k;
        break;
      }
    }
  }
  if (!head || SECOND_OFFICE.has(tokens[at - 1]?.lower ?? '')) return undefined;
  return tokens
    .slice(at, at + head.length)
    .map((t) => t.norm)
    .join(' ');
}
type TrieMatch = NonNullable<ReturnType<typeof longestMatch>>;

/** A bare office after an article (`le secrétaire général`), standing for its one holder named before; not when a name or a body follows it. */
function roleAt(tokens: Token[], i: number, registry: NameRegistry): Mention | undefined {
  const match = longestMatch(lexicon().offices, tokens, i);
  if (!match) return undefined;
  const holder = registry.get(
    `office:${tokens
      .slice(i, i + match.length)
      .map((t) => t.norm)
      .join(' ')}`,
  );
  if (!holder) return undefined;
  const next = tokens[i + match.length];
  // (`le président de la Croatie`, `le président ukrainien`, `the President, X`: another office phrase)
  // (and `le premier ministre iraquien`: any adjective after it; a verb, an adverb or a preposition may follow a bare office)
  const adjective =
    next?.kind === 'word' &&
    !next.cap &&
    !AUXILIARIES.has(next.lower) &&
    !PREPOSITIONS.has(next.lower) &&
    !CLAUSE_BOUNDARIES.has(next.lower) &&
    !/(ment|ly)$/.test(next.lower) &&
    !verbSense(next.lower, 'fr') &&
    !verbSense(next.lower, 'en') &&
    !NOT_OFFICE_ADJECTIVES.test(next.lower);
  if (
    next &&
    (next.cap ||
      next.text === ',' ||
      GENITIVES.has(next.lower) ||
      adjective ||
      longestMatch(lexicon().trie, tokens, i + match.length)?.hits.some((h) => h.adjective))
  )
    return undefined;
  // (held by two people: a person nobody can name here, who still stands between a pronoun and the people named before)
  return { start: i, end: i + match.length, entity: holder.id ? holder : undefined, adjective: false, source: 'role' };
}

/** An office or courtesy title ends at token `k` (`Foreign Minister`, `Secretary General`, `Mr.`). */
function officeEndsAt(tokens: Token[], k: number): boolean {
  const lex = lexicon();
  if (k < 0) return false;
  if (lex.titles.has(tokens[k].norm)) return true;
  for (let j = k; j >= 0 && j >= k - 3; j--) {
    const m = longestMatch(lex.offices, tokens, j);
    if (m && j + m.length === k + 1) return true;
  }
  return false;
}

const HEADS = {
  equipment: new Set(EQUIPMENT_HEADS.map(fold)),
  organization: new Set(ORGANIZATION_HEADS),
  english: new Set(ENGLISH_BODY_HEADS),
  opening: new Set(ENGLISH_OPENING_HEADS),
  kinds: new Set(BODY_KINDS.map(fold)),
  kindAdjectives: new Set(BODY_KIND_ADJECTIVES),
  location: new Set(LOCATION_HEADS.map(fold)),
  notPlaces: new Set(NOT_PLACES.map(fold)),
};
/** A model name: a capitalised word or a code with digits (`Shahed`, `CV90`, `TB2`). */
const modelWord = (tokens: Token[], i: number) => {
  const t = tokens[i];
  return (
    !!t &&
    t.kind !== 'punct' &&
    (t.cap || hasNumber(t.text)) &&
    !DETERMINERS.has(t.lower) &&
    !PREPOSITIONS.has(t.lower) &&
    !longestMatch(lexicon().trie, tokens, i)
  );
};
/** A model name starts with a letter: `Leopard 2`, `TB2`, not the count in `12 chars`. */
const modelStart = (tokens: Token[], i: number) => modelWord(tokens, i) && LETTER.test(tokens[i].text);

const entity = (type: EntityType, label: string): Entity => ({ id: entityId(type, label), label, type });
const text = (tokens: Token[], start: number, end: number) =>
  tokens
    .slice(start, end)
    .map((t, k) => (k > 0 && t.start > tokens[start + k - 1].end ? ' ' : '') + t.text)
    .join('');

const DESCRIBED = new Set<EntityType>(['Organization', 'Group', 'Event']);

const LONG_WORD = /^\p{L}{4,}$/u;

/** The common nouns a body's or event's name is built on: `coalition of the willing` → coalition; `G7 summit` → summit. */
function headNouns(label: string): string[] {
  const words = label.split(/\s+/);
  if (words.length < 2) return [];
  return [words[0], words.at(-1)!]
    .filter(
      (w) =>
        LONG_WORD.test(w) &&
        (LOWER_FIRST.test(w) || HEADS.organization.has(w) || HEADS.english.has(w) || /^(Summit|Group)$/.test(w)),
    )
    .map(fold);
}

const LOWERCASE = /^[\p{Ll}'-]+$/u;
/** A word in lowercase letters (`combat`, `d'infanterie`). */
const lowercaseWord = (t: Token | undefined) => !!t && t.kind === 'word' && LOWERCASE.test(t.text);

/** `drones Shahed`, `véhicules de combat CV90`, `Brimstone missiles`, `Bayraktar TB2 drones`: a named model. */
function equipmentName(tokens: Token[], i: number): Mention | undefined {
  if (HEADS.equipment.has(tokens[i].norm)) {
    // between the kind and the name: one adjective, and `de X` complements (`véhicules de combat d'infanterie CV90`)
    let k = i + 1;
    if (lowercaseWord(tokens[k]) && !NAME_LINKS.has(tokens[k].lower) && !PREPOSITIONS.has(tokens[k].lower)) k++;
    while (
      k < i + 5 &&
      COMPLEMENT_OF.has(tokens[k]?.lower ?? '') &&
      lowercaseWord(tokens[k + 1]) &&
      !DETERMINERS.has(tokens[k + 1].lower)
    )
      k += 2;
    let n = modelStart(tokens, k) ? 1 : 0;
    while (n === 1 && modelWord(tokens, k + n)) n++;
    if (n > 0 && k - i <= 4)
      return {
        start: i,
        end: k + n,
        entity: entity('Equipment', text(tokens, k, k + n)),
        adjective: false,
        source: 'pattern',
      };
    return undefined;
  }
  if (!modelStart(tokens, i) || (i === 0 && !hasNumber(tokens[i].text))) return undefined;
  let n = 1;
  if (modelWord(tokens, i + 1)) n = 2;
  for (let k = i + n; k < i + n + 4 && tokens[k]; k++) {
    if (HEADS.equipment.has(tokens[k].norm))
      return {
        start: i,
        end: k + 1,
        entity: entity('Equipment', text(tokens, i, i + n)),
        adjective: false,
        source: 'pattern',
      };
    if (tokens[k].cap || tokens[k].kind !== 'word') break;
  }
  return undefined;
}

/** A country with a demonym named at `k` (`ukrainien`, `Ukraine`), and the length of its name there. */
function countryAt(
  tokens: Token[],
  k: number,
  match = longestMatch(lexicon().trie, tokens, k),
): { entity: Entity; length: number } | undefined {
  const hit = match?.hits.find((h) => h.entity.type === 'Country' && h.entity.demonym);
  return hit && { entity: hit.entity, length: match!.length };
}

/** First words of the portfolios named in two words (`affaires` of `affaires étrangères`): no other word starts one. */
const PORTFOLIO_STARTS = new Set(
  Object.keys(PORTFOLIO_NAMES)
    .filter((name) => name.includes(' '))
    .map((name) => name.split(' ')[0]),
);

/** A portfolio's English name at `k`, in two words or one (`affaires étrangères`, `défense`), and its length. */
function portfolioAt(tokens: Token[], k: number): { name: string; length: number } | undefined {
  const two =
    k + 2 <= tokens.length && PORTFOLIO_STARTS.has(tokens[k].lower)
      ? PORTFOLIO_NAMES[`${tokens[k].lower} ${tokens[k + 1].lower}`]
      : undefined;
  if (two) return { name: two, length: 2 };
  const one = k + 1 <= tokens.length ? PORTFOLIO_NAMES[tokens[k].lower] : undefined;
  return one ? { name: one, length: 1 } : undefined;
}

/** `Ukrainian Ministry of Defence`: the ministry of a country's portfolio, named in English. */
function ministryMention(start: number, end: number, country: Entity, portfolio: string): Mention {
  const label = `${country.demonym} Ministry of ${portfolio}`;
  return {
    start,
    end,
    entity: { id: entityId('Organization', label), label, type: 'Organization' },
    adjective: false,
    source: 'pattern',
  };
}

/**
 * A country's ministry, named in English whatever the language: `le ministère ukrainien de la Défense`,
 * `ministère de la Défense ukrainien`, `Ukraine's Defence Ministry`, `the Ukrainian Ministry of Defence`.
 * `match` is the gazetteer's match at `i`, which the English forms start with.
 */
function ministry(tokens: Token[], i: number, match: TrieMatch | undefined): Mention | undefined {
  if (tokens[i].lower === 'ministère') {
    let k = i + 1;
    let country = countryAt(tokens, k);
    if (country) k += country.length;
    if (!MINISTRY_OF.has(tokens[k]?.lower ?? '')) return undefined;
    k += tokens[k + 1]?.lower === 'la' || tokens[k + 1]?.lower === "l'" ? 2 : 1;
    const portfolio = portfolioAt(tokens, k);
    if (!portfolio) return undefined;
    k += portfolio.length;
    if (!country) {
      country = countryAt(tokens, k);
      if (country) k += country.length;
    }
    return country ? ministryMention(i, k, country.entity, portfolio.name) : undefined;
  }
  // English: `Ukrainian Ministry of Defence`, `Ukraine's Defence Ministry`, `the Ukrainian defence ministry`
  const country = countryAt(tokens, i, match);
  if (!country) return undefined;
  const k = i + 1 + (tokens[i + 1]?.lower === "'s" ? 1 : 0);
  if (tokens[k]?.lower === 'ministry' && tokens[k + 1]?.lower === 'of') {
    const portfolio = portfolioAt(tokens, k + 2);
    return portfolio ? ministryMention(i, k + 2 + portfolio.length, country.entity, portfolio.name) : undefined;
  }
  const portfolio = portfolioAt(tokens, k);
  return portfolio && tokens[k + portfolio.length]?.lower === 'ministry'
    ? ministryMention(i, k + portfolio.length + 1, country.entity, portfolio.name)
    : undefined;
}

/** Words that end a French body's name: the complement stops before a date, an office, a verb. */
const endsFrenchName = (tokens: Token[], k: number) => {
  const t = tokens[k];
  return (
    t.kind !== 'word' ||
    AUXILIARIES.has(t.lower) ||
    CLAUSE_BOUNDARIES.has(t.lower) ||
    HEADS.notPlaces.has(t.norm) ||
    !!longestMatch(lexicon().offices, tokens, k) ||
    !!verbSense(t.lower, 'fr')
  );
};
/** A capitalised word inside an English name: not an office or a courtesy title. */
const englishNameWord = (tokens: Token[], k: number) => {
  const t = tokens[k];
  return (
    !!t &&
    t.kind !== 'punct' &&
    (t.cap || (hasNumber(t.text) && UPPER.test(t.text))) &&
    !DETERMINERS.has(t.lower) &&
    !longestMatch(lexicon().offices, tokens, k) &&
    !lexicon().titles.has(t.norm) &&
    !HEADS.notPlaces.has(t.norm)
  );
};

/**
 * The name of a body no lexicon holds. French: a capitalised head and its complement
 * (`Armée de libération nationale`, `Conseil des affaires étrangères`). English: capitalised
 * words ending with a head (`the Electoral Commission`, `Unity/Edinstvo Political Bloc`), or a
 * head before `of`/`for` (`Office of Foreign Assets Control`, `Agency for International Development`).
 */
function bodyName(tokens: Token[], i: number, language: string): Mention | undefined {
  const t = tokens[i];
  const french = language === 'fr' || (language === 'other' && FRENCH_NEXT.test(tokens[i + 1]?.lower ?? ''));
  if (french && HEADS.organization.has(t.text)) {
    let last = i;
    for (let k = i + 1; k < tokens.length && k <= i + 8; k++) {
      if (endsFrenchName(tokens, k)) break;
      if (!NAME_LINKS.has(tokens[k].lower)) last = k;
      // `Congrès péruvien`: a country's adjective closes the name
      if (!tokens[k].cap && longestMatch(lexicon().trie, tokens, k)?.hits.some((h) => h.adjective)) break;
    }
    if (last > i)
      return {
        start: i,
        end: last + 1,
        entity: entity('Organization', text(tokens, i, last + 1)),
        adjective: false,
        source: 'pattern',
      };
    if (language === 'fr') return undefined;
  }
  if (language === 'fr' || !englishNameWord(tokens, i)) return undefined;
  let end = i;
  let head = false;
  for (let k = i; k < tokens.length && k < i + 10; ) {
    if (englishNameWord(tokens, k)) {
      head ||= HEADS.english.has(tokens[k].text) && (k > i || HEADS.opening.has(tokens[k].text));
      end = ++k;
      continue;
    }
    // `of the`, `for`, `on` inside a name, after a head; `/` between two names of one body
    const after = tokens[k].lower === 'the' ? k + 1 : k;
    if (
      k > i &&
      /^(of|for|on)$/.test(tokens[k].lower) &&
      head &&
      englishNameWord(tokens, tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1)
    ) {
      k += tokens[k + 1]?.lower === 'the' ? 2 : 1;
      continue;
    }
    if (k > i && tokens[k].text === '/' && englishNameWord(tokens, k + 1) && after === k) {
      k++;
      continue;
    }
    // `Tigray People's Liberation Front (TPLF)`: a possessive inside a name that its acronym spells from the first word
    if (
      k > i &&
      tokens[k].lower === "'s" &&
      englishNameWord(tokens, k + 1) &&
      !longestMatch(lexicon().trie, tokens, k - 1) &&
      acronymFrom(tokens, k + 1, t)
    ) {
      k++;
      continue;
    }
    break;
  }
  if (!head || end - i < 2) return undefined;
  return { start: i, end, entity: entity('Organization', text(tokens, i, end)), adjective: false, source: 'pattern' };
}

/** A capitalised word no lexicon explains, and not a given name before a surname. */
const unknownCap = (tokens: Token[], k: number) =>
  !!tokens[k]?.cap &&
  tokens[k].kind === 'word' &&
  !HEADS.notPlaces.has(tokens[k].norm) &&
  !longestMatch(lexicon().trie, tokens, k) &&
  !(lexicon().firstNames.has(tokens[k].norm) && tokens[k + 1]?.cap);

/** A place named by tokens `i` to `end`, the mention from `start` (labelled in English where the French name of a large city differs: `Mogadiscio` → Mogadishu). */
function place(tokens: Token[], i: number, end: number, start = i): Mention {
  return {
    start,
    end,
    entity: entity('Location', EXONYMS.get(fold(text(tokens, i, end))) ?? text(tokens, i, end)),
    adjective: false,
    source: 'pattern',
  };
}

/** `la ville de Lviv`, `le port d'Izmaïl`, `l'île japonaise de Hokkaido`, `Kharkiv region`, `à Djibo`. */
function placeName(tokens: Token[], i: number, previous: Token | undefined): Mention | undefined {
  if (!unknownCap(tokens, i)) return undefined;
  // head before: `ville de X`, `port d'X` (an adjective may stand between: `île japonaise de X`); the mention spans the head
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (!SINGULAR_GENITIVES.test(tokens[i - 1]?.lower ?? '')) break;
    // (a compass adjective after the name is part of it: `État du Darfour méridional`)
    if (HEADS.location.has(tokens[k].norm))
      return place(tokens, i, i + 1 + (COMPASS_ADJECTIVES.has(tokens[i + 1]?.lower ?? '') ? 1 : 0), k);
  }
  // head after: `Kharkiv region`
  if (HEADS.location.has(tokens[i + 1]?.norm ?? '') && !tokens[i + 1].cap) return place(tokens, i, i + 1);
  // `à Djibo`, `near Isfahan`, `in Herat`: one capitalised word, not a name's start (after `in`, a known town or a country after it)
  if (
    previous &&
    TOWN_PREPOSITIONS.test(previous.lower) &&
    !tokens[i + 1]?.cap &&
    (!/^(in|at)$/.test(previous.lower) || countryAfter(tokens, i + 1) || isPlace(tokens[i].text, 10_000))
  )
    return place(tokens, i, i + 1);
  // `de Tessit (Mali)`, `Baidoa, Somalia,`, `Niamey, the capital of Niger`: a place followed by its country
  if (
    (countryAfter(tokens, i + 1) || capitalOf(tokens, i + 1) > 0) &&
    i > 0 &&
    !PREPOSITIONS.has(tokens[i + 1]?.lower ?? '')
  )
    return place(tokens, i, i + 1);
  return undefined;
}

/** `in the Arabian Peninsula`, `dans la péninsule Arabique` after a body's name: the length of a regional qualifier that no lexicon entry explains, or 0. */
function regionalBranch(tokens: Token[], k: number): number {
  if (!/^(in|dans)$/.test(tokens[k]?.lower ?? '') || !DEFINITE_ARTICLES.test(tokens[k + 1]?.lower ?? '')) return 0;
  let n = k + 2;
  while (n < tokens.length && n < k + 5 && tokens[n].cap && tokens[n].kind === 'word') n++;
  const known = longestMatch(lexicon().trie, tokens, k + 2);
  return n > k + 2 && !(known && k + 2 + known.length === n) ? n - k : 0;
}

/** Whether the capitalised run from `k` ends in an acronym definition whose first letter is the initial of `first` (`… Front (TPLF)`). */
function acronymFrom(tokens: Token[], k: number, first: Token): boolean {
  let j = k;
  while (j < tokens.length && j < k + 8 && (englishNameWord(tokens, j) || /^(of|for|the|and)$/.test(tokens[j].lower)))
    j++;
  const acronym = tokens[j]?.text === '(' && tokens[j + 2]?.text === ')' ? tokens[j + 1].text : '';
  return DEFINED_ACRONYM.test(acronym) && fold(acronym)[0] === first.norm[0];
}

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]{1,5}(-\p{Lu}{1,3})?$/u;
const ROMAN = /^[IVXLCDM]+$/;
/** A word in capitals (`NIAMEY`, `NATO`). */
const shouted = (u: Token | undefined) =>
  !!u && u.kind === 'word' && u.text.length > 1 && u.text === u.text.toUpperCase() && UPPER.test(u.text);

/**
 * An acronym at `i`: two to six capitals (digits and one hyphen allowed: `FARC-EP`, `M23`), not a
 * Roman numeral, not a word of the sentence in capitals (a dateline `NIAMEY –`, a shouted word).
 */
function standaloneAcronym(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  // (a capital first: most words are done with before the patterns)
  if (t.kind !== 'word' || !t.cap || !ACRONYM.test(t.text) || ROMAN.test(t.text) || NOT_ACRONYMS.has(t.text))
    return false;
  if (/^[–—-]$/.test(tokens[i + 1]?.text ?? '') || (i === 0 && tokens[1]?.text === ',')) return false;
  // (a run of words in capitals is a dateline or a headline: `NEW YORK, 10 June`)
  if (shouted(tokens[i - 1]) || shouted(tokens[i + 1])) return false;
  const upper = tokens.filter((u) => u.kind === 'word' && u.text.length > 1 && u.text === u.text.toUpperCase()).length;
  return upper <= 3 && !lexicon().titles.has(t.norm);
}

/**
 * The length of a proper name at `i` that no evidence types, or 0: inside a sentence (after a
 * lowercase word or a comma), not a word the dictionaries hold (`the Charter`, `Executive Order`).
 */
function untypedName(tokens: Token[], i: number): number {
  const before = tokens[i - 1];
  if (!before || !(before.text === ',' || (before.kind === 'word' && !before.cap)) || officeEndsAt(tokens, i - 1))
    return 0;
  const n = properRun(tokens, i);
  // (nor a word of an office: `Vice President`, `Affaires étrangères`)
  if (n === 0 || tokens.slice(i, i + n + 1).some((_, j) => insideOffice(tokens, i + j))) return 0;
  const words = dictionaryWords();
  const run = tokens.slice(i, i + n).filter((t) => t.kind === 'word' && !NAME_RUN_LINKS.test(t.lower));
  return run.every((t) => words.has(t.norm) || lexicon().firstNames.has(t.norm)) ? 0 : n;
}

/** A proper name or code (`Boko Haram`, `M23`, `A7`) at `i`: its length, up to four words, or 0. */
const properWord = (t: Token | undefined) =>
  !!t &&
  t.kind !== 'punct' &&
  (t.cap || (hasNumber(t.text) && UPPER.test(t.text))) &&
  !DETERMINERS.has(t.lower) &&
  !PREPOSITIONS.has(t.lower) &&
  !lexicon().titles.has(t.norm) &&
  !HEADS.notPlaces.has(t.norm);

function properRun(tokens: Token[], i: number): number {
  let k = i;
  const word = properWord;
  while (k < tokens.length && k < i + 5 && !longestMatch(lexicon().offices, tokens, k)) {
    if (word(tokens[k])) k++;
    else if (k > i && NAME_RUN_LINKS.test(tokens[k].lower) && word(tokens[k + 1])) k += 2;
    else break;
  }
  return k - i;
}

/** Up to two lowercase adjectives from `k` on (`terroriste`, `armed`, `political`), then a kind of body: the index after it, or -1. */
function kindAt(tokens: Token[], k: number): number {
  for (let j = k; j < k + 3 && j < tokens.length; j++) {
    if (HEADS.kinds.has(tokens[j].norm)) return j + 1;
    if (!HEADS.kindAdjectives.has(tokens[j].lower)) return -1;
  }
  return -1;
}

/** A name beside a kind of body, before it (`le groupe armé X`), after it (`the X terrorist group`) or in apposition (`X, a company with …`). */
function namedBody(tokens: Token[], i: number): Mention | undefined {
  const n = properRun(tokens, i);
  if (n === 0 || longestMatch(lexicon().trie, tokens, i)) return undefined;
  const body = (start: number, end: number): Mention => ({
    start,
    end,
    entity: entity('Organization', text(tokens, i, i + n)),
    adjective: false,
    source: 'kind',
  });
  // before: the kind and at most two adjectives right before the name; the mention spans them (`par le groupe armé X`)
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    if (HEADS.kinds.has(tokens[j].norm) && !tokens[j].cap)
      return tokens.slice(j + 1, i).every((t) => HEADS.kindAdjectives.has(t.lower)) ? body(j, i + n) : undefined;
    if (tokens[j].kind !== 'word' || tokens[j].cap) break;
  }
  // after: `the Boko Haram terrorist group`
  const after = kindAt(tokens, i + n);
  if (after > 0 && !tokens[i + n].cap) return body(i, i + n);
  // apposition: `A7, a company`, `X, une entreprise`
  if (tokens[i + n]?.text === ',' && ARTICLES.test(tokens[i + n + 1]?.lower ?? '') && kindAt(tokens, i + n + 2) > 0)
    return body(i, i + n);
  return undefined;
}

/** `, the capital of Egypt`, `, capitale du Mali`: the index of the country's first token after `k`, or -1. */
export function capitalOf(tokens: Token[], k: number): number {
  if (tokens[k]?.text !== ',') return -1;
  let j = k + 1;
  if (CAPITAL_ARTICLES.test(tokens[j]?.lower ?? '')) j++;
  if (!CAPITAL_NOUNS.test(tokens[j]?.lower ?? '') || !SINGULAR_GENITIVES.test(tokens[j + 1]?.lower ?? '')) return -1;
  j += 2;
  if (CAPITAL_ARTICLES.test(tokens[j]?.lower ?? '')) j++;
  return longestMatch(lexicon().trie, tokens, j)?.hits.some((h) => h.entity.type === 'Country' && !h.adjective)
    ? j
    : -1;
}

/** A country named right after token `k` in apposition: `(Afghanistan)`, `, Niger` (not `, Niger and Mali`). */
function countryAfter(tokens: Token[], k: number): boolean {
  const open = tokens[k]?.text;
  if (open !== '(' && open !== ',') return false;
  const match = longestMatch(lexicon().trie, tokens, k + 1);
  if (!match?.hits.some((h) => h.entity.type === 'Country' && !h.adjective)) return false;
  const close = tokens[k + 1 + match.length]?.text;
  return open === '(' ? close === ')' : close === ',' || close === '.' || close === undefined;
}

/** A headline in title case (`Treasury Sanctions Three Nicaraguan Officials`): capitals there are no evidence of a name. */
function isTitleCase(tokens: Token[]): boolean {
  let long = 0;
  for (const t of tokens) {
    if (
      t.kind !== 'word' ||
      t.text.length <= 3 ||
      PREPOSITIONS.has(t.lower) ||
      DETERMINERS.has(t.lower) ||
      CLAUSE_BOUNDARIES.has(t.lower)
    )
      continue;
    if (!t.cap) return false;
    long++;
  }
  return long >= 4;
}

/** A sentence being read: its tokens, the document's names so far, the mentions found and the tokens they cover. */
interface Reading {
  tokens: Token[];
  registry: NameRegistry;
  mentions: Mention[];
  covered: boolean[];
}

/** Records a mention, and what it tells of the rest of the document. */
function addMention({ tokens, registry, mentions, covered }: Reading, m: Mention): void {
  mentions.push(m);
  for (let k = m.start; k < m.end; k++) covered[k] = true;
  // `the coalition`, `le Conseil`, `the summit` later stand for the body or event named here
  // (by its English label and by the words of the text: `le Conseil de sécurité` → `le Conseil`)
  if (m.entity && DESCRIBED.has(m.entity.type) && m.source !== 'description') {
    const surface = tokens
      .slice(m.start, m.end)
      .filter((t) => HEADS.organization.has(t.text))
      .map((t) => t.norm);
    for (const head of new Set([...headNouns(m.entity.label), ...surface])) registry.set(`head:${head}`, m.entity);
  }
  // `le secrétaire général de l'OTAN, M. X`: `le secrétaire général` later stands for X, while one person holds that office in the document
  if (m.entity?.type === 'Person' && m.source !== 'role') {
    const office = officeOf(tokens, m);
    if (office) {
      const holder = registry.get(`office:${office}`);
      registry.set(`office:${office}`, holder && holder.id !== m.entity.id ? AMBIGUOUS : m.entity);
    }
  }
  // `Alliance des États du Sahel (AES)`: the acronym names the same body in the rest of the document
  if (
    tokens[m.end]?.text === '(' &&
    tokens[m.end + 2]?.text === ')' &&
    DEFINED_ACRONYM.test(tokens[m.end + 1].text) &&
    m.entity &&
    m.entity.type !== 'Person' &&
    abbreviates(tokens[m.end + 1].text, text(tokens, m.start, m.end))
  ) {
    registry.set(tokens[m.end + 1].norm, m.entity);
  }
}

export function findMentions(tokens: Token[], registry: NameRegistry, language = 'other'): Mention[] {
  const lex = lexicon();
  const titleCase = isTitleCase(tokens);
  const mentions: Mention[] = [];
  const covered = new Array<boolean>(tokens.length).fill(false);
  const reading: Reading = { tokens, registry, mentions, covered };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // `sommet de Washington` → Washington summit
    if ((t.lower === 'sommet' || t.lower === 'summit') && i + 2 < tokens.length) {
      const place = tokens[i + 1].lower === 'de' ? longestMatch(lex.trie, tokens, i + 2) : undefined;
      const loc = place?.hits.find((h) => h.entity.type === 'Location')?.entity;
      if (place && loc) {
        addMention(reading, {
          start: i,
          end: i + 2 + place.length,
          entity: entity('Event', `${loc.label} summit`),
          adjective: false,
          source: 'pattern',
        });
        i += 1 + place.length;
        continue;
      }
    }
    const match = longestMatch(lex.trie, tokens, i);
    // a longer pattern wins over a lexicon word it starts with: `Alliance des États du Sahel` is not NATO's `Alliance`
    // (only `ministère` or a country's name or adjective can open one)
    const office =
      t.lower === 'ministère' || match?.hits.some((h) => h.entity.type === 'Country')
        ? ministry(tokens, i, match)
        : undefined;
    if (office) {
      addMention(reading, office);
      i = office.end - 1;
      continue;
    }
    const model = equipmentName(tokens, i);
    const body = t.cap && !titleCase && (!match || match.length === 1) ? bodyName(tokens, i, language) : undefined;
    const named = model ?? body;
    if (named && (!match || named.end > i + match.length)) {
      addMention(reading, named);
      i = named.end - 1;
      continue;
    }
    if (match) {
      const hit = match.hits.find((h) => !h.adjective) ?? match.hits[0];
      const known = hit.entity.type === 'Person' && match.length === 1 ? registry.get(fold(t.text)) : undefined;
      // `les Russes`, `Russians`: a capitalised plural demonym names the people, who act as their state
      const people = hit.adjective && t.cap && match.length === 1 && /s$/.test(t.text);
      // `Al-Qaeda in the Arabian Peninsula`: a branch named after its region is its own body
      const branch =
        hit.entity.type === 'Organization' && !hit.adjective ? regionalBranch(tokens, i + match.length) : 0;
      if (branch) {
        addMention(reading, {
          start: i,
          end: i + match.length + branch,
          entity: entity('Organization', text(tokens, i, i + match.length + branch)),
          adjective: false,
          source: 'pattern',
        });
        i += match.length + branch - 1;
        continue;
      }
      // `Darfour méridional`, `Kivu oriental`: a compass adjective makes another region of a known one
      if (hit.entity.type === 'Location' && COMPASS_ADJECTIVES.has(tokens[i + match.length]?.lower ?? '')) {
        addMention(reading, {
          start: i,
          end: i + match.length + 1,
          entity: entity('Location', text(tokens, i, i + match.length + 1)),
          adjective: false,
          source: 'pattern',
        });
        i += match.length;
        continue;
      }
      addMention(reading, {
        start: i,
        end: i + match.length,
        entity: known ?? hit.entity,
        adjective: hit.adjective && !people,
        source: 'lexicon',
      });
      if (hit.entity.type === 'Person' && match.length > 1)
        registry.set(fold(tokens[i + match.length - 1].text), hit.entity);
      i += match.length - 1;
      continue;
    }
    if (t.kind !== 'word') continue;
    // `la coalition`, `the summit`: a definite description of a body or event named before
    // (a capitalised head is a name by itself: `Council President X` after `the Security Council`)
    const described =
      DEFINITE.has(tokens[i - 1]?.lower ?? '') || (t.cap && i > 0 && HEADS.english.has(t.text))
        ? registry.get(`head:${t.norm}`)
        : undefined;
    if (described) {
      addMention(reading, { start: i, end: i + 1, entity: described, adjective: false, source: 'description' });
      continue;
    }
    // `le secrétaire général`, `the Prime Minister`: the one person who holds that office in the document
    const role = DEFINITE.has(tokens[i - 1]?.lower ?? '') ? roleAt(tokens, i, registry) : undefined;
    if (role) {
      addMention(reading, role);
      i = role.end - 1;
      continue;
    }
    // a name or acronym seen before in the document (`M. Stoltenberg` → Jens Stoltenberg, `l'AES`)
    const known = t.cap ? registry.get(t.norm) : undefined;
    if (known && !(known.type === 'Person' && tokens[i + 1]?.cap && nameWord(tokens, i + 1))) {
      addMention(reading, { start: i, end: i + 1, entity: known, adjective: false, source: 'surname' });
      continue;
    }
    // `le groupe terroriste Boko Haram`, `the Boko Haram terrorist group`, `A7, a company`: a name beside a kind of body
    const kind = t.cap || hasNumber(t.text) ? namedBody(tokens, i) : undefined;
    if (kind) {
      addMention(reading, kind);
      i = kind.end - 1;
      continue;
    }
    // M. Dupont, General Smith, Mr. John Smith
    const title = titleAt(tokens, i);
    if (title) {
      const n = nameRun(tokens, i + title, 4);
      if (n > 0) {
        addMention(reading, {
          start: i + title,
          end: i + title + n,
          entity: person(tokens, i + title, i + title + n, registry),
          adjective: false,
          source: 'title',
        });
        i += title + n - 1;
        continue;
      }
    }
    // Volodymyr Zelensky, Kaja Kallas
    if (t.cap && lex.firstNames.has(t.norm)) {
      const n = nameRun(tokens, i + 1, 3);
      if (n > 0) {
        addMention(reading, {
          start: i,
          end: i + 1 + n,
          entity: person(tokens, i, i + 1 + n, registry),
          adjective: false,
          source: 'first-name',
        });
        i += n;
        continue;
      }
    }
    // `le ministre de la Défense, Rustem Umerov`, `Iranian Foreign Minister Abbas Araghchi`
    // (after a preposition, capitalised words complete the office: `Secretary General for Political Affairs`)
    if (
      t.cap &&
      (tokens[i - 1]?.text === ',' || officeEndsAt(tokens, i - 1)) &&
      officeBefore(tokens, tokens[i - 1]?.text === ',' ? i - 1 : i)
    ) {
      const n = nameRun(tokens, i, 4);
      // (a surname alone right after its office: `Secretary Rubio`, `le président Bazoum`)
      if (n >= 2 || (n === 1 && officeEndsAt(tokens, i - 1) && !lexicon().seats.has(tokens[i - 1].norm))) {
        addMention(reading, {
          start: i,
          end: i + n,
          entity: person(tokens, i, i + n, registry),
          adjective: false,
          source: 'apposition',
        });
        i += n - 1;
        continue;
      }
    }
    // `Ko Lin, le commandant en chef`, `Aung Tun, the acting president`: a name with an office in apposition
    if (t.cap) {
      const n = nameRun(tokens, i, 4);
      if (n >= 2 && officeAfter(tokens, i + n)) {
        addMention(reading, {
          start: i,
          end: i + n,
          entity: person(tokens, i, i + n, registry),
          adjective: false,
          source: 'apposition',
        });
        i += n - 1;
        continue;
      }
    }
    const place = placeName(tokens, i, tokens[i - 1]); // (a body's name was tried before the lexicon)
    if (place) {
      addMention(reading, place);
      i = place.end - 1;
      continue;
    }
    // `Jama'at Nusrat al-Islam wal-Muslimin (JNIM)`: a capitalised name defined by an acronym
    if (t.cap && i > 0) {
      let k = i;
      while (
        k < tokens.length &&
        k < i + 7 &&
        (tokens[k].cap ||
          ARTICLE_PREFIX.test(tokens[k].lower) ||
          NAME_LINKS.has(tokens[k].lower) ||
          (tokens[k].lower === "'s" && tokens[k + 1]?.cap))
      )
        k++;
      // (with a possessive inside, only when the acronym starts with the name: the words are looked at last)
      if (
        k - i >= 2 &&
        tokens[k]?.text === '(' &&
        tokens[k + 2]?.text === ')' &&
        DEFINED_ACRONYM.test(tokens[k + 1].text) &&
        abbreviates(tokens[k + 1].text, text(tokens, i, k)) &&
        (tokens[k + 1].norm[0] === t.norm[0] || !tokens.slice(i, k).some((u) => u.lower === "'s"))
      ) {
        addMention(reading, {
          start: i,
          end: k,
          entity: entity('Organization', text(tokens, i, k)),
          adjective: false,
          source: 'pattern',
        });
        i = k - 1;
        continue;
      }
    }
    // `les FARC`, `the TPLF`: an acronym no lexicon holds names a body (datelines and headlines in capitals aside)
    if (!titleCase && standaloneAcronym(tokens, i))
      addMention(reading, {
        start: i,
        end: i + 1,
        entity: entity('Organization', t.text),
        adjective: false,
        source: 'acronym',
      });
  }

  // last, a proper name that no evidence types stays a candidate of unknown type (`listed Volta Trading`); only some rules take it
  for (let i = 1; i < tokens.length && !titleCase; i++) {
    if (covered[i] || !tokens[i].cap) continue;
    const n = untypedName(tokens, i);
    if (n && !covered.slice(i, i + n).some(Boolean))
      addMention(reading, {
        start: i,
        end: i + n,
        entity: entity('Unknown', text(tokens, i, i + n)),
        adjective: false,
        source: 'untyped',
      });
    i += Math.max(n, 1) - 1;
  }

  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    // `du pays`, `au pays`: the contracted article holds the description's `le`
    const contracted =
      tokens[i].lower === 'pays' && /^(du|au)$/.test(tokens[i - 1]?.lower ?? '')
        ? longestMatch(lex.anaphors.trie, [{ norm: 'le', text: 'le' }, tokens[i]], 0)
        : undefined;
    const match = contracted ? { ...contracted, length: 1 } : longestMatch(lex.anaphors.trie, tokens, i);
    const impersonal =
      (tokens[i].lower === 'il' || tokens[i].lower === 'it') && IMPERSONAL.has(tokens[i + 1]?.lower ?? '');
    if (match && !impersonal && !covered.slice(i, i + match.length).some(Boolean)) {
      addMention(reading, {
        start: i,
        end: i + match.length,
        anaphor: lex.anaphors.list[Number(match.hits[0].entity.id)],
        adjective: false,
        source: 'anaphor',
      });
      i += match.length - 1;
    } else if (lex.firstPlural.has(tokens[i].norm)) {
      addMention(reading, { start: i, end: i + 1, firstPlural: true, adjective: false, source: 'first-plural' });
    } else if (lex.firstSingular.has(tokens[i].norm) && (tokens[i].text !== 'I' || tokens[i + 1]?.text !== '.')) {
      addMention(reading, { start: i, end: i + 1, firstSingular: true, adjective: false, source: 'first-singular' });
    }
  }
  return stateBodies(tokens, collectives(tokens, mergeModels(mentions.sort((a, b) => a.start - b.start))));
}

/** Where a state's body (`gouvernement`, `armed forces`) ending just before token `end` starts, or -1. */
function bodyEnding(tokens: Token[], end: number): number {
  const bodies = lexicon().stateBodies;
  for (let k = Math.max(0, end - 2); k < end; k++) if (longestMatch(bodies, tokens, k)?.length === end - k) return k;
  return -1;
}

/**
 * `le Gouvernement péruvien`, `les Gouvernements kényan et tanzanien`, `the Government of
 * Ethiopia`, `Eritrean forces`: a state's government, army or authorities named with the state
 * are the state acting; the mention grows to cover the noun, and is no longer an adjective.
 */
function stateBodies(tokens: Token[], mentions: Mention[]): Mention[] {
  const bodies = lexicon().stateBodies;
  return mentions.map((m, n) => {
    if (m.entity?.type !== 'Country') return m;
    // French: noun then adjective (`Gouvernement péruvien`, `Gouvernements kényan et tanzanien`)
    let k = m.start;
    while (
      n > 0 &&
      /^(et|and|,)$/.test(tokens[k - 1]?.lower ?? '') &&
      mentions[n - 1]?.end === k - 1 &&
      mentions[n - 1].adjective &&
      m.adjective
    )
      k = mentions[--n].start;
    const before = m.adjective ? bodyEnding(tokens, k) : -1;
    if (before >= 0) return { ...m, start: k === m.start ? before : m.start, adjective: false };
    // English: adjective then noun (`Eritrean forces`, `the Eritrean government`); not its people (`South Sudanese government officials`)
    const after = longestMatch(bodies, tokens, m.end);
    if (m.adjective && after && !PEOPLE_NOUNS.has(tokens[m.end + after.length]?.lower ?? ''))
      return { ...m, end: m.end + after.length, adjective: false };
    // `the Government of Ethiopia`, `le gouvernement du Soudan`
    if (!m.adjective && SINGULAR_GENITIVES.test(tokens[m.start - 1]?.lower ?? '')) {
      const start = bodyEnding(tokens, m.start - 1);
      if (start >= 0) return { ...m, start };
    }
    return m;
  });
}

/** Where the collective noun ending at `k` starts (`membres`, `dirigeants`, `chefs d'État et de gouvernement`, `heads of state`), or -1. */
function collectiveHead(tokens: Token[], k: number): number {
  if (COLLECTIVE_NOUNS.has(tokens[k]?.lower ?? '')) return k;
  // `les ministres des Affaires étrangères du G7`: ministers of one portfolio of the body
  let p = k;
  while (p > 0 && (insideOffice(tokens, p) || GENITIVES.has(tokens[p].lower) || DETERMINERS.has(tokens[p].lower))) p--;
  if (p < k && /^(ministres|ministers)$/.test(tokens[p]?.lower ?? '')) return p;
  // `chefs d'État (et de gouvernement)`, `heads of state (and government)`
  let j = k;
  if (
    /^(gouvernement|government)$/.test(tokens[j]?.lower ?? '') &&
    AND.test(tokens[j - 2]?.lower ?? '') &&
    /^(de|of)$/.test(tokens[j - 1]?.lower ?? '')
  )
    j -= 3;
  if (
    /^(état|etat|state)$/.test(tokens[j]?.norm ?? '') &&
    /^(d'|of)$/.test(tokens[j - 1]?.lower ?? '') &&
    /^(chefs|heads)$/.test(tokens[j - 2]?.lower ?? '')
  )
    return j - 2;
  return -1;
}

/** `les membres du Conseil de sécurité`, `the members of the Council`: the members acting together are the body (GUIDELINES §3). */
function collectives(tokens: Token[], mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    if (m.entity?.type !== 'Organization' || m.adjective) return m;
    let k = m.start - 1;
    if (DEFINITE_ARTICLES.test(tokens[k]?.lower ?? '')) k--;
    // (the members themselves unnamed: `le Mali, membre de l'AES` names them)
    if (!/^(de|du|des|d'|of)$/.test(tokens[k]?.lower ?? '')) return m;
    // `les membres du Conseil`, `les chefs d'État et de gouvernement de la CEDEAO`, `the leaders of ASEAN`
    const head = collectiveHead(tokens, k - 1);
    if (head < 0 || !/^(les|the|all|tous)$/.test(tokens[head - 1]?.lower ?? '')) return m;
    return { ...m, start: head };
  });
}

/** A kind of equipment (`fighter jets`, `avions de combat`), or a named model (`F-16`). */
const genericModel = (m: Mention) => m.entity?.type === 'Equipment' && LOWER_FIRST.test(m.entity.label);
const namedModel = (m: Mention) => m.entity?.type === 'Equipment' && !genericModel(m);

/** `F-16 fighter jets`, `avions de combat F-16`: a named model beside a generic kind is one mention of the model. */
function mergeModels(mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const last = out.at(-1);
    if (
      last &&
      last.end === m.start &&
      ((namedModel(last) && genericModel(m)) || (genericModel(last) && namedModel(m)))
    ) {
      out[out.length - 1] = { ...(namedModel(last) ? last : m), start: last.start, end: m.end };
    } else out.push(m);
  }
  return out;
}
