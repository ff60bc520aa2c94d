/**
 * Document context: what a sentence needs from the sentences around it. Quotes (which
 * tokens stand inside « … » or “ … ”, across sentences), speakers (who a quote or a
 * reported clause is attributed to), light coreference (`ce pays`, `ils`, `l'Alliance`
 * resolve to the nearest compatible entity named before), the bodies people lead and the
 * document's own voice. resolve.ts resolves mentions with it.
 */
import type { Sentence } from '../types.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import type { Entity } from './lexicon/index.ts';
import { lexicon } from './lexicon/index.ts';
import { PLURAL_DETERMINERS, QUOTE_CLOSERS, QUOTE_OPENERS } from './lexicon/grammar.ts';
import { findMentions, type Mention, type NameRegistry } from './mentions.ts';
import { prepositionOf } from './phrases.ts';
import { officeRules } from './rules/index.ts';

export interface Analysed {
  sentence: Sentence;
  tokens: Token[];
  mentions: Mention[];
  /** Mention covering each token, if any. */
  at: (Mention | undefined)[];
  inQuote: boolean[];
  /** Tokens of reporting verbs outside quotes (`a déclaré`, `said`, `selon`). */
  reporting: number[];
  speaker?: Entity;
}

/** Marks quoted tokens. Straight quotes toggle; a quote left open runs to the end of the paragraph's sentences. */
function markQuotes(sentences: Analysed[]): void {
  let depth = 0;
  for (const s of sentences) {
    s.inQuote = s.tokens.map((t) => {
      if (QUOTE_OPENERS.has(t.text)) return (depth = 1) > 0;
      if (QUOTE_CLOSERS.has(t.text)) return (depth = 0) > 0;
      if (t.text === '"') {
        depth = depth ? 0 : 1;
        return false;
      }
      return depth > 0;
    });
  }
}

interface HistoryEntry {
  entity: Entity;
  sentence: number;
  token: number;
  plural: boolean;
}

const UNNAMED: Entity = { id: 'person:', label: '', type: 'Person' };

/** Entities in order of mention, for resolving anaphors. */
export class Coreference {
  private readonly history: HistoryEntry[] = [];

  add(entity: Entity, sentence: number, token: number, plural: boolean): void {
    this.history.push({ entity, sentence, token, plural });
  }

  /** A person named only by an office several people hold (`le secrétaire général`): a pronoun after it cannot reach the people named before. */
  block(sentence: number, token: number): void {
    this.history.push({ entity: UNNAMED, sentence, token, plural: false });
  }

  /** The nearest earlier compatible entity, skipping `exclude`; pronouns look back one sentence at most. */
  resolve(mention: Mention, sentence: number, exclude: ReadonlySet<string> = new Set()): Entity | undefined {
    const a = mention.anaphor;
    if (!a) return mention.entity;
    if (a.prefer) {
      const preferred = this.resolve(
        { ...mention, anaphor: { ...a, types: [a.prefer], prefer: undefined, subjectOnly: true } },
        sentence,
        exclude,
      );
      if (preferred) return preferred;
    }
    for (let k = this.history.length - 1; k >= 0; k--) {
      const h = this.history[k]!;
      if (h.sentence > sentence || (h.sentence === sentence && h.token >= mention.start)) continue;
      if (a.subjectOnly && h.sentence < sentence - 1) return undefined;
      if (exclude.has(h.entity.id) || !a.types.includes(h.entity.type)) continue;
      if (h.entity === UNNAMED) return undefined;
      if (a.plural && !h.plural && h.entity.type !== 'Group') continue;
      return h.entity;
    }
    return undefined;
  }
}

/** The speaker of reported content in a sentence: the person (or body) nearest a reporting verb outside quotes. */
function findSpeaker(s: Analysed, resolvePronoun: (m: Mention) => Entity | undefined): Entity | undefined {
  let best: { entity: Entity; distance: number } | undefined;
  for (const r of s.reporting) {
    for (const m of s.mentions) {
      if (s.inQuote[m.start] || m.adjective) continue;
      const entity = m.anaphor ? resolvePronoun(m) : m.entity;
      if (!entity || !['Person', 'Organization', 'Country', 'Group'].includes(entity.type)) continue;
      const distance = (m.start > r ? m.start - r : r - m.end + 1) + (entity.type === 'Person' ? 0 : 6);
      if (!best || distance < best.distance) best = { entity, distance };
    }
  }
  return best?.entity;
}

/** Reporting verbs outside quotes; an inverted `a-t-il` counts as a pronoun speaker, handled by the caller. */
function reportingTokens(tokens: Token[], inQuote: boolean[], at: (Mention | undefined)[]): number[] {
  const { reporting } = lexicon();
  const out: number[] = [];
  tokens.forEach((t, i) => {
    // `United States` holds no `states`; `claimed by X` is a claim of responsibility, not speech
    if (!inQuote[i] && !at[i] && reporting.has(t.norm) && !/^(by|par)$/.test(tokens[i + 1]?.lower ?? '')) out.push(i);
  });
  return out;
}

/** What the sentences of a document (or of one window of a long one) tell each other. */
export interface DocContext {
  sentences: Analysed[];
  coref: Coreference;
  /** Body led by each person, from office appositions (for `nous` in their quotes). */
  leads: Map<string, Entity>;
  /** Who speaks in the document's own voice: the first state or body it names as an actor (`The United States is designating …`). */
  voice?: Entity;
}

/** Analyses sentences read together: their tokens and mentions, quotes, coreference, the bodies people lead, speakers. */
export function documentContext(sentences: Sentence[]): DocContext {
  const registry: NameRegistry = new Map();
  const analysed: Analysed[] = sentences.map((sentence) => {
    const tokens = tokenize(sentence.text, sentence.start);
    const mentions = findMentions(tokens, registry, sentence.language);
    const at: (Mention | undefined)[] = new Array(tokens.length).fill(undefined);
    for (const m of mentions) for (let k = m.start; k < m.end; k++) at[k] = m;
    return { sentence, tokens, mentions, at, inQuote: [], reporting: [] };
  });
  markQuotes(analysed);
  const coref = new Coreference();
  analysed.forEach((s, si) => {
    s.reporting = reportingTokens(s.tokens, s.inQuote, s.at);
    for (const m of s.mentions) {
      if (m.source === 'role' && !m.entity) coref.block(si, m.start);
      if (!m.entity || m.adjective) continue;
      const plural = m.entity.type === 'Group' || PLURAL_DETERMINERS.has(s.tokens[m.start - 1]?.lower ?? '');
      coref.add(m.entity, si, m.start, plural);
    }
  });
  const leads = new Map<string, Entity>();
  for (const s of analysed)
    for (const c of officeRules(s))
      if (c.subject.entity && c.object.entity) leads.set(c.subject.entity.id, c.object.entity);
  // speakers: own reporting verb first; a quote without one takes its neighbours'
  analysed.forEach((s, si) => {
    s.speaker = findSpeaker(s, (m) => coref.resolve(m, si)) ?? invertedSpeaker(s, si, coref);
  });
  analysed.forEach((s, si) => {
    if (s.speaker || !s.inQuote.some(Boolean)) return;
    for (const j of [si + 1, si - 1, si + 2, si - 2]) {
      const other = analysed[j];
      if (other?.speaker && (other.inQuote.some(Boolean) || Math.abs(j - si) === 1)) {
        s.speaker = other.speaker;
        return;
      }
    }
  });
  return { sentences: analysed, coref, leads, voice: documentVoice(analysed) };
}

/** The first state or body named outside quotes and outside a prepositional phrase: the author of a press release's `we`. */
function documentVoice(sentences: Analysed[]): Entity | undefined {
  for (const s of sentences) {
    for (const m of s.mentions) {
      if (
        m.entity &&
        (m.entity.type === 'Country' || m.entity.type === 'Organization') &&
        !m.adjective &&
        !s.inQuote[m.start] &&
        !prepositionOf(s.tokens, m).prep
      )
        return m.entity;
    }
  }
  return undefined;
}

/** `a-t-il déclaré`, `ajoute-t-elle`: the inverted pronoun's antecedent speaks. */
function invertedSpeaker(s: Analysed, si: number, coref: Coreference): Entity | undefined {
  const k = s.tokens.findIndex((t, i) => !s.inQuote[i] && (t.lower.endsWith('-t-il') || t.lower.endsWith('-t-elle')));
  if (k < 0) return undefined;
  return coref.resolve(
    { start: k, end: k + 1, adjective: false, source: 'anaphor', anaphor: { forms: [], types: ['Person'] } },
    si,
  );
}
