/** Verb rules: a cue verb, its subject (left), its objects (right), passives, pledges, makers of praised decisions. */
import type { Predicate } from '../../types.ts';
import {
  coordinatedLeft,
  findSubject,
  headNoun,
  prepositionOf,
  rightArgs,
  verbAt,
  verbGroupStart,
  type Arg,
} from '../clauses.ts';
import type { Analysed } from '../context.ts';
import type { Tense } from '../inflect.ts';
import {
  AGENTIVES,
  AND,
  ATTACK_SITE_PREPOSITIONS,
  AUXILIARIES,
  CLAUSE_PUNCT,
  COUNTERPART_NOUNS,
  DATIVES,
  DETERMINERS,
  EXAMPLE_MARKERS,
  FUTURE_AUXILIARIES,
  GENITIVES,
  INTENT_NOUNS,
  NAME_LIST_LINKS,
  NOT_CONTENT,
  NOT_THEME_PREPOSITIONS,
  OFFICE_PHRASE_LINKS,
  PARTICIPATION_NOUNS,
  PASSIVE_AUXILIARIES,
  PERFECT_AUXILIARIES,
  PREPOSITIONS,
  SEAT_NOUNS,
  THAT,
  THAT_OR_WHICH,
} from '../lexicon/grammar.ts';
import { insideOffice, lexicon, longestMatch, verbSenses } from '../lexicon/index.ts';
import type { Mention } from '../mentions.ts';
import type { RuleId } from './catalog.ts';
import { AMOUNT, INITIATIVE_NOUNS } from '../lexicon/noun-classes.ts';
import { AGENT_PARTICIPLES } from '../lexicon/verb-classes.ts';
import { ACTORS, ATTRIBUTING, OWNED, THINGS, coordinatedAfter, governor, typeOk, type Candidate } from './shared.ts';

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
    if (
      t.kind !== 'word' ||
      t.cap ||
      s.at[k] ||
      DETERMINERS.has(t.lower) ||
      PREPOSITIONS.has(t.lower) ||
      /(ment|ly)$/.test(t.lower) ||
      NOT_CONTENT.test(t.lower)
    )
      continue;
    // `a accueilli le premier ministre de l'Albanie, M. X`: an office before the person is part of the phrase
    if (longestMatch(lexicon().offices, s.tokens, k) || insideOffice(s.tokens, k) || lexicon().seats.has(t.norm))
      continue;
    content++;
  }
  return content <= 1;
}

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
    const clauseAt = Math.min(...subjects.map((m) => m.start), groupStart);
    // (each candidate written out whole: spreading a shared base into every one was a hot spot)
    const emit = (
      predicate: Predicate,
      object: Mention,
      rule: RuleId,
      role?: 'theme' | 'recipient',
      governed?: boolean,
    ) => {
      for (const subject of subjects) {
        const candidate: Candidate = {
          cue: t.text,
          cueAt: v,
          clauseAt,
          tense,
          confidence: 0.8,
          subject,
          object,
          predicate,
          role,
          rule,
        };
        if (governed !== undefined) candidate.governed = governed;
        out.push(candidate);
      }
    };

    if (sense.frame === 'transfer') {
      const pledge =
        sense.predicate === 'supplies' && (subjectHit?.viaIntent || governor(s, groupStart))
          ? 'pledges'
          : sense.predicate;
      const rule: RuleId = passive
        ? 'verb.transfer.passive'
        : pledge !== sense.predicate
          ? 'verb.transfer.pledge'
          : 'verb.transfer';
      const governed = pledge !== sense.predicate;
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
          ...args
            .filter((a) => a.mention.entity?.type === 'Aid' && (a.prep === 'pour' || a.prep === 'for'))
            .slice(0, 1),
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
      for (const a of themes) emit(pledge, a.mention, rule, 'theme', governed);
      for (const a of recipients) emit(pledge, a.mention, rule, 'recipient', governed);
      return;
    }

    if (sense.frame === 'direct' || sense.frame === 'prep') {
      const allowed = (a: Arg) =>
        (!!a.mention.anaphor && !a.mention.anaphor.subjectOnly) ||
        (!!a.mention.entity && typeOk(sense.predicate!, a.mention.entity.type) && !a.mention.adjective);
      let object: Arg | undefined;
      // the first argument that can be the object, bare or after one of the verb's prepositions (`met with X, NATO Secretary General`)
      // (not the country in apposition to a place: `the attack in Beledweyne, Somalia`)
      // (in the passive, never the agent: `were briefed by the Head of X, Y`)
      const direct =
        sense.frame === 'direct'
          ? args.find(
              (a) =>
                !a.prep &&
                allowed(a) &&
                inFirstPhrase(s, v, a.mention) &&
                !apposedToPlace(s, a.mention) &&
                !(passive && subjects.includes(a.mention)),
            )
          : undefined;
      const indirect = args.find((a) => a.prep && sense.preps.includes(a.prep) && allowed(a));
      object =
        direct && indirect ? (direct.mention.start < indirect.mention.start ? direct : indirect) : (direct ?? indirect);
      // `qui a été piraté par X`, `a meeting of the Council chaired by X`: the patient
      if (
        !object &&
        patient &&
        (allowed({ mention: patient }) || (patient.adjective && typeOk(sense.predicate!, patient.entity!.type)))
      )
        object = { mention: patient };
      // `condamné les frappes de la Russie`, `salué la décision de l'Allemagne`, `condamné le tir nord-coréen`: the owner of the object noun
      if (!object && !passive && sense.frame === 'direct' && OWNED.has(sense.predicate!)) {
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
        if (sense.predicate === 'supports')
          object ??= args.find(
            (a) =>
              (a.prep === 'in' || a.prep === 'en') &&
              a.prepAt !== undefined &&
              a.prepAt - v <= 6 &&
              a.mention.entity?.type === 'Country' &&
              !a.mention.adjective,
          );
      }
      // `s'associe aux sanctions que l'UE a promulguées`: joining the measures of X is cooperating with X
      if (!object && !passive && sense.predicate === 'cooperates_with') object = relativeMaker(s, v, allowed);
      // `The Commission met, with the participation of X`, `s'est réuni en présence de X`: who took part meets the body
      if (!object && sense.predicate === 'meets') object = participant(s, v);
      // `s'est entretenu avec son homologue espagnol, X`, `met his Omani counterpart`: the counterpart, by name or by country
      if (!object || object.mention.adjective) object = counterpart(s, v) ?? object;
      // `rendu hommage à toutes les parties, en particulier X et Y`: the named examples of an unnamed object
      if (!object && !passive) {
        const named = examples(s, v).filter((m) => allowed({ mention: m }));
        if (named.length) {
          for (const m of named) emit(sense.predicate!, m, 'verb.examples');
          return;
        }
      }
      // `des délégations russe et ukrainienne`: countries by their adjectives after a noun of people
      const partitive = (a: Arg) =>
        !a.prep || (/^(des|du|de|d')$/.test(a.prep) && a.prepAt !== undefined && a.prepAt - v <= 2);
      if (!object && !passive && sense.frame === 'direct' && sense.predicate !== 'sanctions')
        object = args.find(
          (a) =>
            partitive(a) &&
            a.mention.adjective &&
            a.mention.start - v <= 5 &&
            headNoun(s, a.mention) &&
            typeOk(sense.predicate!, a.mention.entity!.type),
        );
      // `la réunion du Conseil X qu'elle présidait`: the antecedent of a relative `que`
      if (!object && subjectHit && THAT_OR_WHICH.test(s.tokens[subjectHit.mention.start - 1]?.lower ?? '')) {
        let k = subjectHit.mention.start - 2;
        while (s.tokens[k]?.text === ',') k--;
        const antecedent = s.at[k];
        if (antecedent && allowed({ mention: antecedent })) object = { mention: antecedent };
      }
      // `struck air defence sites near Isfahan`: where an attack fell
      if (!object && sense.predicate === 'attacks')
        object = args.find((a) => a.mention.entity?.type === 'Location' && ATTACK_SITE_PREPOSITIONS.test(a.prep ?? ''));
      // `s'est félicité que les Alliés aient…`, `welcomed that Norway…`: the maker of the welcomed fact
      if (!object && ATTRIBUTING.has(sense.predicate!) && THAT.test(s.tokens[v + 1]?.lower ?? '')) {
        let k = v + 2;
        while (DETERMINERS.has(s.tokens[k]?.lower ?? '')) k++;
        const maker = s.at[k];
        if (maker?.entity && ACTORS.includes(maker.entity.type) && !maker.adjective) object = { mention: maker };
      }
      if (!object) return;
      const objects = [object, ...coordinatedRight(s, args, object), ...peopleListed(s, object.mention)];
      // `welcomed X to NATO Headquarters`, `a accueilli X à Paris`: a visitor welcomed somewhere is met
      const hosting =
        sense.predicate === 'welcomes' && object.mention.entity?.type === 'Person' && visitTo(s, object.mention);
      for (const o of objects)
        emit(hosting ? 'meets' : sense.predicate!, o.mention, sense.frame === 'direct' ? 'verb.direct' : 'verb.prep');
      if (ATTRIBUTING.has(sense.predicate!)) {
        for (const maker of makers(s, v))
          if (!objects.some((o) => o.mention === maker)) emit(sense.predicate, maker, 'verb.direct.makers');
      }
    }
  });
  return out;
}

/** The person in apposition after an agent that is an office (`par le Représentant spécial …, X`, `by the Head of UNAMA, X`). */
function officeAgent(s: Analysed, v: number): Mention | undefined {
  const { tokens } = s;
  const by = tokens.findIndex((t, j) => j > v && j <= v + 6 && AGENTIVES.has(t.lower));
  if (by < 0) return undefined;
  const person = s.mentions.find((m) => m.start > by && m.start <= by + 24 && m.entity?.type === 'Person');
  if (!person || tokens[person.start - 1]?.text !== ',') return undefined;
  // (only an office phrase between: articles, office words, `of`, bodies)
  const ok = tokens
    .slice(by + 1, person.start - 1)
    .every(
      (t, j) =>
        DETERMINERS.has(t.lower) ||
        GENITIVES.has(t.lower) ||
        OFFICE_PHRASE_LINKS.test(t.lower) ||
        insideOffice(tokens, by + 1 + j) ||
        lexicon().titles.has(t.norm) ||
        !!s.at[by + 1 + j] ||
        t.text === '(' ||
        t.text === ')',
    );
  return ok ? person : undefined;
}

/** A person named after `participation of`, `presence of`, `en présence de` within the clause of the verb at `v`. */
function participant(s: Analysed, v: number): Arg | undefined {
  const { tokens } = s;
  const k = tokens.findIndex(
    (t, j) => j > v && j <= v + 10 && PARTICIPATION_NOUNS.has(t.lower) && GENITIVES.has(tokens[j + 1]?.lower ?? ''),
  );
  if (k < 0) return undefined;
  const person = s.mentions.find((m) => m.start > k && m.start <= k + 10 && m.entity?.type === 'Person');
  return person && prepositionOf(tokens, person, k + 1).at === k + 1 ? { mention: person } : undefined;
}

/** `son homologue espagnol, X`, `his Omani counterpart, X`, `its counterpart in Ghana`: the person named in apposition, else the country. */
function counterpart(s: Analysed, v: number): Arg | undefined {
  const { tokens } = s;
  const k = tokens.findIndex((t, j) => j > v && j <= v + 5 && COUNTERPART_NOUNS.has(t.lower));
  if (k < 0) return undefined;
  const country = [
    s.at[k + 1],
    s.at[k - 1],
    tokens[k + 1]?.lower === 'in' || tokens[k + 1]?.lower === 'from' ? s.at[k + 2] : undefined,
  ].find((m) => m?.entity?.type === 'Country');
  const end = country && country.start > k ? country.end : k + 1;
  const named = tokens[end]?.text === ',' ? s.at[end + 1] : undefined;
  if (named?.entity?.type === 'Person') return { mention: named };
  return country ? { mention: country } : undefined;
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
function relativeMaker(s: Analysed, v: number, allowed: (a: Arg) => boolean): Arg | undefined {
  const { tokens } = s;
  for (let k = v + 1; k < tokens.length && k <= v + 8; k++) {
    if (CLAUSE_PUNCT.has(tokens[k].text) || (s.at[k] && k > v + 1)) return undefined;
    if (!THAT.test(tokens[k].lower)) continue;
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

const MARKERS = new Set(EXAMPLE_MARKERS);

/** Mentions named as examples after the verb: `…, en particulier X et Y, ainsi que Z`, `…, including X and Y`. */
function examples(s: Analysed, v: number): Mention[] {
  const { tokens } = s;
  let marker = -1;
  for (let k = v + 1; k < tokens.length && k <= v + 25 && marker < 0; k++) {
    const t = tokens[k];
    if (
      (MARKERS.has(t.lower) || MARKERS.has(`${t.lower} ${tokens[k + 1]?.lower ?? ''}`)) &&
      t.lower !== 'dont' &&
      t.lower !== 'among'
    )
      marker = k;
  }
  if (marker < 0 || tokens.slice(v + 1, marker).some((t) => t.text === ';' || t.text === '.' || verbAtIndex(s, t)))
    return [];
  const out: Mention[] = [];
  for (let k = marker + 1; k < tokens.length && !['.', ';', ':'].includes(tokens[k].text); k++) {
    const m = s.at[k];
    if (!m) continue;
    if (m.entity && ACTORS.includes(m.entity.type) && !m.adjective && !prepositionOf(tokens, m, marker + 1).prep)
      out.push(m);
    k = m.end - 1;
  }
  return out;
}
const verbAtIndex = (s: Analysed, t: { start: number }) => {
  const k = s.tokens.findIndex((u) => u.start === t.start);
  return k >= 0 && !!verbAt(s, k) && !!verbSenses(s.tokens[k].lower, s.sentence.language)[0]?.predicate;
};

/**
 * People listed after a person, each with an office in apposition: `le premier ministre de
 * l'Albanie, M. Edi Rama, le président de la Croatie, M. Zoran Milanović, et …`, `designated
 * the Vice President of X, A; a Deputy of Y, B; and a Chief of Z, C`.
 */
function peopleListed(s: Analysed, first: Mention): Arg[] {
  if (first.entity?.type !== 'Person') return [];
  const lex = lexicon();
  const { tokens } = s;
  const out: Arg[] = [];
  let joined = false;
  for (let k = first.end; k < tokens.length; k++) {
    const t = tokens[k];
    const m = s.at[k];
    if (m?.entity?.type === 'Person' && !m.anaphor) {
      if (!joined) break;
      out.push({ mention: m });
      joined = false;
      k = m.end - 1;
      continue;
    }
    if (m) {
      k = m.end - 1;
      continue;
    }
    if (t.text === ',' || t.text === ';' || AND.test(t.lower)) joined = true;
    else if (
      !(
        t.cap ||
        DETERMINERS.has(t.lower) ||
        NAME_LIST_LINKS.test(t.lower) ||
        longestMatch(lex.offices, tokens, k) ||
        lex.seats.has(t.norm) ||
        lex.officeQualifiers.has(t.norm) ||
        longestMatch(lex.portfolios, tokens, k) ||
        insideOffice(s.tokens, k) ||
        lex.titles.has(t.norm)
      )
    )
      break;
  }
  return out;
}
/** A verb used reciprocally: a reflexive (`se sont rencontrés`) or no object at all (`met in Brussels`). */
function reciprocal(s: Analysed, v: number, args: Arg[]): boolean {
  const group = s.tokens.slice(verbGroupStart(s.tokens, v, AUXILIARIES), v).map((t) => t.lower);
  return (
    group.includes('se') || group.includes("s'") || !args.some((a) => !a.prep || a.prep === 'with' || a.prep === 'avec')
  );
}

/** A mention in apposition to a place before it (`Beledweyne, Somalia`, `Tessit (Mali)`). */
function apposedToPlace(s: Analysed, m: Mention): boolean {
  const open = s.tokens[m.start - 1]?.text;
  return (open === ',' || open === '(') && s.at[m.start - 2]?.entity?.type === 'Location';
}

/** `X to NATO Headquarters`, `X à Bruxelles`, `X to Washington`: the object is welcomed to a place. */
function visitTo(s: Analysed, m: Mention): boolean {
  let k = m.end;
  while (s.tokens[k]?.text === ',' || (s.at[k] && s.at[k]!.entity?.type !== 'Location'))
    k = s.at[k] ? s.at[k]!.end : k + 1;
  if (!/^(to|à|au|in)$/.test(s.tokens[k]?.lower ?? '')) return false;
  const place = s.at[k + 1] ?? s.at[k + 2];
  return (
    place?.entity?.type === 'Location' ||
    SEAT_NOUNS.has(s.tokens[k + 1]?.lower ?? '') ||
    SEAT_NOUNS.has(s.tokens[k + 2]?.lower ?? '')
  );
}

/** Arguments after `first` joined to it by `et`, `and`, commas, with the same kind of preposition. */
function coordinatedRight(s: Analysed, args: Arg[], first: Arg): Arg[] {
  const out: Arg[] = [];
  let prev = first;
  for (const a of args.slice(args.indexOf(first) + 1)) {
    const between = s.tokens.slice(prev.mention.end, a.prepAt ?? a.mention.start);
    const joined =
      between.length > 0 &&
      between.every((t) => [',', 'et', 'and', 'ou', 'or'].includes(t.lower) || DETERMINERS.has(t.lower));
    // `called on Israel and Iran`: a coordinated noun may leave its preposition unsaid
    // (actors of different kinds coordinate: `urged the Government of Ethiopia and the TPLF`)
    // (with a conjunction: after a bare comma, an actor of another kind is in apposition, `met X, NATO Secretary General`)
    const sameKind =
      a.mention.entity?.type === first.mention.entity?.type ||
      (!!a.mention.entity &&
        !!first.mention.entity &&
        ACTORS.includes(a.mention.entity.type) &&
        ACTORS.includes(first.mention.entity.type) &&
        between.some((t) => /^(et|and|ou|or)$/.test(t.lower)));
    if (!joined || (a.prep !== undefined && a.prep !== first.prep) || !sameKind) break;
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
    if (
      ['.', '«', '»', '"', ':'].includes(tokens[k].text) ||
      (k > v + 1 && verbAt(s, k)?.tense !== undefined && verbAt(s, k)?.tense !== 'infinitive')
    )
      break;
    if (!INTENT_NOUNS.has(tokens[k].lower) && !INITIATIVE_NOUNS.test(tokens[k].lower)) continue;
    for (let j = k + 1; j < tokens.length && j <= k + 5; j++) {
      const m = s.at[j];
      if (!m) continue;
      const { prep } = prepositionOf(tokens, m, k + 1);
      const agentive =
        prep && AGENTIVES.has(prep) && tokens.slice(k + 1, j).some((t) => AGENT_PARTICIPLES.test(t.lower));
      if (m.entity && ACTORS.includes(m.entity.type) && !m.adjective && prep && (GENITIVES.has(prep) || agentive)) {
        out.push(...[m, ...coordinatedAfter(s, m)]);
      }
      break;
    }
  }
  return out;
}
