/**
 * Clause reading for the rules: the arguments on a verb's right, coordination (`le Danemark et
 * la Norvège`). Beside it, phrases.ts reads prepositions, verb or noun forms and verb groups,
 * and subject.ts the subject of a verb.
 */
import type { Analysed } from './context.ts';
import { CLAUSE_BOUNDARIES, COORDINATORS, DETERMINERS, GENITIVES } from './lexicon/grammar.ts';
import type { Mention } from './mentions.ts';
import { ACTORS, isPunctBoundary, officeWord, prepositionOf, verbAt } from './phrases.ts';

export interface Arg {
  mention: Mention;
  /** The preposition that introduces it (`à`, `de`, `by`), lowercase; undefined for a bare noun phrase. */
  prep?: string;
  /** Index of that preposition. */
  prepAt?: number;
}

/** Mentions left of `from` joined to `m` by `et`, `and` or commas, and `m` itself. */
export function coordinatedLeft(s: Analysed, m: Mention): Mention[] {
  const out = [m];
  let k = m.start - 1;
  for (;;) {
    // (titles and offices before a coordinated person: `Secretary Blinken and Foreign Minister Lavrov`)
    while (
      k >= 0 &&
      (DETERMINERS.has(s.tokens[k]!.lower) ||
        (COORDINATORS.has(s.tokens[k]!.lower) && s.tokens[k]!.lower !== 'que') ||
        (m.entity?.type === 'Person' &&
          !s.at[k] &&
          (officeWord(s.tokens, k) || (GENITIVES.has(s.tokens[k]!.lower) && officeWord(s.tokens, k - 1)))))
    )
      k--;
    const prev = k >= 0 ? s.at[k] : undefined;
    // (the body in a person's office: `le ministre des Affaires étrangères de la République du Ghana, Samuel Ablakwa`)
    if (
      m.entity?.type === 'Person' &&
      prev?.entity &&
      (prev.entity.type === 'Country' || prev.entity.type === 'Organization') &&
      (prev.adjective || GENITIVES.has(prepositionOf(s.tokens, prev).prep ?? ''))
    ) {
      let j = prev.start - 1;
      while (j > 0 && (DETERMINERS.has(s.tokens[j]!.lower) || GENITIVES.has(s.tokens[j]!.lower))) j--;
      if (j >= 0 && j < prev.start - 1 && officeWord(s.tokens, j)) {
        k = j;
        continue;
      }
    }
    const joined =
      prev && s.tokens.slice(prev.end, out[0]!.start).some((t) => COORDINATORS.has(t.lower) && t.lower !== 'que');
    if (
      !prev ||
      !joined ||
      prev.adjective ||
      (prev.entity && !ACTORS.has(prev.entity.type)) ||
      (prev.entity?.type === undefined) !== (m.entity?.type === undefined)
    )
      return out;
    if (prepositionOf(s.tokens, prev).prep) return out;
    out.unshift(prev);
    k = prev.start - 1;
  }
}

/** Arguments right of `from` in the same clause; coordination continues through `et`/`and`/commas. */
export function rightArgs(s: Analysed, from: number, limit = 30): Arg[] {
  const args: Arg[] = [];
  const { tokens } = s;
  for (let k = from + 1; k < tokens.length && k <= from + limit; k++) {
    const t = tokens[k]!;
    if (t.text === '(' || t.text === '«' || t.text === '“') {
      // a parenthesis (`40 milliards d'euros (43,3 milliards de dollars)`) or a short quote (`« le double jeu » de la Russie`) is crossed
      const closer = t.text === '(' ? ')' : t.text === '«' ? '»' : '”';
      const close = tokens.findIndex((u, j) => j > k && u.text === closer);
      if (close > k && (t.text === '(' || close - k <= 8)) {
        k = close;
        continue;
      }
    }
    if ((t.text === '»' || t.text === '”') && k === from + 1) continue; // `a « fermement condamné » le tir`
    if (isPunctBoundary(t)) break;
    // another cue verb opens its own clause (`livrer X, après celle du Portugal de lui fournir Y`)
    if (k > from + 1 && verbAt(s, k)) break;
    if (
      CLAUSE_BOUNDARIES.has(t.lower) &&
      !(t.lower === 'que' && tokens[k - 1]?.lower === 'ainsi') &&
      !(t.lower === 'as' && tokens[k + 1]?.lower === 'well')
    )
      break;
    if (
      (t.lower === 'pour' || t.lower === 'afin') &&
      /^(se|s'|qu'|que|lui|leur)$|(er|ir|re)$/.test(tokens[k + 1]?.lower ?? '')
    )
      break;
    const m = s.at[k];
    if (!m) continue;
    const { prep, at } = prepositionOf(tokens, m, from + 1);
    args.push({ mention: m, prep, prepAt: at });
    k = m.end - 1;
  }
  return args;
}
