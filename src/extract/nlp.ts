/**
 * compromise and fr-compromise, loaded on first use: they take about a second to load, and
 * only compiling the lexicon (verb inflections, dictionary words) needs them, not importing relata.
 */
import { createRequire } from 'node:module';
import type nlp from 'compromise';

/** The part of fr-compromise used here (its types are .ts sources that fail strict type-checking). */
export interface FrenchNlp {
  (text: string): { verbs(): { conjugate(): unknown[] } };
  model(): { one: { lexicon: Record<string, string | string[]> } };
}

const require = createRequire(import.meta.url);
let englishNlp: typeof nlp | undefined;
let frenchNlp: FrenchNlp | undefined;

export const english = (): typeof nlp => (englishNlp ??= require('compromise') as typeof nlp);
export const french = (): FrenchNlp => (frenchNlp ??= require('fr-compromise') as FrenchNlp);
