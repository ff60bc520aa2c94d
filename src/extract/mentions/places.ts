/**
 * Places no lexicon holds, known by the words around them: a head before (`la ville de Lviv`)
 * or after (`Kharkiv region`), a preposition (`à Djibo`), or their country in apposition
 * (`Baidoa, Somalia`, `Niamey, the capital of Niger`).
 */
import { fold } from '../../text/fold.ts';
import type { Token } from '../../text/tokens.ts';
import { lexicon, longestMatch } from '../lexicon/index.ts';
import { CAPITAL_NOUNS } from '../lexicon/noun-classes.ts';
import {
  CAPITAL_ARTICLES,
  COMPASS_ADJECTIVES,
  PREPOSITIONS,
  SINGULAR_GENITIVES,
  TOWN_PREPOSITIONS,
} from '../lexicon/grammar.ts';
import { isPlace, PLACE_EXONYMS } from '../lexicon/gazetteer.ts';
import type { Mention } from '../mentions.ts';
import { entity, HEADS, text } from './words.ts';

/** French names of capitals and large cities, folded, with their English names. */
const EXONYMS = new Map(Object.entries(PLACE_EXONYMS).map(([french, english]) => [fold(french), english]));

/** A capitalised word no lexicon explains, and not a given name before a surname. */
const unknownCap = (tokens: Token[], k: number) =>
  !!tokens[k]?.cap &&
  tokens[k]!.kind === 'word' &&
  !HEADS.notPlaces.has(tokens[k]!.norm) &&
  !longestMatch(lexicon().trie, tokens, k) &&
  !(lexicon().firstNames.has(tokens[k]!.norm) && tokens[k + 1]?.cap);

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
export function placeName(tokens: Token[], i: number, previous: Token | undefined): Mention | undefined {
  if (!unknownCap(tokens, i)) return undefined;
  // head before: `ville de X`, `port d'X` (an adjective may stand between: `île japonaise de X`); the mention spans the head
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (!SINGULAR_GENITIVES.test(tokens[i - 1]?.lower ?? '')) break;
    // (a compass adjective after the name is part of it: `État du Darfour méridional`)
    if (HEADS.location.has(tokens[k]!.norm))
      return place(tokens, i, i + 1 + (COMPASS_ADJECTIVES.has(tokens[i + 1]?.lower ?? '') ? 1 : 0), k);
  }
  // head after: `Kharkiv region`
  const next = tokens[i + 1];
  if (next && HEADS.location.has(next.norm) && !next.cap) return place(tokens, i, i + 1);
  // `à Djibo`, `near Isfahan`, `in Herat`: one capitalised word, not a name's start (after `in`, a known town or a country after it)
  if (
    previous &&
    TOWN_PREPOSITIONS.test(previous.lower) &&
    !next?.cap &&
    (!/^(in|at)$/.test(previous.lower) || countryAfter(tokens, i + 1) || isPlace(tokens[i]!.text, 10_000))
  )
    return place(tokens, i, i + 1);
  // `de Tessit (Mali)`, `Baidoa, Somalia,`, `Niamey, the capital of Niger`: a place followed by its country
  if ((countryAfter(tokens, i + 1) || capitalOf(tokens, i + 1) > 0) && i > 0 && !PREPOSITIONS.has(next?.lower ?? ''))
    return place(tokens, i, i + 1);
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
