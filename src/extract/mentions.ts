/**
 * Entity mentions in a sentence: gazetteer matches (longest first), people found by titles,
 * first names, appositions after an office and surnames already seen in the document,
 * institutional patterns (`sommet de Washington` → Washington summit), then anaphors and
 * first-person plurals, which resolve later (context.ts).
 */
import { fold } from '../text/fold.ts';
import type { Token } from '../text/tokens.ts';
import { entityId, lexicon, longestMatch, type Entity } from './lexicon/index.ts';
import { CLAUSE_BOUNDARIES, DETERMINERS, PREPOSITIONS } from './lexicon/grammar.ts';
import { IMPERSONAL_NEXT, type Anaphor } from './lexicon/anaphora.ts';

const IMPERSONAL = new Set(IMPERSONAL_NEXT);

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
  /** How the entity was recognised: `lexicon`, `title`, `first-name`, `apposition`, `surname`, `pattern`. */
  source: string;
}

/** People seen so far in a document, by folded surname, so `M. Stoltenberg` finds `Jens Stoltenberg`. */
export type PersonRegistry = Map<string, Entity>;

const WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;

/** A capitalised word that can be part of a name: not a function word, not the start of a known entity. */
function nameWord(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !WORD.test(t.text)) return false;
  if (DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || CLAUSE_BOUNDARIES.has(t.lower)) return false;
  return !longestMatch(lexicon().trie, tokens, i);
}

function nameRun(tokens: Token[], i: number, max = 3): number {
  let j = i;
  while (j < tokens.length && j - i < max && nameWord(tokens, j)) j++;
  return j - i;
}

function person(tokens: Token[], start: number, end: number, registry: PersonRegistry): Entity {
  const words = tokens.slice(start, end).map((t) => t.text);
  if (words.length === 1) {
    const known = registry.get(fold(words[0]));
    if (known) return known;
  }
  const label = words.join(' ');
  const entity: Entity = { id: entityId('Person', label), label, type: 'Person' };
  if (words.length > 1) registry.set(fold(words.at(-1)!), entity);
  return entity;
}

/** An office word (`ministre`, `secrétaire général`) ending just before token `i`, within a short phrase. */
function officeBefore(tokens: Token[], i: number): boolean {
  const offices = lexicon().offices;
  for (let k = i - 1; k >= 0 && k >= i - 9; k--) {
    if (tokens[k].kind === 'punct' && tokens[k].text !== ',' && tokens[k].text !== '-') return false;
    if (longestMatch(offices, tokens, k)) return true;
  }
  return false;
}

export function findMentions(tokens: Token[], registry: PersonRegistry): Mention[] {
  const lex = lexicon();
  const mentions: Mention[] = [];
  const covered = new Array<boolean>(tokens.length).fill(false);
  const add = (m: Mention) => {
    mentions.push(m);
    for (let k = m.start; k < m.end; k++) covered[k] = true;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // `sommet de Washington` → Washington summit
    if ((t.lower === 'sommet' || t.lower === 'summit') && i + 2 < tokens.length) {
      const place = tokens[i + 1].lower === 'de' ? longestMatch(lex.trie, tokens, i + 2) : undefined;
      const loc = place?.hits.find((h) => h.entity.type === 'Location')?.entity;
      if (place && loc) {
        const label = `${loc.label} summit`;
        add({ start: i, end: i + 2 + place.length, entity: { id: entityId('Event', label), label, type: 'Event' }, adjective: false, source: 'pattern' });
        i += 1 + place.length;
        continue;
      }
    }
    const match = longestMatch(lex.trie, tokens, i);
    if (match) {
      const hit = match.hits.find((h) => !h.adjective) ?? match.hits[0];
      const known = hit.entity.type === 'Person' && match.length === 1 ? registry.get(fold(t.text)) : undefined;
      add({ start: i, end: i + match.length, entity: known ?? hit.entity, adjective: hit.adjective, source: 'lexicon' });
      if (hit.entity.type === 'Person' && match.length > 1) registry.set(fold(tokens[i + match.length - 1].text), hit.entity);
      i += match.length - 1;
      continue;
    }
    if (t.kind !== 'word') continue;
    // M. Dupont, General Smith
    if (lex.titles.has(t.norm) || (t.text.endsWith('.') && lex.titles.has(fold(t.text)))) {
      const dot = tokens[i + 1]?.text === '.' && !t.text.endsWith('.') ? 1 : 0;
      const n = nameRun(tokens, i + 1 + dot);
      if (n > 0) {
        add({ start: i + 1 + dot, end: i + 1 + dot + n, entity: person(tokens, i + 1 + dot, i + 1 + dot + n, registry), adjective: false, source: 'title' });
        i += dot + n;
        continue;
      }
    }
    // Volodymyr Zelensky, Kaja Kallas
    if (t.cap && lex.firstNames.has(t.norm)) {
      const n = nameRun(tokens, i + 1, 2);
      if (n > 0) {
        add({ start: i, end: i + 1 + n, entity: person(tokens, i, i + 1 + n, registry), adjective: false, source: 'first-name' });
        i += n;
        continue;
      }
    }
    // le ministre de la Défense, Rustem Umerov, …
    if (t.cap && tokens[i - 1]?.text === ',' && officeBefore(tokens, i - 1)) {
      const n = nameRun(tokens, i);
      if (n >= 2) {
        add({ start: i, end: i + n, entity: person(tokens, i, i + n, registry), adjective: false, source: 'apposition' });
        i += n - 1;
        continue;
      }
    }
    // a surname seen before in the document
    const known = t.cap ? registry.get(t.norm) : undefined;
    if (known) add({ start: i, end: i + 1, entity: known, adjective: false, source: 'surname' });
  }

  for (let i = 0; i < tokens.length; i++) {
    if (covered[i]) continue;
    const match = longestMatch(lex.anaphors.trie, tokens, i);
    const impersonal = (tokens[i].lower === 'il' || tokens[i].lower === 'it') && IMPERSONAL.has(tokens[i + 1]?.lower ?? '');
    if (match && !impersonal && !covered.slice(i, i + match.length).some(Boolean)) {
      add({ start: i, end: i + match.length, anaphor: lex.anaphors.list[Number(match.hits[0].entity.id)], adjective: false, source: 'anaphor' });
      i += match.length - 1;
    } else if (lex.firstPlural.has(tokens[i].norm)) {
      add({ start: i, end: i + 1, firstPlural: true, adjective: false, source: 'first-plural' });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}
