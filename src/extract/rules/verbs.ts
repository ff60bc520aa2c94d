/** Verb rules: a cue verb, its subject (left), its objects (right), passives, reciprocals; the frames read the rest. */
import { coordinatedLeft, rightArgs } from '../clauses.ts';
import { verbAt, verbGroupStart } from '../phrases.ts';
import { findSubject } from '../subject.ts';
import type { Analysed } from '../context.ts';
import type { Tense } from '../inflect.ts';
import { AGENTIVES, AUXILIARIES, PASSIVE_AUXILIARIES } from '../lexicon/grammar.ts';
import { verbSenses } from '../lexicon/index.ts';
import type { Mention } from '../mentions.ts';
import { ACTORS, coordinatedAfter, type Candidate } from './shared.ts';
import {
  adjectivalParticiple,
  futureAux,
  isPassive,
  officeAgent,
  particleAt,
  reciprocal,
  type VerbClause,
} from './verb-clause.ts';
import { objectFrame } from './verb-object.ts';
import { transferFrame } from './verb-transfer.ts';

/**
 * Cue verbs: finds each verb's sense, tense, voice and subjects (the `par`/`by` agent in the
 * passive), relates reciprocal subjects to each other, and hands the clause to its frame.
 */
export function verbRules(s: Analysed): Candidate[] {
  const out: Candidate[] = [];
  s.tokens.forEach((t, v) => {
    if (s.at[v]) return;
    const senses = verbSenses(t.lower, s.sentence.language);
    if (senses.length === 0) return;
    // a reading that needs a particle (`mettre … à jour`) applies only when the particle follows
    const sense = senses.find((r) => r.predicate && (!r.particle || particleAt(s, v, r.particle) >= 0));
    if (!sense?.predicate) return;
    if (!verbAt(s, v)) return; // `les frappes`, `d'aide`: a noun here
    // `financial aid backed by Russian assets`: an English past form before `by` is a participle
    // (`were briefed on 6 March by X`: after a passive auxiliary too)
    const afterBe =
      PASSIVE_AUXILIARIES.has(s.tokens[verbGroupStart(s.tokens, v, AUXILIARIES)]?.lower ?? '') ||
      PASSIVE_AUXILIARIES.has(s.tokens[v - 1]?.lower ?? '');
    const tense: Tense = futureAux(s, v)
      ? 'future'
      : sense.tense === 'past' && (s.tokens[v + 1]?.lower === 'by' || afterBe)
        ? 'participle'
        : sense.tense;
    let args = rightArgs(s, v);
    // `a mis les alliés à jour`: the object stands before the particle
    if (sense.particle) args = args.filter((a) => a.mention.end <= particleAt(s, v, sense.particle!));
    // `les chars livrés à X par Y` reads as a passive; `l'aide promise` alone is no clause
    const adjectival = adjectivalParticiple(s, v, tense);
    if (adjectival && !args.some((a) => a.prep && AGENTIVES.has(a.prep) && !a.mention.adjective)) return;
    const passive = adjectival || isPassive(s, v, tense);
    const groupStart = verbGroupStart(s.tokens, v, AUXILIARIES);
    const subjectHit = passive ? undefined : findSubject(s, groupStart);
    let subjects: Mention[] = subjectHit ? coordinatedLeft(s, subjectHit.mention) : [];
    // passive: the `par`/`by` agent acts on the patient in subject position (`une batterie a été livrée à X par Y`)
    // (a participle after a comma qualifies the phrase right before it: `X, already listed by the EU`; `a summit in Evian on Monday, chaired by Y`: no entity)
    const patient = !passive
      ? undefined
      : adjectival && s.tokens[groupStart - 1]?.text === ','
        ? s.at[groupStart - 2]
        : findSubject(s, groupStart, true)?.mention;
    if (passive) {
      let agent = args.find(
        (a) =>
          a.prep &&
          AGENTIVES.has(a.prep) &&
          !a.mention.adjective &&
          (!a.mention.entity || ACTORS.includes(a.mention.entity.type)),
      )?.mention;
      // `chaired by NATO Secretary General Mark Rutte`: the office holder, not the body in his title
      const holder =
        agent && agent.entity?.type !== 'Person'
          ? s.mentions.find((m) => m.start > agent!.end && m.start <= agent!.end + 4 && m.entity?.type === 'Person')
          : undefined;
      if (holder && s.tokens.slice(agent!.end, holder.start).every((t) => t.cap || t.text === ',')) agent = holder;
      // `briefed by the Head of UNAMA, X`: the person in apposition to the office
      agent ??= officeAgent(s, v);
      subjects = agent ? coordinatedAfter(s, agent, [agent]) : [];
    }
    if (subjects.length === 0) return;
    // `X et Y se sont rencontrés`, `X and Y met`: a reciprocal verb with no object relates the subjects to each other
    if (
      (sense.predicate === 'meets' || sense.predicate === 'cooperates_with') &&
      subjects.length > 1 &&
      !passive &&
      reciprocal(s, v, args)
    ) {
      subjects.forEach((a, i) =>
        subjects.slice(i + 1).forEach((b) =>
          out.push({
            subject: a,
            object: b,
            predicate: sense.predicate!,
            rule: 'verb.reciprocal',
            cue: t.text,
            cueAt: v,
            clauseAt: Math.min(...subjects.map((m) => m.start)),
            tense,
            confidence: 0.7,
          }),
        ),
      );
      return;
    }
    const clause: VerbClause = {
      s,
      out,
      v,
      cue: t.text,
      sense,
      predicate: sense.predicate,
      tense,
      passive,
      groupStart,
      clauseAt: Math.min(...subjects.map((m) => m.start), groupStart),
      subjects,
      subjectHit,
      patient,
      args,
    };
    if (sense.frame === 'transfer') transferFrame(clause);
    else if (sense.frame === 'direct' || sense.frame === 'prep') objectFrame(clause);
  });
  return out;
}
