import { createHash } from 'node:crypto';
import { extractDocument } from '../../src/extract/index.ts';
import type { Doc, Triple } from '../../src/types.ts';

export const doc = (text: string, id = 'test.txt'): Doc => ({
  id,
  text,
  sha256: createHash('sha256').update(text).digest('hex'),
});

export const extract = (text: string): Triple[] => extractDocument(doc(text)).triples;

/** `Subject predicate Object` for every triple (any modality), plus `[modality]` when not asserted. */
export const facts = (text: string): string[] =>
  extract(text)
    .map((t) => `${t.subject} ${t.predicate} ${t.object}${t.modality === 'asserted' ? '' : ` [${t.modality}]`}`)
    .sort();
