/** A user's lexicon serves the build or extraction it is given to, and no other call in the process. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/build.ts';
import { extract, extractInputs } from '../../src/extract-text.ts';
import { compileLexicon } from '../../src/extract/lexicon/index.ts';
import { parseDocument } from '../../src/ingest/index.ts';
import type { UserLexicon } from '../../src/extract/lexicon/user.ts';

const LEXICON: UserLexicon = {
  entities: [{ label: 'Zorbania', type: 'Country', forms: ['Zorbanie', 'Zorbania'] }],
  verbs: [{ lemma: 'vilipender', language: 'fr', predicate: 'condemns', frame: 'direct' }],
};
const spo = (triples: { subject: string; predicate: string; object: string }[]) =>
  triples.map((t) => `${t.subject} ${t.predicate} ${t.object}`);

describe('a user lexicon', () => {
  it.each([
    ['fr', 'La Zorbanie a vilipendé la Russie.', 'Zorbania condemns Russia'],
    ['en', 'Zorbania supplied drones to Ukraine.', 'Zorbania supplies Ukraine'],
  ])('%s: used by the build it is given to, then forgotten', async (_language, text, triple) => {
    const out = join(mkdtempSync(join(tmpdir(), 'relata-user-lexicon-')), 'graph');
    const { graph } = await buildGraph([parseDocument('zorbania.txt', text, 'txt')], { out, lexicon: LEXICON });
    expect(graph.hasNode('country:zorbania')).toBe(true);
    expect(spo(extract(text))).not.toContain(triple); // the next call in the same process knows no Zorbania
    const again = await extractInputs([], { lexicon: LEXICON });
    expect(again.results).toEqual([]);
  });

  it('is used by extractInputs for its own call only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relata-user-lexicon-'));
    const file = join(dir, 'a.txt');
    (await import('node:fs')).writeFileSync(file, 'La Zorbanie a vilipendé la Russie.\n');
    expect(spo((await extractInputs([file], { lexicon: LEXICON })).results.flatMap((r) => r.triples))).toContain(
      'Zorbania condemns Russia',
    );
    expect(spo((await extractInputs([file])).results.flatMap((r) => r.triples))).not.toContain(
      'Zorbania condemns Russia',
    );
  });

  it('serves extract(text, { lexicon }) for its call only: two lexicons in one process do not see each other', () => {
    const RURITANIA: UserLexicon = {
      entities: [{ label: 'Ruritania', type: 'Country', forms: ['Ruritanie', 'Ruritania'] }],
      verbs: [],
    };
    const text = 'Zorbania supplied drones to Ruritania.';
    const withZorbania = spo(extract(text, { lexicon: LEXICON }));
    const withRuritania = spo(extract(text, { lexicon: RURITANIA }));
    const withBoth = spo(
      extract(text, { lexicon: { entities: [...LEXICON.entities, ...RURITANIA.entities], verbs: [] } }),
    );
    expect(withBoth).toContain('Zorbania supplies Ruritania');
    for (const triples of [withZorbania, withRuritania, spo(extract(text))])
      expect(triples).not.toContain('Zorbania supplies Ruritania');
    // and the first lexicon is not left behind by the second
    expect(spo(extract(text, { lexicon: LEXICON }))).toEqual(withZorbania);
  });

  it('compiles once into a value that extract reads for its call only', () => {
    const zorbania = compileLexicon(LEXICON);
    const text = 'La Zorbanie a vilipendé la Russie.';
    expect(spo(extract(text, { lexicon: zorbania }))).toContain('Zorbania condemns Russia');
    expect(spo(extract(text, { lexicon: zorbania }))).toEqual(spo(extract(text, { lexicon: LEXICON })));
    expect(spo(extract(text))).not.toContain('Zorbania condemns Russia');
    // relata's own lexicon, compiled afresh, is not the one that knows Zorbania
    expect(spo(extract(text, { lexicon: compileLexicon() }))).not.toContain('Zorbania condemns Russia');
  });
});
