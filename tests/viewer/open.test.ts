import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toGEXF } from '../../src/export/gexf.ts';
import { DEFAULT_FILTER, visibleEdges } from '../../viewer/src/logic/filters.ts';
import { asLibraryGraph, DEFAULT_EDGE_COLOR, DEFAULT_NODE_COLOR, indexGraph } from '../../viewer/src/logic/model.ts';
import { formatOf, parseGraph } from '../../viewer/src/logic/open.ts';
import { edgeLooks } from '../../viewer/src/logic/reducers.ts';
import { FIXTURE, loadFixture } from './fixture.ts';

/** A small GEXF as another tool writes it: its own attributes, viz colours, one node without a position. */
const FOREIGN_GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="undirected">
    <attributes class="node"><attribute id="0" title="party" type="string"/></attributes>
    <nodes>
      <node id="a" label="Alpha"><attvalues><attvalue for="0" value="green"/></attvalues>
        <viz:color r="10" g="200" b="30"/><viz:position x="1" y="2"/><viz:size value="7"/></node>
      <node id="b" label="Beta"><viz:position x="-3" y="4"/></node>
      <node id="c"/>
    </nodes>
    <edges>
      <edge id="e1" source="a" target="b" label="allies" weight="2"/>
      <edge id="e2" source="b" target="c"/>
    </edges>
  </graph>
</gexf>`;

describe('formatOf', () => {
  it.each([
    ['graph.json', 'json'],
    ['Export.GEXF', 'gexf'],
    ['notes.txt', null],
    ['graph.json.bak', null],
  ])('%s → %s', (name, format) => expect(formatOf(name)).toBe(format));
});

describe('parseGraph', () => {
  it('reads relata’s graph.json unchanged, but for each node’s document count', () => {
    const raw = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    const parsed = parseGraph(JSON.stringify(raw), 'json').export();
    expect(parsed.edges).toEqual(raw.edges);
    expect(parsed.attributes).toEqual(raw.attributes);
    expect(parsed.nodes).toEqual(
      raw.nodes.map((n: { attributes: { docs: string[] } }) => ({
        ...n,
        attributes: { ...n.attributes, docCount: n.attributes.docs.length },
      })),
    );
  });

  it('gives another tool’s GEXF the shape the viewer reads', () => {
    const graph = parseGraph(FOREIGN_GEXF, 'gexf');
    expect(graph.type).toBe('directed');
    expect(graph.getNodeAttributes('a')).toMatchObject({
      label: 'Alpha',
      type: 'unknown',
      party: 'green',
      x: 1,
      y: 2,
      size: 7,
      aliases: [],
      docs: [],
      mentions: 0,
    });
    expect(graph.getNodeAttribute('a', 'color')).toMatch(/^(rgb\(10, ?200, ?30\)|#0ac81e)$/);
    expect(graph.getNodeAttributes('b')).toMatchObject({ type: 'unknown', color: DEFAULT_NODE_COLOR, x: -3, y: 4 });
    const c = graph.getNodeAttributes('c');
    expect(c.label).toBe('c');
    expect(Number.isFinite(c.x) && Number.isFinite(c.y)).toBe(true);
    expect(graph.getEdgeAttributes('e1')).toMatchObject({
      label: 'allies',
      predicate: 'allies',
      weight: 2,
      evidence: [],
    });
    expect(graph.getEdgeAttributes('e2')).toMatchObject({ label: '', weight: 1, evidence: [] });
  });

  it('shows every edge without evidence under the default filter, in a neutral colour', () => {
    const graph = parseGraph(FOREIGN_GEXF, 'gexf');
    const visibility = visibleEdges(graph, DEFAULT_FILTER, indexGraph(graph));
    expect([...visibility.edges].sort()).toEqual(['e1', 'e2']);
    expect(edgeLooks(graph, visibility, new Map()).get('e1')!.color).toBe(DEFAULT_EDGE_COLOR);
  });

  it('reads back the GEXF relata writes, with types and colours but no evidence', () => {
    const { graph: fixture } = loadFixture();
    const graph = parseGraph(toGEXF(asLibraryGraph(fixture)), 'gexf');
    expect(graph.order).toBe(fixture.order);
    expect(graph.size).toBe(fixture.size);
    expect(graph.getNodeAttributes('country:germany')).toMatchObject({ label: 'Germany', type: 'Country', docs: [] });
    // Found by its ends and predicate, whatever key the GEXF gives it.
    const edge = graph.getEdgeAttributes(
      graph.findEdge('country:germany', 'country:ukraine', (_, attrs) => attrs.predicate === 'supplies')!,
    );
    expect(edge).toMatchObject({ predicate: 'supplies', modality: 'asserted', evidence: [] });
  });

  it('reads any graphology serialization, undirected and without attributes', () => {
    const graph = parseGraph(
      JSON.stringify({
        options: { type: 'undirected' },
        nodes: [{ key: 'x' }, { key: 'y' }],
        edges: [{ source: 'x', target: 'y' }],
      }),
      'json',
    );
    expect([graph.order, graph.size, graph.type]).toEqual([2, 1, 'directed']);
    expect(graph.getNodeAttributes('x')).toMatchObject({ label: 'x', type: 'unknown', size: 4 });
  });

  it.each([
    ['{"hello": 1}', 'json', /no "nodes" array/],
    ['{', 'json', /JSON/],
    ['<gexf', 'gexf', /./],
  ] as const)('rejects %s', (text, format, reason) => {
    expect(() => parseGraph(text, format)).toThrow(reason);
  });
});
