/** Targets of event nouns beyond their own complement: owners of what was hit, defenders, places, lists. */
import type { Arg } from '../clauses.ts';
import { prepositionOf } from '../phrases.ts';
import type { Analysed } from '../context.ts';
import {
  DETERMINERS,
  GENITIVES,
  LIST_CONJUNCTIONS,
  LIST_JOINERS,
  LOCATIVES,
  SELF_DEFENCE,
} from '../lexicon/grammar.ts';
import { verbSense } from '../lexicon/index.ts';
import type { NounCue } from '../lexicon/predicates.ts';
import { HIT_VERBS } from '../lexicon/verb-classes.ts';
import type { Mention } from '../mentions.ts';
import { ACTORS, MARKERS, typeOk, type Resolver } from './shared.ts';

/** The owner of what was hit (`l'attaque contre une base de l'AMISOM`, `attacks on a convoy of the WFP`), for the noun ending at `end`. */
export function hitOwner(s: Analysed, end: number, cue: NounCue, args: Arg[]): Mention | undefined {
  const mark = s.tokens.findIndex(
    (t, k) => k >= end && k <= end + 4 && (cue.targets ?? []).includes(t.lower) && !LOCATIVES.test(t.lower),
  );
  if (mark < 0) return undefined;
  return args.find(
    (a) =>
      a.prepAt !== undefined &&
      a.prepAt > mark &&
      a.prepAt - mark <= 4 &&
      a.prep &&
      GENITIVES.has(a.prep) &&
      !!a.mention.entity &&
      ACTORS.includes(a.mention.entity.type) &&
      !a.mention.adjective &&
      !s.mentions.some((m) => m.start > mark && m.start < a.mention.start),
  )?.mention;
}

/** The country or place hit, in a relative clause on the noun ending at `end` (`frappes … qui ont touché des civils ukrainiens`). */
export function hitPlace(s: Analysed, end: number): Mention | undefined {
  const { tokens } = s;
  const rel = tokens.findIndex(
    (t, k) => k >= end && k <= end + 4 && (t.lower === 'qui' || t.lower === 'that' || t.lower === 'which'),
  );
  if (rel < 0 || !tokens.slice(rel + 1, rel + 5).some((t) => HIT_VERBS.test(t.lower))) return undefined;
  for (let k = rel + 1; k < tokens.length && k <= rel + 12; k++) {
    const m = s.at[k];
    if (m?.entity && (m.entity.type === 'Country' || m.entity.type === 'Location')) return m;
  }
  return undefined;
}

/** `se défendre contre l'invasion russe`: the country defending itself against the noun at `n`, other than its agent. */
export function defender(s: Analysed, n: number, agent: Mention | undefined, resolve: Resolver): Mention | undefined {
  const { tokens } = s;
  if (n < 2) return undefined;
  const before = tokens[n - 1]!;
  const against = before.lower === "l'" || DETERMINERS.has(before.lower) ? tokens[n - 2]!.lower : before.lower;
  if (!/^(contre|against)$/.test(against)) return undefined;
  const defence = tokens.slice(Math.max(0, n - 5), n).findIndex((t) => SELF_DEFENCE.has(t.lower));
  if (defence < 0) return undefined;
  for (let k = n - 5 + defence; k >= 0; k--) {
    const m = s.at[k];
    const e = m && resolve(m, new Set(agent?.entity ? [agent.entity.id] : []));
    if (m && e && e.type === 'Country' && !m.adjective && m !== agent) return m;
  }
  return undefined;
}

/** Where what is supported happens (`appui au processus de paix en Colombie`, `support for peace efforts in X`), for the noun ending at `end`. */
export function supportedIn(s: Analysed, end: number, cue: NounCue, args: Arg[]): Mention | undefined {
  return args.find(
    (a) =>
      (a.prep === 'en' || a.prep === 'in') &&
      a.mention.entity?.type === 'Country' &&
      !a.mention.adjective &&
      a.prepAt !== undefined &&
      a.prepAt - end <= 8 &&
      s.tokens.slice(end, a.prepAt).some((t) => (cue.targets ?? []).includes(t.lower)),
  )?.mention;
}

/** Targets coordinated with the first (`soutien à la MINUSMA et aux forces françaises`), and people named among it (`contre onze responsables, dont X et Y`). */
export function moreTargets(s: Analysed, args: Arg[], first: Mention, cue: NounCue): Mention[] {
  const out: Mention[] = [];
  let prev = first;
  for (const a of args.slice(args.findIndex((x) => x.mention === first) + 1)) {
    const between = s.tokens.slice(prev.end, a.prepAt ?? a.mention.start);
    const joined = between.length > 0 && between.every((t) => LIST_JOINERS.test(t.lower) || DETERMINERS.has(t.lower));
    // (after a bare comma, only a target with its own preposition: `…, la Suisse s'aligne` opens a clause)
    const conjunction = between.some((t) => LIST_CONJUNCTIONS.test(t.lower));
    if (
      !joined ||
      (a.prep && !(cue.targets ?? []).includes(a.prep)) ||
      (!a.prep && !conjunction) ||
      !a.mention.entity ||
      !typeOk(cue.predicate, a.mention.entity.type) ||
      a.mention.adjective
    )
      break;
    out.push(a.mention);
    prev = a.mention;
  }
  return [...out, ...(cue.predicate === 'sanctions' ? listedAmong(s, prev.end - 1) : [])];
}

/** Actors named after `dont`, `notamment`, `including`, `among them` in the phrase after token `k`. */
export function listedAmong(s: Analysed, k: number): Mention[] {
  const { tokens } = s;
  let marker = -1;
  for (let j = k + 1; j < tokens.length && j <= k + 25 && marker < 0; j++)
    if (MARKERS.has(tokens[j]!.lower)) marker = j;
  if (
    marker < 0 ||
    tokens
      .slice(k + 1, marker)
      .some((t) => ['.', ';', ':'].includes(t.text) || verbSense(t.lower, s.sentence.language)?.predicate)
  )
    return [];
  const out: Mention[] = [];
  for (let j = marker + 1; j < tokens.length && !['.', ';', ':'].includes(tokens[j]!.text); j++) {
    const m = s.at[j];
    if (!m) continue;
    // (not a parenthesis: `X, le commandant des forces armées (Tatmadaw)` names X's body)
    if (
      m.entity &&
      ACTORS.includes(m.entity.type) &&
      !m.adjective &&
      !prepositionOf(tokens, m, marker + 1).prep &&
      tokens[m.start - 1]?.text !== '('
    )
      out.push(m);
    j = m.end - 1;
  }
  return out;
}
