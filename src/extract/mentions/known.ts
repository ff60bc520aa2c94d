/**
 * Mentions read from the gazetteer, longest first, and the patterns that win over a shorter
 * entry: a summit named by its place, a country's ministry, a named model or body, a known
 * body's regional branch, a known region with a compass adjective.
 */
import { fold } from '../../text/fold.ts';
import type { Token } from '../../text/tokens.ts';
import { lexicon, longestMatch } from '../lexicon/index.ts';
import { COMPASS_ADJECTIVES } from '../lexicon/grammar.ts';
import type { Mention, NameRegistry } from '../mentions.ts';
import { bodyName, regionalBranch } from './bodies.ts';
import { ministry } from './ministries.ts';
import { equipmentName } from './models.ts';
import type { Reading } from './registry.ts';
import { entity, type GazetteerMatch, text } from './words.ts';

/** `sommet de Washington` → Washington summit. */
function summitAt(tokens: Token[], i: number): Mention | undefined {
  const t = tokens[i]!;
  if ((t.lower !== 'sommet' && t.lower !== 'summit') || i + 2 >= tokens.length) return undefined;
  const place = tokens[i + 1]!.lower === 'de' ? longestMatch(lexicon().trie, tokens, i + 2) : undefined;
  const loc = place?.hits.find((h) => h.entity.type === 'Location')?.entity;
  if (!place || !loc) return undefined;
  return {
    start: i,
    end: i + 2 + place.length,
    entity: entity('Event', `${loc.label} summit`),
    adjective: false,
    source: 'pattern',
  };
}

/** The gazetteer's entry matched at `i`, as a mention: a known person's surname seen before stays that person. */
function lexiconMention(tokens: Token[], i: number, match: GazetteerMatch, registry: NameRegistry): Mention {
  const t = tokens[i]!;
  const hit = match.hits.find((h) => !h.adjective) ?? match.hits[0]!;
  const known = hit.entity.type === 'Person' && match.length === 1 ? registry.get(fold(t.text)) : undefined;
  // `les Russes`, `Russians`: a capitalised plural demonym names the people, who act as their state
  const people = hit.adjective && t.cap && match.length === 1 && /s$/.test(t.text);
  // `Al-Qaeda in the Arabian Peninsula`: a branch named after its region is its own body
  const branch = hit.entity.type === 'Organization' && !hit.adjective ? regionalBranch(tokens, i + match.length) : 0;
  if (branch) {
    const end = i + match.length + branch;
    return { start: i, end, entity: entity('Organization', text(tokens, i, end)), adjective: false, source: 'pattern' };
  }
  // `Darfour méridional`, `Kivu oriental`: a compass adjective makes another region of a known one
  if (hit.entity.type === 'Location' && COMPASS_ADJECTIVES.has(tokens[i + match.length]?.lower ?? '')) {
    const end = i + match.length + 1;
    return { start: i, end, entity: entity('Location', text(tokens, i, end)), adjective: false, source: 'pattern' };
  }
  return {
    start: i,
    end: i + match.length,
    entity: known ?? hit.entity,
    adjective: hit.adjective && !people,
    source: 'lexicon',
  };
}

/**
 * A mention at `i` that the gazetteer holds, or that a pattern longer than its entry names:
 * `Alliance des États du Sahel` is not NATO's `Alliance`.
 */
export function knownAt({ tokens, registry, language, titleCase }: Reading, i: number): Mention | undefined {
  const summit = summitAt(tokens, i);
  if (summit) return summit;
  const t = tokens[i]!;
  const match = longestMatch(lexicon().trie, tokens, i);
  // (only `ministère` or a country's name or adjective can open a ministry's name)
  const office =
    t.lower === 'ministère' || match?.hits.some((h) => h.entity.type === 'Country')
      ? ministry(tokens, i, match)
      : undefined;
  if (office) return office;
  const named =
    equipmentName(tokens, i) ??
    (t.cap && !titleCase && (!match || match.length === 1) ? bodyName(tokens, i, language) : undefined);
  if (named && (!match || named.end > i + match.length)) return named;
  return match && lexiconMention(tokens, i, match, registry);
}
