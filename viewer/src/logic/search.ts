/**
 * Autocomplete over node labels and every alias, accent- and case-insensitive (the same
 * fold as the extractor). Ranking: exact label > exact alias > prefix > substring; ties go
 * to the node with more connections, then alphabetical order.
 */

import { fold } from '../../../src/text/fold.ts';
import type { RelataGraph } from './model.ts';

interface Term {
  text: string;
  folded: string;
  isLabel: boolean;
}

interface Entry {
  node: string;
  label: string;
  degree: number;
  terms: Term[];
}

export type SearchIndex = Entry[];

/** How a result matched, best first. */
const MATCH_RANKS = ['label', 'alias', 'prefix', 'substring'] as const;
export type MatchRank = (typeof MATCH_RANKS)[number];

export interface SearchResult {
  node: string;
  label: string;
  /** The alias that matched, when it is not the label itself. */
  via?: string;
  rank: MatchRank;
}

export function buildSearchIndex(graph: RelataGraph): SearchIndex {
  return graph.mapNodes((node, attrs) => {
    const terms: Term[] = [{ text: attrs.label, folded: fold(attrs.label), isLabel: true }];
    for (const alias of attrs.aliases ?? []) {
      const folded = fold(alias.text);
      if (!terms.some((t) => t.folded === folded)) terms.push({ text: alias.text, folded, isLabel: false });
    }
    return { node, label: attrs.label, degree: graph.degree(node), terms };
  });
}

function rankTerm(term: Term, query: string): MatchRank | null {
  if (term.folded === query) return term.isLabel ? 'label' : 'alias';
  if (term.folded.startsWith(query)) return 'prefix';
  if (term.folded.includes(query)) return 'substring';
  return null;
}

export function search(index: SearchIndex, query: string, limit = 10): SearchResult[] {
  const q = fold(query);
  if (!q) return [];
  const order = (rank: MatchRank) => MATCH_RANKS.indexOf(rank);
  const scored: (SearchResult & { degree: number })[] = [];
  for (const entry of index) {
    let best: { rank: MatchRank; term: Term } | null = null;
    for (const term of entry.terms) {
      const rank = rankTerm(term, q);
      if (rank !== null && (!best || order(rank) < order(best.rank))) best = { rank, term };
    }
    if (best) {
      scored.push({
        node: entry.node,
        label: entry.label,
        rank: best.rank,
        degree: entry.degree,
        ...(best.term.isLabel ? {} : { via: best.term.text }),
      });
    }
  }
  scored.sort((a, b) => order(a.rank) - order(b.rank) || b.degree - a.degree || a.label.localeCompare(b.label));
  return scored.slice(0, limit).map(({ degree: _, ...result }) => result);
}
