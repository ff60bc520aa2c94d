import { describe, expect, it } from 'vitest';
import { compareStrings, type RelataGraph } from '../../src/graph/model.ts';
import { buildIndex, lookupEntity } from '../../src/query/lookup.ts';
import { resolveEntity } from '../../src/query/index.ts';
import { fold, slug } from '../../src/text/fold.ts';
import { CORPUS, E, buildGraph, makeDoc } from '../graph/fixtures.ts';
import { richGraph } from './fixture.ts';

/** Both entry points: the indexed lookup, and resolveEntity (which builds an index per call). */
const resolvers: [string, (graph: RelataGraph, name: string) => string | undefined][] = [
  ['lookupEntity', (graph, name) => lookupEntity(graph, buildIndex(graph), name)],
  ['resolveEntity', resolveEntity],
];

/** The former full-scan resolveEntity, kept here as an oracle for the index. */
function scanResolve(graph: RelataGraph, name: string): string | undefined {
  if (graph.hasNode(name)) return name;
  const folded = fold(name);
  const slugged = slug(name);
  if (!folded) return undefined;
  let best: { key: string; tier: number; score: number } | undefined;
  graph.forEachNode((key, a) => {
    const aliasCount = a.aliases.reduce((n, al) => (fold(al.text) === folded ? n + al.count : n), 0);
    let c: { key: string; tier: number; score: number };
    if (fold(a.label) === folded) c = { key, tier: 0, score: a.mentions };
    else if (aliasCount > 0) c = { key, tier: 1, score: aliasCount };
    else if (slugged && key.slice(key.indexOf(':') + 1) === slugged) c = { key, tier: 2, score: a.mentions };
    else return;
    if (!best || (c.tier - best.tier || best.score - c.score || compareStrings(c.key, best.key)) < 0) best = c;
  });
  return best?.key;
}

const graph = buildGraph([
  CORPUS.en1,
  CORPUS.fr1,
  makeDoc(
    'en/sanctions.txt',
    ['France sanctions Russia.', 'France does not sanction Germany.'],
    [
      [{ s: E.france, p: 'sanctions', o: E.russia }],
      [{ s: E.france, p: 'sanctions', o: E.germany, extra: { modality: 'negated' } }],
    ],
    { date: '2024-03-10' },
  ),
]);

/** Labels and aliases in the same folded form on different nodes, for ties and tiers. */
const clashing = () => {
  return buildGraph(
    [
      makeDoc(
        'x',
        ['Georgia meets France.', 'France meets Georgia.', 'Twin meets Twin.'],
        [
          [{ s: { id: 'country:georgia', label: 'Georgia', type: 'Country' }, p: 'meets', o: E.france }],
          [
            {
              s: E.france,
              sText: 'France',
              p: 'meets',
              o: { id: 'person:georgia-meloni', label: 'Giorgia Meloni', type: 'Person' },
              oText: 'Georgia',
            },
          ],
          [
            {
              s: { id: 'person:b', label: 'B', type: 'Person' },
              sText: 'Twin',
              p: 'meets',
              o: { id: 'person:a', label: 'A', type: 'Person' },
              oText: 'Twin',
            },
          ],
        ],
      ),
    ],
    1,
  );
};

describe.each(resolvers)('%s', (_, resolve) => {
  const cases: [string, string | undefined][] = [
    ['country:germany', 'country:germany'], // a key
    ['Germany', 'country:germany'], // label
    ['  GERMANY ', 'country:germany'],
    ['Allemagne', 'country:germany'], // alias seen in French
    ['allemagne', 'country:germany'],
    ['OTAN', 'organization:nato'],
    ['nato', 'organization:nato'],
    ['leopard-2', 'equipment:leopard-2'], // key slug
    ['Leopard 2', 'equipment:leopard-2'],
    ['volodymyr zelensky', undefined], // never seen
    ['Espagne', undefined],
    ['', undefined],
    ['   ', undefined],
  ];
  it.each(cases)('%j → %s', (name, key) => {
    expect(resolve(graph, name)).toBe(key);
  });

  it('prefers a label match over an alias match', () => {
    const g = clashing();
    expect(resolve(g, 'georgia')).toBe('country:georgia');
    expect(resolve(g, 'Giorgia Meloni')).toBe('person:georgia-meloni');
  });

  it('breaks an alias tie (same count) by the smallest key', () => {
    expect(resolve(clashing(), 'twin')).toBe('person:a');
  });
});

describe('lookupEntity and the former full scan', () => {
  it('agree on every key, label, alias and slug of the graphs, and on variants of them', () => {
    for (const g of [graph, richGraph(), clashing()]) {
      const index = buildIndex(g);
      const names = new Set<string>(['', 'nothing like it']);
      g.forEachNode((key, a) => {
        for (const n of [key, a.label, ...a.aliases.map((al) => al.text), key.slice(key.indexOf(':') + 1)]) {
          for (const v of [n, n.toUpperCase(), ` ${n.toLowerCase()} `, n.replace(/-/g, ' ')]) names.add(v);
        }
      });
      for (const name of names) expect([name, lookupEntity(g, index, name)]).toEqual([name, scanResolve(g, name)]);
    }
  });
});

describe('buildIndex', () => {
  it('lists every label and alias with its folded form, node by node', () => {
    const g = richGraph();
    const expected = g
      .mapNodes((key, a) =>
        [a.label, ...a.aliases.map((al) => al.text)].map((form) => ({ key, form, folded: fold(form) })),
      )
      .flat();
    expect(buildIndex(g).forms).toEqual(expected);
  });
});
