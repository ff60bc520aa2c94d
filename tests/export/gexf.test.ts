/**
 * relata's own GEXF writer (src/export/gexf.ts) at its full level, against the writer it replaced,
 * graphology-gexf's `write()` with spells added afterwards (gexf-previous.ts): read back by
 * graphology-gexf's parser, both give the same nodes, edges, attributes and colours, on the demo
 * corpus and on a graph of hostile text, full adding each edge's kind and the JSON that reopens the
 * graph (gexf-reopen.test.ts), and every edge carries the spells its evidence dates give. The
 * differences allowed are the old writer's faults on hostile text (gexf-hostile.test.ts). The
 * compact level is tested in gexf-compact.test.ts, the chunks in gexf-chunks.test.ts.
 */
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { beforeAll, describe, expect, it } from 'vitest';
import { gexfChunks, toGEXF } from '../../src/export/gexf.ts';
import type { RelataGraph } from '../../src/graph/index.ts';
import {
  FULL,
  NOT_XML,
  buildDemo,
  comparable,
  declared,
  expectedSpells,
  graphsUnderTest,
  timeOf,
  withoutNonXml,
} from './gexf-fixtures.ts';
import { previousGEXF } from './gexf-previous.ts';
import { xmlErrors } from './helpers.ts';

/** What graphology-gexf reads: the graph as graphology's serialisation. */
const readBack = (xml: string) => parse(MultiDirectedGraph, xml).export();

/** Without what full adds to the attributes the previous writer wrote: edge kinds and the JSON. */
function withoutAdditions(graph: ReturnType<typeof readBack>) {
  const strip = (attributes: Record<string, unknown> = {}) =>
    Object.fromEntries(Object.entries(attributes).filter(([name]) => name !== 'kind' && !name.endsWith('Json')));
  return {
    ...graph,
    nodes: graph.nodes.map((n) => ({ ...n, attributes: strip(n.attributes) })),
    edges: graph.edges.map((e) => ({ ...e, attributes: strip(e.attributes) })),
  };
}

let demo: RelataGraph;
beforeAll(async () => {
  demo = await buildDemo();
});

const GRAPHS = graphsUnderTest(() => demo);

describe.each(GRAPHS)('on %s, the full GEXF reads back as the previous writer’s did', (_, graphOf) => {
  let ours: string;
  let previous: string;
  beforeAll(() => {
    ours = toGEXF(graphOf(), FULL);
    previous = previousGEXF(graphOf());
  });

  it('is well-formed XML with no character XML 1.0 does not allow', () => {
    expect(xmlErrors(ours)).toEqual([]);
    expect(ours).not.toMatch(NOT_XML);
  });

  it('gives the same nodes, edges, attributes and colours to graphology-gexf, plus kinds and JSON', () => {
    const back = readBack(ours);
    expect(back.nodes.length).toBe(graphOf().order);
    expect(back.edges.length).toBe(graphOf().size);
    expect(comparable(withoutAdditions(back))).toEqual(comparable(readBack(previous)));
    const graph = graphOf();
    expect(back.edges.map((edge) => edge.attributes?.kind)).toEqual(
      graph
        .edges()
        .sort()
        .map((edge) => graph.getEdgeAttribute(edge, 'predicate')),
    );
  });

  it('carries each edge’s evidence dates as spells, in dynamic mode', () => {
    expect(timeOf(ours)).toEqual({
      mode: 'dynamic',
      timeformat: 'date',
      spells: withoutNonXml(expectedSpells(graphOf(), 'full')),
    });
    expect(timeOf(ours).spells.some((spells) => spells.length > 1)).toBe(true);
  });

  it('declares every attribute of the table, typed as before, then the JSON', () => {
    expect(declared(ours)).toMatchObject(declared(previous));
    expect(Object.keys(declared(ours))).toEqual([
      ...['type', 'aliases', 'mentions', 'docCount', 'docs', 'aliasesJson', 'docsJson'].map((name) => `node:${name}`),
      ...[
        'predicate',
        'code',
        'role',
        'modality',
        'docCount',
        'evidence',
        'docs',
        'firstDate',
        'lastDate',
        'evidenceJson',
      ].map((name) => `edge:${name}`),
    ]);
  });

  it('joins its chunks into toGEXF', () => {
    expect([...gexfChunks(graphOf(), FULL)].join('')).toBe(ours);
  });
});

it('on the demo corpus, the full GEXF writes the spells the previous writer wrote', () => {
  expect(timeOf(toGEXF(demo, FULL))).toEqual(timeOf(previousGEXF(demo)));
});
