/**
 * Scoring extracted triples against a gold file, by the matching rules of the extraction
 * contract: labels compared folded (case, accents, spaces and hyphens, a leading article, a
 * final plural `s`) and through an alias table; `a|b` predicates in the gold accept either;
 * `cooperates_with` and `meets` match in both directions; optional gold triples count when
 * found and are not missed; only asserted and reported predictions count.
 */
import { basename } from 'node:path';
import type { Predicate } from '../types.ts';

export interface GoldTriple {
  doc: string;
  subject: string;
  predicate: string;
  object: string;
  required?: boolean;
  note?: string;
}

export interface PredictedTriple {
  doc: string;
  subject: string;
  predicate: string;
  object: string;
  modality?: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalReport extends Counts {
  required: number;
  optional: number;
  predicted: number;
  byPredicate: Record<string, Counts>;
  /** `doc | subject | predicate | object`, folded. */
  missed: string[];
  invented: string[];
}

const SYMMETRIC = new Set<string>(['cooperates_with', 'meets'] satisfies Predicate[]);
const FACTS = new Set([undefined, '', 'asserted', 'reported']);

export function foldLabel(label: string): string {
  let s = label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/[-_–—]/g, ' ')
    .replace(/[^\p{L}\p{N}' ]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:(?:the|les|le|la) |l')/, '');
  if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss')) s = s.slice(0, -1);
  return s;
}

const ratio = (a: number, b: number) => (b ? a / b : 0);
function counts(tp: number, fp: number, fn: number, found = tp, required = tp + fn): Counts {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(found, required);
  return {
    tp,
    fp,
    fn,
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
  };
}

export function scoreTriples(
  gold: readonly GoldTriple[],
  predicted: readonly PredictedTriple[],
  aliases: Record<string, readonly string[]> = {},
): EvalReport {
  const canon = new Map<string, string>();
  for (const [name, forms] of Object.entries(aliases)) {
    canon.set(foldLabel(name), foldLabel(name));
    for (const f of forms) canon.set(foldLabel(f), foldLabel(name));
  }
  const entity = (label: string) => canon.get(foldLabel(label)) ?? foldLabel(label);
  const predicate = (p: string) =>
    p
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_');
  const key = (doc: string, s: string, p: string, o: string) => {
    let [a, b] = [entity(s), entity(o)];
    if (SYMMETRIC.has(predicate(p)) && a > b) [a, b] = [b, a];
    return `${basename(doc)} | ${a} | ${predicate(p)} | ${b}`;
  };

  const entries = gold.map((g) => ({ g, keys: g.predicate.split('|').map((p) => key(g.doc, g.subject, p, g.object)) }));
  const docs = new Set(gold.map((g) => basename(g.doc)));
  const predictions = new Map<string, string>();
  for (const t of predicted) {
    if (!FACTS.has(t.modality) || !docs.has(basename(t.doc))) continue;
    const first = t.predicate.split('|')[0]!;
    predictions.set(key(t.doc, t.subject, first, t.object), predicate(first));
  }

  const matched = new Set<number>();
  const byPredicate: Record<string, { tp: number; fp: number; fn: number }> = {};
  const bump = (p: string, field: 'tp' | 'fp' | 'fn') => ((byPredicate[p] ??= { tp: 0, fp: 0, fn: 0 })[field] += 1);
  const invented: string[] = [];
  let tp = 0;
  for (const [k, p] of predictions) {
    // a required gold triple first, so an optional twin does not hide it
    const order = [...entries.keys()].sort(
      (a, b) => Number(entries[b]!.g.required !== false) - Number(entries[a]!.g.required !== false),
    );
    const hit = order.find((i) => entries[i]!.keys.includes(k));
    if (hit === undefined) {
      invented.push(k);
      bump(p, 'fp');
    } else if (!matched.has(hit)) {
      matched.add(hit);
      tp++;
      bump(p, 'tp');
    }
  }
  const missed: string[] = [];
  entries.forEach(({ g, keys }, i) => {
    if (g.required === false || matched.has(i)) return;
    missed.push(keys[0]!);
    bump(predicate(g.predicate.split('|')[0]!), 'fn');
  });
  const required = entries.filter(({ g }) => g.required !== false).length;
  const foundRequired = entries.filter(({ g }, i) => g.required !== false && matched.has(i)).length;
  return {
    ...counts(tp, invented.length, missed.length, foundRequired, required),
    required,
    optional: entries.length - required,
    predicted: predictions.size,
    byPredicate: Object.fromEntries(
      Object.entries(byPredicate)
        .sort()
        .map(([p, c]) => [p, counts(c.tp, c.fp, c.fn)]),
    ),
    missed: missed.sort(),
    invented: invented.sort(),
  };
}
