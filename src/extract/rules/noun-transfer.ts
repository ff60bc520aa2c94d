/** Giving nouns: `la livraison de missiles à X par Y`, the giver to each thing given and each receiver. */
import type { Arg } from '../clauses.ts';
import type { Analysed } from '../context.ts';
import { DATIVES, GENITIVES } from '../lexicon/grammar.ts';
import type { NounCue } from '../lexicon/predicates.ts';
import type { Mention } from '../mentions.ts';
import { clauseAgent } from './noun-agents.ts';
import { ACTORS, THINGS, governor, type Candidate } from './shared.ts';

/**
 * A giving noun at `n` with its arguments: its agent (else the subject of the clause it is the
 * object of) gives the things after `de`/`of` to the receivers; under a promise, pledges them.
 */
export function transferNoun(
  s: Analysed,
  n: number,
  cue: NounCue,
  cueText: string,
  args: Arg[],
  agent: Mention | undefined,
): Candidate[] {
  const out: Candidate[] = [];
  const themes = args.filter(
    (a) => a.mention.entity && THINGS.includes(a.mention.entity.type) && a.prep && GENITIVES.has(a.prep),
  );
  // receivers: `à X`, `to X`, and `pour X` / `for X` when X is a state or a body (`un financement pour le Bénin`)
  const recipients = args.filter(
    (a) =>
      a.prep &&
      (DATIVES.has(a.prep) || ((a.prep === 'pour' || a.prep === 'for') && a.mention.entity?.type !== 'Person')) &&
      a.mention.entity &&
      ACTORS.includes(a.mention.entity.type) &&
      !a.mention.adjective,
  );
  const giver = agent ?? (themes.length || recipients.length ? clauseAgent(s, n, cue) : undefined);
  if (!giver) return out;
  const predicate = cue.predicate === 'supplies' && governor(s, n) ? 'pledges' : cue.predicate;
  for (const a of themes)
    out.push({
      subject: giver,
      object: a.mention,
      predicate,
      role: 'theme',
      rule: 'noun.transfer',
      cue: cueText,
      cueAt: n,
      clauseAt: Math.max(0, n - 6),
      confidence: 0.6,
    });
  for (const a of recipients)
    out.push({
      subject: giver,
      object: a.mention,
      predicate,
      role: 'recipient',
      rule: 'noun.transfer',
      cue: cueText,
      cueAt: n,
      clauseAt: Math.max(0, n - 6),
      confidence: 0.6,
    });
  return out;
}
