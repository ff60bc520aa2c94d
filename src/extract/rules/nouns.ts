/** Noun rules: event nouns with their agents and targets; the giving and cooperation frames read the rest. */
import { coordinatedLeft, rightArgs } from '../clauses.ts';
import { headNoun } from '../phrases.ts';
import type { Analysed } from '../context.ts';
import { AGENTIVES, GENITIVES, LOCATIVES } from '../lexicon/grammar.ts';
import { languagesFor, lexicon, longestMatch } from '../lexicon/index.ts';
import type { NounCue } from '../lexicon/predicates.ts';
import { AGENT_PARTICIPLES } from '../lexicon/verb-classes.ts';
import type { Mention } from '../mentions.ts';
import type { RuleId } from './catalog.ts';
import { clauseAgent, modifierAgent } from './noun-agents.ts';
import { cooperation } from './noun-cooperation.ts';
import { defender, hitOwner, hitPlace, listedAmong, moreTargets, supportedIn } from './noun-targets.ts';
import { transferNoun } from './noun-transfer.ts';
import { ACTORS, typeOk, type Candidate, type Resolver } from './shared.ts';

/** Event nouns: `les frappes russes contre X`, `l'ingérence de la Russie`, `Russia's invasion of Ukraine`, `la livraison de missiles`. */
export function nounRules(s: Analysed, resolve: Resolver): Candidate[] {
  const out: Candidate[] = [];
  const lex = lexicon();
  for (let n = 0; n < s.tokens.length; n++) {
    if (s.at[n]) continue;
    // the sentence's language first; a short sentence read as `other` tries both
    for (const language of languagesFor(s.sentence.language)) {
      const match = longestMatch(lex.nouns[language].trie, s.tokens, n);
      if (!match) continue;
      const found = nounCandidates(
        s,
        n,
        lex.nouns[language].cues[Number(match.hits[0]!.entity.id)]!,
        match.length,
        resolve,
      );
      out.push(...found);
      if (found.length) break;
    }
  }
  return out;
}

/** The candidates of the noun cue of `length` tokens at `n`: its agent and target, or its giving or cooperation frame. */
function nounCandidates(s: Analysed, n: number, cue: NounCue, length: number, resolve: Resolver): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  const end = n + length;
  const cueText = tokens
    .slice(n, end)
    .map((t) => t.text)
    .join(' ');
  // `frappes aériennes russes`, `Russian strikes`, `Russia's invasion`
  let agent = modifierAgent(s, n, end);
  let target: Mention | undefined;
  let rule: RuleId = cue.frame === 'transfer' ? 'noun.transfer' : 'noun.agent';
  let presupposed = false;
  const args = rightArgs(s, end - 1, 24);
  for (const a of args) {
    const e = a.mention.entity;
    if (!a.prep && !a.mention.anaphor) continue;
    if (
      !agent &&
      a.prep &&
      GENITIVES.has(a.prep) &&
      !(cue.targets ?? []).includes(a.prep) &&
      e &&
      ACTORS.includes(e.type) &&
      !a.mention.adjective &&
      a.prepAt !== undefined &&
      a.prepAt - end <= 2
    )
      agent = a.mention;
    // (`par X` further off only after a participle right on the noun: `l'attaque perpétrée le 5 mars à Y, revendiquée par X`; not `les sanctions …, la Suisse s'aligne sur les décisions prises par X`)
    else if (
      !agent &&
      a.prep &&
      AGENTIVES.has(a.prep) &&
      e &&
      ACTORS.includes(e.type) &&
      a.prepAt !== undefined &&
      (a.prepAt - end <= 10 || tokens.slice(end, end + 6).some((t) => AGENT_PARTICIPLES.test(t.lower)))
    ) {
      agent = a.mention;
      // `la campagne menée par la Russie`: a participle with its agent states a fact, whatever governs the noun
      presupposed = tokens.slice(end, a.prepAt).some((t) => AGENT_PARTICIPLES.test(t.lower));
    }
    // (`à`/`in` names where an attack fell only within the noun's own phrase, before any comma)
    else if (
      !target &&
      cue.frame === 'direct' &&
      a.prep &&
      (cue.targets ?? []).includes(a.prep) &&
      e &&
      typeOk(cue.predicate, e.type) &&
      (!a.mention.adjective || headNoun(s, a.mention)) &&
      !(LOCATIVES.test(a.prep) && tokens.slice(end, a.prepAt).some((t) => t.text === ','))
    )
      target = a.mention;
  }
  if (!target && cue.frame === 'direct' && cue.predicate !== 'supports') target = hitOwner(s, end, cue, args);
  if (!target && cue.predicate === 'attacks') target = hitPlace(s, end);
  if (!target && cue.frame === 'direct') {
    const defending = defender(s, n, agent, resolve);
    if (defending) {
      target = defending;
      rule = 'noun.self-defence';
    }
  }
  if (cue.predicate === 'cooperates_with') return cooperation(s, n, cueText, args, agent ?? clauseAgent(s, n, cue));
  if (cue.frame !== 'direct') return transferNoun(s, n, cue, cueText, args, agent);
  if (!target && cue.predicate === 'supports') target = supportedIn(s, end, cue, args);
  if (!agent && (target || cue.predicate === 'sanctions')) agent = clauseAgent(s, n, cue);
  // `des sanctions à l'encontre de onze responsables, dont X et Y`: the named ones among an unnamed target
  const [objects, confidence] =
    agent && target
      ? [[target, ...moreTargets(s, args, target, cue)], 0.7]
      : agent && cue.predicate === 'sanctions'
        ? [listedAmong(s, end), 0.6]
        : [[], 0];
  if (agent && objects.length > 0)
    for (const a of agent.adjective ? [agent] : coordinatedLeft(s, agent))
      for (const o of objects)
        out.push({
          subject: a,
          object: o,
          predicate: cue.predicate,
          rule,
          cue: cueText,
          cueAt: n,
          clauseAt: Math.max(0, n - 6),
          presupposed,
          confidence,
        });
  return out;
}
