/**
 * A sentence's triples: the rules' candidates, their mentions resolved (resolve.ts), the
 * subject and object told apart, modality read, one triple per subject, predicate and object
 * (the most confident). With `decisions`, why each candidate was kept or dropped, for `explain`.
 */
import type { Token } from '../text/tokens.ts';
import type { Doc, Triple } from '../types.ts';
import type { Analysed, DocContext } from './context.ts';
import type { Entity } from './lexicon/index.ts';
import { PREDICATE_INFO } from './lexicon/predicates.ts';
import type { Mention } from './mentions.ts';
import { modalityOf } from './modality.ts';
import { mentionResolver } from './resolve.ts';
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

/** Why a candidate was kept or dropped, for `explain`. */
export interface Decision {
  candidate: Candidate;
  subject?: string;
  object?: string;
  kept: boolean;
  reason: string;
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
const span = (tokens: readonly Token[], m: Mention) => ({ start: tokens[m.start]!.start, end: tokens[m.end - 1]!.end });

/** How the text names a mention's entity: its words, or the entity's label for a pronoun. */
const surface = (doc: Doc, tokens: readonly Token[], m: Mention, e: Entity) =>
  m.anaphor || m.firstPlural || m.firstSingular ? e.label : doc.text.slice(span(tokens, m).start, span(tokens, m).end);

/** The triples of sentence `si` of a document, read in its context. */
export function sentenceTriples(doc: Doc, context: DocContext, si: number, decisions?: Decision[]): Triple[] {
  const s = context.sentences[si]!;
  const resolve = mentionResolver(context, si);
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
