/**
 * Clause reading for the rules: the preposition that introduces a mention, the subject of a
 * verb (searching left, through auxiliaries, appositions and control verbs, stopping at a
 * clause boundary), the arguments on its right, coordination (`le Danemark et la Norvège`).
 */
import { tokenize, type Token } from '../text/tokens.ts';
import type { Analysed } from './context.ts';
import {
  AND,
  ASKED_PREPOSITIONS,
  AUXILIARY_WORDS,
  CLAUSE_BOUNDARIES,
  CLAUSE_PUNCT,
  COMPOUND_PREPOSITIONS,
  CONJUNCTIONS,
  CONJUNCTION_PREPOSITIONS,
  COORDINATORS,
  DETERMINERS,
  FINITE_AUXILIARIES,
  GENITIVES,
  GROUP_ADVERBS,
  INFINITIVE_MARKERS,
  INTENT_NOUNS,
  LY_ADJECTIVES,
  MEETING_NOUNS,
  NOT_PREMODIFIERS,
  OBJECT_CONTROL,
  PREPOSITIONS,
  PURPOSE_TO,
  QUANTITY_ADJECTIVES,
  THAT,
} from './lexicon/grammar.ts';
import type { Mention } from './mentions.ts';
import { insideOffice, lexicon, verbSense, type VerbSense } from './lexicon/index.ts';

export interface Arg {
  mention: Mention;
  /** The preposition that introduces it (`à`, `de`, `by`), lowercase; undefined for a bare noun phrase. */
  prep?: string;
  /** Index of that preposition. */
  prepAt?: number;
}

const ADVERB_LIKE = /(ment|ly)$/;
const ACTORS = new Set(['Person', 'Country', 'Organization', 'Group']);

/** Prepositions of several words, by the words before their final `de`. */
const COMPLEX_PREPOSITIONS = new Map(
  COMPOUND_PREPOSITIONS.map((p) => [
    tokenize(p)
      .slice(0, -1)
      .map((t) => t.lower)
      .join(' '),
    p,
  ]),
);

const isPunctBoundary = (t: Token): boolean => CLAUSE_PUNCT.has(t.text);

/** The preposition introducing the mention at `m`, skipping determiners and up to two adjectives or numbers. */
export function prepositionOf(tokens: Token[], m: Mention, floor = 0): { prep?: string; at?: number } {
  let skipped = 0;
  // `à l'armée russe`: an adjective takes the preposition of the noun it follows
  let heads = m.adjective ? 2 : 0;
  // a person's office before the name belongs to the name's phrase: `spoke with Indian External Affairs Minister X`
  let office = false;
  for (let k = m.start - 1; k >= floor; k--) {
    const t = tokens[k];
    if (
      m.entity?.type === 'Person' &&
      t.kind === 'word' &&
      (officeWord(tokens, k) || (office && (t.cap || (GENITIVES.has(t.lower) && officeWord(tokens, k - 1)))))
    ) {
      office = true;
      continue;
    }
    // `contre des entreprises`: after a preposition, `des`/`du` is an article
    if (/^(des|du)$/.test(t.lower) && PREPOSITIONS.has(tokens[k - 1]?.lower ?? '')) continue;
    if (PREPOSITIONS.has(t.lower) && !(t.lower === 'a' && t.text !== 'à' && t.text !== 'À')) {
      // `à l'encontre du Venezuela`, `à l'égard de X`: one preposition of three words
      for (const n of GENITIVES.has(t.lower) ? [3, 2] : []) {
        const complex = COMPLEX_PREPOSITIONS.get(
          tokens
            .slice(Math.max(0, k - n), k)
            .map((u) => u.lower)
            .join(' '),
        );
        if (complex) return { prep: complex, at: k - n };
      }
      return { prep: t.lower, at: k };
    }
    if (DETERMINERS.has(t.lower)) continue;
    if (t.kind === 'number' || (t.kind === 'word' && !t.cap && skipped < 2 && QUANTITY_ADJECTIVES.test(t.lower))) {
      skipped++;
      continue;
    }
    if (heads > 0 && t.kind === 'word' && !t.cap) {
      heads--;
      continue;
    }
    return {};
  }
  return {};
}

/** Mentions left of `from` joined to `m` by `et`, `and` or commas, and `m` itself. */
export function coordinatedLeft(s: Analysed, m: Mention): Mention[] {
  const out = [m];
  let k = m.start - 1;
  for (;;) {
    // (titles and offices before a coordinated person: `Secretary Blinken and Foreign Minister Lavrov`)
    while (
      k >= 0 &&
      (DETERMINERS.has(s.tokens[k].lower) ||
        (COORDINATORS.has(s.tokens[k].lower) && s.tokens[k].lower !== 'que') ||
        (m.entity?.type === 'Person' &&
          !s.at[k] &&
          (officeWord(s.tokens, k) || (GENITIVES.has(s.tokens[k].lower) && officeWord(s.tokens, k - 1)))))
    )
      k--;
    const prev = k >= 0 ? s.at[k] : undefined;
    // (the body in a person's office: `le ministre des Affaires étrangères de la République du Ghana, Samuel Ablakwa`)
    if (
      m.entity?.type === 'Person' &&
      prev?.entity &&
      (prev.entity.type === 'Country' || prev.entity.type === 'Organization') &&
      (prev.adjective || GENITIVES.has(prepositionOf(s.tokens, prev).prep ?? ''))
    ) {
      let j = prev.start - 1;
      while (j > 0 && (DETERMINERS.has(s.tokens[j].lower) || GENITIVES.has(s.tokens[j].lower))) j--;
      if (j >= 0 && j < prev.start - 1 && officeWord(s.tokens, j)) {
        k = j;
        continue;
      }
    }
    const joined =
      prev && s.tokens.slice(prev.end, out[0].start).some((t) => COORDINATORS.has(t.lower) && t.lower !== 'que');
    if (
      !prev ||
      !joined ||
      prev.adjective ||
      (prev.entity && !ACTORS.has(prev.entity.type)) ||
      (prev.entity?.type === undefined) !== (m.entity?.type === undefined)
    )
      return out;
    if (prepositionOf(s.tokens, prev).prep) return out;
    out.unshift(prev);
    k = prev.start - 1;
  }
}

/** A word of an office, a portfolio or a courtesy title (`Foreign`, `Minister`, `M.`). */
const officeWord = (tokens: Token[], k: number): boolean =>
  k >= 0 && (lexicon().titles.has(tokens[k].norm) || insideOffice(tokens, k));

/** Arguments right of `from` in the same clause; coordination continues through `et`/`and`/commas. */
export function rightArgs(s: Analysed, from: number, limit = 30): Arg[] {
  const args: Arg[] = [];
  const { tokens } = s;
  for (let k = from + 1; k < tokens.length && k <= from + limit; k++) {
    const t = tokens[k];
    if (t.text === '(' || t.text === '«' || t.text === '“') {
      // a parenthesis (`40 milliards d'euros (43,3 milliards de dollars)`) or a short quote (`« le double jeu » de la Russie`) is crossed
      const closer = t.text === '(' ? ')' : t.text === '«' ? '»' : '”';
      const close = tokens.findIndex((u, j) => j > k && u.text === closer);
      if (close > k && (t.text === '(' || close - k <= 8)) {
        k = close;
        continue;
      }
    }
    if ((t.text === '»' || t.text === '”') && k === from + 1) continue; // `a « fermement condamné » le tir`
    if (isPunctBoundary(t)) break;
    // another cue verb opens its own clause (`livrer X, après celle du Portugal de lui fournir Y`)
    if (k > from + 1 && verbAt(s, k)) break;
    if (
      CLAUSE_BOUNDARIES.has(t.lower) &&
      !(t.lower === 'que' && tokens[k - 1]?.lower === 'ainsi') &&
      !(t.lower === 'as' && tokens[k + 1]?.lower === 'well')
    )
      break;
    if (
      (t.lower === 'pour' || t.lower === 'afin') &&
      /^(se|s'|qu'|que|lui|leur)$|(er|ir|re)$/.test(tokens[k + 1]?.lower ?? '')
    )
      break;
    const m = s.at[k];
    if (!m) continue;
    const { prep, at } = prepositionOf(tokens, m, from + 1);
    args.push({ mention: m, prep, prepAt: at });
    k = m.end - 1;
  }
  return args;
}

/**
 * The cue-verb reading of token `k`, unless the form is a noun there: after an article or a
 * possessive (`les frappes`, `the support`), or after `de` when it is not an infinitive (`d'aide`).
 */
export function verbAt(s: Analysed, k: number): VerbSense | undefined {
  if (s.at[k]) return undefined;
  const sense = verbSense(s.tokens[k].lower, s.sentence.language);
  if (!sense) return undefined;
  const previous = s.tokens[k - 1]?.lower ?? '';
  const article = DETERMINERS.has(previous) && !(previous === 'a' && s.sentence.language !== 'en'); // French `a` is `has`
  const afterOf = GENITIVES.has(previous) && sense.tense !== 'infinitive' && sense.tense !== 'gerund'; // `d'aide`, not `of helping`
  // `struck Hezbollah targets`: after the object of a verb, the form is a noun of a compound
  const prior = s.at[k - 1];
  const before = prior && s.tokens[prior.start - 1];
  const compound = !!before && !before.cap && !!verbSense(before.lower, s.sentence.language);
  return article || afterOf || compound || englishNounPhrase(s, k, sense) ? undefined : sense;
}

/**
 * `the cowardly terrorist attack`, `against armed attacks`, `additional sanctions`: an English
 * form that is also a noun heads a noun phrase when adjectives lead back to an article or a
 * preposition, or when nothing before it can be its subject.
 */
function englishNounPhrase(s: Analysed, k: number, sense: VerbSense): boolean {
  if (s.sentence.language === 'fr' || !/^(present|infinitive)$/.test(sense.tense)) return false;
  if (s.tokens[k - 1]?.lower === "'s") return true; // `Russia's attack`, `the Houthis’ attack`
  let j = k - 1;
  // (in a headline the modifiers are capitalised like the noun: `Statement on Terrorist Attack in Cairo`)
  const headline = s.tokens[k].cap;
  while (
    j >= 0 &&
    j >= k - 5 &&
    !s.at[j] &&
    s.tokens[j].kind === 'word' &&
    (!s.tokens[j].cap || headline) &&
    !DETERMINERS.has(s.tokens[j].lower) &&
    !PREPOSITIONS.has(s.tokens[j].lower) &&
    !(/ly$/.test(s.tokens[j].lower) && !LY_ADJECTIVES.has(s.tokens[j].lower) && j === k - 1) &&
    !AUXILIARY_WORDS.has(s.tokens[j].lower) &&
    !NOT_PREMODIFIERS.test(s.tokens[j].lower) &&
    !verbSense(s.tokens[j].lower, 'en')
  )
    j--;
  if (j === k - 1) return false;
  const t = s.tokens[j];
  return !t || (!s.at[j] && (DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower)));
}

/** A country adjective qualifying a noun: French after it (`l'armée russe`), English before it (`Russian drones`). */
export function headNoun(s: Analysed, m: Mention): boolean {
  // after an article, the next word is a noun even when it could be a verb (`the Israeli attack`)
  const afterArticle = DETERMINERS.has(s.tokens[m.start - 1]?.lower ?? '');
  return (
    nounWord(s.tokens[m.start - 1]) ||
    (s.sentence.language !== 'fr' &&
      nounWord(s.tokens[m.end]) &&
      (afterArticle || !verbSense(s.tokens[m.end].lower, 'en')))
  );
}

/** A lowercase word that can be a noun: not a function word, not an adverb (`gouvernement japonais`: a French noun may end in -ment like an adverb; English adverbs end in -ly). */
const nounWord = (t: Token | undefined) =>
  !!t &&
  t.kind === 'word' &&
  !t.cap &&
  !PREPOSITIONS.has(t.lower) &&
  !DETERMINERS.has(t.lower) &&
  !LY.test(t.lower) &&
  !CLAUSE_BOUNDARIES.has(t.lower);
const LY = /ly$/;

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
      if (isPunctBoundary(tokens[j]) || tokens[j].text === ',') break;
      if (verbAt(s, j)) return findSubject(s, verbGroupStart(tokens, j, AUXILIARY_WORDS), anyType);
    }
  }
  // `X s'est félicité que …, et a salué Y`: a verb phrase joined by `et` shares the subject of the first one
  let k = v - 1;
  if (k >= 0 && (tokens[k].lower === 'et' || tokens[k].lower === 'and')) k = sharedSubjectFrom(s, k);
  for (; k >= 0 && k >= v - 40; k--) {
    const t = tokens[k];
    // `the Office of Foreign Assets Control (OFAC) designated`: a parenthesis inside the subject phrase is crossed
    if (t.text === ')') {
      let open = k - 1;
      while (open >= 0 && open >= k - 10 && tokens[open].text !== '(') open--;
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
      while (j >= 0 && tokens[j].text === ',') j--;
      const m = j >= 0 ? s.at[j] : undefined;
      return m && !m.adjective ? { mention: m, viaIntent: false } : undefined;
    }
    if (/^(qui|who|which)$/.test(t.lower)) continue; // a relative clause inside the subject phrase (`la Turquie, membre de l'OTAN qui …, a livré`)
    // `X pledged … and agreed to tighten`: a verb phrase after `and` shares the first one's subject
    if (
      (t.lower === 'et' || t.lower === 'and') &&
      k < v - 1 &&
      (verbAt(s, k + 1) || FINITE_AUXILIARIES.has(tokens[k + 1].lower))
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
    const t = tokens[j];
    if (isPunctBoundary(t) || CLAUSE_BOUNDARIES.has(t.lower)) return undefined;
    // `for all States to cooperate`, `pour les États de coopérer`
    if (
      j >= mark - 5 &&
      ((t.lower === 'for' && tokens[mark].lower === 'to') ||
        (t.lower === 'pour' && /^(de|d')$/.test(tokens[mark].lower)))
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
    if (['.', ';', ':'].includes(tokens[j].text)) break;
    if (THAT.test(tokens[j].lower)) {
      let a = j - 1;
      while (a >= 0 && tokens[a].text === ',') a--;
      // `la Russie, qu'il accuse …`: a relative clause inside the first clause; `s'est félicité que …`: a completive
      if (a >= 0 && s.at[a]) continue;
      return j - 1;
    }
    // (a relative clause opens the first clause: `aux termes desquelles, le Conseil apporte … et demande`)
    if (CLAUSE_BOUNDARIES.has(tokens[j].lower) && !AND.test(tokens[j].lower)) break;
    // the first clause's verb is the leftmost one: its subject stands before it
    if (FINITE_AUXILIARIES.has(tokens[j].lower) || verbAt(s, j)) verb = j;
  }
  return verb >= 0 ? verb - 1 : k - 1;
}

/** Index of the first token of the verb group ending at `v` (auxiliaries, clitics, negation, adverbs). */
export function verbGroupStart(tokens: Token[], v: number, auxiliaries: ReadonlySet<string>): number {
  let k = v;
  while (k > 0) {
    const t = tokens[k - 1];
    // `a « fermement condamné »`: an opening quote inside the verb group belongs to it
    if (
      auxiliaries.has(t.lower) ||
      ADVERB_LIKE.test(t.lower) ||
      t.text === '«' ||
      t.text === '“' ||
      GROUP_ADVERBS.test(t.lower)
    )
      k--;
    else break;
  }
  return k;
}
