/** The giving frame: a giving verb's themes and receivers, double objects, passives and pledges. */
import type { Arg } from '../clauses.ts';
import { headNoun } from '../phrases.ts';
import type { Analysed } from '../context.ts';
import { AGENTIVES, DATIVES, NOT_THEME_PREPOSITIONS, THAT_OR_WHICH } from '../lexicon/grammar.ts';
import { AMOUNT } from '../lexicon/noun-classes.ts';
import type { Mention } from '../mentions.ts';
import type { RuleId } from './catalog.ts';
import { ACTORS, THINGS, governor } from './shared.ts';
import { emit, type VerbClause } from './verb-clause.ts';

/** Object pronoun right before the verb group (`lui fournir`, `nous lui livrons`). */
function pronounRecipient(s: Analysed, v: number): Mention | undefined {
  for (let k = v - 1; k >= 0 && k >= v - 3; k--) {
    const m = s.at[k];
    if (m?.anaphor && (s.tokens[k]!.lower === 'lui' || s.tokens[k]!.lower === 'leur')) return m;
  }
  return undefined;
}

/**
 * A giving verb (`fournir`, `supply`): the subjects give each theme (the thing given) and each
 * receiver (`à X`, `to X`, `give Ukraine tanks`, `lui livrer`); under a promise or intent, they pledge it.
 */
export function transferFrame(c: VerbClause): void {
  const { s, v, args, subjects, patient } = c;
  const pledge =
    c.predicate === 'supplies' && (c.subjectHit?.viaIntent || governor(s, c.groupStart)) ? 'pledges' : c.predicate;
  const rule: RuleId = c.passive
    ? 'verb.transfer.passive'
    : pledge !== c.predicate
      ? 'verb.transfer.pledge'
      : 'verb.transfer';
  const governed = pledge !== c.predicate;
  // `$50 billion in financial aid`: an amount in a kind of aid is that aid
  const amountIn = (a: Arg) =>
    a.prep === 'in' && a.prepAt !== undefined && AMOUNT.test(s.tokens[a.prepAt - 1]?.lower ?? '');
  const themes = args.filter(
    (a) =>
      a.mention.entity &&
      THINGS.includes(a.mention.entity.type) &&
      (amountIn(a) ||
        !(a.prep && (DATIVES.has(a.prep) || AGENTIVES.has(a.prep) || NOT_THEME_PREPOSITIONS.test(a.prep)))),
  );
  // `fournir 40 milliards d'euros pour l'assistance à la sécurité`: money given for a kind of aid
  if (themes.length === 0)
    themes.push(
      ...args.filter((a) => a.mention.entity?.type === 'Aid' && (a.prep === 'pour' || a.prep === 'for')).slice(0, 1),
    );
  // receivers: `à X`, `to X`, and `pour X` / `for X` when X is a state or a body (`une aide humanitaire pour le Soudan`)
  const receiving = (a: Arg) =>
    !!a.prep &&
    (DATIVES.has(a.prep) ||
      ((a.prep === 'pour' || a.prep === 'for') && !!a.mention.entity && a.mention.entity.type !== 'Person'));
  const recipients = args.filter(
    (a) =>
      receiving(a) &&
      (a.mention.anaphor ||
        (a.mention.entity &&
          ACTORS.includes(a.mention.entity.type) &&
          (!a.mention.adjective || headNoun(s, a.mention)))),
  );
  const pronoun = pronounRecipient(s, v);
  if (pronoun) recipients.push({ mention: pronoun });
  // English double object and `with`: `give Ukraine tanks`, `provide Ukraine with aid`
  const first = args[0];
  if (
    s.sentence.language !== 'fr' &&
    first &&
    !first.prep &&
    first.mention.entity &&
    ACTORS.includes(first.mention.entity.type)
  ) {
    if (themes.length === 0)
      themes.push(
        ...args.filter((a) => a.prep === 'with' && a.mention.entity && THINGS.includes(a.mention.entity.type)),
      );
    if (themes.length) recipients.push(first);
  }
  if (patient?.entity) (THINGS.includes(patient.entity.type) ? themes : recipients).push({ mention: patient });
  // relative theme: `les armes que nous lui livrons`
  const before = s.tokens[Math.min(...subjects.map((m) => m.start)) - 1];
  if (before && THAT_OR_WHICH.test(before.lower)) {
    const antecedent = s.at[Math.min(...subjects.map((m) => m.start)) - 2];
    if (antecedent?.entity && THINGS.includes(antecedent.entity.type)) themes.push({ mention: antecedent });
  }
  for (const a of themes) emit(c, pledge, a.mention, rule, 'theme', governed);
  for (const a of recipients) emit(c, pledge, a.mention, rule, 'recipient', governed);
}
