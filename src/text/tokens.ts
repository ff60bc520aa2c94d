/**
 * Tokens with exact offsets. French elisions are split off (`l’Ukraine` → `l’` `Ukraine`),
 * English possessives too (`Germany’s` → `Germany` `’s`); hyphenated compounds stay whole
 * (`OTAN-Ukraine`, `F-16`, `a-t-il`), so do decimals (`43,3`).
 */
import { fold } from './fold.ts';

export interface Token {
  text: string;
  /** Folded form (see fold.ts); elisions end with `'`. */
  norm: string;
  /** Lowercase with accents kept and `’` as `'`: tells `a` (has) from `à` (to). */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'number' | 'punct';
  /** First letter is uppercase. */
  cap: boolean;
}

/** Elided French words, folded; `aujourd'hui` is not one of them. */
const ELISIONS = new Set(["l'", "d'", "qu'", "n'", "s'", "j'", "m'", "t'", "c'", "jusqu'", "lorsqu'", "puisqu'", "quoiqu'"]);

const TOKEN =
  /(\p{L}[\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*(?:[-‑][\p{L}\p{M}\p{N}]+)*)|(\p{N}+(?:[.,]\p{N}+)*(?:[-‑]\p{L}+)?)|(\.\.\.|\S)/gu;

const UPPER = /^\p{Lu}/u;

/**
 * Abbreviations that keep their full stop (`M.`, `Mr.`, `Gen.`, `Jr.`, and initials such as
 * `J.` in `Antony J. Blinken`, `U.` `S.`): the stop is part of the word, not the end of a clause.
 */
const ABBREVIATION = /^(\p{Lu}|M|MM|Mr|Mrs|Ms|Dr|Pr|Prof|Gen|Lt|Col|Capt|Maj|Sgt|Brig|Adm|Sen|Rep|Gov|Amb|Jr|Sr|St|Mgr|Me|Vol|No|Dept|Corp|Inc|Ltd|Co)$/u;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = offset + m.index;
    if (m[1] && text[m.index + m[0].length] === '.' && ABBREVIATION.test(m[1])) {
      push(tokens, `${m[1]}.`, start, 'word');
      re.lastIndex++;
    } else if (m[1]) splitWord(m[1], start, tokens);
    else push(tokens, m[0], start, m[2] ? 'number' : 'punct');
    // `the Houthis’ attack`: an apostrophe after a plural is a possessive (read as `'s`; the text is kept)
    const last = tokens.at(-1)!;
    const before = tokens.at(-2);
    if (last.kind === 'punct' && /^['’]$/.test(last.text) && before && before.end === last.start && /s$/i.test(before.text) && !/\p{L}/u.test(text[m.index + 1] ?? '')) last.lower = "'s";
  }
  return tokens;
}

function push(tokens: Token[], text: string, start: number, kind: Token['kind']): void {
  tokens.push({ text, norm: fold(text), lower: text.toLowerCase().replace(/’/g, "'"), start, end: start + text.length, kind, cap: UPPER.test(text) });
}

/** Splits elisions off the front and a possessive off the back of a word. */
function splitWord(word: string, start: number, tokens: Token[]): void {
  let rest = word;
  let at = start;
  for (;;) {
    const quote = rest.search(/['’]/);
    if (quote < 0) break;
    const head = rest.slice(0, quote + 1);
    if (!ELISIONS.has(fold(head))) break;
    push(tokens, head, at, 'word');
    rest = rest.slice(quote + 1);
    at += quote + 1;
  }
  const possessive = /^(.+)(['’]s)$/u.exec(rest);
  if (possessive && !/['’]/.test(possessive[1])) {
    push(tokens, possessive[1], at, 'word');
    push(tokens, possessive[2], at + possessive[1].length, 'word');
  } else if (rest) push(tokens, rest, at, 'word');
}
