/**
 * The rules: each reads one analysed sentence and proposes candidate triples. Language
 * knowledge comes from the lexicon (cues, frames, prepositions); the rules themselves are
 * the same for French and English. Ids and reasons are in catalog.ts.
 */
import type { EntityType, Predicate } from '../../types.ts';
import { coordinatedLeft, findSubject, headNoun, prepositionOf, rightArgs, verbAt, verbGroupStart, type Arg } from '../clauses.ts';
import type { Analysed } from '../context.ts';
import type { Tense } from '../inflect.ts';
import { PREPOSITIONS, AGENTIVES, AUXILIARIES, BOOST_VERBS, GOVERNING_VERB, DATIVES, DETERMINERS, FUTURE_AUXILIARIES, GENITIVES, INTENT_NOUNS, PASSIVE_AUXILIARIES, PERFECT_AUXILIARIES, REGION_NOUNS, SELF_DEFENCE } from '../lexicon/grammar.ts';
import { languagesFor, lexicon, longestMatch, verbSense, verbSenses, type Entity } from '../lexicon/index.ts';
import type { NounCue } from '../lexicon/predicates.ts';
import type { Mention } from '../mentions.ts';
import type { Token } from '../../text/tokens.ts';
import type { RuleId } from './catalog.ts';

export interface Candidate {
  subject: Mention;
  object: Mention;
  predicate: Predicate;
  role?: 'theme' | 'recipient';
  rule: RuleId;
  cue: string;
  /** Token index of the cue, for modality. */
  cueAt: number;
  /** Token index where the clause of the cue starts (its subject or verb group). */
  clauseAt: number;
  tense?: Tense;
  /** A giving verb under a promise: futures and conditionals do not make it hypothetical. */
  governed?: boolean;
  /** An event stated by a participle with its agent (`menée par X`): a fact whatever governs it. */
  presupposed?: boolean;
  confidence: number;
}

/** Resolves a mention to its entity (anaphors through coreference, `nous` through the speaker). */
export type Resolver = (m: Mention, exclude?: ReadonlySet<string>) => Entity | undefined;

const ACTORS: readonly EntityType[] = ['Person', 'Country', 'Organization', 'Group'];
const THINGS: readonly EntityType[] = ['Equipment', 'Aid'];
const OBJECT_TYPES: Partial<Record<Predicate, readonly EntityType[]>> = {
  attacks: [...ACTORS, 'Location'],
  invades: ['Country', 'Location'],
  discusses: [...ACTORS, 'Location', 'Equipment', 'Aid', 'Event'],
  meets: [...ACTORS, 'Event'],
  chairs: ['Organization', 'Event', 'Group'],
  member_of: ['Organization'],
  proposes: [...ACTORS, 'Equipment', 'Aid', 'Event'],
  requests: [...ACTORS, 'Equipment', 'Aid'],
};
const typeOk = (p: Predicate, t: EntityType) => (OBJECT_TYPES[p] ?? ACTORS).includes(t);

/** Predicates whose object may be the maker of a decision or fact (GUIDELINES §3 `welcomes`). */
const ATTRIBUTING = new Set<Predicate>(['welcomes', 'condemns', 'thanks']);
/** Predicates whose object may be the owner of the noun they govern (`condamné les frappes de la Russie`, `examiné les frappes russes`). */
const OWNED = new Set<Predicate>([...ATTRIBUTING, 'discusses', 'requests', 'supports', 'chairs', 'attacks']);
/** Words between a verb and the noun it governs: quantities and ordinals (`un seizième paquet de sanctions`). */
const CONTAINERS = /^(paquet|série|train|ensemble|vague|nouvel|nouveau|nouvelle|nouveaux|nouvelles|package|round|set|wave|batch|tranche|new|fresh|further|\p{L}+ième|\p{L}+th)$/u;
const MEMBER_WORDS = /^(membres?|members?|alliés|allies|pays|countries|états|states|nations)$/;
const HIT_VERBS = /^(touch|vis|frapp|cibl|hit|target|struck)/;
const AGENT_PARTICIPLES = /^(men|lanc|perpétr|conduit|commis|pris|prise|prises|annonc|carried|launched|conducted|made|taken|announced)/;

/** Pledge governors to the left of `v` in the sentence (`s'engager à`, `décidé de`, `agreed to`, `leur intention de`). */
function governor(s: Analysed, v: number): string | undefined {
  for (let k = v - 1; k >= 0 && k >= v - 12; k--) {
    const t = s.tokens[k];
    if (['.', ';', '«', '»', '"'].includes(t.text)) return undefined;
    const sense = verbSense(t.lower, s.sentence.language);
    if (sense && (sense.frame === 'governor' || sense.predicate === 'pledges')) return t.text;
    if (INTENT_NOUNS.has(t.lower)) return t.text;
  }
  return undefined;
}

function isPassive(s: Analysed, v: number, tense: Tense): boolean {
  if (tense !== 'participle') return false;
  const start = verbGroupStart(s.tokens, v, AUXILIARIES);
  const group = s.tokens.slice(start, v).map((t) => t.lower);
  return group.some((w) => PASSIVE_AUXILIARIES.has(w)) && !group.some((w) => w === 'se' || w === "s'");
}

/**
 * A direct object stands in the first noun phrase after the verb: `condemned Iran`, `a reçu mercredi
 * le président X`; not `condemned the sanctions imposed on … Russia`, where Russia is in another phrase.
 */
function inFirstPhrase(s: Analysed, v: number, m: Mention): boolean {
  let content = 0;
  for (let k = v + 1; k < m.start; k++) {
    const t = s.tokens[k];
    // capitalised words (titles: `Japanese Prime Minister X`) and other mentions do not end the phrase
    // prepositional phrases (`à Washington`) and adverbs stand between a verb and its object
    if (t.kind !== 'word' || t.cap || s.at[k] || DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || /(ment|ly)$/.test(t.lower) || NOT_CONTENT.test(t.lower)) continue;
    content++;
  }
  return content <= 1;
}
const NOT_CONTENT = /^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|also|aussi|encore|again|jointly|ensemble|notamment|including|firmly|strongly|fermement|vivement|publicly|publiquement|hier|yesterday|today|aujourd'hui|«|»)$/;

/** Where the words of a particle (`à jour`) start after the verb at `v`, or -1. */
function particleAt(s: Analysed, v: number, particle: string): number {
  const words = particle.split(' ');
  return s.tokens.findIndex((_, k) => k > v && k <= v + 8 && words.every((w, j) => s.tokens[k + j]?.lower === w));
}

/** A participle standing without an auxiliary (`l'aide promise`, `the tanks delivered`) is an adjective. */
function adjectivalParticiple(s: Analysed, v: number, tense: Tense): boolean {
  if (tense !== 'participle') return false;
  // the auxiliary may stand a few words back (`a par ailleurs condamné`), not across a mention or punctuation
  for (let k = v - 1; k >= 0 && k >= verbGroupStart(s.tokens, v, AUXILIARIES) - 3; k--) {
    const t = s.tokens[k];
    if (PASSIVE_AUXILIARIES.has(t.lower) || PERFECT_AUXILIARIES.has(t.lower)) return false;
    if (s.at[k] || (t.kind === 'punct' && t.text !== '«')) return true;
  }
  return true;
}

function futureAux(s: Analysed, v: number): boolean {
  const start = verbGroupStart(s.tokens, v, AUXILIARIES);
  return s.tokens.slice(Math.max(0, start - 1), v).some((t) => FUTURE_AUXILIARIES.has(t.lower));
}

/** Object pronoun right before the verb group (`lui fournir`, `nous lui livrons`). */
function pronounRecipient(s: Analysed, v: number): Mention | undefined {
  for (let k = v - 1; k >= 0 && k >= v - 3; k--) {
    const m = s.at[k];
    if (m?.anaphor && (s.tokens[k].lower === 'lui' || s.tokens[k].lower === 'leur')) return m;
  }
  return undefined;
}

export function verbRules(s: Analysed): Candidate[] {
  const out: Candidate[] = [];
  s.tokens.forEach((t, v) => {
    if (s.at[v]) return;
    // a reading that needs a particle (`mettre … à jour`) applies only when the particle follows
    const sense = verbSenses(t.lower, s.sentence.language).find((r) => r.predicate && (!r.particle || particleAt(s, v, r.particle) >= 0));
    if (!sense?.predicate) return;
    if (!verbAt(s, v)) return; // `les frappes`, `d'aide`: a noun here
    // `financial aid backed by Russian assets`: an English past form before `by` is a participle
    const tense: Tense = futureAux(s, v) ? 'future' : sense.tense === 'past' && s.tokens[v + 1]?.lower === 'by' ? 'participle' : sense.tense;
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
    const patient = passive ? findSubject(s, groupStart, true)?.mention : undefined;
    if (passive) {
      let agent = args.find((a) => a.prep && AGENTIVES.has(a.prep) && !a.mention.adjective)?.mention;
      // `chaired by NATO Secretary General Mark Rutte`: the office holder, not the body in his title
      const holder = agent && agent.entity?.type !== 'Person' ? s.mentions.find((m) => m.start > agent!.end && m.start <= agent!.end + 4 && m.entity?.type === 'Person') : undefined;
      if (holder && s.tokens.slice(agent!.end, holder.start).every((t) => t.cap || t.text === ',')) agent = holder;
      subjects = agent ? coordinatedAfter(s, agent, [agent]) : [];
    }
    if (subjects.length === 0) return;
    const clauseAt = Math.min(...subjects.map((m) => m.start), groupStart);
    const base = { cue: t.text, cueAt: v, clauseAt, tense, confidence: 0.8 };
    const emit = (predicate: Predicate, object: Mention, rule: RuleId, role?: 'theme' | 'recipient', extra: Partial<Candidate> = {}) => {
      for (const subject of subjects) out.push({ ...base, subject, object, predicate, role, rule, ...extra });
    };

    if (sense.frame === 'transfer') {
      const pledge = sense.predicate === 'supplies' && (subjectHit?.viaIntent || governor(s, groupStart)) ? 'pledges' : sense.predicate;
      const rule: RuleId = passive ? 'verb.transfer.passive' : pledge !== sense.predicate ? 'verb.transfer.pledge' : 'verb.transfer';
      const extra = { governed: pledge !== sense.predicate };
      // `$50 billion in financial aid`: an amount in a kind of aid is that aid
      const amountIn = (a: Arg) => a.prep === 'in' && a.prepAt !== undefined && /^(billion|million|milliards?|millions?|\p{N}+)$/u.test(s.tokens[a.prepAt - 1]?.lower ?? '');
      const themes = args.filter((a) => a.mention.entity && THINGS.includes(a.mention.entity.type) && (amountIn(a) || !(a.prep && (DATIVES.has(a.prep) || AGENTIVES.has(a.prep) || /^(pour|for|contre|against|avec|with|en|in)$/.test(a.prep)))));
      // `fournir 40 milliards d'euros pour l'assistance à la sécurité`: money given for a kind of aid
      if (themes.length === 0) themes.push(...args.filter((a) => a.mention.entity?.type === 'Aid' && (a.prep === 'pour' || a.prep === 'for')).slice(0, 1));
      // receivers: `à X`, `to X`, and `pour X` / `for X` when X is a state or a body (`une aide humanitaire pour le Soudan`)
      const receiving = (a: Arg) => !!a.prep && (DATIVES.has(a.prep) || ((a.prep === 'pour' || a.prep === 'for') && !!a.mention.entity && a.mention.entity.type !== 'Person'));
      const recipients = args.filter((a) => receiving(a) && (a.mention.anaphor || (a.mention.entity && ACTORS.includes(a.mention.entity.type) && (!a.mention.adjective || headNoun(s, a.mention)))));
      const pronoun = pronounRecipient(s, v);
      if (pronoun) recipients.push({ mention: pronoun });
      // English double object and `with`: `give Ukraine tanks`, `provide Ukraine with aid`
      const first = args[0];
      if (s.sentence.language !== 'fr' && first && !first.prep && first.mention.entity && ACTORS.includes(first.mention.entity.type)) {
        if (themes.length === 0) themes.push(...args.filter((a) => a.prep === 'with' && a.mention.entity && THINGS.includes(a.mention.entity.type)));
        if (themes.length) recipients.push(first);
      }
      if (patient?.entity) (THINGS.includes(patient.entity.type) ? themes : recipients).push({ mention: patient });
      // relative theme: `les armes que nous lui livrons`
      const before = s.tokens[Math.min(...subjects.map((m) => m.start)) - 1];
      if (before && /^(que|qu'|that|which)$/.test(before.lower)) {
        const antecedent = s.at[Math.min(...subjects.map((m) => m.start)) - 2];
        if (antecedent?.entity && THINGS.includes(antecedent.entity.type)) themes.push({ mention: antecedent });
      }
      for (const a of themes) emit(pledge, a.mention, rule, 'theme', extra);
      for (const a of recipients) emit(pledge, a.mention, rule, 'recipient', extra);
      return;
    }

    if (sense.frame === 'direct' || sense.frame === 'prep') {
      const allowed = (a: Arg) => (!!a.mention.anaphor && !a.mention.anaphor.subjectOnly) || (!!a.mention.entity && typeOk(sense.predicate!, a.mention.entity.type) && !a.mention.adjective);
      let object: Arg | undefined;
      if (sense.frame === 'direct') object = args.find((a) => !a.prep && allowed(a) && inFirstPhrase(s, v, a.mention));
      object ??= args.find((a) => a.prep && sense.preps.includes(a.prep) && allowed(a));
      // `qui a été piraté par X`, `a meeting of the Council chaired by X`: the patient
      if (!object && patient && (allowed({ mention: patient }) || (patient.adjective && typeOk(sense.predicate!, patient.entity!.type)))) object = { mention: patient };
      // `condamné les frappes de la Russie`, `salué la décision de l'Allemagne`, `condamné le tir nord-coréen`: the owner of the object noun
      if (!object && !passive && sense.frame === 'direct' && OWNED.has(sense.predicate!)) {
        const owner = args.find((a) => a.prep && GENITIVES.has(a.prep) && a.prepAt !== undefined && a.prepAt - v <= 8 && allowed(a));
        if (owner && owner.mention.entity && ACTORS.includes(owner.mention.entity.type)) object = owner;
        object ??= args.find((a) => !a.prep && a.mention.adjective && a.mention.start - v <= 6 && headNoun(s, a.mention) && ACTORS.includes(a.mention.entity!.type));
      }
      // `des délégations russe et ukrainienne`: countries by their adjectives after a noun of people
      const partitive = (a: Arg) => !a.prep || (/^(des|du|de|d')$/.test(a.prep) && a.prepAt !== undefined && a.prepAt - v <= 2);
      if (!object && !passive && sense.frame === 'direct') object = args.find((a) => partitive(a) && a.mention.adjective && a.mention.start - v <= 5 && headNoun(s, a.mention) && typeOk(sense.predicate!, a.mention.entity!.type));
      // `la réunion du Conseil X qu'elle présidait`: the antecedent of a relative `que`
      if (!object && subjectHit && /^(que|qu'|that|which)$/.test(s.tokens[subjectHit.mention.start - 1]?.lower ?? '')) {
        let k = subjectHit.mention.start - 2;
        while (s.tokens[k]?.text === ',') k--;
        const antecedent = s.at[k];
        if (antecedent && allowed({ mention: antecedent })) object = { mention: antecedent };
      }
      // `struck air defence sites near Isfahan`: where an attack fell
      if (!object && sense.predicate === 'attacks') object = args.find((a) => a.mention.entity?.type === 'Location' && /^(near|près|à|in|en|sur|on)$/.test(a.prep ?? ''));
      // `s'est félicité que les Alliés aient…`, `welcomed that Norway…`: the maker of the welcomed fact
      if (!object && ATTRIBUTING.has(sense.predicate!) && /^(que|qu'|that)$/.test(s.tokens[v + 1]?.lower ?? '')) {
        let k = v + 2;
        while (DETERMINERS.has(s.tokens[k]?.lower ?? '')) k++;
        const maker = s.at[k];
        if (maker?.entity && ACTORS.includes(maker.entity.type) && !maker.adjective) object = { mention: maker };
      }
      if (!object) return;
      const objects = [object, ...coordinatedRight(s, args, object)];
      for (const o of objects) emit(sense.predicate!, o.mention, sense.frame === 'direct' ? 'verb.direct' : 'verb.prep');
      if (ATTRIBUTING.has(sense.predicate!)) {
        for (const maker of makers(s, v)) if (!objects.some((o) => o.mention === maker)) emit(sense.predicate, maker, 'verb.direct.makers');
      }
    }
  });
  return out;
}

/** Arguments after `first` joined to it by `et`, `and`, commas, with the same kind of preposition. */
function coordinatedRight(s: Analysed, args: Arg[], first: Arg): Arg[] {
  const out: Arg[] = [];
  let prev = first;
  for (const a of args.slice(args.indexOf(first) + 1)) {
    const between = s.tokens.slice(prev.mention.end, a.prepAt ?? a.mention.start);
    const joined = between.length > 0 && between.every((t) => [',', 'et', 'and', 'ou', 'or'].includes(t.lower) || DETERMINERS.has(t.lower));
    // `called on Israel and Iran`: a coordinated noun may leave its preposition unsaid
    if (!joined || (a.prep !== undefined && a.prep !== first.prep) || a.mention.entity?.type !== first.mention.entity?.type) break;
    out.push(a);
    prev = a;
  }
  return out;
}

/** Makers of decisions listed after a verb of praise or blame, across `;` and `et`. */
function makers(s: Analysed, v: number): Mention[] {
  const out: Mention[] = [];
  const { tokens } = s;
  for (let k = v + 1; k < tokens.length; k++) {
    if (['.', '«', '»', '"', ':'].includes(tokens[k].text)) break;
    if (!INTENT_NOUNS.has(tokens[k].lower) && !/^(initiative|initiatives|décision|décisions|engagements?|annonces?|efforts?|contributions?)$/.test(tokens[k].lower)) continue;
    for (let j = k + 1; j < tokens.length && j <= k + 5; j++) {
      const m = s.at[j];
      if (!m) continue;
      const { prep } = prepositionOf(tokens, m, k + 1);
      const agentive = prep && AGENTIVES.has(prep) && tokens.slice(k + 1, j).some((t) => AGENT_PARTICIPLES.test(t.lower));
      if (m.entity && ACTORS.includes(m.entity.type) && !m.adjective && prep && (GENITIVES.has(prep) || agentive)) {
        out.push(...[m, ...coordinatedAfter(s, m)]);
      }
      break;
    }
  }
  return out;
}

function coordinatedAfter(s: Analysed, m: Mention, out: Mention[] = []): Mention[] {
  let end = m.end;
  for (;;) {
    let k = end;
    let joined = false;
    while (k < s.tokens.length && (['et', 'and', ','].includes(s.tokens[k].lower) || DETERMINERS.has(s.tokens[k].lower))) {
      joined ||= s.tokens[k].lower !== 'le' && s.tokens[k].lower !== 'la' && s.tokens[k].lower !== 'the';
      k++;
    }
    const next = s.at[k];
    if (!joined || !next?.entity || next.entity.type !== m.entity?.type) return out;
    out.push(next);
    end = next.end;
  }
}

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
      const found = nounCandidates(s, n, lex.nouns[language].cues[Number(match.hits[0].entity.id)], match.length, resolve);
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
  const cueText = tokens.slice(n, end).map((t) => t.text).join(' ');
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
    if (tokens[k].kind !== 'word' || tokens[k].cap || DETERMINERS.has(tokens[k].lower) || PREPOSITIONS.has(tokens[k].lower)) break;
  }
  // English pre-modifier or possessive: `Russian strikes`, `Russia's invasion`, `Russia's latest missile strikes`
  let p = n - 1;
  while (p > n - 4 && p > 0 && !s.at[p] && tokens[p].kind === 'word' && !tokens[p].cap && tokens[p].lower !== "'s" && !DETERMINERS.has(tokens[p].lower)) p--;
  const pre = s.at[p] ?? (tokens[p]?.lower === "'s" ? s.at[p - 1] : undefined);
  if (!agent && pre?.entity && ACTORS.includes(pre.entity.type) && (pre.adjective || tokens[p]?.lower === "'s")) agent = pre;
  const args = rightArgs(s, end - 1, 14);
  for (const a of args) {
    const e = a.mention.entity;
    if (!a.prep && !a.mention.anaphor) continue;
    if (!agent && a.prep && GENITIVES.has(a.prep) && !(cue.targets ?? []).includes(a.prep) && e && ACTORS.includes(e.type) && !a.mention.adjective && a.prepAt !== undefined && a.prepAt - end <= 2) agent = a.mention;
    else if (!agent && a.prep && AGENTIVES.has(a.prep) && e && ACTORS.includes(e.type)) {
      agent = a.mention;
      // `la campagne menée par la Russie`: a participle with its agent states a fact, whatever governs the noun
      presupposed = tokens.slice(end, a.prepAt).some((t) => AGENT_PARTICIPLES.test(t.lower));
    }
    else if (!target && cue.frame === 'direct' && a.prep && (cue.targets ?? []).includes(a.prep) && e && typeOk(cue.predicate, e.type) && (!a.mention.adjective || headNoun(s, a.mention))) target = a.mention;
  }
  // `frappes … qui ont touché des civils ukrainiens`: the country hit
  if (!target && cue.predicate === 'attacks') {
    const rel = tokens.findIndex((t, k) => k >= end && k <= end + 4 && (t.lower === 'qui' || t.lower === 'that' || t.lower === 'which'));
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
  if (!target && cue.frame === 'direct' && n >= 2 && /^(contre|against)$/.test(tokens[n - 1].lower === "l'" || DETERMINERS.has(tokens[n - 1].lower) ? tokens[n - 2].lower : tokens[n - 1].lower)) {
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
    let k = n - 1;
    while (k > 0 && k > n - 7 && (DETERMINERS.has(tokens[k].lower) || GENITIVES.has(tokens[k].lower) || CONTAINERS.test(tokens[k].lower) || tokens[k].kind === 'number' || tokens[k].lower === 'up')) k--;
    return governs(s, k) ? findSubject(s, k)?.mention : undefined;
  };
  if (cue.predicate === 'cooperates_with') {
    out.push(...cooperation(s, n, cueText, args, agent ?? clauseAgent()));
    return out;
  }
  if (cue.frame === 'direct') {
    if (!agent && target) agent = clauseAgent();
    if (agent && target) {
      for (const a of agent.adjective ? [agent] : coordinatedLeft(s, agent)) out.push({ subject: a, object: target, predicate: cue.predicate, rule, cue: cueText, cueAt: n, clauseAt: Math.max(0, n - 6), presupposed, confidence: 0.7 });
    }
    return out;
  }
  // transfer nouns: `la livraison de missiles (à X) (par Y)`
  const themes = args.filter((a) => a.mention.entity && THINGS.includes(a.mention.entity.type) && a.prep && GENITIVES.has(a.prep));
  const recipients = args.filter((a) => a.prep && DATIVES.has(a.prep) && a.mention.entity && ACTORS.includes(a.mention.entity.type));
  if (!agent && (themes.length || recipients.length)) agent = clauseAgent();
  if (!agent) return out;
  const predicate = cue.predicate === 'supplies' && governor(s, n) ? 'pledges' : cue.predicate;
  for (const a of themes) out.push({ subject: agent, object: a.mention, predicate, role: 'theme', rule, cue: cueText, cueAt: n, clauseAt: Math.max(0, n - 6), confidence: 0.6 });
  for (const a of recipients) out.push({ subject: agent, object: a.mention, predicate, role: 'recipient', rule, cue: cueText, cueAt: n, clauseAt: Math.max(0, n - 6), confidence: 0.6 });
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
  return sense?.frame === 'governor' || sense?.predicate === 'pledges' || BOOST_VERBS.has(t.lower) || GOVERNING_VERB.test(t.lower);
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
  else if (agent && partner) parties.push(...coordinatedLeft(s, agent), partner.mention, ...coordinatedAfter(s, partner.mention));
  else if (agent && /^(leur|their)$/.test(s.tokens[n - 1]?.lower ?? '')) parties.push(...coordinatedLeft(s, agent));
  const actors = parties.filter((m) => m.entity && ACTORS.includes(m.entity.type) && !m.adjective);
  const out: Candidate[] = [];
  const pivot = partner && agent && !between ? coordinatedLeft(s, agent) : undefined;
  actors.forEach((a, i) => actors.slice(i + 1).forEach((b) => {
    if (pivot && pivot.includes(a) === pivot.includes(b)) return; // `X et Y coopèrent avec Z`: not X with Y
    out.push({ subject: a, object: b, predicate: 'cooperates_with', rule: 'noun.cooperation', cue, cueAt: n, clauseAt: Math.max(0, n - 6), confidence: 0.6 });
  }));
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
    const base = { subject, predicate: 'pledges' as const, rule: 'verb.boost.pledge' as const, cue: t.text, cueAt: v, clauseAt: Math.min(subject.start, groupStart), governed: true, confidence: 0.6 };
    out.push({ ...base, object: aid.mention, role: 'theme' });
    for (const a of args) if (a.prep && DATIVES.has(a.prep) && a.mention.entity && ACTORS.includes(a.mention.entity.type)) out.push({ ...base, object: a.mention, role: 'recipient' });
  });
  return out;
}

const OFFICE_LINKS = new Set(['de', "d'", 'du', 'des', 'la', 'le', 'les', "l'", 'of', 'the', "'s", 'for', 'pour', 'et', 'and']);
/** A lowercase word inside a multi-word office or portfolio (`général` in `secrétaire général`, `étrangères`). */
function isOfficeWord(tokens: Token[], k: number): boolean {
  const lex = lexicon();
  for (let j = k; j >= 0 && j >= k - 3; j--) {
    const m = longestMatch(lex.offices, tokens, j) ?? longestMatch(lex.portfolios, tokens, j);
    if (m && j + m.length > k) return true;
  }
  return false;
}

/** Office holders: an office phrase and a person side by side. */
export function officeRules(s: Analysed): Candidate[] {
  const out: Candidate[] = [];
  const lex = lexicon();
  const { tokens } = s;
  for (const p of s.mentions) {
    if (p.entity?.type !== 'Person') continue;
    const phrases: [number, number][] = [];
    // office before the name: `le secrétaire général de l'OTAN, Jens Stoltenberg` / `NATO Secretary General Jens Stoltenberg`
    let end = p.start;
    if (tokens[end - 1]?.text === ',') end--;
    for (let k = end - 1; k >= 0 && k >= end - 10; k--) {
      if (['.', ';', ':', '«', '»', '(', ')', ','].includes(tokens[k].text)) break;
      // the phrase holds titles, portfolios, bodies and `de`: another person or a verb ends it
      const m = s.at[k];
      if ((m && m !== p && m.entity?.type === 'Person') || (!m && tokens[k].kind === 'word' && !tokens[k].cap && !OFFICE_LINKS.has(tokens[k].lower) && !longestMatch(lex.offices, tokens, k) && !longestMatch(lex.portfolios, tokens, k) && !isOfficeWord(tokens, k))) break;
      if (longestMatch(lex.offices, tokens, k)) phrases.push([k, end]);
    }
    // office after the name: `Jens Stoltenberg, secrétaire général de l'OTAN,`
    if (tokens[p.end]?.text === ',') {
      let k = p.end + 1;
      while (k < tokens.length && k <= p.end + 10 && ![',', '.', ';', ':', '(', ')'].includes(tokens[k].text)) k++;
      if (tokens.slice(p.end + 1, k).some((_, j) => longestMatch(lex.offices, tokens, p.end + 1 + j))) phrases.push([p.end + 1, k]);
    }
    for (const [from, to] of phrases) {
      const office = longestMatch(lex.offices, tokens, from) ?? tokens.slice(from, to).map((_, j) => longestMatch(lex.offices, tokens, from + j)).find(Boolean);
      const officeWord = office?.hits[0].entity.label ?? '';
      if (lex.nonLeading.has(officeWord.toLowerCase())) continue;
      // the body: a mention inside the phrase, or before it over portfolio words (`NATO Secretary General`, `British Defence Secretary`, `Iran's foreign minister`)
      const inside = s.mentions.filter((m) => m.start >= from && m.end <= to && m !== p && m.entity && ['Organization', 'Country'].includes(m.entity.type));
      let b = from - 1;
      while (b > 0 && b >= from - 3 && !s.at[b] && (longestMatch(lex.portfolios, tokens, b) || /^(prime|deputy|vice|foreign|defence|defense|chief|interior|finance)$/.test(tokens[b].lower))) b--;
      const before = s.at[b] ?? (tokens[b]?.lower === "'s" ? s.at[b - 1] : undefined);
      const body = inside.find((m) => !m.adjective && GENITIVES.has(prepositionOf(tokens, m, from).prep ?? '')) ?? inside.find((m) => m.adjective) ?? (before?.entity && ['Organization', 'Country'].includes(before.entity.type) ? before : undefined) ?? inside[0];
      if (!body) continue;
      out.push({ subject: p, object: body, predicate: 'leads', rule: 'apposition.office', cue: officeWord, cueAt: from, clauseAt: from, presupposed: true, confidence: 0.9 });
      break;
    }
  }
  return out;
}

/** `la région russe de Koursk`, `la région de Koursk, en Russie`, `the Kursk region of Russia`, `Russia's Kursk region`. */
export function placeRules(s: Analysed): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  const country = (m: Mention | undefined) => (m?.entity?.type === 'Country' ? m : undefined);
  tokens.forEach((t, k) => {
    if (!REGION_NOUNS.has(t.lower)) return;
    // the place: `région (russe) de X`, or `X region`
    const after = s.mentions.find((m) => m.start > k && m.start <= k + 4 && m.entity?.type === 'Location');
    const before = s.at[k - 1]?.entity?.type === 'Location' ? s.at[k - 1] : undefined;
    const place = before ?? after;
    if (!place) return;
    const end = Math.max(k, place.end - 1);
    const inside =
      (s.at[k + 1]?.adjective ? country(s.at[k + 1]) : undefined) ?? // région russe de X
      (/^(en|in|of|de)$/.test(tokens[end + 1]?.lower ?? '') ? country(s.at[end + 2] ?? s.at[end + 3]) : undefined) ?? // X region of Russia
      (tokens[place.start - 1]?.lower === "'s" ? country(s.at[place.start - 2]) : undefined) ?? // Russia's Kursk region
      (s.at[place.start - 1]?.adjective ? country(s.at[place.start - 1]) : undefined); // Russian Kursk region
    if (inside) out.push({ subject: place, object: inside, predicate: 'part_of', rule: 'pattern.region', cue: t.text, cueAt: k, clauseAt: k, presupposed: true, confidence: 0.8 });
  });
  // `Rzeszów, dans le sud-est de la Pologne`, `Isfahan, in central Iran`, `le port d'Izmaïl, dans la région d'Odessa`
  for (const place of s.mentions) {
    if (place.entity?.type !== 'Location' || tokens[place.end]?.text !== ',' || !/^(dans|en|in|au)$/.test(tokens[place.end + 1]?.lower ?? '')) continue;
    let k = place.end + 2;
    while (k < place.end + 7 && tokens[k] && !s.at[k] && (DETERMINERS.has(tokens[k].lower) || GENITIVES.has(tokens[k].lower) || COMPASS.test(tokens[k].lower))) k++;
    const whole = s.at[k];
    if (whole?.entity && (whole.entity.type === 'Country' || whole.entity.type === 'Location') && !whole.adjective && whole.entity.id !== place.entity.id) {
      out.push({ subject: place, object: whole, predicate: 'part_of', rule: 'pattern.region', cue: tokens[place.end + 1].text, cueAt: place.end + 1, clauseAt: place.start, presupposed: true, confidence: 0.7 });
    }
  }
  return out;
}

const COMPASS = /^(nord|sud|est|ouest|centre|sud-est|sud-ouest|nord-est|nord-ouest|north|south|east|west|central|northern|southern|eastern|western|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|région|region|province|oblast)$/;

/**
 * Members: groups named as members of a body (`pays membres de l'OTAN`, `NATO allies`), and
 * states called members (`la Turquie, membre de l'OTAN`, `la Lituanie est membre de l'OTAN et de l'UE`,
 * `Turkey, a NATO member`, `NATO member Turkey`).
 */
export function memberRules(s: Analysed): Candidate[] {
  const out: Candidate[] = [];
  const lex = lexicon();
  const { tokens } = s;
  const member = (subject: Mention, object: Mention, k: number) =>
    out.push({ subject, object, predicate: 'member_of', rule: 'pattern.members', cue: tokens[k].text, cueAt: k, clauseAt: subject.start, presupposed: true, confidence: 0.8 });
  tokens.forEach((t, k) => {
    if (!/^(membres?|members?)$/.test(t.lower)) return;
    // the members, on the left: `X, membre de`, `X est membre de`, `X, a NATO member`
    let j = k - 1;
    while (j >= 0 && (/^(,|est|sont|is|are|was|were|a|an|un|une|pays|state|country|devenu|devenue|become|became|désormais|now|also|aussi)$/.test(tokens[j].lower) || DETERMINERS.has(tokens[j].lower) || (s.at[j]?.entity?.type === 'Organization' && j === k - 1))) j--;
    const left = s.at[j];
    // the body: `membre de Y (et de Z)` or `Y member`
    const bodies: Mention[] = [];
    if (s.at[k - 1]?.entity?.type === 'Organization') bodies.push(s.at[k - 1]!);
    for (const a of rightArgs(s, k, 10)) {
      if (a.mention.entity?.type !== 'Organization' || !a.prep || !GENITIVES.has(a.prep)) break;
      bodies.push(a.mention);
    }
    const members = left?.entity && ['Country', 'Group', 'Organization'].includes(left.entity.type) && !left.adjective ? coordinatedLeft(s, left) : [];
    // `NATO member Turkey`
    if (!members.length && s.at[k - 1]?.entity?.type === 'Organization' && s.at[k + 1]?.entity?.type === 'Country') members.push(s.at[k + 1]!);
    for (const m of members) for (const b of bodies) if (m !== b) member(m, b, k);
  });
  for (const m of s.mentions) {
    if (m.entity?.type !== 'Group' || m.end - m.start < 2) continue;
    // `pays membres de l'OTAN`, `NATO allies`: members; `dirigeants du G7`: leaders, not members
    if (!s.tokens.slice(m.start, m.end).some((t) => MEMBER_WORDS.test(t.lower))) continue;
    for (let k = m.start; k < m.end; k++) {
      const inner = longestMatch(lex.trie, s.tokens, k);
      const body = inner?.hits.find((h) => h.entity.type === 'Organization')?.entity;
      if (!body) continue;
      const object: Mention = { start: k, end: k + inner!.length, entity: body, adjective: false, source: 'lexicon' };
      out.push({ subject: m, object, predicate: 'member_of', rule: 'pattern.members', cue: s.tokens.slice(m.start, m.end).map((t) => t.text).join(' '), cueAt: m.start, clauseAt: m.start, presupposed: true, confidence: 0.7 });
      break;
    }
  }
  return out;
}
