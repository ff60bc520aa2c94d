/** What the rules share: the candidate triple they propose, entity classes, and small readers used by several rules. */
import type { EntityType, Predicate } from '../../types.ts';
import type { Analysed } from '../context.ts';
import type { Tense } from '../inflect.ts';
import { DETERMINERS, EXAMPLE_MARKERS, INTENT_NOUNS } from '../lexicon/grammar.ts';
import { verbSense, type Entity } from '../lexicon/index.ts';
import type { Mention } from '../mentions.ts';
import type { RuleId } from './catalog.ts';

export interface Candidate {
  subject: Mention;
  object: Mention;
  predicate: Predicate;
  role?: 'theme' | 'recipient';
  rule: RuleId;
  cue: string;
  /** Token index of the cue, for modality. */
  cueAt: number;
  /** Token index where the clause of the cue starts (its subject or verb group). */
  clauseAt: number;
  tense?: Tense;
  /** A giving verb under a promise: futures and conditionals do not make it hypothetical. */
  governed?: boolean;
  /** An event stated by a participle with its agent (`menée par X`): a fact whatever governs it. */
  presupposed?: boolean;
  confidence: number;
}

/** Resolves a mention to its entity (anaphors through coreference, `nous` through the speaker). */
export type Resolver = (m: Mention, exclude?: ReadonlySet<string>) => Entity | undefined;

/** Entity types that act: subjects, givers, receivers, makers. */
export const ACTORS: readonly EntityType[] = ['Person', 'Country', 'Organization', 'Group'];
/** Entity types that are given: the themes of giving verbs and nouns. */
export const THINGS: readonly EntityType[] = ['Equipment', 'Aid'];
const OBJECT_TYPES: Partial<Record<Predicate, readonly EntityType[]>> = {
  attacks: [...ACTORS, 'Location'],
  invades: ['Country', 'Location'],
  discusses: [...ACTORS, 'Location', 'Equipment', 'Aid', 'Event'],
  meets: [...ACTORS, 'Event'],
  chairs: ['Organization', 'Event', 'Group'],
  member_of: ['Organization'],
  proposes: [...ACTORS, 'Equipment', 'Aid', 'Event'],
  requests: [...ACTORS, 'Equipment', 'Aid'],
  // a listed company or person no evidence typed is still sanctioned
  sanctions: [...ACTORS, 'Unknown'],
};
/** Whether an entity of type `t` can be the object of `p` (actors, unless the predicate says otherwise). */
export const typeOk = (p: Predicate, t: EntityType) => (OBJECT_TYPES[p] ?? ACTORS).includes(t);

/** Predicates whose object may be the maker of a decision or fact (GUIDELINES §3 `welcomes`). */
export const ATTRIBUTING = new Set<Predicate>(['welcomes', 'condemns', 'thanks']);
/** Predicates whose object may be the owner of the noun they govern (`condamné les frappes de la Russie`, `examiné les frappes russes`). */
export const OWNED = new Set<Predicate>([
  ...ATTRIBUTING,
  'discusses',
  'requests',
  'supports',
  'chairs',
  'attacks',
  'threatens',
]);

/** The words that open a list of examples (EXAMPLE_MARKERS), as a set. */
export const MARKERS = new Set(EXAMPLE_MARKERS);

/** Pledge governors to the left of `v` in the sentence (`s'engager à`, `décidé de`, `agreed to`, `leur intention de`). */
export function governor(s: Analysed, v: number): string | undefined {
  for (let k = v - 1; k >= 0 && k >= v - 12; k--) {
    const t = s.tokens[k]!;
    if (['.', ';', '«', '»', '"'].includes(t.text)) return undefined;
    const sense = verbSense(t.lower, s.sentence.language);
    if (sense && (sense.frame === 'governor' || sense.predicate === 'pledges')) return t.text;
    if (INTENT_NOUNS.has(t.lower)) return t.text;
  }
  return undefined;
}

/** Mentions of the same kind as `m` joined after it by `et`, `and`, commas (`X, Y et Z`), appended to `out`. */
export function coordinatedAfter(s: Analysed, m: Mention, out: Mention[] = []): Mention[] {
  let end = m.end;
  for (;;) {
    let k = end;
    let joined = false;
    while (k < s.tokens.length) {
      const w = s.tokens[k]!.lower;
      if (!['et', 'and', ','].includes(w) && !DETERMINERS.has(w)) break;
      joined ||= w !== 'le' && w !== 'la' && w !== 'the';
      k++;
    }
    const next = s.at[k];
    if (!joined || !next?.entity || next.entity.type !== m.entity?.type) return out;
    out.push(next);
    end = next.end;
  }
}
