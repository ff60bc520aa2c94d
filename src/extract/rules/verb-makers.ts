/** Makers and owners: who made the decision, strike or fact a verb of praise, blame or discussion governs. */
import type { Arg } from '../clauses.ts';
import { headNoun, prepositionOf, verbAt } from '../phrases.ts';
import type { Analysed } from '../context.ts';
import { AGENTIVES, CLAUSE_PUNCT, DETERMINERS, GENITIVES, INTENT_NOUNS, THAT } from '../lexicon/grammar.ts';
import { INITIATIVE_NOUNS } from '../lexicon/noun-classes.ts';
import { AGENT_PARTICIPLES } from '../lexicon/verb-classes.ts';
import type { Mention } from '../mentions.ts';
import { ACTORS, coordinatedAfter } from './shared.ts';
import type { VerbClause } from './verb-clause.ts';

/**
 * The owner of the noun the verb governs, standing for it as object: `condamné les frappes de la
 * Russie`, `salué la décision de l'Allemagne`, `condamné le tir nord-coréen`, `the attack by X`,
 * `les efforts que fait X`, `supporting peacebuilding efforts in X`.
 */
export function ownerObject(c: VerbClause, allowed: (a: Arg) => boolean): Arg | undefined {
  const { s, v, args } = c;
  let object: Arg | undefined;
  const owner = args.find(
    (a) => a.prep && GENITIVES.has(a.prep) && a.prepAt !== undefined && a.prepAt - v <= 8 && allowed(a),
  );
  if (owner?.mention.entity && ACTORS.includes(owner.mention.entity.type)) object = owner;
  object ??= args.find(
    (a) =>
      !a.prep &&
      a.mention.adjective &&
      a.mention.start - v <= 6 &&
      headNoun(s, a.mention) &&
      ACTORS.includes(a.mention.entity!.type),
  );
  // the agent of the noun: `the attack by X`, `les attaques commises par X`, `la ratification par le Congrès`
  // (further when a participle names the act's agent: `l'attaque … perpétrée le 5 mars à X, revendiquée par Y`)
  const agentReach = (a: Arg) =>
    a.prepAt! - v <= 10 ||
    (a.prepAt! - v <= 24 && s.tokens.slice(v + 1, a.prepAt).some((t) => AGENT_PARTICIPLES.test(t.lower)));
  const agent = args.find(
    (a) =>
      a.prep &&
      AGENTIVES.has(a.prep) &&
      a.prepAt !== undefined &&
      agentReach(a) &&
      allowed(a) &&
      !!a.mention.entity &&
      ACTORS.includes(a.mention.entity.type),
  );
  // (`the efforts by AU High Representative X`: the office holder, not the body in the title)
  if (agent) object ??= officeHolder(s, agent) ?? agent;
  // the subject of a relative clause on the noun: `les efforts que fait le Gouvernement X`, `the sanctions that the EU adopted`
  object ??= relativeMaker(s, v, allowed);
  // `supporting peacebuilding efforts in X`, `appuyer le processus de paix en X`: the country where what is supported happens
  if (c.predicate === 'supports')
    object ??= args.find(
      (a) =>
        (a.prep === 'in' || a.prep === 'en') &&
        a.prepAt !== undefined &&
        a.prepAt - v <= 6 &&
        a.mention.entity?.type === 'Country' &&
        !a.mention.adjective,
    );
  return object;
}

/** The person holding the office named with a body (`by AU High Representative X` → X). */
function officeHolder(s: Analysed, body: Arg): Arg | undefined {
  if (body.mention.entity?.type === 'Person') return undefined;
  const holder = s.mentions.find(
    (m) => m.start > body.mention.end && m.start <= body.mention.end + 5 && m.entity?.type === 'Person',
  );
  return holder && s.tokens.slice(body.mention.end, holder.start).every((t) => t.cap || t.text === ',')
    ? { mention: holder }
    : undefined;
}

/** The subject of a relative clause on the verb's object noun (`les efforts que fait X`, `the sanctions that X adopted`). */
export function relativeMaker(s: Analysed, v: number, allowed: (a: Arg) => boolean): Arg | undefined {
  const { tokens } = s;
  for (let k = v + 1; k < tokens.length && k <= v + 8; k++) {
    const t = tokens[k]!;
    if (CLAUSE_PUNCT.has(t.text) || (s.at[k] && k > v + 1)) return undefined;
    if (!THAT.test(t.lower)) continue;
    for (let j = k + 1; j < tokens.length && j <= k + 3; j++) {
      const m = s.at[j];
      if (m)
        return m.entity && ACTORS.includes(m.entity.type) && !m.adjective && allowed({ mention: m })
          ? { mention: m }
          : undefined;
    }
    return undefined;
  }
  return undefined;
}

/** The maker of a welcomed or condemned fact: `s'est félicité que les Alliés aient…`, `welcomed that Norway…`. */
export function factMaker(s: Analysed, v: number): Arg | undefined {
  if (!THAT.test(s.tokens[v + 1]?.lower ?? '')) return undefined;
  let k = v + 2;
  while (DETERMINERS.has(s.tokens[k]?.lower ?? '')) k++;
  const maker = s.at[k];
  return maker?.entity && ACTORS.includes(maker.entity.type) && !maker.adjective ? { mention: maker } : undefined;
}

/** Makers of decisions listed after a verb of praise or blame, across `;` and `et`. */
export function makers(s: Analysed, v: number): Mention[] {
  const out: Mention[] = [];
  const { tokens } = s;
  for (let k = v + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (
      ['.', '«', '»', '"', ':'].includes(t.text) ||
      (k > v + 1 && verbAt(s, k)?.tense !== undefined && verbAt(s, k)?.tense !== 'infinitive')
    )
      break;
    if (!INTENT_NOUNS.has(t.lower) && !INITIATIVE_NOUNS.test(t.lower)) continue;
    for (let j = k + 1; j < tokens.length && j <= k + 5; j++) {
      const m = s.at[j];
      if (!m) continue;
      const { prep } = prepositionOf(tokens, m, k + 1);
      const agentive =
        prep && AGENTIVES.has(prep) && tokens.slice(k + 1, j).some((u) => AGENT_PARTICIPLES.test(u.lower));
      if (m.entity && ACTORS.includes(m.entity.type) && !m.adjective && prep && (GENITIVES.has(prep) || agentive)) {
        out.push(...[m, ...coordinatedAfter(s, m)]);
      }
      break;
    }
  }
  return out;
}
