/**
 * Token tries: the gazetteer's entity forms, and phrase lists (offices, portfolios, nouns), are
 * stored as token sequences and matched longest first, each form with the case it was written in.
 */
import { tokenize } from '../../text/tokens.ts';
import type { Entity } from './entry.ts';

/** What a form found in a trie stands for. */
export interface GazetteerHit {
  entity: Entity;
  /** Matched a demonym or adjective (`russe`): the entity as owner or agent. */
  adjective: boolean;
}

/** A node of a token trie: the next tokens, and the forms that end here with their case mode. */
export interface TrieNode {
  next: Map<string, TrieNode>;
  hits: { hit: GazetteerHit; caseMode: 'any' | 'capital' | 'upper' }[];
}

/** A match: how many tokens it covers, and the hits of its longest form. */
export interface TrieMatch<T> {
  length: number;
  hits: T[];
}

/** An empty trie (or node). */
export const newNode = (): TrieNode => ({ next: new Map(), hits: [] });
const CASE_ORDER = ['any', 'capital', 'upper'] as const;

/** Adds a token sequence to a trie; the case mode comes from how the form is written. */
export function insert(trie: TrieNode, form: string, hit: GazetteerHit): void {
  const tokens = tokenize(form);
  if (tokens.length === 0) return;
  let node = trie;
  for (const t of tokens) {
    let child = node.next.get(t.norm);
    if (!child) node.next.set(t.norm, (child = newNode()));
    node = child;
  }
  const first = tokens[0]!.text;
  const caseMode = /^\p{Lu}[\p{Lu}\p{N}.\-/]+$/u.test(first) ? 'upper' : /^\p{Lu}/u.test(first) ? 'capital' : 'any';
  const same = node.hits.find((h) => h.hit.entity.id === hit.entity.id && h.hit.adjective === hit.adjective);
  if (!same) node.hits.push({ hit, caseMode });
  else if (CASE_ORDER.indexOf(caseMode) < CASE_ORDER.indexOf(same.caseMode)) same.caseMode = caseMode; // `alliés` widens `Alliés`
}

/** A trie of lowercase phrases (offices, portfolios, state bodies), each hit labelled with its phrase. */
export function phraseTrie(phrases: readonly string[]): TrieNode {
  const trie = newNode();
  const dummy: Entity = { id: '', label: '', type: 'Group' };
  for (const p of phrases) insert(trie, p.toLowerCase(), { entity: { ...dummy, label: p }, adjective: false });
  return trie;
}

/** An acronym's case: in capitals, or, from four letters, in title case as the French press writes them (`Otan`, `Cédéao`, `Unesco`). */
function upperOrTitled(word: string, alone: boolean): boolean {
  if (word === word.toUpperCase()) return HAS_UPPER.test(word);
  return alone && word.length >= 4 && TITLED.test(word);
}
const HAS_UPPER = /\p{Lu}/u;
const TITLED = /^\p{Lu}[\p{Ll}]+$/u;

/** Longest match in a trie starting at token `i`, honouring each form's case mode. */
export function longestMatch(
  trie: TrieNode,
  tokens: readonly { norm: string; text: string }[],
  i: number,
): TrieMatch<GazetteerHit> | undefined {
  let node = trie;
  let best: TrieMatch<GazetteerHit> | undefined;
  // the first token's case, tested once, when a form asks for it (as an acronym: alone, or inside a longer form)
  let capital: boolean | undefined;
  let upperAlone: boolean | undefined;
  let upperInside: boolean | undefined;
  for (let j = i; j < tokens.length; j++) {
    const child = node.next.get(tokens[j]!.norm);
    if (!child) break;
    node = child;
    let hits: GazetteerHit[] | undefined;
    for (const { hit, caseMode } of node.hits) {
      const ok =
        caseMode === 'any' ||
        (caseMode === 'capital'
          ? (capital ??= CAPITAL.test(tokens[i]!.text))
          : j === i
            ? (upperAlone ??= upperOrTitled(tokens[i]!.text, true))
            : (upperInside ??= upperOrTitled(tokens[i]!.text, false)));
      if (ok) (hits ??= []).push(hit);
    }
    if (hits) best = { length: j - i + 1, hits };
  }
  return best;
}

const CAPITAL = /^\p{Lu}/u;
