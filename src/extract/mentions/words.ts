/**
 * Word tests and builders the mention readers share: number and letter classes, the head
 * nouns of bodies, places and equipment, and a mention's text and entity.
 */
import { fold } from '../../text/fold.ts';
import type { Token } from '../../text/tokens.ts';
import type { EntityType } from '../../types.ts';
import { entityId, type Entity, type GazetteerHit, type TrieMatch } from '../lexicon/index.ts';
import { EQUIPMENT_HEADS } from '../lexicon/equipment.ts';
import { LOCATION_HEADS, NOT_PLACES } from '../lexicon/locations.ts';
import {
  BODY_KINDS,
  BODY_KIND_ADJECTIVES,
  ENGLISH_BODY_HEADS,
  ENGLISH_OPENING_HEADS,
  ORGANIZATION_HEADS,
} from '../lexicon/organizations.ts';

/** A gazetteer match: its length in tokens and the entries it hits. */
export type GazetteerMatch = TrieMatch<GazetteerHit>;

// (patterns are made once, out here: under tsx, esbuild turns a unicode pattern written inside a function into `new RegExp(…)`, built again at every use)
const DIGIT = /\p{N}/u;
export const LETTER = /\p{L}/u;
export const UPPER = /\p{Lu}/u;
export const LOWER_FIRST = /^\p{Ll}/u;

/** Whether a text holds a number character (`\p{N}`: `CV90`, `M23`); words in plain ASCII letters, most of them, are read without the pattern. */
export function hasNumber(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) return true;
    if (c >= 0x80) return DIGIT.test(text);
  }
  return false;
}

/** The head nouns that name a kind of equipment, body or place, and the words that are no place. */
export const HEADS = {
  equipment: new Set(EQUIPMENT_HEADS.map(fold)),
  organization: new Set(ORGANIZATION_HEADS),
  english: new Set(ENGLISH_BODY_HEADS),
  opening: new Set(ENGLISH_OPENING_HEADS),
  kinds: new Set(BODY_KINDS.map(fold)),
  kindAdjectives: new Set(BODY_KIND_ADJECTIVES),
  location: new Set(LOCATION_HEADS.map(fold)),
  notPlaces: new Set(NOT_PLACES.map(fold)),
};

/** An entity the text names and no lexicon holds. */
export const entity = (type: EntityType, label: string): Entity => ({ id: entityId(type, label), label, type });

/** The text of tokens `start` to `end`, spaced as written. */
export const text = (tokens: Token[], start: number, end: number) =>
  tokens
    .slice(start, end)
    .map((t, k) => (k > 0 && t.start > tokens[start + k - 1]!.end ? ' ' : '') + t.text)
    .join('');
