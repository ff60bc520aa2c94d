/** Boosted aid under an intent: a pledge of that aid to its receivers. */
import { rightArgs } from '../clauses.ts';
import { verbGroupStart } from '../phrases.ts';
import { findSubject } from '../subject.ts';
import type { Analysed } from '../context.ts';
import { AUXILIARIES, BOOST_VERBS, DATIVES } from '../lexicon/grammar.ts';
import { ACTORS, governor, type Candidate } from './shared.ts';

/** Boosting aid under an intent: `réaffirmé qu'ils allaient renforcer leur aide militaire à l'Ukraine`. */
export function boostRules(s: Analysed): Candidate[] {
  const out: Candidate[] = [];
  s.tokens.forEach((t, v) => {
    if (!BOOST_VERBS.has(t.lower)) return;
    const groupStart = verbGroupStart(s.tokens, v, AUXILIARIES);
    const gov = governor(s, groupStart);
    if (!gov) return;
    const subject = findSubject(s, groupStart)?.mention;
    if (!subject) return;
    const args = rightArgs(s, v, 12);
    const aid = args.find((a) => a.mention.entity?.type === 'Aid' && !a.prep);
    if (!aid) return;
    const base = {
      subject,
      predicate: 'pledges' as const,
      rule: 'verb.boost.pledge' as const,
      cue: t.text,
      cueAt: v,
      clauseAt: Math.min(subject.start, groupStart),
      governed: true,
      confidence: 0.6,
    };
    out.push({ ...base, object: aid.mention, role: 'theme' });
    for (const a of args)
      if (a.prep && DATIVES.has(a.prep) && a.mention.entity && ACTORS.includes(a.mention.entity.type))
        out.push({ ...base, object: a.mention, role: 'recipient' });
  });
  return out;
}
