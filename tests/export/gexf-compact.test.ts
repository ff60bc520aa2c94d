/**
 * relata's GEXF writer (src/export/gexf.ts) at its compact level, the default, against full: the
 * same values for the attributes it keeps, defaults applied, one interval per edge, on the demo
 * corpus and on a graph of hostile text; and its size, under 240 bytes an edge.
 */
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { beforeAll, describe, expect, it } from 'vitest';
import { toGEXF } from '../../src/export/gexf.ts';
import type { RelataGraph } from '../../src/graph/index.ts';
import {
  FULL,
  NOT_XML,
  buildDemo,
  declared,
  expectedSpells,
  graphsUnderTest,
  pick,
  timeOf,
  withoutNonXml,
} from './gexf-fixtures.ts';
import { xmlErrors } from './helpers.ts';
import { syntheticGraph } from './synthetic.ts';

let demo: RelataGraph;
beforeAll(async () => {
  demo = await buildDemo();
});

const GRAPHS = graphsUnderTest(() => demo);

describe.each(GRAPHS)('on %s, the compact GEXF', (_, graphOf) => {
  let compact: string;
  let full: ReturnType<typeof parse>;
  beforeAll(() => {
    compact = toGEXF(graphOf());
    full = parse(MultiDirectedGraph, toGEXF(graphOf(), FULL));
  });

  it('is the default, well-formed XML with no character XML 1.0 does not allow', () => {
    expect(toGEXF(graphOf(), { evidence: 'compact' })).toBe(compact);
    expect(xmlErrors(compact)).toEqual([]);
    expect(compact).not.toMatch(NOT_XML);
  });

  it('declares type, aliases and docCount on nodes; modality and docCount with their defaults, and role, on edges', () => {
    expect(declared(compact)).toEqual({
      'node:type': 'string',
      'node:aliases': 'string',
      'node:docCount': 'integer',
      'edge:modality': 'string = asserted',
      'edge:docCount': 'integer = 1',
      'edge:role': 'string',
    });
  });

  it('gives graphology-gexf every node under its key, with the values of full for what it keeps, and the aliases but the label', () => {
    const back = parse(MultiDirectedGraph, compact);
    expect(back.order).toBe(graphOf().order);
    back.forEachNode((node, { aliases, ...attributes }) => {
      const fullNode = full.getNodeAttributes(node);
      expect(attributes).toEqual(pick(fullNode, ['label', 'type', 'docCount', 'color', 'size', 'x', 'y']));
      const others = String(fullNode.aliases ?? '')
        .split('|')
        .filter((item) => item !== '' && item.slice(0, item.lastIndexOf('@')) !== fullNode.label);
      expect(aliases ? String(aliases).split('|') : []).toEqual(others);
    });
  });

  it('gives it every edge without an id, its relata key `source|kind|target`, with the values of full for what it keeps (defaults applied, weight 1 by default)', () => {
    const back = parse(MultiDirectedGraph, compact);
    const edges = back.mapEdges((_, a, source, target) => {
      const key = `${source}|${a.kind}|${target}`;
      expect({ ...a, weight: a.weight ?? 1 }).toEqual(
        pick(full.getEdgeAttributes(key), ['kind', 'label', 'weight', 'modality', 'docCount', 'role']),
      );
      return key;
    });
    expect(edges.sort()).toEqual(withoutNonXml(graphOf().edges()).sort());
  });

  it('gives each edge one interval, from the first day of its evidence documents to the last', () => {
    expect(timeOf(compact)).toEqual({
      mode: 'dynamic',
      timeformat: 'date',
      spells: withoutNonXml(expectedSpells(graphOf(), 'compact')),
    });
    expect(timeOf(compact).spells.every((spells) => spells.length <= 1)).toBe(true);
  });
});

describe('size', () => {
  const graph = syntheticGraph(20_000);
  const bytes = (xml: string) => Buffer.byteLength(xml) / graph.size;

  it('compact stays under 240 bytes an edge on the synthetic graph (60 MB for its 250,000 edges; 745 bytes before)', () => {
    expect(bytes(toGEXF(graph))).toBeLessThan(240);
  });

  it('full is the larger, with every attribute and the evidence', () => {
    const [full, compact] = [toGEXF(graph, FULL), toGEXF(graph)];
    expect(bytes(full)).toBeGreaterThan(4 * bytes(compact));
    // the declarations (read from the head alone): compact's and more, the evidence JSON among them
    const head = (xml: string) => Object.keys(declared(`${xml.slice(0, xml.indexOf('<nodes'))}</graph></gexf>`));
    expect(head(full)).toEqual(expect.arrayContaining([...head(compact), 'edge:evidenceJson']));
    // and every edge carries its evidence
    const evidence = /<attribute id="(\d+)" title="evidenceJson"/.exec(full)![1];
    expect(full.slice(full.indexOf('<edges')).split(`<attvalue for="${evidence}" value="[{`).length - 1).toBe(
      graph.size,
    );
  });
});
