/**
 * Phrase reading for the rules: the preposition that introduces a mention, whether a word is a
 * cue verb or a noun where it stands, the noun a country adjective qualifies, the verb group
 * before a verb. Clauses (clauses.ts) and subjects (subject.ts) are read with these.
 */
import { tokenize, type Token } from '../text/tokens.ts';
import type { Analysed } from './context.ts';
import {
  AUXILIARY_WORDS,
  CLAUSE_BOUNDARIES,
  CLAUSE_PUNCT,
  COMPOUND_PREPOSITIONS,
  DETERMINERS,
  GENITIVES,
  GROUP_ADVERBS,
  LY_ADJECTIVES,
  NOT_PREMODIFIERS,
  PREPOSITIONS,
  QUANTITY_ADJECTIVES,
} from './lexicon/grammar.ts';
import type { Mention } from './mentions.ts';
import { insideOffice, lexicon, verbSense, type VerbSense } from './lexicon/index.ts';

const ADVERB_LIKE = /(ment|ly)$/;
/** The entity types that act: subjects of verbs, members of coordinations. */
export const ACTORS = new Set(['Person', 'Country', 'Organization', 'Group']);

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

/** A punctuation mark that ends a clause (`.`, `;`, `:` …). */
export const isPunctBoundary = (t: Token): boolean => CLAUSE_PUNCT.has(t.text);

/** The preposition introducing the mention at `m`, skipping determiners and up to two adjectives or numbers. */
export function prepositionOf(tokens: Token[], m: Mention, floor = 0): { prep?: string; at?: number } {
  let skipped = 0;
  // `à l'armée russe`: an adjective takes the preposition of the noun it follows
  let heads = m.adjective ? 2 : 0;
  // a person's office before the name belongs to the name's phrase: `spoke with Indian External Affairs Minister X`
  let office = false;
  for (let k = m.start - 1; k >= floor; k--) {
    const t = tokens[k]!;
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

/** A word of an office, a portfolio or a courtesy title (`Foreign`, `Minister`, `M.`). */
export const officeWord = (tokens: Token[], k: number): boolean =>
  k >= 0 && (lexicon().titles.has(tokens[k]!.norm) || insideOffice(tokens, k));

/**
 * The cue-verb reading of token `k`, unless the form is a noun there: after an article or a
 * possessive (`les frappes`, `the support`), or after `de` when it is not an infinitive (`d'aide`).
 */
export function verbAt(s: Analysed, k: number): VerbSense | undefined {
  if (s.at[k]) return undefined;
  const sense = verbSense(s.tokens[k]!.lower, s.sentence.language);
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
  const headline = s.tokens[k]!.cap;
  while (
    j >= 0 &&
    j >= k - 5 &&
    !s.at[j] &&
    s.tokens[j]!.kind === 'word' &&
    (!s.tokens[j]!.cap || headline) &&
    !DETERMINERS.has(s.tokens[j]!.lower) &&
    !PREPOSITIONS.has(s.tokens[j]!.lower) &&
    !(/ly$/.test(s.tokens[j]!.lower) && !LY_ADJECTIVES.has(s.tokens[j]!.lower) && j === k - 1) &&
    !AUXILIARY_WORDS.has(s.tokens[j]!.lower) &&
    !NOT_PREMODIFIERS.test(s.tokens[j]!.lower) &&
    !verbSense(s.tokens[j]!.lower, 'en')
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
      (afterArticle || !verbSense(s.tokens[m.end]!.lower, 'en')))
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

/** Index of the first token of the verb group ending at `v` (auxiliaries, clitics, negation, adverbs). */
export function verbGroupStart(tokens: Token[], v: number, auxiliaries: ReadonlySet<string>): number {
  let k = v;
  while (k > 0) {
    const t = tokens[k - 1]!;
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
