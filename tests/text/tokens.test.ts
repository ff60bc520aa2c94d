/**
 * `tokenize` reads a text in one pass over its characters; this reference finds the same
 * tokens with the pattern that defines them. Both must give the same tokens for any text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/text/fold.ts';
import { tokenize, type Token } from '../../src/text/tokens.ts';

const TOKEN =
  /(\p{L}[\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*(?:[-‑][\p{L}\p{M}\p{N}]+)*)|(\p{N}+(?:[.,]\p{N}+)*(?:[-‑]\p{L}+)?)|(\.\.\.|\S)/gu;
const ABBREVIATION =
  /^(\p{Lu}|M|MM|Mr|Mrs|Ms|Dr|Pr|Prof|Gen|Lt|Col|Capt|Maj|Sgt|Brig|Adm|Sen|Rep|Gov|Amb|Jr|Sr|St|Mgr|Me|Vol|No|Dept|Corp|Inc|Ltd|Co)$/u;
const ELISIONS = new Set([
  "l'",
  "d'",
  "qu'",
  "n'",
  "s'",
  "j'",
  "m'",
  "t'",
  "c'",
  "jusqu'",
  "lorsqu'",
  "puisqu'",
  "quoiqu'",
]);

function reference(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  const push = (t: string, start: number, kind: Token['kind']) =>
    tokens.push({
      text: t,
      norm: fold(t),
      lower: t.toLowerCase().replace(/’/g, "'"),
      start,
      end: start + t.length,
      kind,
      cap: /^\p{Lu}/u.test(t),
    });
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = offset + m.index;
    if (m[1] && text[m.index + m[0].length] === '.' && ABBREVIATION.test(m[1])) {
      push(`${m[1]}.`, start, 'word');
      re.lastIndex++;
    } else if (m[1]) {
      // elisions off the front, a possessive off the back
      let rest = m[1];
      let at = start;
      for (
        let quote = rest.search(/['’]/);
        quote >= 0 && ELISIONS.has(fold(rest.slice(0, quote + 1)));
        quote = rest.search(/['’]/)
      ) {
        push(rest.slice(0, quote + 1), at, 'word');
        rest = rest.slice(quote + 1);
        at += quote + 1;
      }
      const possessive = /^(.+)(['’]s)$/u.exec(rest);
      if (possessive && !/['’]/.test(possessive[1])) {
        push(possessive[1], at, 'word');
        push(possessive[2], at + possessive[1].length, 'word');
      } else if (rest) push(rest, at, 'word');
    } else push(m[0], start, m[2] ? 'number' : 'punct');
    const last = tokens.at(-1)!;
    const before = tokens.at(-2);
    if (
      last.kind === 'punct' &&
      /^['’]$/.test(last.text) &&
      before &&
      before.end === last.start &&
      /s$/i.test(before.text) &&
      !/\p{L}/u.test(text[m.index + 1] ?? '')
    )
      last.lower = "'s";
  }
  return tokens;
}

/** Pieces that meet at apostrophes, hyphens, stops, surrogate pairs, marks and unusual spaces. */
const PIECES = [
  'l',
  "l'",
  'd’',
  'qu',
  "jusqu'",
  'Ukraine',
  's',
  "'s",
  '’S',
  'Houthis',
  "'",
  '’',
  '-',
  '‑',
  '–',
  '.',
  '..',
  '...',
  ',',
  '5',
  '43,3',
  '3.',
  '2-',
  'D',
  'F-16',
  'a-t-il',
  "aujourd'hui",
  'M',
  'Mr',
  'J',
  'Inc',
  'é',
  'É',
  '\u0301',
  '𝐀',
  '𝟙',
  '\uD835',
  '\uDC00',
  '²',
  '٣',
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\u2028',
  '\ufeff',
  '\u200b',
  '(',
  '»',
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 16 })
  .map((parts) => parts.join(''));

describe('tokenize', () => {
  it('finds the tokens of its pattern, in any text', () => {
    fc.assert(
      fc.property(text, fc.nat(9), (t, offset) => {
        expect(tokenize(t, offset)).toEqual(reference(t, offset));
      }),
      { numRuns: 3000 },
    );
  });
});
