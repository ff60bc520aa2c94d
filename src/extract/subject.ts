/**
 * The subject of a verb: searching left, through auxiliaries, appositions, relative clauses
 * and `et`-joined verb phrases, stopping at a clause boundary; the performer of an infinitive
 * under a verb of asking (`urged Iran to`) or a participle (`accusées d'aider`).
 */
import type { Analysed } from './context.ts';
import {
  AND,
  ASKED_PREPOSITIONS,
  AUXILIARY_WORDS,
  CLAUSE_BOUNDARIES,
  CONJUNCTIONS,
  CONJUNCTION_PREPOSITIONS,
  DETERMINERS,
  FINITE_AUXILIARIES,
  GENITIVES,
  INFINITIVE_MARKERS,
  INTENT_NOUNS,
  MEETING_NOUNS,
  OBJECT_CONTROL,
  PREPOSITIONS,
  PURPOSE_TO,
  THAT,
} from './lexicon/grammar.ts';
import { verbSense } from './lexicon/index.ts';
import type { Mention } from './mentions.ts';
import { ACTORS, headNoun, isPunctBoundary, prepositionOf, verbAt, verbGroupStart } from './phrases.ts';

export interface SubjectHit {
  mention: Mention;
  /** The subject is the agent of a decision noun (`la décision de l'Allemagne de livrer`). */
  viaIntent: boolean;
}

/**
 * The subject of the verb at `v`: the nearest mention on the left that no preposition
 * introduces, within the clause. `X, qui …` gives X; `la décision de X de V` gives X.
 */
export function findSubject(s: Analysed, v: number, anyType = false): SubjectHit | undefined {
  const { tokens } = s;
  // `des entreprises chinoises accusées d'aider X`: an infinitive under a participle that qualifies a noun
  // has that noun as subject (here the adjective's country), never the clause's
  if (
    INFINITIVE_MARKERS.test(tokens[v - 1]?.lower ?? '') &&
    /(é|ée|és|ées|ed)$/.test(tokens[v - 2]?.lower ?? '') &&
    !s.at[v - 2]
  ) {
    const before = tokens[v - 3];
    if (
      before &&
      before.kind === 'word' &&
      !AUXILIARY_WORDS.has(before.lower) &&
      !/(ment|ly)$/.test(before.lower) &&
      !CONJUNCTIONS.test(before.lower)
    ) {
      const m = s.at[v - 3];
      return m && !m.anaphor && m.entity && ACTORS.has(m.entity.type) ? { mention: m, viaIntent: false } : undefined;
    }
  }
  // `the advice by X supporting Y`: an English participle right after a noun phrase has it as subject
  if (
    s.sentence.language !== 'fr' &&
    /ing$/.test(tokens[v]?.lower ?? '') &&
    s.at[v - 1]?.entity &&
    ACTORS.has(s.at[v - 1]!.entity!.type) &&
    !s.at[v - 1]!.adjective
  ) {
    return { mention: s.at[v - 1]!, viaIntent: false };
  }
  // `urged X to send`, `a invité X à fournir`, `the need for all States to cooperate`: the infinitive's subject is the one asked, or the `for` phrase
  const controlled = infinitiveController(s, v);
  if (controlled) return controlled.mention ? { mention: controlled.mention, viaIntent: false } : undefined;
  // `X met Y in Muscat to discuss Z`: a purpose infinitive takes the subject of the verb it follows, not that verb's object
  const purpose = PURPOSE_TO.test(tokens[v]?.lower ?? '')
    ? v
    : PURPOSE_TO.test(tokens[v - 1]?.lower ?? '')
      ? v - 1
      : -1;
  if (purpose >= 0) {
    for (let j = purpose - 1; j >= 0 && j >= purpose - 12; j--) {
      if (isPunctBoundary(tokens[j]!) || tokens[j]!.text === ',') break;
      if (verbAt(s, j)) return findSubject(s, verbGroupStart(tokens, j, AUXILIARY_WORDS), anyType);
    }
  }
  // `X s'est félicité que …, et a salué Y`: a verb phrase joined by `et` shares the subject of the first one
  let k = v - 1;
  if (k >= 0 && (tokens[k]!.lower === 'et' || tokens[k]!.lower === 'and')) k = sharedSubjectFrom(s, k);
  for (; k >= 0 && k >= v - 40; k--) {
    const t = tokens[k]!;
    // `the Office of Foreign Assets Control (OFAC) designated`: a parenthesis inside the subject phrase is crossed
    if (t.text === ')') {
      let open = k - 1;
      while (open >= 0 && open >= k - 10 && tokens[open]!.text !== '(') open--;
      if (tokens[open]?.text === '(') {
        k = open;
        continue;
      }
    }
    if (isPunctBoundary(t)) {
      // a quote mark inside a clause is crossed: `X a « fermement condamné » Y`, `« … » de X`
      if ((t.text === '»' || t.text === '”' || t.text === '"') && k < v - 1) continue;
      if ((t.text === '«' || t.text === '“') && k === v - 1) continue;
      return undefined;
    }
    if ((t.lower === 'qui' || t.lower === 'who' || t.lower === 'which') && k === v - 1) {
      let j = k - 1;
      while (j >= 0 && tokens[j]!.text === ',') j--;
      const m = j >= 0 ? s.at[j] : undefined;
      return m && !m.adjective ? { mention: m, viaIntent: false } : undefined;
    }
    if (/^(qui|who|which)$/.test(t.lower)) continue; // a relative clause inside the subject phrase (`la Turquie, membre de l'OTAN qui …, a livré`)
    // `X pledged … and agreed to tighten`: a verb phrase after `and` shares the first one's subject
    if (
      (t.lower === 'et' || t.lower === 'and') &&
      k < v - 1 &&
      (verbAt(s, k + 1) || FINITE_AUXILIARIES.has(tokens[k + 1]!.lower))
    ) {
      k = sharedSubjectFrom(s, k) + 1;
      continue;
    }
    if (CLAUSE_BOUNDARIES.has(t.lower) && t.lower !== 'that') return undefined;
    const m = s.at[k];
    if (!m) continue;
    k = m.start;
    if (m.anaphor?.objectOnly || (m.entity && !anyType && !ACTORS.has(m.entity.type))) continue;
    // `between NATO and Georgia`: the second of coordinated complements shares the first one's preposition
    const conjunct = AND.test(tokens[m.start - 1]?.lower ?? '') ? s.at[m.start - 2] : undefined;
    if (conjunct && !conjunct.adjective && prepositionOf(tokens, conjunct).prep) continue;
    const { prep, at } = prepositionOf(tokens, m);
    // `after Israeli aircraft struck`: a conjunction that is also a preposition opens a clause whose subject this is
    const conjunction = !!prep && CONJUNCTION_PREPOSITIONS.test(prep) && v - m.end <= 2;
    if (prep && !conjunction) {
      const head = at !== undefined ? tokens[at - 1] : undefined;
      if (GENITIVES.has(prep) && head && INTENT_NOUNS.has(head.lower)) return { mention: m, viaIntent: true };
      // `la réunion du Conseil X a …`, `a meeting of the Council chaired by …`: the meeting of a body is the body
      if (
        GENITIVES.has(prep) &&
        head &&
        (MEETING_NOUNS.has(head.lower) || MEETING_NOUNS.has(tokens[at! - 2]?.lower ?? ''))
      )
        return { mention: m, viaIntent: false };
      continue;
    }
    if (m.adjective) {
      // `le ministre ukrainien`, `Israeli aircraft` act for their country; a bare `russes` after a preposition does not
      if (headNoun(s, m) || anyType) return { mention: m, viaIntent: false };
      continue;
    }
    // English possessive before a decision noun: `Germany's decision to send`
    if (tokens[m.end]?.lower === "'s" && INTENT_NOUNS.has(tokens[m.end + 1]?.lower ?? ''))
      return { mention: m, viaIntent: true };
    return { mention: m, viaIntent: false };
  }
  return undefined;
}

/**
 * The performer of an infinitive at `v` when it is not the clause's subject: the object of a
 * verb of asking (`urged Iran to`, `ont invité cette dernière à fournir`, `demandé au Gouvernement
 * de`) or the `for` phrase of `the need for all States to`. `{}` when that performer is no entity.
 */
function infinitiveController(s: Analysed, v: number): { mention?: Mention } | undefined {
  const { tokens } = s;
  const mark = tokens[v]?.lower === 'to' ? v : INFINITIVE_MARKERS.test(tokens[v - 1]?.lower ?? '') ? v - 1 : -1;
  if (mark < 0) return undefined;
  for (let j = mark - 1; j >= 0 && j >= mark - 30; j--) {
    const t = tokens[j]!;
    if (isPunctBoundary(t) || CLAUSE_BOUNDARIES.has(t.lower)) return undefined;
    // `for all States to cooperate`, `pour les États de coopérer`
    if (
      j >= mark - 5 &&
      ((t.lower === 'for' && tokens[mark]!.lower === 'to') ||
        (t.lower === 'pour' && /^(de|d')$/.test(tokens[mark]!.lower)))
    ) {
      const m = s.at[mark - 1];
      return { mention: m?.entity && ACTORS.has(m.entity.type) && !m.adjective ? m : undefined };
    }
    const sense = verbSense(t.lower, s.sentence.language);
    if (s.at[j] || !(sense?.predicate === 'requests' || OBJECT_CONTROL.test(t.lower))) continue;
    // the one asked stands right after the verb (`urged all States, in accordance with …, to`: no entity)
    const m = s.mentions.find((x) => x.start > j && x.end <= mark && !x.adjective);
    const prep = m && prepositionOf(tokens, m, j + 1).prep;
    const first =
      m &&
      (!prep || ASKED_PREPOSITIONS.test(prep)) &&
      s.tokens
        .slice(j + 1, m.start)
        .every(
          (u) =>
            DETERMINERS.has(u.lower) ||
            (u.kind === 'word' && !u.cap && u.lower.length <= 3) ||
            PREPOSITIONS.has(u.lower),
        );
    return { mention: first && (m.anaphor || (m.entity && ACTORS.has(m.entity.type))) ? m : undefined };
  }
  return undefined;
}

/** Where to look for the subject of a verb phrase after `et`: before the first clause's `que`, else before its first verb. */
function sharedSubjectFrom(s: Analysed, k: number): number {
  const { tokens } = s;
  let verb = -1;
  for (let j = k - 1; j >= 0; j--) {
    if (['.', ';', ':'].includes(tokens[j]!.text)) break;
    if (THAT.test(tokens[j]!.lower)) {
      let a = j - 1;
      while (a >= 0 && tokens[a]!.text === ',') a--;
      // `la Russie, qu'il accuse …`: a relative clause inside the first clause; `s'est félicité que …`: a completive
      if (a >= 0 && s.at[a]) continue;
      return j - 1;
    }
    // (a relative clause opens the first clause: `aux termes desquelles, le Conseil apporte … et demande`)
    if (CLAUSE_BOUNDARIES.has(tokens[j]!.lower) && !AND.test(tokens[j]!.lower)) break;
    // the first clause's verb is the leftmost one: its subject stands before it
    if (FINITE_AUXILIARIES.has(tokens[j]!.lower) || verbAt(s, j)) verb = j;
  }
  return verb >= 0 ? verb - 1 : k - 1;
}
