/**
 * The built-in lexicon compiled when the package is built: `dist/lexicon.v8`, V8's serialization
 * of what compile.ts makes, read back in about a fifth of the time compiling takes (0.1 s at
 * each start of a command that extracts, and in each worker). Given names are a lookup over the
 * data file, made again after reading. Read only by the V8 version that wrote it; running from
 * the sources (no file beside them), or with another Node, the lexicon is compiled.
 */
import type { Lexicon } from './compile.ts';

/** dist/lexicon.v8, from dist/extract/lexicon/ (src/lexicon.v8 from the sources, which never exists). */
const FILE = new URL('../../lexicon.v8', import.meta.url);

type Stored = { v8: string; lexicon: Omit<Lexicon, 'firstNames'> };

const node = () => {
  const fs = globalThis.process?.getBuiltinModule?.('node:fs');
  const v8 = globalThis.process?.getBuiltinModule?.('node:v8');
  return fs && v8 && FILE.protocol === 'file:' ? { fs, v8, version: globalThis.process.versions.v8 } : undefined;
};

/** The lexicon as the package's build compiled it, less its given names; undefined when there is none this V8 reads. */
export function storedLexicon(): Omit<Lexicon, 'firstNames'> | undefined {
  const runtime = node();
  if (!runtime) return undefined;
  try {
    const stored = runtime.v8.deserialize(runtime.fs.readFileSync(FILE)) as Stored;
    return stored.v8 === runtime.version ? stored.lexicon : undefined;
  } catch {
    return undefined; // none, or another V8's: compile
  }
}

/** Writes dist/lexicon.v8 when the package is built (`npm run build`, after dist/lexicon-data.json). */
export function writeStoredLexicon(lexicon: Lexicon, file: string): void {
  const runtime = node();
  if (!runtime) throw new Error('writing the stored lexicon needs Node');
  const { firstNames: _, ...rest } = lexicon;
  runtime.fs.writeFileSync(file, runtime.v8.serialize({ v8: runtime.version, lexicon: rest } satisfies Stored));
}
