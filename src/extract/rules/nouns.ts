/** Noun rules: event nouns with their agents and targets, giving nouns, cooperation, boosted aid. */
import {
  coordinatedLeft,
  findSubject,
  headNoun,
  prepositionOf,
  rightArgs,
  verbGroupStart,
  type Arg,
} from '../clauses.ts';
import type { Analysed } from '../context.ts';
import {
  AGENTIVES,
  AUXILIARIES,
  BOOST_VERBS,
  CONNECTIVES,
  DATE_WORDS,
  DATIVES,
  DETERMINERS,
  EXAMPLE_MARKERS,
  GENITIVES,
  GOVERNING_VERB,
  LIST_CONJUNCTIONS,
  LIST_JOINERS,
  LOCATIVES,
  MUTUAL,
  PREPOSITIONS,
  SELF_DEFENCE,
} from '../lexicon/grammar.ts';
import { languagesFor, lexicon, longestMatch, verbSense } from '../lexicon/index.ts';
import type { NounCue } from '../lexicon/predicates.ts';
import type { Token } from '../../text/tokens.ts';
import type { Mention } from '../mentions.ts';
import type { RuleId } from './catalog.ts';
import { CONTAINERS } from '../lexicon/noun-classes.ts';
import { AGENT_PARTICIPLES, HIT_VERBS } from '../lexicon/verb-classes.ts';
import { ACTORS, THINGS, coordinatedAfter, governor, typeOk, type Candidate, type Resolver } from './shared.ts';

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
        lex.nouns[language].cues[Number(match.hits[0].entity.id)],
        match.length,
        resolve,
      );
      out.push(...found);
      if (found.length) break;
    }
  }
  return out;
}

function nounCandidates(s: Analysed, n: number, cue: NounCue, length: number, resolve: Resolver): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  const end = n + length;
  const cueText = tokens
    .slice(n, end)
    .map((t) => t.text)
    .join(' ');
  let agent: Mention | undefined;
  let target: Mention | undefined;
  let rule: RuleId = cue.frame === 'transfer' ? 'noun.transfer' : 'noun.agent';
  let presupposed = false;
  // adjective agent right after (skipping up to two adjectives): `frappes aériennes russes`
  for (let k = end; k < tokens.length && k <= end + 2; k++) {
    const m = s.at[k];
    if (m) {
      if (m.adjective && ACTORS.includes(m.entity!.type)) agent = m;
      break;
    }
    if (
      tokens[k].kind !== 'word' ||
      tokens[k].cap ||
      DETERMINERS.has(tokens[k].lower) ||
      PREPOSITIONS.has(tokens[k].lower)
    )
      break;
  }
  // English pre-modifier or possessive: `Russian strikes`, `Russia's invasion`, `Russia's latest missile strikes`
  let p = n - 1;
  while (
    p > n - 4 &&
    p > 0 &&
    !s.at[p] &&
    tokens[p].kind === 'word' &&
    !tokens[p].cap &&
    tokens[p].lower !== "'s" &&
    !DETERMINERS.has(tokens[p].lower)
  )
    p--;
  const pre = s.at[p] ?? (tokens[p]?.lower === "'s" ? s.at[p - 1] : undefined);
  // (English only: a French adjective before the noun qualifies another noun, `au peuple tunisien suite aux attaques`)
  if (
    !agent &&
    s.sentence.language !== 'fr' &&
    pre?.entity &&
    ACTORS.includes(pre.entity.type) &&
    (pre.adjective || tokens[p]?.lower === "'s")
  )
    agent = pre;
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
  // `l'attaque contre une base de l'AMISOM`, `attacks on a convoy of the WFP`: the owner of what was hit
  if (!target && cue.frame === 'direct' && cue.predicate !== 'supports') {
    const mark = tokens.findIndex(
      (t, k) => k >= end && k <= end + 4 && (cue.targets ?? []).includes(t.lower) && !LOCATIVES.test(t.lower),
    );
    const owner =
      mark >= 0
        ? args.find(
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
          )
        : undefined;
    if (owner) target = owner.mention;
  }
  // `frappes … qui ont touché des civils ukrainiens`: the country hit
  if (!target && cue.predicate === 'attacks') {
    const rel = tokens.findIndex(
      (t, k) => k >= end && k <= end + 4 && (t.lower === 'qui' || t.lower === 'that' || t.lower === 'which'),
    );
    if (rel >= 0 && tokens.slice(rel + 1, rel + 5).some((t) => HIT_VERBS.test(t.lower))) {
      for (let k = rel + 1; k < tokens.length && k <= rel + 12; k++) {
        const m = s.at[k];
        if (m?.entity && (m.entity.type === 'Country' || m.entity.type === 'Location')) {
          target = m;
          break;
        }
      }
    }
  }
  // `se défendre contre l'invasion russe`: the defender is the target
  if (
    !target &&
    cue.frame === 'direct' &&
    n >= 2 &&
    /^(contre|against)$/.test(
      tokens[n - 1].lower === "l'" || DETERMINERS.has(tokens[n - 1].lower) ? tokens[n - 2].lower : tokens[n - 1].lower,
    )
  ) {
    const defence = tokens.slice(Math.max(0, n - 5), n).findIndex((t) => SELF_DEFENCE.has(t.lower));
    if (defence >= 0) {
      for (let k = n - 5 + defence; k >= 0; k--) {
        const m = s.at[k];
        const e = m && resolve(m, new Set(agent?.entity ? [agent.entity.id] : []));
        if (m && e && e.type === 'Country' && !m.adjective && m !== agent) {
          target = m;
          rule = 'noun.self-defence';
          break;
        }
      }
    }
  }
  // `accélérer la livraison de …`, `renforcé leur soutien à …`: the object noun of a verb takes that verb's subject
  const clauseAgent = () => {
    if (!cue.agentFromClause) return undefined;
    // walk back over the noun phrase to its verb: `adopté un seizième paquet de sanctions`, `stepped up its support`
    // (modifiers stand before the noun: `deepen their security cooperation`, `réaffirmé leur plein appui`)
    const modifier = (t: Token, k: number) =>
      t.kind === 'word' &&
      !t.cap &&
      !s.at[k] &&
      !governs(s, k) &&
      !PREPOSITIONS.has(t.lower) &&
      !CONNECTIVES.test(t.lower);
    let k = n - 1;
    for (; k > 0 && k > n - 7; k--) {
      const t = tokens[k];
      if (
        DETERMINERS.has(t.lower) ||
        GENITIVES.has(t.lower) ||
        CONTAINERS.test(t.lower) ||
        t.kind === 'number' ||
        t.lower === 'up'
      )
        continue;
      // a date between commas (`a arrêté, le 31 mars, des sanctions`)
      if (t.text === ',' || DATE_WORDS.has(t.lower)) continue;
      // up to two modifiers, when a determiner or the governing verb stands before them
      let j = k;
      while (j > k - 2 && modifier(tokens[j], j)) j--;
      if (j < k && (DETERMINERS.has(tokens[j]?.lower ?? '') || governs(s, j))) {
        k = j + 1;
        continue;
      }
      break;
    }
    return governs(s, k) ? findSubject(s, k)?.mention : undefined;
  };
  if (cue.predicate === 'cooperates_with') {
    out.push(...cooperation(s, n, cueText, args, agent ?? clauseAgent()));
    return out;
  }
  if (cue.frame === 'direct') {
    // `appui au processus de paix en Colombie`, `support for peace efforts in X`: what is supported happens in a country
    if (!target && cue.predicate === 'supports')
      target = args.find(
        (a) =>
          (a.prep === 'en' || a.prep === 'in') &&
          a.mention.entity?.type === 'Country' &&
          !a.mention.adjective &&
          a.prepAt !== undefined &&
          a.prepAt - end <= 8 &&
          tokens.slice(end, a.prepAt).some((t) => (cue.targets ?? []).includes(t.lower)),
      )?.mention;
    if (!agent && (target || cue.predicate === 'sanctions')) agent = clauseAgent();
    if (agent && target) {
      const targets = [target, ...moreTargets(s, args, target, cue)];
      for (const a of agent.adjective ? [agent] : coordinatedLeft(s, agent))
        for (const o of targets)
          out.push({
            subject: a,
            object: o,
            predicate: cue.predicate,
            rule,
            cue: cueText,
            cueAt: n,
            clauseAt: Math.max(0, n - 6),
            presupposed,
            confidence: 0.7,
          });
    } else if (agent && cue.predicate === 'sanctions') {
      // `des sanctions à l'encontre de onze responsables, dont X et Y`: the named ones among an unnamed target
      const named = listedAmong(s, end);
      for (const a of agent.adjective ? [agent] : coordinatedLeft(s, agent))
        for (const o of named)
          out.push({
            subject: a,
            object: o,
            predicate: cue.predicate,
            rule,
            cue: cueText,
            cueAt: n,
            clauseAt: Math.max(0, n - 6),
            presupposed,
            confidence: 0.6,
          });
    }
    return out;
  }
  // transfer nouns: `la livraison de missiles (à X) (par Y)`
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
  if (!agent && (themes.length || recipients.length)) agent = clauseAgent();
  if (!agent) return out;
  const predicate = cue.predicate === 'supplies' && governor(s, n) ? 'pledges' : cue.predicate;
  for (const a of themes)
    out.push({
      subject: agent,
      object: a.mention,
      predicate,
      role: 'theme',
      rule,
      cue: cueText,
      cueAt: n,
      clauseAt: Math.max(0, n - 6),
      confidence: 0.6,
    });
  for (const a of recipients)
    out.push({
      subject: agent,
      object: a.mention,
      predicate,
      role: 'recipient',
      rule,
      cue: cueText,
      cueAt: n,
      clauseAt: Math.max(0, n - 6),
      confidence: 0.6,
    });
  return out;
}

/**
 * A verb whose subject is the agent of the noun it governs: continuing, boosting, launching,
 * adopting (`lancé des frappes`, `adopté des sanctions`), or a promise or decision. Not a verb
 * of reaction: who condemns strikes did not strike.
 */
function governs(s: Analysed, k: number): boolean {
  const t = s.tokens[k];
  if (!t) return false;
  const sense = verbSense(t.lower, s.sentence.language);
  return (
    sense?.frame === 'governor' ||
    sense?.predicate === 'pledges' ||
    BOOST_VERBS.has(t.lower) ||
    GOVERNING_VERB.test(t.lower)
  );
}

/**
 * Cooperation nouns: `coopération entre X et Y` and `renforcer leur coopération` (X, Y and Z
 * cooperate with each other), `sa coopération avec Y` (the clause's subject with Y).
 */
function cooperation(s: Analysed, n: number, cue: string, args: Arg[], agent: Mention | undefined): Candidate[] {
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

/** Targets coordinated with the first (`soutien à la MINUSMA et aux forces françaises`), and people named among it (`contre onze responsables, dont X et Y`). */
function moreTargets(s: Analysed, args: Arg[], first: Mention, cue: NounCue): Mention[] {
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

const MARKERS = new Set(EXAMPLE_MARKERS);

/** Actors named after `dont`, `notamment`, `including`, `among them` in the phrase after token `k`. */
function listedAmong(s: Analysed, k: number): Mention[] {
  const { tokens } = s;
  let marker = -1;
  for (let j = k + 1; j < tokens.length && j <= k + 25 && marker < 0; j++) if (MARKERS.has(tokens[j].lower)) marker = j;
  if (
    marker < 0 ||
    tokens
      .slice(k + 1, marker)
      .some((t) => ['.', ';', ':'].includes(t.text) || verbSense(t.lower, s.sentence.language)?.predicate)
  )
    return [];
  const out: Mention[] = [];
  for (let j = marker + 1; j < tokens.length && !['.', ';', ':'].includes(tokens[j].text); j++) {
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
