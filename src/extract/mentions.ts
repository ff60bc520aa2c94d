/**
 * Entity mentions in a sentence: gazetteer matches (longest first), people found by titles,
 * first names, appositions after an office and surnames already seen in the document,
 * institutional patterns (`sommet de Washington` → Washington summit), then anaphors and
 * first-person plurals, which resolve later (context.ts). The readings live in mentions/.
 */
import type { Token } from '../text/tokens.ts';
import type { Entity } from './lexicon/index.ts';
import { CLAUSE_BOUNDARIES, DETERMINERS, PREPOSITIONS } from './lexicon/grammar.ts';
import type { Anaphor } from './lexicon/anaphora.ts';
import { acronymAt } from './mentions/acronyms.ts';
import { findAnaphors } from './mentions/anaphors.ts';
import { namedBody } from './mentions/bodies.ts';
import { collectives, stateBodies } from './mentions/groups.ts';
import { knownAt } from './mentions/known.ts';
import { mergeModels } from './mentions/models.ts';
import { personAt } from './mentions/names.ts';
import { placeName } from './mentions/places.ts';
import { findUntypedNames } from './mentions/proper.ts';
import { addMention, namedBefore, type Reading } from './mentions/registry.ts';
import { hasNumber } from './mentions/words.ts';

export interface Mention {
  /** Token range [start, end). */
  start: number;
  end: number;
  /** The entity; absent for an anaphor until it is resolved. */
  entity?: Entity;
  /** A demonym or adjective (`russes`): the entity as owner or agent of a noun. */
  adjective: boolean;
  anaphor?: Anaphor;
  /** `nous`, `we`: the speaker's side, resolved from the quote's speaker. */
  firstPlural?: boolean;
  /** `je`, `I`: the speaker of the quote. */
  firstSingular?: boolean;
  /** How the entity was recognised: `lexicon`, `title`, `first-name`, `apposition`, `surname`, `pattern`. */
  source: string;
}

/** Names seen so far in a document, folded: surnames (`M. Stoltenberg` finds `Jens Stoltenberg`) and acronyms (`AES`). */
export type NameRegistry = Map<string, Entity>;

/** A headline in title case (`Treasury Sanctions Three Nicaraguan Officials`): capitals there are no evidence of a name. */
function isTitleCase(tokens: Token[]): boolean {
  let long = 0;
  for (const t of tokens) {
    if (
      t.kind !== 'word' ||
      t.text.length <= 3 ||
      PREPOSITIONS.has(t.lower) ||
      DETERMINERS.has(t.lower) ||
      CLAUSE_BOUNDARIES.has(t.lower)
    )
      continue;
    if (!t.cap) return false;
    long++;
  }
  return long >= 4;
}

/**
 * A mention at word `i` that no gazetteer entry starts, read from the words around it, in this
 * order: something named before in the document, a name beside a kind of body (`le groupe
 * terroriste Boko Haram`), a person, a place (`la ville de Lviv`), an acronym.
 */
function unknownAt({ tokens, registry, titleCase }: Reading, i: number): Mention | undefined {
  const t = tokens[i]!;
  return (
    namedBefore(tokens, i, registry) ??
    (t.cap || hasNumber(t.text) ? namedBody(tokens, i) : undefined) ??
    personAt(tokens, i, registry) ??
    placeName(tokens, i, tokens[i - 1]) ??
    acronymAt(tokens, i, titleCase)
  );
}

/**
 * The mentions of a sentence, in order: what the gazetteer or a pattern names, then (outside
 * headlines in title case) proper names of unknown type, then anaphors and first persons; a
 * named model merges with its kind, and a body's members or a state's government grow the
 * mention. Records in `registry` what later sentences of the document can refer back to.
 */
export function findMentions(tokens: Token[], registry: NameRegistry, language = 'other'): Mention[] {
  const titleCase = isTitleCase(tokens);
  const mentions: Mention[] = [];
  const covered = new Array<boolean>(tokens.length).fill(false);
  const reading: Reading = { tokens, registry, language, titleCase, mentions, covered };

  for (let i = 0; i < tokens.length; i++) {
    const m = knownAt(reading, i) ?? (tokens[i]!.kind === 'word' ? unknownAt(reading, i) : undefined);
    if (m) {
      addMention(reading, m);
      i = m.end - 1;
    }
  }
  if (!titleCase) findUntypedNames(reading);
  findAnaphors(reading);
  return stateBodies(tokens, collectives(tokens, mergeModels(mentions.sort((a, b) => a.start - b.start))));
}
