/**
 * Offices around a name: the office before a person (`le ministre de la Défense, X`) or in
 * apposition after (`X, the acting president`), and a bare office (`le secrétaire général`)
 * standing for its one holder in the document.
 */
import type { Token } from '../../text/tokens.ts';
import { lexicon, longestMatch, officeStartsAt, verbSense, type Entity } from '../lexicon/index.ts';
import {
  AUXILIARIES,
  CLAUSE_BOUNDARIES,
  DEFINITE_ARTICLES,
  DETERMINERS,
  ENGLISH_INDEFINITES,
  GENITIVES,
  NOT_OFFICE_ADJECTIVES,
  PREPOSITIONS,
  SECOND_OFFICE,
} from '../lexicon/grammar.ts';
import type { Mention, NameRegistry } from '../mentions.ts';
import type { GazetteerMatch } from './words.ts';

/** An office word (`ministre`, `secrétaire général`) ending just before token `i`, within a short phrase. */
export function officeBefore(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 9; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text !== ',' && t.text !== '-') return false;
    if (officeStartsAt(tokens, k)) return true;
  }
  return false;
}

/** An office in apposition right after token `k`: `, le commandant en chef`, `, the President of`, `, a Deputy of`. */
export function officeAfter(tokens: Token[], k: number): boolean {
  if (tokens[k]?.text !== ',') return false;
  let j = k + 1;
  while (j < k + 4 && (DETERMINERS.has(tokens[j]?.lower ?? '') || ENGLISH_INDEFINITES.test(tokens[j]?.lower ?? '')))
    j++;
  return [j, j + 1].some((x) => officeStartsAt(tokens, x));
}

/** An office or courtesy title ends at token `k` (`Foreign Minister`, `Secretary General`, `Mr.`). */
export function officeEndsAt(tokens: Token[], k: number): boolean {
  const lex = lexicon();
  if (k < 0) return false;
  if (lex.titles.has(tokens[k]!.norm)) return true;
  for (let j = k; j >= 0 && j >= k - 3; j--) {
    const m = longestMatch(lex.offices, tokens, j);
    if (m && j + m.length === k + 1) return true;
  }
  return false;
}

/** A registry value for an office held by several people in the document. */
export const AMBIGUOUS: Entity = { id: '', label: '', type: 'Person' };

/** The office named right before or in apposition after a person (`le secrétaire général de l'OTAN, M. X`, `X, NATO Secretary General`), folded; not a second office. */
export function officeOf(tokens: Token[], m: Mention): string | undefined {
  const lex = lexicon();
  let end = m.start;
  while (
    end > 0 &&
    (lex.titles.has(tokens[end - 1]!.norm) ||
      tokens[end - 1]!.text === ',' ||
      DEFINITE_ARTICLES.test(tokens[end - 1]!.lower))
  )
    end--;
  let head: GazetteerMatch | undefined;
  let at = -1;
  for (let k = end - 1; k >= 0 && k >= end - 10; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text !== '-') break;
    const match = longestMatch(lex.offices, tokens, k);
    if (match && !GENITIVES.has(tokens[k - 1]?.lower ?? '')) {
      head = match;
      at = k;
    }
  }
  // after the name: `X, NATO Secretary General`
  if (!head && tokens[m.end]?.text === ',') {
    for (let k = m.end + 1; k < tokens.length && k <= m.end + 4 && tokens[k]!.kind !== 'punct'; k++) {
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

/** A bare office after an article (`le secrétaire général`), standing for its one holder named before; not when a name or a body follows it. */
export function roleAt(tokens: Token[], i: number, registry: NameRegistry): Mention | undefined {
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
