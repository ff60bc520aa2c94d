/** The object frames: a transitive verb's direct object or a verb's prepositional object, and whoever stands for it. */
import type { Arg } from '../clauses.ts';
import { headNoun } from '../phrases.ts';
import type { Analysed } from '../context.ts';
import {
  ATTACK_SITE_PREPOSITIONS,
  DETERMINERS,
  NOT_CONTENT,
  PREPOSITIONS,
  SEAT_NOUNS,
  THAT_OR_WHICH,
} from '../lexicon/grammar.ts';
import { insideOffice, lexicon, longestMatch } from '../lexicon/index.ts';
import type { Mention } from '../mentions.ts';
import { ACTORS, ATTRIBUTING, OWNED, typeOk } from './shared.ts';
import { emit, type VerbClause } from './verb-clause.ts';
import { factMaker, makers, ownerObject, relativeMaker } from './verb-makers.ts';
import { counterpart, examples, participant, peopleListed } from './verb-named.ts';

/**
 * A transitive verb (`condamner`, `thank`) or a verb with a prepositional object (`coopérer
 * avec`): the subjects to the object, to those coordinated with it, and to the makers of what
 * it names; when no object is named, to whoever stands for it (owner, counterpart, examples).
 */
export function objectFrame(c: VerbClause): void {
  const { s, v, sense, predicate, passive, args, patient, subjectHit } = c;
  const allowed = (a: Arg) =>
    (!!a.mention.anaphor && !a.mention.anaphor.subjectOnly) ||
    (!!a.mention.entity && typeOk(predicate, a.mention.entity.type) && !a.mention.adjective);
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
            !(passive && c.subjects.includes(a.mention)),
        )
      : undefined;
  const indirect = args.find((a) => a.prep && sense.preps.includes(a.prep) && allowed(a));
  object =
    direct && indirect ? (direct.mention.start < indirect.mention.start ? direct : indirect) : (direct ?? indirect);
  // `qui a été piraté par X`, `a meeting of the Council chaired by X`: the patient
  if (
    !object &&
    patient &&
    (allowed({ mention: patient }) || (patient.adjective && typeOk(predicate, patient.entity!.type)))
  )
    object = { mention: patient };
  // `condamné les frappes de la Russie`, `salué la décision de l'Allemagne`, `condamné le tir nord-coréen`: the owner of the object noun
  if (!object && !passive && sense.frame === 'direct' && OWNED.has(predicate)) object = ownerObject(c, allowed);
  // `s'associe aux sanctions que l'UE a promulguées`: joining the measures of X is cooperating with X
  if (!object && !passive && predicate === 'cooperates_with') object = relativeMaker(s, v, allowed);
  // `The Commission met, with the participation of X`, `s'est réuni en présence de X`: who took part meets the body
  if (!object && predicate === 'meets') object = participant(s, v);
  // `s'est entretenu avec son homologue espagnol, X`, `met his Omani counterpart`: the counterpart, by name or by country
  if (!object || object.mention.adjective) object = counterpart(s, v) ?? object;
  // `rendu hommage à toutes les parties, en particulier X et Y`: the named examples of an unnamed object
  if (!object && !passive) {
    const named = examples(s, v).filter((m) => allowed({ mention: m }));
    if (named.length) {
      for (const m of named) emit(c, predicate, m, 'verb.examples');
      return;
    }
  }
  // `des délégations russe et ukrainienne`: countries by their adjectives after a noun of people
  const partitive = (a: Arg) =>
    !a.prep || (/^(des|du|de|d')$/.test(a.prep) && a.prepAt !== undefined && a.prepAt - v <= 2);
  if (!object && !passive && sense.frame === 'direct' && predicate !== 'sanctions')
    object = args.find(
      (a) =>
        partitive(a) &&
        a.mention.adjective &&
        a.mention.start - v <= 5 &&
        headNoun(s, a.mention) &&
        typeOk(predicate, a.mention.entity!.type),
    );
  // `la réunion du Conseil X qu'elle présidait`: the antecedent of a relative `que`
  if (!object && subjectHit && THAT_OR_WHICH.test(s.tokens[subjectHit.mention.start - 1]?.lower ?? '')) {
    let k = subjectHit.mention.start - 2;
    while (s.tokens[k]?.text === ',') k--;
    const antecedent = s.at[k];
    if (antecedent && allowed({ mention: antecedent })) object = { mention: antecedent };
  }
  // `struck air defence sites near Isfahan`: where an attack fell
  if (!object && predicate === 'attacks')
    object = args.find((a) => a.mention.entity?.type === 'Location' && ATTACK_SITE_PREPOSITIONS.test(a.prep ?? ''));
  // `s'est félicité que les Alliés aient…`, `welcomed that Norway…`: the maker of the welcomed fact
  if (!object && ATTRIBUTING.has(predicate)) object = factMaker(s, v);
  if (!object) return;
  const objects = [object, ...coordinatedRight(s, args, object), ...peopleListed(s, object.mention)];
  // `welcomed X to NATO Headquarters`, `a accueilli X à Paris`: a visitor welcomed somewhere is met
  const hosting = predicate === 'welcomes' && object.mention.entity?.type === 'Person' && visitTo(s, object.mention);
  for (const o of objects)
    emit(c, hosting ? 'meets' : predicate, o.mention, sense.frame === 'direct' ? 'verb.direct' : 'verb.prep');
  if (ATTRIBUTING.has(predicate)) {
    for (const maker of makers(s, v))
      if (!objects.some((o) => o.mention === maker)) emit(c, predicate, maker, 'verb.direct.makers');
  }
}

/**
 * A direct object stands in the first noun phrase after the verb: `condemned Iran`, `a reçu mercredi
 * le président X`; not `condemned the sanctions imposed on … Russia`, where Russia is in another phrase.
 */
function inFirstPhrase(s: Analysed, v: number, m: Mention): boolean {
  let content = 0;
  for (let k = v + 1; k < m.start; k++) {
    const t = s.tokens[k]!;
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
