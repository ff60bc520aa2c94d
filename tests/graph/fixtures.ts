/** Hand-made DocExtractions: sentences joined by spaces, spans found in the sentence text. */
import { createHash } from 'node:crypto';
import { addExtraction, createGraph, finalizeGraph, type RelataGraph } from '../../src/graph/index.ts';
import type { DocExtraction, EntityType, Language, Predicate, Sentence, Triple } from '../../src/types.ts';

export interface Ent {
  id: string;
  label: string;
  type: EntityType;
}

export const E = {
  germany: { id: 'country:germany', label: 'Germany', type: 'Country' },
  ukraine: { id: 'country:ukraine', label: 'Ukraine', type: 'Country' },
  russia: { id: 'country:russia', label: 'Russia', type: 'Country' },
  france: { id: 'country:france', label: 'France', type: 'Country' },
  nato: { id: 'organization:nato', label: 'NATO', type: 'Organization' },
  zelensky: { id: 'person:volodymyr-zelensky', label: 'Volodymyr Zelensky', type: 'Person' },
  leopard: { id: 'equipment:leopard-2', label: 'Leopard 2', type: 'Equipment' },
} as const satisfies Record<string, Ent>;

export interface TripleSpec {
  s: Ent;
  /** Surface form of the subject; defaults to the label. */
  sText?: string;
  p: Predicate;
  o: Ent;
  oText?: string;
  extra?: Partial<Triple>;
}

/** A document: `sentences` joined by single spaces; `triples[i]` are those of sentence i. */
export function makeDoc(
  id: string,
  sentences: string[],
  triples: TripleSpec[][],
  meta: { date?: string; title?: string; language?: Language } = {},
): DocExtraction {
  const text = sentences.join(' ');
  const language = meta.language ?? 'en';
  let offset = 0;
  const sents: Sentence[] = sentences.map((s, index) => {
    const sentence = { id: `${id}#${index}`, doc: id, index, start: offset, end: offset + s.length, text: s, language };
    offset += s.length + 1;
    return sentence;
  });
  const out: Triple[] = [];
  triples.forEach((row, index) => {
    const sent = sents[index];
    for (const { s, sText = s.label, p, o, oText = o.label, extra } of row) {
      const span = (form: string, from = 0) => {
        const at = sent.text.indexOf(form, from);
        if (at < 0) throw new Error(`fixture: "${form}" not in "${sent.text}"`);
        return { start: sent.start + at, end: sent.start + at + form.length };
      };
      const subjectSpan = span(sText);
      out.push({
        doc: id,
        date: meta.date,
        subject: s.label,
        predicate: p,
        object: o.label,
        modality: 'asserted',
        subjectId: s.id,
        subjectType: s.type,
        subjectText: sText,
        subjectSpan,
        objectId: o.id,
        objectType: o.type,
        objectText: oText,
        objectSpan: span(oText, sText === oText ? subjectSpan.end - sent.start : 0),
        sentence: sent.text,
        sentenceIndex: index,
        start: sent.start,
        end: sent.end,
        language,
        rule: `${language}.${p}.1`,
        cue: p,
        confidence: 0.9,
        ...extra,
      });
    }
  });
  const doc = {
    id,
    text,
    sha256: createHash('sha256').update(text).digest('hex'),
    ...(meta.date && { date: meta.date }),
    ...(meta.title && { title: meta.title }),
  };
  return { doc, sentences: sents, triples: out };
}

/** A graph built from `docs` in that order and finalized with a short layout. */
export function buildGraph(docs: DocExtraction[], iterations = 20): RelataGraph {
  const graph = createGraph();
  for (const ex of docs) addExtraction(graph, ex);
  finalizeGraph(graph, { iterations });
  return graph;
}

/** A small bilingual corpus used across the graph, export and query tests. */
export const CORPUS = {
  en1: makeDoc(
    'en/berlin-tanks.txt',
    [
      'Germany supplies Leopard 2 tanks to Ukraine.',
      'The weather in Berlin was mild.',
      'Russia attacks Ukraine again, officials said.',
    ],
    [
      [
        { s: E.germany, p: 'supplies', o: E.leopard, extra: { role: 'theme', code: '070' } },
        { s: E.germany, p: 'supplies', o: E.ukraine, extra: { role: 'recipient', code: '070' } },
      ],
      [],
      [{ s: E.russia, p: 'attacks', o: E.ukraine, extra: { modality: 'reported', code: '190' } }],
    ],
    { date: '2024-01-25', title: 'Berlin sends tanks' },
  ),
  fr1: makeDoc(
    'fr/chars.txt',
    [
      "L'Allemagne livre des chars à l'Ukraine.",
      "La Russie pourrait attaquer l'Ukraine.",
      "L'Allemagne soutient l'OTAN.",
    ],
    [
      [
        {
          s: E.germany,
          sText: 'Allemagne',
          p: 'supplies',
          o: E.ukraine,
          extra: { role: 'recipient', code: '070', cue: 'livrer' },
        },
      ],
      [
        {
          s: E.russia,
          sText: 'Russie',
          p: 'attacks',
          o: E.ukraine,
          extra: { modality: 'hypothetical', cue: 'attaquer', code: '190' },
        },
      ],
      [{ s: E.germany, sText: 'Allemagne', p: 'supports', o: E.nato, oText: 'OTAN' }],
    ],
    { date: '2024-02-03', language: 'fr' },
  ),
};
