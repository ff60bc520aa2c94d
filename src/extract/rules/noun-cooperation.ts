/** Cooperation nouns: every pair of the parties they name cooperates. */
import { coordinatedLeft, type Arg } from '../clauses.ts';
import type { Analysed } from '../context.ts';
import { MUTUAL } from '../lexicon/grammar.ts';
import type { Mention } from '../mentions.ts';
import { ACTORS, coordinatedAfter, type Candidate } from './shared.ts';

/**
 * Cooperation nouns: `coopération entre X et Y` and `renforcer leur coopération` (X, Y and Z
 * cooperate with each other), `sa coopération avec Y` (the clause's subject with Y).
 */
export function cooperation(s: Analysed, n: number, cue: string, args: Arg[], agent: Mention | undefined): Candidate[] {
  const parties: Mention[] = [];
  const between = args.find((a) => a.prep === 'entre' || a.prep === 'between');
  const partner = args.find((a) => a.prep === 'avec' || a.prep === 'with');
  if (between) parties.push(between.mention, ...coordinatedAfter(s, between.mention));
  else if (agent && partner)
    parties.push(...coordinatedLeft(s, agent), partner.mention, ...coordinatedAfter(s, partner.mention));
  // `renforcer leur coopération`, `expand bilateral defense cooperation`: the parties cooperate with each other
  else if (agent && s.tokens.slice(Math.max(0, n - 3), n).some((t) => MUTUAL.test(t.lower)))
    parties.push(...coordinatedLeft(s, agent));
  const actors = parties.filter((m) => m.entity && ACTORS.includes(m.entity.type) && !m.adjective);
  const out: Candidate[] = [];
  const pivot = partner && agent && !between ? coordinatedLeft(s, agent) : undefined;
  actors.forEach((a, i) =>
    actors.slice(i + 1).forEach((b) => {
      if (pivot && pivot.includes(a) === pivot.includes(b)) return; // `X et Y coopèrent avec Z`: not X with Y
      out.push({
        subject: a,
        object: b,
        predicate: 'cooperates_with',
        rule: 'noun.cooperation',
        cue,
        cueAt: n,
        clauseAt: Math.max(0, n - 6),
        confidence: 0.6,
      });
    }),
  );
  return out;
}
