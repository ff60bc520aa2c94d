/**
 * Extraction: documents in, triples with provenance out. Pure: no files, no printing.
 *
 *   sentences (text/) → tokens → mentions → quotes, speakers, coreference (context.ts)
 *   → rules (rules/) → modality → resolved, de-duplicated triples → people merged
 *   across the corpus (people.ts)
 *
 * `explainSentence` returns the same pipeline's intermediate results for one sentence.
 */
import { sentenceTable, sentencesOf } from '../text/sentences.ts';
import { tokenize, type Token } from '../text/tokens.ts';
import type { Doc, DocExtraction, Sentence, Triple } from '../types.ts';
import { findSubject, prepositionOf } from './clauses.ts';
import { Coreference, findSpeaker, markQuotes, reportingTokens, type Analysed } from './context.ts';
import { lexicon, verbSense, type Entity } from './lexicon/index.ts';
import { PLURAL_DETERMINERS, THAT } from './lexicon/grammar.ts';
import { PREDICATE_INFO } from './lexicon/predicates.ts';
import { findMentions, type Mention, type NameRegistry } from './mentions.ts';
import { modalityOf } from './modality.ts';
import { mergePeople, type PersonName } from './people.ts';

export type { PersonName };
import {
  boostRules,
  memberRules,
  nounRules,
  officeRules,
  placeRules,
  verbRules,
  type Candidate,
  type Resolver,
} from './rules/index.ts';

export { RULES, type RuleId } from './rules/catalog.ts';
export { PREDICATE_INFO } from './lexicon/predicates.ts';

/** Why a candidate was kept or dropped, for `explain`. */
export interface Decision {
  candidate: Candidate;
  subject?: string;
  object?: string;
  kept: boolean;
  reason: string;
}

interface DocState {
  sentences: Analysed[];
  coref: Coreference;
  /** Body led by each person, from office appositions (for `nous` in their quotes). */
  leads: Map<string, Entity>;
  /** Who speaks in the document's own voice: the first state or body it names as an actor (`The United States is designating …`). */
  voice?: Entity;
}

function analyse(sentences: Sentence[]): DocState {
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

/** `fr:verb-object`: one string per rule, shared by its triples (a long document makes hundreds of thousands). */
const RULE_IDS = new Map<string, string>();
function ruleId(language: 'fr' | 'en', rule: string): string {
  const key = language === 'en' ? `en:${rule}` : `fr:${rule}`;
  let id = RULE_IDS.get(key);
  if (id === undefined) RULE_IDS.set(key, (id = key));
  return id;
}

function candidates(s: Analysed, resolve: Resolver): Candidate[] {
  return [
    ...officeRules(s),
    ...placeRules(s),
    ...memberRules(s),
    ...verbRules(s),
    ...boostRules(s),
    ...nounRules(s, resolve),
  ];
}

/** Notes why a candidate was kept or dropped, for `explain`. */
function decide(
  decisions: Decision[],
  candidate: Candidate,
  subject: Entity | undefined,
  object: Entity | undefined,
  kept: boolean,
  reason: string,
): void {
  decisions.push({ candidate, subject: subject?.label, object: object?.label, kept, reason });
}

/** A mention's offsets in the document. */
const span = (tokens: readonly Token[], m: Mention) => ({ start: tokens[m.start].start, end: tokens[m.end - 1].end });

/** How the text names a mention's entity: its words, or the entity's label for a pronoun. */
const surface = (doc: Doc, tokens: readonly Token[], m: Mention, e: Entity) =>
  m.anaphor || m.firstPlural || m.firstSingular ? e.label : doc.text.slice(span(tokens, m).start, span(tokens, m).end);

function sentenceTriples(doc: Doc, state: DocState, si: number, decisions?: Decision[]): Triple[] {
  const s = state.sentences[si];
  const { coref, leads } = state;
  const resolve: Resolver = (m, exclude) => {
    if (m.firstSingular) return s.inQuote[m.start] && s.speaker?.type === 'Person' ? s.speaker : undefined;
    if (m.firstPlural) {
      // a government's `we` outside quotes is the government (GUIDELINES §3)
      if (!s.inQuote[m.start]) return s.speaker ? undefined : state.voice;
      if (!s.speaker) return undefined;
      const side = s.speaker.type === 'Person' ? leads.get(s.speaker.id) : s.speaker;
      const group = side?.membersGroup ? lexicon().byLabel.get(side.membersGroup.toLowerCase()) : undefined;
      return group ?? side;
    }
    // `la France a annoncé qu'elle livrerait`: a subject pronoun opening a completive clause is the main clause's subject;
    // `le Conseil qu'elle présidait`: one opening a relative clause is not its antecedent
    if (m.anaphor?.subjectOnly && THAT.test(s.tokens[m.start - 1]?.lower ?? '')) {
      let j = m.start - 2;
      while (s.tokens[j]?.text === ',') j--;
      const antecedent = s.at[j];
      if (antecedent?.entity) return coref.resolve(m, si, new Set([...(exclude ?? []), antecedent.entity.id]));
      const main = findSubject(s, m.start - 1)?.mention;
      const entity = main && (main.anaphor ? coref.resolve(main, si, exclude) : main.entity);
      if (entity && m.anaphor.types.includes(entity.type)) return entity;
    }
    return coref.resolve(m, si, exclude);
  };
  const best = new Map<string, Triple>();
  const found = candidates(s, resolve);
  // `la décision de l'Allemagne de livrer à ce pays`: a receiver named by an anaphor is none of the sentence's givers
  const givers = new Set(
    found
      .filter((c) => c.role)
      .map((c) => resolve(c.subject)?.id)
      .filter((id): id is string => !!id),
  );
  for (const c of found) {
    const subject = resolve(c.subject);
    const object = resolve(
      c.object,
      new Set([...(subject ? [subject.id] : []), ...(c.role === 'recipient' ? givers : [])]),
    );
    if (!subject || !object) {
      if (decisions)
        decide(
          decisions,
          c,
          subject,
          object,
          false,
          `unresolved ${!subject ? 'subject' : 'object'} "${s.tokens
            .slice((!subject ? c.subject : c.object).start, (!subject ? c.subject : c.object).end)
            .map((t) => t.text)
            .join(' ')}"`,
        );
      continue;
    }
    if (subject.id === object.id) {
      if (decisions) decide(decisions, c, subject, object, false, 'subject and object are the same entity');
      continue;
    }
    const modality = modalityOf(s, c);
    const language = s.sentence.language === 'en' ? 'en' : 'fr';
    const triple: Triple = {
      doc: doc.id,
      ...(doc.date ? { date: doc.date } : {}),
      subject: subject.label,
      predicate: c.predicate,
      object: object.label,
      modality,
      ...(c.role ? { role: c.role } : {}),
      ...(modality === 'reported' && s.speaker && s.speaker.id !== subject.id ? { attributedTo: s.speaker.label } : {}),
      subjectId: subject.id,
      subjectType: subject.type,
      subjectText: surface(doc, s.tokens, c.subject, subject),
      subjectSpan: span(s.tokens, c.subject),
      objectId: object.id,
      objectType: object.type,
      objectText: surface(doc, s.tokens, c.object, object),
      objectSpan: span(s.tokens, c.object),
      sentence: s.sentence.text,
      sentenceIndex: s.sentence.index,
      start: s.sentence.start,
      end: s.sentence.end,
      language: s.sentence.language,
      rule: ruleId(language, c.rule),
      cue: c.cue,
      code: PREDICATE_INFO[c.predicate].code,
      confidence: Math.round(c.confidence * (modality === 'asserted' || modality === 'reported' ? 1 : 0.8) * 100) / 100,
    };
    const key = `${triple.subjectId}|${triple.predicate}|${triple.objectId}`;
    const previous = best.get(key);
    if (!previous || triple.confidence > previous.confidence) best.set(key, triple);
    if (decisions) decide(decisions, c, subject, object, true, modality);
  }
  return [...best.values()];
}

/**
 * Sentences analysed together: names, pronouns and speakers are resolved within this many.
 * A news article is far shorter; a book-length document is read a window at a time, so its
 * tokens are never all in memory at once.
 */
const WINDOW = 1000;

/**
 * Extracts the triples of one document. People are merged within the document only; use
 * `extractCorpus` across documents. `onWindow` hears of each window of a long document.
 */
export function extractDocument(
  doc: Doc,
  sentences: Sentence[] = sentencesOf(doc),
  onWindow?: (done: number, total: number) => void,
): DocExtraction {
  return { doc, sentences, triples: documentTriples(doc, sentences, onWindow) };
}

/** The triples of one document, its sentences taken a window at a time (a `SentenceTable` makes only those). */
function documentTriples(
  doc: Doc,
  sentences: SentenceSource,
  onWindow?: (done: number, total: number) => void,
): Triple[] {
  const triples: Triple[] = [];
  for (let from = 0; from < sentences.length; from += WINDOW) {
    if (from > 0) onWindow?.(from, sentences.length);
    const state = analyse(sentences.slice(from, from + WINDOW));
    for (let si = 0; si < state.sentences.length; si++)
      for (const t of sentenceTriples(doc, state, si)) triples.push(t);
  }
  return triples;
}

/** What a build needs of one document: its triples and its number of sentences. */
export interface DocumentResult {
  triples: Triple[];
  sentences: number;
}

/**
 * The unit of work of a build: one document in, its triples out (people not yet merged across
 * documents). Pure, and its input and output are plain data, so a worker thread runs it as it is.
 */
export function extractForMerge(doc: Doc, onWindow?: (done: number, total: number) => void): DocumentResult {
  const sentences = sentenceTable(doc);
  return { triples: documentTriples(doc, sentences, onWindow), sentences: sentences.length };
}

/** A document's sentences: an array, or a `SentenceTable`. */
export interface SentenceSource {
  readonly length: number;
  slice(from: number, to: number): Sentence[];
}

/** Extracts every document, then merges each person's spellings across the corpus. */
export function extractCorpus(docs: readonly Doc[]): DocExtraction[] {
  const results = docs.map((doc) => extractDocument(doc));
  mergePeopleAcross(results);
  return results;
}

/**
 * Rewrites person ids and labels so one person has one node across documents. `existing`
 * are people already in a stored graph: new spellings merge into them.
 */
export function mergePeopleAcross(
  results: readonly Pick<DocExtraction, 'triples'>[],
  existing: readonly PersonName[] = [],
): void {
  const lex = lexicon();
  const names = new Map<string, PersonName>(existing.map((p) => [p.id, p]));
  for (const { triples } of results) {
    for (const t of triples) {
      for (const [id, label, type] of [
        [t.subjectId, t.subject, t.subjectType],
        [t.objectId, t.object, t.objectType],
      ] as const) {
        if (type !== 'Person') continue;
        const entry = names.get(id) ?? { id, label, count: 0, known: lex.entities.has(id) };
        entry.count++;
        names.set(id, entry);
      }
    }
  }
  const merged = mergePeople([...names.values()]);
  for (const { triples } of results) {
    for (const t of triples) {
      const s = merged.get(t.subjectId);
      if (s && t.subjectType === 'Person') Object.assign(t, { subjectId: s.id, subject: s.label });
      const o = merged.get(t.objectId);
      if (o && t.objectType === 'Person') Object.assign(t, { objectId: o.id, object: o.label });
    }
  }
}

export interface Explanation {
  sentence: Sentence;
  tokens: { text: string; start: number; end: number; tags: string[] }[];
  mentions: { text: string; entity?: string; type?: string; source: string; adjective: boolean }[];
  decisions: Decision[];
  triples: Triple[];
}

/** The pipeline's steps for one sentence of a document (by default a one-sentence document). */
export function explainSentence(text: string, doc: Doc = { id: 'explain', text, sha256: '' }): Explanation[] {
  const sentences = sentencesOf(doc);
  const state = analyse(sentences);
  const lex = lexicon();
  return state.sentences.map((s, si) => {
    const decisions: Decision[] = [];
    const triples = sentenceTriples(doc, state, si, decisions);
    return {
      sentence: s.sentence,
      tokens: s.tokens.map((t, i) => {
        const sense = verbSense(t.lower, s.sentence.language);
        const tags = [
          ...(sense ? [`verb:${sense.lemma}/${sense.predicate ?? sense.frame}/${sense.tense}`] : []),
          ...(s.inQuote[i] ? ['quote'] : []),
          ...(s.reporting.includes(i) ? ['reporting'] : []),
          ...(lex.negation.has(t.norm) ? ['negation'] : []),
          ...(lex.hypothetical.has(t.norm) ? ['hypothetical'] : []),
        ];
        return { text: t.text, start: t.start, end: t.end, tags };
      }),
      mentions: s.mentions.map((m) => ({
        text: s.tokens
          .slice(m.start, m.end)
          .map((t) => t.text)
          .join(' '),
        entity: m.entity?.label,
        type: m.entity?.type,
        source: m.source,
        adjective: m.adjective,
      })),
      decisions,
      triples,
    };
  });
}
