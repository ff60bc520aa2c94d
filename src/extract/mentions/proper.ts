/**
 * Proper names by their form alone: a run of capitalised words or codes (`Boko Haram`, `M23`),
 * and such a name inside a sentence that no evidence types (`listed Volta Trading`), a candidate
 * of unknown type.
 */
import type { Token } from '../../text/tokens.ts';
import { insideOffice, lexicon, longestMatch } from '../lexicon/index.ts';
import { DETERMINERS, NAME_RUN_LINKS, PREPOSITIONS } from '../lexicon/grammar.ts';
import { dictionaryWords } from '../lexicon/first-names.ts';
import { officeEndsAt } from './offices.ts';
import { addMention, type Reading } from './registry.ts';
import { entity, HEADS, hasNumber, text, UPPER } from './words.ts';

/** A word of a proper name or a code (`Boko`, `M23`, `A7`): capitalised, or with digits and a capital. */
const properWord = (t: Token | undefined) =>
  !!t &&
  t.kind !== 'punct' &&
  (t.cap || (hasNumber(t.text) && UPPER.test(t.text))) &&
  !DETERMINERS.has(t.lower) &&
  !PREPOSITIONS.has(t.lower) &&
  !lexicon().titles.has(t.norm) &&
  !HEADS.notPlaces.has(t.norm);

/** A proper name or code (`Boko Haram`, `M23`, `A7`) at `i`: its length, up to four words, or 0. */
export function properRun(tokens: Token[], i: number): number {
  let k = i;
  while (k < tokens.length && k < i + 5 && !longestMatch(lexicon().offices, tokens, k)) {
    if (properWord(tokens[k])) k++;
    else if (k > i && NAME_RUN_LINKS.test(tokens[k]!.lower) && properWord(tokens[k + 1])) k += 2;
    else break;
  }
  return k - i;
}

/**
 * The length of a proper name at `i` that no evidence types, or 0: inside a sentence (after a
 * lowercase word or a comma), not a word the dictionaries hold (`the Charter`, `Executive Order`).
 */
function untypedName(tokens: Token[], i: number): number {
  const before = tokens[i - 1];
  if (!before || !(before.text === ',' || (before.kind === 'word' && !before.cap)) || officeEndsAt(tokens, i - 1))
    return 0;
  const n = properRun(tokens, i);
  // (nor a word of an office: `Vice President`, `Affaires étrangères`)
  if (n === 0 || tokens.slice(i, i + n + 1).some((_, j) => insideOffice(tokens, i + j))) return 0;
  const words = dictionaryWords();
  const run = tokens.slice(i, i + n).filter((t) => t.kind === 'word' && !NAME_RUN_LINKS.test(t.lower));
  return run.every((t) => words.has(t.norm) || lexicon().firstNames.has(t.norm)) ? 0 : n;
}

/** Records, last, the proper names in tokens no mention covers: candidates of unknown type (`listed Volta Trading`), which only some rules take. */
export function findUntypedNames(reading: Reading): void {
  const { tokens, covered } = reading;
  for (let i = 1; i < tokens.length; i++) {
    if (covered[i] || !tokens[i]!.cap) continue;
    const n = untypedName(tokens, i);
    if (n && !covered.slice(i, i + n).some(Boolean))
      addMention(reading, {
        start: i,
        end: i + n,
        entity: entity('Unknown', text(tokens, i, i + n)),
        adjective: false,
        source: 'untyped',
      });
    i += Math.max(n, 1) - 1;
  }
}
