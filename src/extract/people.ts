/**
 * One person however their name is transliterated: `Roustem Oumierov` = `Rustem Umerov`,
 * `Zelenskyy` = `Zelensky`. Names merge when their surname keys are equal and their first
 * names agree (same key, or one of them has none); people with different first names stay
 * apart. The canonical label is the lexicon's, else the most frequent full name.
 */
import { fold } from '../text/fold.ts';

const REWRITES: [RegExp, string][] = [
  [/ou/g, 'u'],
  [/ie/g, 'e'],
  [/[yi]+(?=[aeou]|$)/g, 'y'],
  [/iy|yy/g, 'y'],
  [/kh/g, 'h'],
  [/ph/g, 'f'],
  [/w/g, 'v'],
  [/ck|q/g, 'k'],
  [/(.)\1+/g, '$1'],
  [/e$/g, ''],
];

/** A spelling-insensitive key for one name word. */
export function nameKey(word: string): string {
  let k = fold(word).replace(/[^a-z]/g, '');
  for (const [pattern, replacement] of REWRITES) k = k.replace(pattern, replacement);
  return k;
}

export interface PersonName {
  id: string;
  label: string;
  /** How many triples name them this way. */
  count: number;
  /** Listed in the lexicon: its label is canonical. */
  known: boolean;
}

/** Maps every person id to the id and label of the person it merges into. */
export function mergePeople(people: PersonName[]): Map<string, { id: string; label: string }> {
  const bySurname = new Map<string, PersonName[]>();
  for (const p of people) {
    const key = nameKey(p.label.split(' ').at(-1)!);
    bySurname.set(key, [...(bySurname.get(key) ?? []), p]);
  }
  const out = new Map<string, { id: string; label: string }>();
  for (const group of bySurname.values()) {
    const firstKey = (p: PersonName) => (p.label.includes(' ') ? nameKey(p.label.split(' ')[0]!) : undefined);
    const full = group.filter((p) => firstKey(p) !== undefined);
    const firstNames = new Set(full.map(firstKey));
    for (const p of group) {
      const f = firstKey(p);
      // a bare surname merges only when one first name goes with it in the corpus
      const mates =
        f === undefined
          ? firstNames.size === 1
            ? group
            : [p]
          : group.filter((q) => firstKey(q) === f || firstKey(q) === undefined);
      const best = [...mates].sort(
        (a, b) =>
          Number(b.known) - Number(a.known) ||
          Number(b.label.includes(' ')) - Number(a.label.includes(' ')) ||
          b.count - a.count ||
          a.label.localeCompare(b.label),
      )[0]!;
      out.set(p.id, { id: best.id, label: best.label });
    }
  }
  return out;
}
