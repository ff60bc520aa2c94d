/** `relata explain`: the extraction pipeline's intermediate results for each sentence of a text. */
import { sentencesOf } from '../text/sentences.ts';
import type { Doc, Sentence, Triple } from '../types.ts';
import { documentContext } from './context.ts';
import { lexicon, verbSense } from './lexicon/index.ts';
import { sentenceTriples, type Decision } from './triples.ts';

/** One sentence as extraction reads it: tokens with their tags, mentions, the rules' decisions, the triples. */
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
  const context = documentContext(sentences);
  const lex = lexicon();
  return context.sentences.map((s, si) => {
    const decisions: Decision[] = [];
    const triples = sentenceTriples(doc, context, si, decisions);
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
