/**
 * Entity resolution, in two explicit steps.
 *
 *   In a document: a mention → the entity it names, with the document's context
 *   (context.ts): a name is its entity; `je`, `nous`, pronouns are resolved through quotes,
 *   speakers and coreference. `mentionResolver` gives the rules and the triples one resolver
 *   per sentence.
 *
 *   Across a corpus: the person names of its documents, and the people a stored graph
 *   already holds → one id and label per person however their name is spelled
 *   (`resolvePeople`, by people.ts's spelling keys), then applied to the documents' triples
 *   (`applyResolution`). It runs once all documents are extracted, in the documents' order, so
 *   a document is extracted alone (a worker thread, a queue job) and the graph is the same.
 */
import type { Triple } from '../types.ts';
import type { DocContext } from './context.ts';
import { lexicon } from './lexicon/index.ts';
import { THAT } from './lexicon/grammar.ts';
import { mergePeople, type PersonName } from './people.ts';
import type { Resolver } from './rules/index.ts';
import { findSubject } from './subject.ts';

/**
 * The resolver of sentence `si` of a document: the entity a mention names there, never one of
 * `exclude`. `je` in a quote is its speaker; `nous` in a quote is the speaker's side (the body a
 * person leads, its members when it names them), outside quotes the document's voice; a pronoun
 * is its antecedent.
 */
export function mentionResolver(context: DocContext, si: number): Resolver {
  const s = context.sentences[si]!;
  const { coref, leads } = context;
  return (m, exclude) => {
    if (m.firstSingular) return s.inQuote[m.start] && s.speaker?.type === 'Person' ? s.speaker : undefined;
    if (m.firstPlural) {
      // a government's `we` outside quotes is the government (GUIDELINES §3)
      if (!s.inQuote[m.start]) return s.speaker ? undefined : context.voice;
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
}

/** The id and label a person takes in the graph. */
export interface Canonical {
  id: string;
  label: string;
}

/** Every person id of a corpus, mapped to the person it is. */
export type PersonResolution = ReadonlyMap<string, Canonical>;

/**
 * The people the triples of a corpus's documents name: each person id once, in order of first
 * mention, with the label it first had, how many triples name it, and whether the lexicon lists it.
 */
export function peopleNamed(documents: Iterable<readonly Triple[]>): PersonName[] {
  const lex = lexicon();
  const names = new Map<string, PersonName>();
  for (const triples of documents) {
    for (const t of triples) {
      for (const [id, label, type] of [
        [t.subjectId, t.subject, t.subjectType],
        [t.objectId, t.object, t.objectType],
      ] as const) {
        if (type !== 'Person') continue;
        const entry = names.get(id);
        if (entry) entry.count++;
        else names.set(id, { id, label, count: 1, known: lex.entities.has(id) });
      }
    }
  }
  return [...names.values()];
}

/**
 * One person per name across a corpus: `named` (`peopleNamed`) and `known`, the people a stored
 * graph already holds, merged by spelling (`Roustem Oumierov` joins a stored `Rustem Umerov`). A
 * known person keeps its label, and its count grows by the triples naming it again. Reads its
 * inputs only.
 */
export function resolvePeople(named: readonly PersonName[], known: readonly PersonName[] = []): PersonResolution {
  const names = new Map<string, PersonName>(known.map((p) => [p.id, { ...p }]));
  for (const p of named) {
    const entry = names.get(p.id);
    if (entry) entry.count += p.count;
    else names.set(p.id, { ...p });
  }
  return mergePeople([...names.values()]);
}

/**
 * The triples with each person's id and label as `resolution` gives them: new triples where a
 * person changes, the same ones where none does; the triples given are left as they are.
 */
export function applyResolution(triples: readonly Triple[], resolution: PersonResolution): Triple[] {
  return triples.map((t) => {
    const s = t.subjectType === 'Person' ? resolution.get(t.subjectId) : undefined;
    const o = t.objectType === 'Person' ? resolution.get(t.objectId) : undefined;
    const subject = s && (s.id !== t.subjectId || s.label !== t.subject) ? s : undefined;
    const object = o && (o.id !== t.objectId || o.label !== t.object) ? o : undefined;
    if (!subject && !object) return t;
    return {
      ...t,
      ...(subject ? { subjectId: subject.id, subject: subject.label } : {}),
      ...(object ? { objectId: object.id, object: object.label } : {}),
    };
  });
}
