/**
 * People's names: a run of capitalised words after a courtesy title (`M. Dupont`), a first
 * name (`Kaja Kallas`) or an office (`le ministre de la Défense, Rustem Umerov`), or before
 * an office in apposition (`Ko Lin, le commandant en chef`).
 */
import { fold } from '../../text/fold.ts';
import type { Token } from '../../text/tokens.ts';
import { entityId, lexicon, longestMatch, type Entity } from '../lexicon/index.ts';
import { CLAUSE_BOUNDARIES, DETERMINERS, PREPOSITIONS } from '../lexicon/grammar.ts';
import { NAME_PARTICLES, NAME_SUFFIX } from '../lexicon/people.ts';
import type { Mention, NameRegistry } from '../mentions.ts';
import { officeAfter, officeBefore, officeEndsAt } from './offices.ts';

const WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;

/** A capitalised word that can be part of a name: not a function word, not the start of a known entity. */
export function nameWord(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.kind !== 'word' || !WORD.test(t.text)) return false;
  if (
    DETERMINERS.has(t.lower) ||
    PREPOSITIONS.has(t.lower) ||
    CLAUSE_BOUNDARIES.has(t.lower) ||
    lexicon().titles.has(t.norm)
  )
    return false;
  const lex = lexicon();
  // a known person's surname is part of a name (`Lloyd J. Austin`); another entity or an office word is not
  const known = longestMatch(lex.trie, tokens, i);
  if (known && !(known.length === 1 && known.hits.every((h) => h.entity.type === 'Person'))) return false;
  return !longestMatch(lex.offices, tokens, i) && !longestMatch(lex.portfolios, tokens, i);
}

/** An initial: one capital letter and a full stop (`Antony J. Blinken`). */
const INITIAL = /^\p{Lu}\.$/u;
const initialAt = (tokens: Token[], j: number) => INITIAL.test(tokens[j]?.text ?? '');

/**
 * The length of a person's name starting at `i`: capitalised words, with particles, initials
 * and a generational suffix inside (`Antony J. Blinken`, `Martin Luther King Jr.`);
 * `max` counts the name words.
 */
function nameRun(tokens: Token[], i: number, max = 3): number {
  let j = i;
  let words = 0;
  while (j < tokens.length && words < max) {
    const t = tokens[j]!;
    if (initialAt(tokens, j) && nameWord(tokens, j + 1)) j += 1;
    else if (j > i && NAME_SUFFIX.test(t.norm.replace(/\.$/, '')) && t.cap) j += 1;
    else if (nameWord(tokens, j)) {
      j++;
      words++;
    } else if (j > i && NAME_PARTICLES.has(t.lower) && nameWord(tokens, j + 1)) j += 1;
    else break;
  }
  return j - i;
}

/** A person's label: the name without initials and generational numerals (`Lloyd J. Austin III` → Lloyd Austin). */
function personLabel(tokens: Token[], start: number, end: number): string {
  const words: string[] = [];
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    if (initialAt(tokens, k) || (/^(ii|iii|iv)$/.test(t.norm) && t.cap)) continue;
    words.push(t.text);
  }
  return words.join(' ');
}

/** The person named by tokens `start` to `end`: one seen before when a surname stands alone; a full name registers its surname. */
function person(tokens: Token[], start: number, end: number, registry: NameRegistry): Entity {
  const label = personLabel(tokens, start, end);
  const words = label.split(' ').filter((w) => !NAME_SUFFIX.test(fold(w).replace(/\.$/, '')));
  if (words.length === 1) {
    // a surname seen before in the document, or a known person's (`M. Rutte`)
    const known =
      registry.get(fold(words[0]!)) ??
      longestMatch(lexicon().trie, tokens, start)?.hits.find((h) => h.entity.type === 'Person')?.entity;
    if (known) return known;
  }
  const entity: Entity = lexicon().entities.get(entityId('Person', label)) ?? {
    id: entityId('Person', label),
    label,
    type: 'Person',
  };
  if (words.length > 1) registry.set(fold(words.at(-1)!), entity);
  return entity;
}

/** A courtesy title at `i` (`M.`, `Mme`, `Mr.`, `Dr`), and how many tokens it spans. */
function titleAt(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (t?.kind !== 'word') return 0;
  const titles = lexicon().titles;
  return titles.has(t.norm) ? 1 : 0;
}

/** A person's mention from `start` to `end`, recognised by `source`. */
function personMention(tokens: Token[], start: number, end: number, registry: NameRegistry, source: string): Mention {
  return { start, end, entity: person(tokens, start, end, registry), adjective: false, source };
}

/**
 * A person named at word `i`: after a courtesy title (`M. Dupont`, `Mr. John Smith`), from a
 * first name (`Volodymyr Zelensky`), after an office (`Iranian Foreign Minister Abbas Araghchi`)
 * or before an office in apposition (`Aung Tun, the acting president`).
 */
export function personAt(tokens: Token[], i: number, registry: NameRegistry): Mention | undefined {
  const t = tokens[i]!;
  // M. Dupont, General Smith, Mr. John Smith
  const title = titleAt(tokens, i);
  if (title) {
    const n = nameRun(tokens, i + title, 4);
    if (n > 0) return personMention(tokens, i + title, i + title + n, registry, 'title');
  }
  // Volodymyr Zelensky, Kaja Kallas
  if (t.cap && lexicon().firstNames.has(t.norm)) {
    const n = nameRun(tokens, i + 1, 3);
    if (n > 0) return personMention(tokens, i, i + 1 + n, registry, 'first-name');
  }
  // `le ministre de la Défense, Rustem Umerov`, `Iranian Foreign Minister Abbas Araghchi`
  // (after a preposition, capitalised words complete the office: `Secretary General for Political Affairs`)
  if (
    t.cap &&
    (tokens[i - 1]?.text === ',' || officeEndsAt(tokens, i - 1)) &&
    officeBefore(tokens, tokens[i - 1]?.text === ',' ? i - 1 : i)
  ) {
    const n = nameRun(tokens, i, 4);
    // (a surname alone right after its office: `Secretary Rubio`, `le président Bazoum`)
    if (n >= 2 || (n === 1 && officeEndsAt(tokens, i - 1) && !lexicon().seats.has(tokens[i - 1]!.norm)))
      return personMention(tokens, i, i + n, registry, 'apposition');
  }
  // `Ko Lin, le commandant en chef`, `Aung Tun, the acting president`: a name with an office in apposition
  if (t.cap) {
    const n = nameRun(tokens, i, 4);
    if (n >= 2 && officeAfter(tokens, i + n)) return personMention(tokens, i, i + n, registry, 'apposition');
  }
  return undefined;
}
