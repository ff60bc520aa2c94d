/**
 * Acronyms: a name defined by the acronym after it (`Jama'at Nusrat al-Islam wal-Muslimin (JNIM)`),
 * whether an acronym can stand for a name, and an acronym no lexicon holds (`les FARC`).
 */
import { fold } from '../../text/fold.ts';
import type { Token } from '../../text/tokens.ts';
import { lexicon } from '../lexicon/index.ts';
import { NOT_ACRONYMS } from '../lexicon/grammar.ts';
import { ARTICLE_PREFIX, NAME_LINKS } from '../lexicon/organizations.ts';
import type { Mention } from '../mentions.ts';
import { entity, text, UPPER } from './words.ts';

/** An acronym in a definition (`(AES)`, `(FARC-EP)`). */
export const DEFINED_ACRONYM = /^\p{Lu}[\p{Lu}\p{N}-]{1,7}$/u;

/**
 * Whether an acronym can stand for a name: at least half its letters are initials of the
 * name's words, in order (`ELN` for `Armée de libération nationale`, `FARC-EP`), so that
 * `Mission … en Somalie (AMISOM)` does not make AMISOM a name of Somalia.
 */
export function abbreviates(acronym: string, name: string): boolean {
  const initials = fold(name)
    .split(/[\s'-]+/)
    .filter(Boolean)
    .map((w) => w[0])
    .join('');
  const letters = fold(acronym).replace(/[^a-z]/g, '');
  let found = 0;
  let at = 0;
  for (const c of letters) {
    const k = initials.indexOf(c, at);
    if (k >= 0) {
      found++;
      at = k + 1;
    }
  }
  return found * 2 >= letters.length;
}

/**
 * `Jama'at Nusrat al-Islam wal-Muslimin (JNIM)`: a capitalised name at `i` defined by the acronym
 * after it, which spells it.
 */
function definedName(tokens: Token[], i: number): Mention | undefined {
  const t = tokens[i]!;
  let k = i;
  while (
    k < tokens.length &&
    k < i + 7 &&
    (tokens[k]!.cap ||
      ARTICLE_PREFIX.test(tokens[k]!.lower) ||
      NAME_LINKS.has(tokens[k]!.lower) ||
      (tokens[k]!.lower === "'s" && tokens[k + 1]?.cap))
  )
    k++;
  // (with a possessive inside, only when the acronym starts with the name: the words are looked at last)
  const acronym = tokens[k + 1];
  if (
    k - i >= 2 &&
    tokens[k]?.text === '(' &&
    tokens[k + 2]?.text === ')' &&
    acronym &&
    DEFINED_ACRONYM.test(acronym.text) &&
    abbreviates(acronym.text, text(tokens, i, k)) &&
    (acronym.norm[0] === t.norm[0] || !tokens.slice(i, k).some((u) => u.lower === "'s"))
  )
    return {
      start: i,
      end: k,
      entity: entity('Organization', text(tokens, i, k)),
      adjective: false,
      source: 'pattern',
    };
  return undefined;
}

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}]{1,5}(-\p{Lu}{1,3})?$/u;
const ROMAN = /^[IVXLCDM]+$/;
/** A word in capitals (`NIAMEY`, `NATO`). */
const shouted = (u: Token | undefined) =>
  !!u && u.kind === 'word' && u.text.length > 1 && u.text === u.text.toUpperCase() && UPPER.test(u.text);

/**
 * An acronym at `i`: two to six capitals (digits and one hyphen allowed: `FARC-EP`, `M23`), not a
 * Roman numeral, not a word of the sentence in capitals (a dateline `NIAMEY –`, a shouted word).
 */
function standaloneAcronym(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  // (a capital first: most words are done with before the patterns)
  if (t.kind !== 'word' || !t.cap || !ACRONYM.test(t.text) || ROMAN.test(t.text) || NOT_ACRONYMS.has(t.text))
    return false;
  if (/^[–—-]$/.test(tokens[i + 1]?.text ?? '') || (i === 0 && tokens[1]?.text === ',')) return false;
  // (a run of words in capitals is a dateline or a headline: `NEW YORK, 10 June`)
  if (shouted(tokens[i - 1]) || shouted(tokens[i + 1])) return false;
  const upper = tokens.filter((u) => u.kind === 'word' && u.text.length > 1 && u.text === u.text.toUpperCase()).length;
  return upper <= 3 && !lexicon().titles.has(t.norm);
}

/**
 * A body named by an acronym at word `i`: a capitalised name that the acronym after it defines,
 * or an acronym no lexicon holds (`les FARC`, `the TPLF`; datelines and headlines in capitals aside).
 */
export function acronymAt(tokens: Token[], i: number, titleCase: boolean): Mention | undefined {
  const t = tokens[i]!;
  const defined = t.cap && i > 0 ? definedName(tokens, i) : undefined;
  if (defined) return defined;
  if (!titleCase && standaloneAcronym(tokens, i))
    return { start: i, end: i + 1, entity: entity('Organization', t.text), adjective: false, source: 'acronym' };
  return undefined;
}
