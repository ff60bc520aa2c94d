/** Agents of event nouns found outside their complements: adjectives, pre-modifiers, possessives, the governing clause. */
import type { Token } from '../../text/tokens.ts';
import { findSubject } from '../subject.ts';
import type { Analysed } from '../context.ts';
import {
  BOOST_VERBS,
  CONNECTIVES,
  DATE_WORDS,
  DETERMINERS,
  GENITIVES,
  GOVERNING_VERB,
  PREPOSITIONS,
} from '../lexicon/grammar.ts';
import { verbSense } from '../lexicon/index.ts';
import { CONTAINERS } from '../lexicon/noun-classes.ts';
import type { NounCue } from '../lexicon/predicates.ts';
import type { Mention } from '../mentions.ts';
import { ACTORS } from './shared.ts';

/**
 * The agent a noun (tokens `n` to `end`) carries as a modifier: a French adjective after it
 * (`frappes aériennes russes`, up to two adjectives between), else in English a pre-modifier or
 * possessive (`Russian strikes`, `Russia's latest missile strikes`).
 */
export function modifierAgent(s: Analysed, n: number, end: number): Mention | undefined {
  const { tokens } = s;
  for (let k = end; k < tokens.length && k <= end + 2; k++) {
    const m = s.at[k];
    if (m) {
      if (m.adjective && ACTORS.includes(m.entity!.type)) return m;
      break;
    }
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.cap || DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower)) break;
  }
  // (English only: a French adjective before the noun qualifies another noun, `au peuple tunisien suite aux attaques`)
  if (s.sentence.language === 'fr') return undefined;
  let p = n - 1;
  while (p > n - 4 && p > 0 && !s.at[p]) {
    const t = tokens[p]!;
    if (t.kind !== 'word' || t.cap || t.lower === "'s" || DETERMINERS.has(t.lower)) break;
    p--;
  }
  const pre = s.at[p] ?? (tokens[p]?.lower === "'s" ? s.at[p - 1] : undefined);
  return pre?.entity && ACTORS.includes(pre.entity.type) && (pre.adjective || tokens[p]?.lower === "'s")
    ? pre
    : undefined;
}

/**
 * The agent of a noun that takes it from its clause: the subject of the verb it is the object of
 * (`accélérer la livraison de …`, `renforcé leur soutien à …`, `adopté un seizième paquet de sanctions`).
 */
export function clauseAgent(s: Analysed, n: number, cue: NounCue): Mention | undefined {
  if (!cue.agentFromClause) return undefined;
  const { tokens } = s;
  // walk back over the noun phrase to its verb: `adopté un seizième paquet de sanctions`, `stepped up its support`
  let k = n - 1;
  for (; k > 0 && k > n - 7; k--) {
    const t = tokens[k]!;
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
    while (j > k - 2 && modifier(s, tokens[j]!, j)) j--;
    if (j < k && (DETERMINERS.has(tokens[j]?.lower ?? '') || governs(s, j))) {
      k = j + 1;
      continue;
    }
    break;
  }
  return governs(s, k) ? findSubject(s, k)?.mention : undefined;
}

/** A modifier before the noun (`deepen their security cooperation`, `réaffirmé leur plein appui`). */
function modifier(s: Analysed, t: Token, k: number): boolean {
  return (
    t.kind === 'word' &&
    !t.cap &&
    !s.at[k] &&
    !governs(s, k) &&
    !PREPOSITIONS.has(t.lower) &&
    !CONNECTIVES.test(t.lower)
  );
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
