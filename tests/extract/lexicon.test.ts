import { describe, expect, it } from 'vitest';
import { entityEntries } from '../../src/extract/lexicon/compile.ts';
import {
  ENGLISH_NOUNS,
  ENGLISH_VERBS,
  FRENCH_NOUNS,
  FRENCH_VERBS,
  PREDICATE_INFO,
} from '../../src/extract/lexicon/predicates.ts';
import { lexicon } from '../../src/extract/lexicon/index.ts';
import { fold } from '../../src/text/fold.ts';
import { ENTITY_TYPES, PREDICATES } from '../../src/types.ts';

const ENTRIES = entityEntries();
/** Predicates read by pattern rules rather than cue words (rules/index.ts). */
const PATTERN_PREDICATES = new Set(['leads', 'part_of']);

describe('lexicon integrity', () => {
  it('every predicate has a code and cues in French and in English', () => {
    expect(Object.keys(PREDICATE_INFO).sort()).toEqual([...PREDICATES].sort());
    const cued = (verbs: typeof FRENCH_VERBS, nouns: typeof FRENCH_NOUNS) =>
      new Set([...verbs.map((v) => v.predicate), ...nouns.map((n) => n.predicate)]);
    const [fr, en] = [cued(FRENCH_VERBS, FRENCH_NOUNS), cued(ENGLISH_VERBS, ENGLISH_NOUNS)];
    for (const p of PREDICATES) {
      if (PATTERN_PREDICATES.has(p)) continue;
      expect(fr.has(p), `French cue for ${p}`).toBe(true);
      expect(en.has(p), `English cue for ${p}`).toBe(true);
    }
  });

  it('every entity is typed and labelled', () => {
    for (const e of ENTRIES) {
      expect(ENTITY_TYPES).toContain(e.type);
      expect(e.label.trim()).toBe(e.label);
      expect(e.forms.length).toBeGreaterThan(0);
    }
  });

  it('no surface form names two entities of the same type', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of ENTRIES) {
      for (const form of new Set(e.forms.map(fold))) {
        const key = `${e.type}:${form}`;
        const other = seen.get(key);
        if (other && other !== e.label) clashes.push(`${form}: ${other} / ${e.label}`);
        seen.set(key, e.label);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('generates French and English inflections from lemmas', () => {
    const { verbs } = lexicon();
    for (const form of ['fournir', 'fourni', 'fourniront', 'fournissent', 'livrée', 'enverra', 'promis', 'condamnent'])
      expect(verbs.fr.has(form), form).toBe(true);
    // accents tell a verb from a noun: `attaqués` (attacked), `attaques` (attacks)
    expect(verbs.fr.has('attaqués')).toBe(true);
    expect(verbs.fr.has('attaques')).toBe(false);
    for (const form of ['supplied', 'supplies', 'sent', 'gave', 'given', 'condemning'])
      expect(verbs.en.has(form), form).toBe(true);
    expect(verbs.fr.get('fourniront')?.tense).toBe('future');
    expect(verbs.fr.get('fourniraient')?.tense).toBe('conditional');
  });
});
