import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTER, visibleEdges } from '../../viewer/src/logic/filters.ts';
import { DIMMED_COLOR, EDGE_COLORS, edgeStyle, focusOf, nodeStyle, parallelCurvatures } from '../../viewer/src/logic/reducers.ts';
import { loadFixture } from './fixture.ts';

const { graph, index } = loadFixture();
const visibility = visibleEdges(graph, DEFAULT_FILTER, index);
const curvatures = parallelCurvatures(graph);
const SUPPLIES_UA = 'country:germany|supplies|country:ukraine';
const PLEDGES_UA = 'country:germany|pledges|country:ukraine';

describe('focusOf', () => {
  it('is empty without hover or selection', () => {
    expect(focusOf(graph, visibility, null, null)).toBeNull();
  });

  it('holds a hovered node, its neighbours and its visible edges', () => {
    const focus = focusOf(graph, visibility, 'country:russia', null)!;
    expect(focus.center).toBe('country:russia');
    expect([...focus.nodes].sort()).toEqual(['country:russia', 'country:ukraine', 'location:kyiv', 'organization:european-union', 'organization:nato']);
    expect(focus.edges.has('country:russia|threatens|country:germany')).toBe(false);
  });

  it('prefers hover to selection, and takes an edge selection as its two ends', () => {
    expect(focusOf(graph, visibility, 'location:kyiv', { kind: 'node', id: 'country:germany' })!.center).toBe('location:kyiv');
    const focus = focusOf(graph, visibility, null, { kind: 'edge', id: SUPPLIES_UA })!;
    expect(focus).toEqual({ center: null, nodes: new Set(['country:germany', 'country:ukraine']), edges: new Set([SUPPLIES_UA]) });
  });
});

describe('nodeStyle', () => {
  const attrs = (node: string) => graph.getNodeAttributes(node);

  it('shows the stored colour and label, and never passes the entity type to sigma', () => {
    expect(nodeStyle('country:germany', attrs('country:germany'), visibility, null, null)).toEqual({
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

  it('dims what is out of focus and highlights the centre', () => {
    const focus = focusOf(graph, visibility, 'location:kyiv', null);
    expect(nodeStyle('country:france', attrs('country:france'), visibility, focus, null)).toMatchObject({ color: DIMMED_COLOR, label: null, hidden: false });
    expect(nodeStyle('location:kyiv', attrs('location:kyiv'), visibility, focus, null)).toMatchObject({ highlighted: true, forceLabel: true, zIndex: 1 });
    expect(nodeStyle('country:russia', attrs('country:russia'), visibility, focus, null)).toMatchObject({ highlighted: false, label: 'Russia' });
  });

  it('takes colour and size from the display mode, not from the graph', () => {
    const paint = { colors: new Map([['country:germany', '#123456']]), sizes: new Map([['country:germany', 3]]) };
    expect(nodeStyle('country:germany', attrs('country:germany'), visibility, null, null, paint)).toMatchObject({ color: '#123456', size: 3 });
    expect(nodeStyle('country:france', attrs('country:france'), visibility, null, null, paint)).toMatchObject({ color: '#4e79a7', size: 9.2 });
    const focus = focusOf(graph, visibility, 'location:kyiv', null);
    expect(nodeStyle('country:germany', attrs('country:germany'), visibility, focus, null, paint).color).toBe(DIMMED_COLOR);
    expect(graph.getNodeAttributes('country:germany')).toMatchObject({ color: '#4e79a7', size: 14 });
  });

  it('hides filtered types', () => {
    const onlyCountries = visibleEdges(graph, { types: ['Country'] }, index);
    expect(nodeStyle('organization:nato', attrs('organization:nato'), onlyCountries, null, null).hidden).toBe(true);
  });
});

describe('edgeStyle', () => {
  it('colours by modality, hides filtered edges and dims out of focus', () => {
    const threatens = 'country:russia|threatens|country:germany';
    expect(edgeStyle(threatens, graph.getEdgeAttributes(threatens), visibility, null, curvatures)).toMatchObject({
      hidden: true,
      color: EDGE_COLORS.hypothetical,
      type: 'arrow',
    });
    const focus = focusOf(graph, visibility, 'location:kyiv', null);
    expect(edgeStyle(SUPPLIES_UA, graph.getEdgeAttributes(SUPPLIES_UA), visibility, focus, curvatures)).toMatchObject({
      hidden: false,
      color: DIMMED_COLOR,
      label: null,
    });
  });

  it('curves parallel edges apart and keeps lone edges straight', () => {
    expect(curvatures.get(SUPPLIES_UA)).toBe(-curvatures.get(PLEDGES_UA)!);
    expect(curvatures.get(SUPPLIES_UA)).not.toBe(0);
    expect(curvatures.has('country:russia|attacks|location:kyiv')).toBe(false);
    expect(edgeStyle(PLEDGES_UA, graph.getEdgeAttributes(PLEDGES_UA), visibility, null, curvatures).type).toBe('curved');
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
});
