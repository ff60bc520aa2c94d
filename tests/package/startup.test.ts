/**
 * What a command loads before it does anything: `relata build` with nothing changed should cost
 * little more than Node's own start, so the build command's static imports leave out extraction,
 * the graph library, the layout, zod and the readers of HTML, Markdown and feeds (build.ts and
 * ingest import them once they know they need them).
 * Read from the sources' import statements, followed file to file (dynamic imports are not).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../cli/run.ts';

/** What a build loads only once it has something to read or merge. */
const HEAVY = new RegExp(
  [
    String.raw`^src/extract/(?!lexicon/user\.ts$)`,
    String.raw`^src/graph/(schema|layout|merge|finalize|store)\.ts$`,
    String.raw`^src/ingest/(document|html|markdown|feeds|records|sources)\.ts$`,
    '^(zod|graphology-.*|compromise|@xmldom/xmldom|entities)$',
  ].join('|'),
);

const STATIC_IMPORT = /^(?:import|export)(?!\s+type\b)[^;'"]*?from\s+'([^']+)'/gm;

/** Every module `entry` loads statically: files relative to the root, packages by name. */
function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    const key = relative(ROOT, file);
    if (seen.has(key)) return;
    seen.add(key);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      if (specifier!.startsWith('.')) visit(join(dirname(file), specifier!));
      else
        seen.add(
          specifier!.startsWith('node:')
            ? specifier!
            : specifier!
                .split('/')
                .slice(0, specifier!.startsWith('@') ? 2 : 1)
                .join('/'),
        );
    }
  };
  visit(join(ROOT, entry));
  return seen;
}

describe('what a command loads first', () => {
  const build = staticClosure('src/cli/commands/build.ts');

  it('follows the imports it reads', () => {
    expect(staticClosure('src/index.ts')).toContain('zod');
    expect(build).toContain('src/build.ts');
    expect(build).toContain('src/ingest/ingest.ts');
    expect(build).toContain('src/build-cache.ts');
  });

  it('leaves extraction, the graph library, zod and the text readers to a build that reads something', () => {
    const heavy = [...build].filter((m) => HEAVY.test(m));
    expect(heavy).toEqual([]);
  });

  it('keeps the command line itself light: no command is loaded before it is named', () => {
    const cli = staticClosure('src/cli/bin.ts');
    expect([...cli].filter((m) => m.startsWith('src/cli/commands/') && m !== 'src/cli/commands/index.ts')).toEqual([]);
  });
});
