/** The clause of a cue verb: its voice and tense, particles, reciprocal use, and the candidates its frames emit. */
import type { Predicate } from '../../types.ts';
import type { Arg } from '../clauses.ts';
import { verbGroupStart } from '../phrases.ts';
import type { SubjectHit } from '../subject.ts';
import type { Analysed } from '../context.ts';
import type { Tense } from '../inflect.ts';
import {
  AGENTIVES,
  AUXILIARIES,
  DETERMINERS,
  FUTURE_AUXILIARIES,
  GENITIVES,
  OFFICE_PHRASE_LINKS,
  PASSIVE_AUXILIARIES,
  PERFECT_AUXILIARIES,
} from '../lexicon/grammar.ts';
import { insideOffice, lexicon, type VerbSense } from '../lexicon/index.ts';
import type { Mention } from '../mentions.ts';
import type { RuleId } from './catalog.ts';
import type { Candidate } from './shared.ts';

/** A cue verb read in its clause: what its frames read, and what every candidate it proposes shares. */
export interface VerbClause {
  s: Analysed;
  /** Where the candidates go. */
  out: Candidate[];
  /** Token index of the cue verb. */
  v: number;
  cue: string;
  sense: VerbSense;
  /** The sense's predicate (a verb without one proposes nothing). */
  predicate: Predicate;
  tense: Tense;
  passive: boolean;
  /** Where the verb group starts (its auxiliaries, `se`). */
  groupStart: number;
  /** Where the clause starts: its first subject or its verb group. */
  clauseAt: number;
  /** Who acts: the subjects, or the `par`/`by` agents of a passive. */
  subjects: Mention[];
  /** The subject found left of an active verb. */
  subjectHit: SubjectHit | undefined;
  /** What a passive acts on: the mention in subject position. */
  patient: Mention | undefined;
  /** The arguments right of the verb. */
  args: Arg[];
}

/**
 * Proposes `predicate` from every subject of the clause to `object`. Each candidate is written
 * out whole: spreading a shared base into every one was a hot spot.
 */
export function emit(
  c: VerbClause,
  predicate: Predicate,
  object: Mention,
  rule: RuleId,
  role?: 'theme' | 'recipient',
  governed?: boolean,
): void {
  for (const subject of c.subjects) {
    const candidate: Candidate = {
      cue: c.cue,
      cueAt: c.v,
      clauseAt: c.clauseAt,
      tense: c.tense,
      confidence: 0.8,
      subject,
      object,
      predicate,
      role,
      rule,
    };
    if (governed !== undefined) candidate.governed = governed;
    c.out.push(candidate);
  }
}

/** A participle after a passive auxiliary and no reflexive (`a été livrée`, `were briefed`). */
export function isPassive(s: Analysed, v: number, tense: Tense): boolean {
  if (tense !== 'participle') return false;
  const start = verbGroupStart(s.tokens, v, AUXILIARIES);
  const group = s.tokens.slice(start, v).map((t) => t.lower);
  return group.some((w) => PASSIVE_AUXILIARIES.has(w)) && !group.some((w) => w === 'se' || w === "s'");
}

/** Where the words of a particle (`à jour`) start after the verb at `v`, or -1. */
export function particleAt(s: Analysed, v: number, particle: string): number {
  const words = particle.split(' ');
  return s.tokens.findIndex((_, k) => k > v && k <= v + 8 && words.every((w, j) => s.tokens[k + j]?.lower === w));
}

/** A participle standing without an auxiliary (`l'aide promise`, `the tanks delivered`) is an adjective. */
export function adjectivalParticiple(s: Analysed, v: number, tense: Tense): boolean {
  if (tense !== 'participle') return false;
  // the auxiliary may stand a few words back (`a par ailleurs condamné`), not across a mention or punctuation
  for (let k = v - 1; k >= 0 && k >= verbGroupStart(s.tokens, v, AUXILIARIES) - 3; k--) {
    const t = s.tokens[k]!;
    if (PASSIVE_AUXILIARIES.has(t.lower) || PERFECT_AUXILIARIES.has(t.lower)) return false;
    if (s.at[k] || (t.kind === 'punct' && t.text !== '«')) return true;
  }
  return true;
}

/** A future auxiliary in or right before the verb group (`will supply`, `va livrer`). */
export function futureAux(s: Analysed, v: number): boolean {
  const start = verbGroupStart(s.tokens, v, AUXILIARIES);
  return s.tokens.slice(Math.max(0, start - 1), v).some((t) => FUTURE_AUXILIARIES.has(t.lower));
}

/** A verb used reciprocally: a reflexive (`se sont rencontrés`) or no object at all (`met in Brussels`). */
export function reciprocal(s: Analysed, v: number, args: Arg[]): boolean {
  const group = s.tokens.slice(verbGroupStart(s.tokens, v, AUXILIARIES), v).map((t) => t.lower);
  return (
    group.includes('se') || group.includes("s'") || !args.some((a) => !a.prep || a.prep === 'with' || a.prep === 'avec')
  );
}

/** The person in apposition after an agent that is an office (`par le Représentant spécial …, X`, `by the Head of UNAMA, X`). */
export function officeAgent(s: Analysed, v: number): Mention | undefined {
  const { tokens } = s;
  const by = tokens.findIndex((t, j) => j > v && j <= v + 6 && AGENTIVES.has(t.lower));
  if (by < 0) return undefined;
  const person = s.mentions.find((m) => m.start > by && m.start <= by + 24 && m.entity?.type === 'Person');
  if (!person || tokens[person.start - 1]?.text !== ',') return undefined;
  // (only an office phrase between: articles, office words, `of`, bodies)
  const ok = tokens
    .slice(by + 1, person.start - 1)
    .every(
      (t, j) =>
        DETERMINERS.has(t.lower) ||
        GENITIVES.has(t.lower) ||
        OFFICE_PHRASE_LINKS.test(t.lower) ||
        insideOffice(tokens, by + 1 + j) ||
        lexicon().titles.has(t.norm) ||
        !!s.at[by + 1 + j] ||
        t.text === '(' ||
        t.text === ')',
    );
  return ok ? person : undefined;
}
