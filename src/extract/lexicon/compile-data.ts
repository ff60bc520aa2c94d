/**
 * Writes dist/lexicon-data.json when the package is built (`npm run build`): the data of
 * compiled.ts, compiled from the packages. Deterministic: sorted, same packages → same bytes.
 */
import { writeFileSync } from 'node:fs';
import { computedInflections } from '../inflect.ts';
import type { CompiledLexicon } from './compiled.ts';
import { packageDictionary, packageFirstNames } from './first-names.ts';
import { placeTable } from './gazetteer.ts';
import { compileNow } from './compile.ts';
import { lexicon } from './index.ts';
import { writeStoredLexicon } from './stored.ts';
import { sortedLines } from './sorted-lines.ts';

const byKey = <T extends [string, ...unknown[]]>(a: T, b: T): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/** The data, compiled from the packages (call before anything read a compiled file). */
export function lexiconData(): CompiledLexicon {
  lexicon(); // inflects every verb of the built-in lexicon
  return {
    inflections: Object.fromEntries([...computedInflections()].sort(byKey)),
    firstNames: sortedLines([...packageFirstNames()].map((name) => [name])),
    dictionaryWords: sortedLines(packageDictionary()),
    places: sortedLines(
      [...placeTable()].map(([name, p]) => [name, `${p.countries.join(',')}\t${p.population}`] as const),
    ),
  };
}

export function writeLexiconData(file: string): void {
  writeFileSync(file, JSON.stringify(lexiconData()));
}

/** Writes dist/lexicon.v8 (stored.ts): in a process started once dist/lexicon-data.json was written, the lexicon compiled from it. */
export function writeCompiledLexicon(file: string): void {
  writeStoredLexicon(compileNow(), file);
}
