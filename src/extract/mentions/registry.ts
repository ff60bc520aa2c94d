/**
 * What a mention tells of the rest of the document, kept in its name registry (a body's head
 * noun, an office's one holder, an acronym, a surname), and the later mentions read from it.
 */
import { fold } from '../../text/fold.ts';
import type { Token } from '../../text/tokens.ts';
import type { EntityType } from '../../types.ts';
import { DEFINITE } from '../lexicon/grammar.ts';
import type { Mention, NameRegistry } from '../mentions.ts';
import { abbreviates, DEFINED_ACRONYM } from './acronyms.ts';
import { nameWord } from './names.ts';
import { AMBIGUOUS, officeOf, roleAt } from './offices.ts';
import { HEADS, LOWER_FIRST, text } from './words.ts';

/** A sentence being read: its tokens and language, the document's names so far, the mentions found and the tokens they cover. */
export interface Reading {
  tokens: Token[];
  registry: NameRegistry;
  language: string;
  /** A headline in title case, whose capitals are no evidence of a name. */
  titleCase: boolean;
  mentions: Mention[];
  covered: boolean[];
}

const DESCRIBED = new Set<EntityType>(['Organization', 'Group', 'Event']);

const LONG_WORD = /^\p{L}{4,}$/u;

/** The common nouns a body's or event's name is built on: `coalition of the willing` → coalition; `G7 summit` → summit. */
function headNouns(label: string): string[] {
  const words = label.split(/\s+/);
  if (words.length < 2) return [];
  return [words[0]!, words.at(-1)!]
    .filter(
      (w) =>
        LONG_WORD.test(w) &&
        (LOWER_FIRST.test(w) || HEADS.organization.has(w) || HEADS.english.has(w) || /^(Summit|Group)$/.test(w)),
    )
    .map(fold);
}

/** Records a mention, and what it tells of the rest of the document. */
export function addMention({ tokens, registry, mentions, covered }: Reading, m: Mention): void {
  mentions.push(m);
  for (let k = m.start; k < m.end; k++) covered[k] = true;
  // `the coalition`, `le Conseil`, `the summit` later stand for the body or event named here
  // (by its English label and by the words of the text: `le Conseil de sécurité` → `le Conseil`)
  if (m.entity && DESCRIBED.has(m.entity.type) && m.source !== 'description') {
    const surface = tokens
      .slice(m.start, m.end)
      .filter((t) => HEADS.organization.has(t.text))
      .map((t) => t.norm);
    for (const head of new Set([...headNouns(m.entity.label), ...surface])) registry.set(`head:${head}`, m.entity);
  }
  // `le secrétaire général de l'OTAN, M. X`: `le secrétaire général` later stands for X, while one person holds that office in the document
  if (m.entity?.type === 'Person' && m.source !== 'role') {
    const office = officeOf(tokens, m);
    if (office) {
      const holder = registry.get(`office:${office}`);
      registry.set(`office:${office}`, holder && holder.id !== m.entity.id ? AMBIGUOUS : m.entity);
    }
  }
  // `Alliance des États du Sahel (AES)`: the acronym names the same body in the rest of the document
  const acronym = tokens[m.end + 1];
  if (
    tokens[m.end]?.text === '(' &&
    tokens[m.end + 2]?.text === ')' &&
    acronym &&
    DEFINED_ACRONYM.test(acronym.text) &&
    m.entity &&
    m.entity.type !== 'Person' &&
    abbreviates(acronym.text, text(tokens, m.start, m.end))
  ) {
    registry.set(acronym.norm, m.entity);
  }
  // `Jens Stoltenberg`: the surname of a known person named in full later stands for them
  if (m.source === 'lexicon' && m.entity?.type === 'Person' && m.end - m.start > 1)
    registry.set(fold(tokens[m.end - 1]!.text), m.entity);
}

/**
 * A mention at word `i` of something the document named before: a definite description of a
 * body or event (`la coalition`, `the summit`), an office's one holder (`le secrétaire général`),
 * a surname or an acronym (`M. Stoltenberg` → Jens Stoltenberg, `l'AES`).
 */
export function namedBefore(tokens: Token[], i: number, registry: NameRegistry): Mention | undefined {
  const t = tokens[i]!;
  const definite = DEFINITE.has(tokens[i - 1]?.lower ?? '');
  // (a capitalised head is a name by itself: `Council President X` after `the Security Council`)
  const described =
    definite || (t.cap && i > 0 && HEADS.english.has(t.text)) ? registry.get(`head:${t.norm}`) : undefined;
  if (described) return { start: i, end: i + 1, entity: described, adjective: false, source: 'description' };
  // `le secrétaire général`, `the Prime Minister`: the one person who holds that office in the document
  const role = definite ? roleAt(tokens, i, registry) : undefined;
  if (role) return role;
  const known = t.cap ? registry.get(t.norm) : undefined;
  if (known && !(known.type === 'Person' && tokens[i + 1]?.cap && nameWord(tokens, i + 1)))
    return { start: i, end: i + 1, entity: known, adjective: false, source: 'surname' };
  return undefined;
}
