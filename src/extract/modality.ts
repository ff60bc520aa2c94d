/**
 * Modality of a candidate triple (GUIDELINES §4): negated, hypothetical, reported or
 * asserted, read from the cue's clause. Negation looks in the verb group and just after the
 * verb; hypothesis looks left to the start of the sentence part (a governing `pourrait`,
 * `s'attend à ce que`, `suggested` reaches into the clauses under it) and at the cue's own
 * tense (a plain future is not a fact). Reported speech: the cue is inside a quote, or the
 * sentence has a reporting verb outside quotes.
 */
import type { Modality } from '../types.ts';
import type { Analysed } from './context.ts';
import {
  AND,
  AUXILIARIES,
  CLAUSE_BOUNDARIES,
  EMBEDDING,
  INFINITIVE_CLITICS,
  INFINITIVE_MARKERS,
  OBJECT_CONTROL,
  PURPOSE,
  STRONG_STOP,
  THAT,
} from './lexicon/grammar.ts';
import { NEGATION_PARTICLES } from './lexicon/modality.ts';
import { lexicon, verbSense } from './lexicon/index.ts';
import type { Candidate } from './rules/index.ts';

/** French future and conditional endings, for cue-less verbs that govern a clause (`discuteront`, `prendraient`). */
const FRENCH_FUTURE = /^(?!.*(?:front|trait|rons?)$)\p{L}{3,}(?:eront|iront|ront|eraient|iraient|raient|erait|irait)$/u;
/** A French future or conditional (every ending is in `-t`: most words are told apart without the pattern). */
const frenchFuture = (word: string) => word.endsWith('t') && FRENCH_FUTURE.test(word);

/** An infinitive that is a goal: `pour rejoindre`, `afin de livrer`, `seeks to join`. */
function purpose(s: Analysed, v: number): boolean {
  let k = v - 1;
  while (k >= 0 && INFINITIVE_CLITICS.test(s.tokens[k]!.lower)) k--;
  return k >= 0 && PURPOSE.has(s.tokens[k]!.lower);
}

/** A verb of asking at `k` (`urge`, `demander`, `inviter`). */
function asking(s: Analysed, k: number): boolean {
  const t = s.tokens[k]!;
  return (
    !s.at[k] && (verbSense(t.lower, s.sentence.language)?.predicate === 'requests' || OBJECT_CONTROL.test(t.lower))
  );
}

/** The modality of candidate `c`, read in its sentence. */
export function modalityOf(s: Analysed, c: Candidate): Modality {
  const lex = lexicon();
  const { tokens } = s;
  const from = Math.min(c.clauseAt, c.cueAt);
  // negation: `ne … pas` around the verb, `aucun` before the noun, `not`/`never` in the group
  for (let k = from; k <= c.cueAt + 2 && k < tokens.length; k++) {
    if (k > c.cueAt && !NEGATION_PARTICLES.test(tokens[k]!.lower)) continue;
    if (
      lex.negation.has(tokens[k]!.norm) &&
      !(tokens[k]!.lower === 'plus' && !tokens.slice(from, c.cueAt).some((t) => t.lower === 'ne' || t.lower === "n'"))
    ) {
      if (
        tokens[k]!.lower === 'ni' ||
        tokens[k]!.lower === 'sans' ||
        tokens[k]!.lower === 'no' ||
        tokens[k]!.lower === 'without'
      ) {
        if (k >= c.cueAt - 3) return 'negated';
        continue;
      }
      return 'negated';
    }
  }
  // hypothesis: a cue word left of the verb in the same sentence part, a future or conditional, a goal, a request
  if (!c.governed && !c.presupposed) {
    // `urged Iran to resume cooperation`, `a demandé au Gouvernement de coopérer`: what is asked for is not done
    for (
      let k = c.cueAt - 1;
      k >= 0 &&
      k >= c.cueAt - 30 &&
      !STRONG_STOP.has(tokens[k]!.text) &&
      !(CLAUSE_BOUNDARIES.has(tokens[k]!.lower) && !THAT.test(tokens[k]!.lower));
      k--
    ) {
      if (asking(s, k) && tokens.slice(k + 1, c.cueAt).some((u) => INFINITIVE_MARKERS.test(u.lower)))
        return 'hypothetical';
    }
    if (c.tense === 'future' || c.tense === 'conditional') return 'hypothetical';
    if (c.tense === 'infinitive' && purpose(s, c.cueAt)) return 'hypothetical';
    for (let k = c.cueAt - 1; k >= 0; k--) {
      const t = tokens[k]!;
      if (STRONG_STOP.has(t.text) || (s.inQuote[k] !== s.inQuote[c.cueAt] && !s.inQuote[c.cueAt])) break;
      // a verb's clause ends at its subject, unless it is embedded (`pourrait décider de livrer`, `s'attend à ce que X livre`)
      if (k < c.clauseAt && c.rule.startsWith('verb.') && k === c.clauseAt - 1 && !EMBEDDING.test(t.lower)) break;
      if (lex.hypothetical.has(t.norm) || (s.sentence.language !== 'en' && frenchFuture(t.lower)))
        return 'hypothetical';
    }
    // a noun's clause may be governed from its right: `la fourniture de X pourrait être discutée`
    if (c.rule.startsWith('noun.')) {
      for (let k = c.cueAt + 1; k < tokens.length && !STRONG_STOP.has(tokens[k]!.text); k++) {
        // (not past a new verb phrase: `leur attachement au processus …, et ont dit attendre …`)
        if (AND.test(tokens[k]!.lower) && AUXILIARIES.has(tokens[k + 1]?.lower ?? '')) break;
        if (lex.hypothetical.has(tokens[k]!.norm) || (s.sentence.language !== 'en' && frenchFuture(tokens[k]!.lower)))
          return 'hypothetical';
      }
    }
  }
  if (s.inQuote[c.cueAt] || s.reporting.length > 0) return 'reported';
  return 'asserted';
}
