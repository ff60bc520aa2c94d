/**
 * GraphML in the viewer: relata's own (src/export/graphml.ts) comes back with its aliases,
 * documents and counts; another tool's keeps its attributes, offered for colour, size and ranges.
 */

import { describe, expect, it } from 'vitest';
import { toGraphML } from '../../src/export/graphml.ts';
import { nodeAttributes } from '../../viewer/src/logic/appearance.ts';
import { formatOf, parseGraph } from '../../viewer/src/logic/open.ts';
import { buildSearchIndex, search } from '../../viewer/src/logic/search.ts';
import { asLibraryGraph } from '../../viewer/src/logic/model.ts';
import { loadFixture } from './fixture.ts';

const fixture = loadFixture().graph;
const viaGraphML = parseGraph(toGraphML(asLibraryGraph(fixture)), 'graphml');

/** A GraphML as NetworkX or yEd writes it: typed keys, a default, no relata attribute. */
const FOREIGN = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="party" attr.type="string"><default>none</default></key>
  <key id="d1" for="node" attr.name="seats" attr.type="int"/>
  <key id="d2" for="edge" attr.name="weight" attr.type="double"/>
  <graph edgedefault="directed">
    <node id="a"><data key="d0">left</data><data key="d1">12</data></node>
    <node id="b"><data key="d0">right</data><data key="d1">30</data></node>
    <node id="c"/>
    <edge source="a" target="b"><data key="d2">2.5</data></edge>
  </graph>
</graphml>`;

describe('GraphML', () => {
  it.each([
    ['graph.graphml', 'graphml'],
    ['GRAPH.GRAPHML', 'graphml'],
    ['graph.xml', null],
  ])('%s is %s', (name, format) => {
    expect(formatOf(name)).toBe(format);
  });

  it("brings relata's nodes, relations, aliases and counts back", () => {
    expect(viaGraphML.order).toBe(fixture.order);
    expect(viaGraphML.size).toBe(fixture.size);
    expect(search(buildSearchIndex(viaGraphML), 'Allemagne', 1)[0]?.node).toBe('country:germany');
    expect(viaGraphML.getNodeAttribute('country:germany', 'docs')).toEqual(
      fixture.getNodeAttribute('country:germany', 'docs'),
    );
    expect(viaGraphML.getNodeAttribute('country:germany', 'mentions')).toBe(
      fixture.getNodeAttribute('country:germany', 'mentions'),
    );
    expect(viaGraphML.getNodeAttribute('country:germany', 'type')).toBe('Country');
  });

  it("opens another tool's file with its attributes, a declared default filled in", () => {
    const graph = parseGraph(FOREIGN, 'graphml');
    expect(graph.order).toBe(3);
    expect(graph.getNodeAttribute('a', 'party' as never)).toBe('left');
    expect(graph.getNodeAttribute('c', 'party' as never)).toBe('none');
    expect(graph.getNodeAttribute('b', 'seats' as never)).toBe(30);
    expect(nodeAttributes(graph).filter((a) => !a.metric)).toEqual(
      expect.arrayContaining([
        { key: 'party', kind: 'category', metric: false },
        { key: 'seats', kind: 'number', metric: false },
      ]),
    );
  });

  it('says why a file is not a graph', () => {
    expect(() => parseGraph('<graphml', 'graphml')).toThrow();
  });
});
