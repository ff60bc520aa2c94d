/** An evidence item of the graph as `Provenance`, the one shape of evidence outside graph.json. */
import type { Provenance } from '../types.ts';
import { splitSentenceId, type Evidence, type SentenceRecord } from './model.ts';

/** `sentence` is the evidence's sentence record (undefined only in a damaged graph); `date` its document's. */
export function provenanceOf(ev: Evidence, sentence: SentenceRecord | undefined, date: string | undefined): Provenance {
  const [doc, index] = splitSentenceId(ev.sentence);
  return {
    doc: sentence?.doc ?? doc,
    ...(date !== undefined && { date }),
    sentence: sentence?.text ?? '',
    sentenceIndex: sentence?.index ?? index,
    start: sentence?.start ?? 0,
    end: sentence?.end ?? 0,
    language: sentence?.language ?? 'other',
    modality: ev.modality,
    ...(ev.attributedTo !== undefined && { attributedTo: ev.attributedTo }),
    rule: ev.rule,
    cue: ev.cue,
    confidence: ev.confidence,
    subjectSpan: { start: ev.subject[0], end: ev.subject[1] },
    objectSpan: { start: ev.object[0], end: ev.object[1] },
  };
}
