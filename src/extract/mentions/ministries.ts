/**
 * A country's ministry, named in English whatever the language: `le ministère ukrainien de la
 * Défense`, `Ukraine's Defence Ministry` → Ukrainian Ministry of Defence.
 */
import type { Token } from '../../text/tokens.ts';
import { entityId, lexicon, longestMatch, type Entity } from '../lexicon/index.ts';
import { MINISTRY_OF } from '../lexicon/grammar.ts';
import { PORTFOLIO_NAMES } from '../lexicon/offices.ts';
import type { Mention } from '../mentions.ts';
import type { GazetteerMatch } from './words.ts';

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
  const first = tokens[k];
  if (!first) return undefined;
  const two =
    k + 2 <= tokens.length && PORTFOLIO_STARTS.has(first.lower)
      ? PORTFOLIO_NAMES[`${first.lower} ${tokens[k + 1]!.lower}`]
      : undefined;
  if (two) return { name: two, length: 2 };
  const one = PORTFOLIO_NAMES[first.lower];
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
export function ministry(tokens: Token[], i: number, match: GazetteerMatch | undefined): Mention | undefined {
  if (tokens[i]!.lower === 'ministère') {
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
