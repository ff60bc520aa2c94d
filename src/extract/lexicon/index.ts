/**
 * The lexicon of the running extraction: compiled once on first use (compile.ts), or with a
 * user's entities and verbs added (`withLexicon`); and the lookups that the rules make in it.
 */
import { type Lexicon, type VerbSense, compile, extended } from './compile.ts';
import { GENITIVES } from './grammar.ts';
import { longestMatch } from './trie.ts';
import type { UserLexicon } from './user.ts';

export { entityId, type Entity } from './entry.ts';
export { longestMatch, type GazetteerHit, type TrieMatch } from './trie.ts';
export type { Lexicon, VerbSense };

let compiled: Lexicon | undefined;
/** The lexicon of the extraction running now, when `withLexicon` gave one. */
let scoped: Lexicon | undefined;
/** The last user lexicon's compiled form, for the next call with the same one (a build, then its workers). */
let lastExtended: { key: string; lex: Lexicon } | undefined;

/**
 * A lexicon compiled once: relata's own, with a user's entities and verbs (user.ts) if given. A
 * value: it changes no other lexicon, and `extract(text, { lexicon })` reads many texts with it.
 */
export function compileLexicon(user?: UserLexicon): Lexicon {
  return user ? extended(user) : compile();
}

/**
 * Runs `run` (synchronous: an extraction) with `extra`: a compiled lexicon, or a user's entities
 * and verbs added to relata's own (compiled once for the same ones in a row: a build, then its
 * workers). Before and after, and in any other call, the lexicon is relata's own.
 */
export function withLexicon<T>(extra: UserLexicon | Lexicon | undefined, run: () => T): T {
  let lex: Lexicon;
  if (!extra) return run();
  if ('trie' in extra) lex = extra;
  else {
    if (extra.entities.length === 0 && extra.verbs.length === 0) return run();
    const key = JSON.stringify(extra);
    if (lastExtended?.key !== key) lastExtended = { key, lex: extended(extra) };
    lex = lastExtended.lex;
  }
  const previous = scoped;
  scoped = lex;
  try {
    return run();
  } finally {
    scoped = previous;
  }
}

/** The sentence's cue languages: its own, or both for a sentence read as `other` (short, or mixed). */
export function languagesFor(language: string): readonly ('fr' | 'en')[] {
  return language === 'en' ? ONLY_EN : language === 'fr' ? ONLY_FR : BOTH;
}

const ONLY_EN = ['en'] as const;
const ONLY_FR = ['fr'] as const;
const BOTH = ['fr', 'en'] as const;

/** The verb readings of a lowercase token (accents kept), the sentence's language first. */
export function verbSenses(norm: string, language: string): readonly VerbSense[] {
  const { verbs } = lexicon();
  let senses: VerbSense[] | undefined;
  for (const l of languagesFor(language)) {
    const sense = verbs[l].get(norm);
    if (!sense) continue;
    (senses ??= []).push(sense);
    if (sense.alternatives) senses.push(...sense.alternatives);
  }
  // (most tokens are no verb: one shared empty list for them)
  return senses ?? NO_SENSES;
}

const NO_SENSES: readonly VerbSense[] = [];

/** The first verb reading of a lowercase token, if it is a cue. */
export function verbSense(norm: string, language: string): VerbSense | undefined {
  const { verbs } = lexicon();
  for (const l of languagesFor(language)) {
    const sense = verbs[l].get(norm);
    if (sense) return sense;
  }
  return undefined;
}

/** The compiled lexicon (built on first call, then shared), or the one `withLexicon` gives the running extraction. */
export function lexicon(): Lexicon {
  return scoped ?? (compiled ??= compile());
}

/** Whether token `k` is inside an office or a portfolio (`général` in `secrétaire général`, `étrangères` in `Affaires étrangères`). */
export function insideOffice(tokens: readonly { norm: string; text: string }[], k: number): boolean {
  const lex = lexicon();
  for (let j = k; j >= 0 && j >= k - 3; j--) {
    const m = longestMatch(lex.offices, tokens, j) ?? longestMatch(lex.portfolios, tokens, j);
    if (m && j + m.length > k) return true;
  }
  return false;
}

/** Whether an office phrase starts at token `k`: an office (`ministre`, `Secretary General`) or a seat before `de`/`of` (`député de`, `Member of`). */
export function officeStartsAt(tokens: readonly { norm: string; text: string; lower: string }[], k: number): boolean {
  const lex = lexicon();
  const t = tokens[k];
  return (
    !!t &&
    (!!longestMatch(lex.offices, tokens, k) || (lex.seats.has(t.norm) && GENITIVES.has(tokens[k + 1]?.lower ?? '')))
  );
}
