/** From a name typed by a user to a node key. */
import { compareStrings, type RelataGraph } from '../graph/model.ts';
import { fold } from '../text/fold.ts';
import { buildIndex, lookupEntity, type NameForm } from './lookup.ts';

/**
 * The node `name` designates: its key itself, else a node whose folded label matches,
 * else one with a matching folded alias (`Allemagne` → `country:germany`), else one whose
 * key ends with the slug of `name`. Ties go to the most mentioned (for aliases: the most
 * frequent use of that form), then to the smallest key. This builds the index of
 * `lookupEntity` (lookup.ts) for one lookup; KnowledgeGraph keeps its index and calls that.
 */
export function resolveEntity(graph: RelataGraph, name: string): string | undefined {
  return lookupEntity(graph, buildIndex(graph), name);
}

/** Levenshtein distance, or `max + 1` as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cell = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(cell);
      best = Math.min(best, cell);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

export interface Suggestion {
  key: string;
  label: string;
  /** The label or alias that came close, when it is not the label. */
  via?: string;
}

/**
 * Entities whose folded label or alias is close to `name`: a prefix either way (3 characters
 * or more) counts as distance 0.5, else the edit distance up to a third of the length (at least 2). Closest
 * first, then the most mentioned, then the label. `forms` defaults to those of a fresh `buildIndex`.
 */
export function suggestEntities(
  graph: RelataGraph,
  name: string,
  limit = 5,
  forms: Iterable<NameForm> = buildIndex(graph).forms,
): Suggestion[] {
  const folded = fold(name);
  if (!folded) return [];
  const max = Math.max(2, Math.floor(folded.length / 3));
  const best = new Map<string, { distance: number; via: string }>();
  for (const { key, form, folded: f } of forms) {
    const distance =
      Math.min(f.length, folded.length) >= 3 && (f.startsWith(folded) || folded.startsWith(f))
        ? 0.5
        : editDistance(folded, f, max);
    const prev = best.get(key);
    if (distance <= max && (!prev || distance < prev.distance)) best.set(key, { distance, via: form });
  }
  return [...best]
    .sort(
      ([ka, a], [kb, b]) =>
        a.distance - b.distance ||
        graph.getNodeAttribute(kb, 'mentions') - graph.getNodeAttribute(ka, 'mentions') ||
        compareStrings(ka, kb),
    )
    .slice(0, limit)
    .map(([key, { via }]) => {
      const label = graph.getNodeAttribute(key, 'label');
      return via === label ? { key, label } : { key, label, via };
    });
}

/** `no entity "Allemange"; did you mean Germany (Allemagne), …?` */
export function notFoundMessage(name: string, suggestions: Suggestion[]): string {
  const list = suggestions.map((s) => (s.via ? `${s.label} (${s.via})` : s.label));
  return `no entity "${name}"${list.length ? `; did you mean ${list.join(', ')}?` : ''}`;
}
