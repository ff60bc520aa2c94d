/**
 * Bodies no lexicon holds, named by their form: a head and its complement (`Armée de libération
 * nationale`, `the Electoral Commission`), a name beside a kind of body (`le groupe armé X`), or
 * a known body's regional branch (`Al-Qaeda in the Arabian Peninsula`).
 */
import { fold } from '../../text/fold.ts';
import type { Token } from '../../text/tokens.ts';
import { lexicon, longestMatch, verbSense } from '../lexicon/index.ts';
import {
  ARTICLES,
  AUXILIARIES,
  CLAUSE_BOUNDARIES,
  DEFINITE_ARTICLES,
  DETERMINERS,
  FRENCH_NEXT,
} from '../lexicon/grammar.ts';
import { NAME_LINKS } from '../lexicon/organizations.ts';
import type { Mention } from '../mentions.ts';
import { DEFINED_ACRONYM } from './acronyms.ts';
import { properRun } from './proper.ts';
import { entity, HEADS, hasNumber, text, UPPER } from './words.ts';

/** Words that end a French body's name: the complement stops before a date, an office, a verb. */
const endsFrenchName = (tokens: Token[], k: number) => {
  const t = tokens[k]!;
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
export function bodyName(tokens: Token[], i: number, language: string): Mention | undefined {
  const t = tokens[i]!;
  const french = language === 'fr' || (language === 'other' && FRENCH_NEXT.test(tokens[i + 1]?.lower ?? ''));
  if (french && HEADS.organization.has(t.text)) {
    let last = i;
    for (let k = i + 1; k < tokens.length && k <= i + 8; k++) {
      if (endsFrenchName(tokens, k)) break;
      const u = tokens[k]!;
      if (!NAME_LINKS.has(u.lower)) last = k;
      // `Congrès péruvien`: a country's adjective closes the name
      if (!u.cap && longestMatch(lexicon().trie, tokens, k)?.hits.some((h) => h.adjective)) break;
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
    const u = tokens[k]!;
    if (englishNameWord(tokens, k)) {
      head ||= HEADS.english.has(u.text) && (k > i || HEADS.opening.has(u.text));
      end = ++k;
      continue;
    }
    // `of the`, `for`, `on` inside a name, after a head; `/` between two names of one body
    const after = u.lower === 'the' ? k + 1 : k;
    if (
      k > i &&
      /^(of|for|on)$/.test(u.lower) &&
      head &&
      englishNameWord(tokens, tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1)
    ) {
      k += tokens[k + 1]?.lower === 'the' ? 2 : 1;
      continue;
    }
    if (k > i && u.text === '/' && englishNameWord(tokens, k + 1) && after === k) {
      k++;
      continue;
    }
    // `Tigray People's Liberation Front (TPLF)`: a possessive inside a name that its acronym spells from the first word
    if (
      k > i &&
      u.lower === "'s" &&
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

/** Whether the capitalised run from `k` ends in an acronym definition whose first letter is the initial of `first` (`… Front (TPLF)`). */
function acronymFrom(tokens: Token[], k: number, first: Token): boolean {
  let j = k;
  while (j < tokens.length && j < k + 8 && (englishNameWord(tokens, j) || /^(of|for|the|and)$/.test(tokens[j]!.lower)))
    j++;
  const acronym = tokens[j]?.text === '(' && tokens[j + 2]?.text === ')' ? tokens[j + 1]!.text : '';
  return DEFINED_ACRONYM.test(acronym) && fold(acronym)[0] === first.norm[0];
}

/** `in the Arabian Peninsula`, `dans la péninsule Arabique` after a body's name: the length of a regional qualifier that no lexicon entry explains, or 0. */
export function regionalBranch(tokens: Token[], k: number): number {
  if (!/^(in|dans)$/.test(tokens[k]?.lower ?? '') || !DEFINITE_ARTICLES.test(tokens[k + 1]?.lower ?? '')) return 0;
  let n = k + 2;
  while (n < tokens.length && n < k + 5 && tokens[n]!.cap && tokens[n]!.kind === 'word') n++;
  const known = longestMatch(lexicon().trie, tokens, k + 2);
  return n > k + 2 && !(known && k + 2 + known.length === n) ? n - k : 0;
}

/** Up to two lowercase adjectives from `k` on (`terroriste`, `armed`, `political`), then a kind of body: the index after it, or -1. */
function kindAt(tokens: Token[], k: number): number {
  for (let j = k; j < k + 3 && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (HEADS.kinds.has(t.norm)) return j + 1;
    if (!HEADS.kindAdjectives.has(t.lower)) return -1;
  }
  return -1;
}

/** A name beside a kind of body, before it (`le groupe armé X`), after it (`the X terrorist group`) or in apposition (`X, a company with …`). */
export function namedBody(tokens: Token[], i: number): Mention | undefined {
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
    const t = tokens[j]!;
    if (HEADS.kinds.has(t.norm) && !t.cap)
      return tokens.slice(j + 1, i).every((u) => HEADS.kindAdjectives.has(u.lower)) ? body(j, i + n) : undefined;
    if (t.kind !== 'word' || t.cap) break;
  }
  // after: `the Boko Haram terrorist group`
  const after = kindAt(tokens, i + n);
  if (after > 0 && !tokens[i + n]!.cap) return body(i, i + n);
  // apposition: `A7, a company`, `X, une entreprise`
  if (tokens[i + n]?.text === ',' && ARTICLES.test(tokens[i + n + 1]?.lower ?? '') && kindAt(tokens, i + n + 2) > 0)
    return body(i, i + n);
  return undefined;
}
