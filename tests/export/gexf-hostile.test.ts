/**
 * Hostile text through relata's GEXF writer (src/export/gexf.ts), full and compact: quotes, markup,
 * white space, controls, emoji, non-characters and very long text in labels, aliases, keys and
 * document ids come back as written, less what XML 1.0 does not allow (left out); the writer it
 * replaced (gexf-previous.ts) let those characters through and put spells on the wrong edges after
 * an id holding `>`.
 */
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { toGEXF } from '../../src/export/gexf.ts';
import { FULL, HOSTILE, NOT_XML, expectedSpells, hostileGraph, timeOf, withoutNonXml } from './gexf-fixtures.ts';
import { previousGEXF } from './gexf-previous.ts';

describe('hostile text', () => {
  const graph = hostileGraph();
  const xml = toGEXF(graph, FULL);
  const back = parse(MultiDirectedGraph, xml);
  const compact = parse(MultiDirectedGraph, toGEXF(graph));
  const nodes = graph.nodes().sort();
  const edges = graph.edges().sort();

  it.each(HOSTILE.map(([what, written, read], i) => [what, i, written, read] as const))(
    '%s comes back as written, less what XML 1.0 does not allow',
    (_, i, written, read) => {
      expect(graph.getNodeAttribute(nodes[i], 'label')).toBe(written);
      const [node, edge] = withoutNonXml([nodes[i], edges[i]]); // a key too can hold what XML does not allow
      expect(back.getNodeAttribute(node, 'label')).toBe(read);
      expect(back.getNodeAttribute(node, 'aliases').split('|')).toContain(`${read}@en`);
      expect(back.getEdgeAttribute(edge, 'label')).toBe(read);
      expect(compact.getNodeAttribute(node, 'label')).toBe(read);
      expect(
        compact.findEdge((_, a, source, target) => `${source}|${a.kind}|${target}` === edge && a.label === read),
      ).toBeDefined();
    },
  );

  it('in keys and document ids: ids, sources, targets and docs read back, spells included', () => {
    const key = 'organization:at&t-"quoted"-<x>--🇺🇦';
    const edge = `country:germany|supplies|${key}`;
    expect(back.hasNode(key)).toBe(true);
    expect(back.getNodeAttribute(key, 'docs')).toBe('wire/"odd" & <id> 🇺🇦.txt');
    expect(back.extremities(edge)).toEqual(['country:germany', key]);
    expect(timeOf(xml).spells[withoutNonXml(edges).indexOf(edge)]).toEqual([['2024-05-01', '2024-05-31']]);
    expect(compact.hasNode(key)).toBe(true);
  });

  it('broke the previous writer: characters XML does not allow let through, spells on the wrong edges after an id with `>`', () => {
    const previous = previousGEXF(graph);
    expect(previous).toMatch(NOT_XML);
    expect(timeOf(previous).spells).not.toEqual(withoutNonXml(expectedSpells(graph, 'full')));
  });
});
