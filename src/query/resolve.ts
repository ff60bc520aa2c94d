/** From a name typed by a user to a node key. */
import { compareStrings, type RelataGraph } from '../graph/model.ts';
import { fold, slug } from '../text/fold.ts';

interface Candidate {
  key: string;
  /** 0 label, 1 alias, 2 key slug */
  tier: number;
  score: number;
}

const compareCandidates = (a: Candidate, b: Candidate): number =>
  a.tier - b.tier || b.score - a.score || compareStrings(a.key, b.key);

/**
 * The node `name` designates: its key itself, else a node whose folded label matches,
 * else one with a matching folded alias (`Allemagne` → `country:germany`), else one whose
 * key ends with the slug of `name`. Ties go to the most mentioned (for aliases: the most
 * frequent use of that form), then to the smallest key.
 */
export function resolveEntity(graph: RelataGraph, name: string): string | undefined {
  if (graph.hasNode(name)) return name;
  const folded = fold(name);
  const slugged = slug(name);
  if (!folded) return undefined;
  let best: Candidate | undefined;
  graph.forEachNode((key, a) => {
    const aliasCount = a.aliases.reduce((n, al) => (fold(al.text) === folded ? n + al.count : n), 0);
    let candidate: Candidate;
    if (fold(a.label) === folded) candidate = { key, tier: 0, score: a.mentions };
    else if (aliasCount > 0) candidate = { key, tier: 1, score: aliasCount };
    else if (slugged && key.slice(key.indexOf(':') + 1) === slugged) candidate = { key, tier: 2, score: a.mentions };
    else return;
    if (!best || compareCandidates(candidate, best) < 0) best = candidate;
  });
  return best?.key;
}
