import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { BIG_GRAPH_EDGES } from '../../viewer/src/logic/display.ts';
import { DEFAULT_FILTER, visibleEdges } from '../../viewer/src/logic/filters.ts';
import type { RelataGraph } from '../../viewer/src/logic/model.ts';
import {
  DIMMED_COLOR,
  EDGE_COLORS,
  edgeLooks,
  edgeStyle,
  focusOf,
  nodeLooks,
  nodeStyle,
  parallelCurvatures,
} from '../../viewer/src/logic/reducers.ts';
import { loadFixture } from './fixture.ts';

const { graph, index } = loadFixture();
const visibility = visibleEdges(graph, DEFAULT_FILTER, index);
const curvatures = parallelCurvatures(graph);
const nodes = nodeLooks(graph, visibility);
const edges = edgeLooks(graph, visibility, curvatures);
const SUPPLIES_UA = 'country:germany|supplies|country:ukraine';
const PLEDGES_UA = 'country:germany|pledges|country:ukraine';

describe('focusOf', () => {
  it('is empty without hover or selection', () => {
    expect(focusOf(graph, visibility, null, null)).toBeNull();
  });

  it('holds a hovered node, its neighbours and its visible edges', () => {
    const focus = focusOf(graph, visibility, 'country:russia', null)!;
    expect(focus.center).toBe('country:russia');
    expect([...focus.nodes].sort()).toEqual([
      'country:russia',
      'country:ukraine',
      'location:kyiv',
      'organization:european-union',
      'organization:nato',
    ]);
    expect(focus.edges.has('country:russia|threatens|country:germany')).toBe(false);
  });

  it('prefers hover to selection, and takes an edge selection as its two ends', () => {
    expect(focusOf(graph, visibility, 'location:kyiv', { kind: 'node', id: 'country:germany' })!.center).toBe(
      'location:kyiv',
    );
    const focus = focusOf(graph, visibility, null, { kind: 'edge', id: SUPPLIES_UA })!;
    expect(focus).toEqual({
      center: null,
      nodes: new Set(['country:germany', 'country:ukraine']),
      edges: new Set([SUPPLIES_UA]),
    });
  });
});

describe('nodeLooks and nodeStyle', () => {
  const look = (node: string) => nodes.get(node)!;

  it('shows the stored colour and label, and never passes the entity type to sigma', () => {
    expect(nodeStyle('country:germany', look('country:germany'), null, null)).toEqual({
      type: 'circle',
      hidden: false,
      color: '#4e79a7',
      size: 14,
      label: 'Germany',
      highlighted: false,
      forceLabel: false,
      zIndex: 0,
    });
  });

  it('prepares one look per node, handed back as is while nothing is in focus or selected', () => {
    expect(nodes.size).toBe(graph.order);
    expect(nodeStyle('country:france', look('country:france'), null, null)).toBe(look('country:france'));
    expect(nodeStyle('country:france', look('country:france'), null, { kind: 'node', id: 'country:france' })).toEqual({
      ...look('country:france'),
      highlighted: true,
    });
    expect(look('country:france').highlighted).toBe(false);
  });

  it('dims what is out of focus and highlights the centre', () => {
    const focus = focusOf(graph, visibility, 'location:kyiv', null);
    expect(nodeStyle('country:france', look('country:france'), focus, null)).toMatchObject({
      color: DIMMED_COLOR,
      label: null,
      hidden: false,
    });
    expect(nodeStyle('location:kyiv', look('location:kyiv'), focus, null)).toMatchObject({
      highlighted: true,
      forceLabel: true,
      zIndex: 1,
    });
    expect(nodeStyle('country:russia', look('country:russia'), focus, null)).toMatchObject({
      highlighted: false,
      label: 'Russia',
    });
    expect(
      nodeStyle('country:france', look('country:france'), focus, { kind: 'node', id: 'country:france' }).highlighted,
    ).toBe(true);
  });

  it('takes colour and size from the display mode, not from the graph', () => {
    const paint = { colors: new Map([['country:germany', '#123456']]), sizes: new Map([['country:germany', 3]]) };
    const painted = nodeLooks(graph, visibility, paint);
    expect(painted.get('country:germany')).toMatchObject({ color: '#123456', size: 3 });
    expect(painted.get('country:france')).toMatchObject({ color: '#4e79a7', size: 9.2 });
    const focus = focusOf(graph, visibility, 'location:kyiv', null);
    expect(nodeStyle('country:germany', painted.get('country:germany')!, focus, null).color).toBe(DIMMED_COLOR);
    expect(graph.getNodeAttributes('country:germany')).toMatchObject({ color: '#4e79a7', size: 14 });
  });

  it('hides filtered types', () => {
    const onlyCountries = visibleEdges(graph, { types: ['Country'] }, index);
    expect(nodeLooks(graph, onlyCountries).get('organization:nato')!.hidden).toBe(true);
  });
});

describe('edgeLooks and edgeStyle', () => {
  it('colours by modality, hides filtered edges and dims out of focus', () => {
    const threatens = 'country:russia|threatens|country:germany';
    expect(edgeStyle(threatens, edges.get(threatens)!, null)).toMatchObject({
      hidden: true,
      color: EDGE_COLORS.hypothetical,
      type: 'arrow',
    });
    const focus = focusOf(graph, visibility, 'location:kyiv', null);
    expect(edgeStyle(SUPPLIES_UA, edges.get(SUPPLIES_UA)!, focus)).toMatchObject({
      hidden: false,
      color: DIMMED_COLOR,
      label: null,
    });
    const attack = 'country:russia|attacks|location:kyiv';
    expect(edgeStyle(attack, edges.get(attack)!, focus)).toMatchObject({
      color: EDGE_COLORS.asserted,
      label: 'attacks',
      forceLabel: true,
      zIndex: 1,
    });
  });

  it('prepares one look per edge, handed back as is while nothing is in focus', () => {
    expect(edges.size).toBe(graph.size);
    expect(edgeStyle(SUPPLIES_UA, edges.get(SUPPLIES_UA)!, null)).toBe(edges.get(SUPPLIES_UA));
  });

  it('curves parallel edges apart and keeps lone edges straight', () => {
    expect(curvatures.get(SUPPLIES_UA)).toBe(-curvatures.get(PLEDGES_UA)!);
    expect(curvatures.get(SUPPLIES_UA)).not.toBe(0);
    expect(curvatures.has('country:russia|attacks|location:kyiv')).toBe(false);
    expect(edges.get(PLEDGES_UA)).toMatchObject({ type: 'curved', curvature: curvatures.get(PLEDGES_UA) });
    expect(edges.get('country:russia|attacks|location:kyiv')).toMatchObject({ type: 'arrow', curvature: 0 });
  });

  it('bends edges of opposite directions to opposite sides', () => {
    const g = graph.nullCopy();
    g.mergeNode('a');
    g.mergeNode('b');
    g.addEdgeWithKey('ab', 'a', 'b');
    g.addEdgeWithKey('ba', 'b', 'a');
    const c = parallelCurvatures(g);
    // same sign relative to a→b means opposite sides once each edge's own direction is applied
    expect(c.get('ab')).toBe(-0.175);
    expect(c.get('ba')).toBe(-0.175);
  });

  /** Two parallel edges a→b, then lone edges along a chain up to `size` edges in all. */
  const withParallelPair = (size: number) => {
    const g: RelataGraph = new MultiDirectedGraph();
    for (let i = 0; i < size; i++) g.mergeNode(`n${i}`);
    g.addEdgeWithKey('a-b-1', 'n0', 'n1');
    g.addEdgeWithKey('a-b-2', 'n0', 'n1');
    for (let i = 1; g.size < size; i++) g.addEdge(`n${i}`, `n${i + 1}`);
    return g;
  };

  it.each([
    [BIG_GRAPH_EDGES, 2],
    [BIG_GRAPH_EDGES + 1, 0],
  ])('on a graph of %i relations, curves %i edges (a big graph draws every edge straight)', (size, curved) => {
    const g = withParallelPair(size);
    expect(g.size).toBe(size);
    const c = parallelCurvatures(g);
    expect(c.size).toBe(curved);
    const looks = edgeLooks(g, { nodes: new Set(g.nodes()), edges: new Set(g.edges()) }, c);
    expect(looks.get('a-b-1')!.type).toBe(curved ? 'curved' : 'arrow');
  });
});
