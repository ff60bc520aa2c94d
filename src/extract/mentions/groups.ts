/**
 * Mentions grown to the group that acts for their entity: a state's government, army or
 * authorities (`le Gouvernement péruvien`, `Eritrean forces`), a body's members acting together
 * (`les membres du Conseil de sécurité`).
 */
import type { Token } from '../../text/tokens.ts';
import { insideOffice, lexicon, longestMatch } from '../lexicon/index.ts';
import {
  AND,
  COLLECTIVE_NOUNS,
  DEFINITE_ARTICLES,
  DETERMINERS,
  GENITIVES,
  PEOPLE_NOUNS,
  SINGULAR_GENITIVES,
} from '../lexicon/grammar.ts';
import type { Mention } from '../mentions.ts';

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
export function stateBodies(tokens: Token[], mentions: Mention[]): Mention[] {
  const bodies = lexicon().stateBodies;
  return mentions.map((m, n) => {
    if (m.entity?.type !== 'Country') return m;
    // French: noun then adjective (`Gouvernement péruvien`, `Gouvernements kényan et tanzanien`)
    let k = m.start;
    while (
      n > 0 &&
      /^(et|and|,)$/.test(tokens[k - 1]?.lower ?? '') &&
      mentions[n - 1]?.end === k - 1 &&
      mentions[n - 1]!.adjective &&
      m.adjective
    )
      k = mentions[--n]!.start;
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
  while (p > 0 && (insideOffice(tokens, p) || GENITIVES.has(tokens[p]!.lower) || DETERMINERS.has(tokens[p]!.lower)))
    p--;
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
export function collectives(tokens: Token[], mentions: Mention[]): Mention[] {
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
