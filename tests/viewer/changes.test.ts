import { describe, expect, it } from 'vitest';
import { diffGraphs, diffSince } from '../../src/graph/diff.ts';
import { CHANGE_COLORS, changeView, UNCHANGED_COLOR } from '../../viewer/src/logic/changes.ts';
import { asLibraryGraph } from '../../viewer/src/logic/model.ts';
import { loadFixture } from './fixture.ts';

const { graph } = loadFixture();
const library = asLibraryGraph(graph);
// Two of the fixture's four documents are dated September 2024.
const view = changeView(graph, diffSince(library, '2024-09-01'));

describe('changeView, since a date', () => {
  it.each([
    ['country:germany|supplies|country:ukraine', 'denied'], // supplied before; a September article denies it (the more specific kind wins over "strengthened")
    ['country:russia|attacks|country:ukraine', 'modality'], // reported in August, asserted in September
    ['organization:european-union|sanctions|country:russia', 'added'],
    ['organization:nato|condemns|country:russia', 'strengthened'],
  ] as const)('colours %s as %s', (edge, kind) => {
    expect(view.edgeColors.get(edge)).toBe(CHANGE_COLORS[kind]);
  });

  it('greys what did not change, and keeps their own colour for the ends of a changed relation', () => {
    expect(view.edgeColors.get('country:russia|attacks|location:kyiv')).toBe(UNCHANGED_COLOR);
    expect(view.nodeColors.get('location:kyiv')).toBe(UNCHANGED_COLOR);
    expect(view.nodeColors.get('country:germany')).toBe(graph.getNodeAttribute('country:germany', 'color'));
    expect(view.nodeColors.get('organization:european-union')).toBe(CHANGE_COLORS.added);
  });

  it('lists every change, most specific kinds first, each opening what it is about', () => {
    expect(view.items.length).toBe(view.diff.summary.changes);
    expect(view.items[0]).toMatchObject({
      kind: 'denied',
      subject: 'Germany',
      predicate: 'supplies',
      object: 'Ukraine',
      target: { kind: 'edge', id: 'country:germany|supplies|country:ukraine' },
    });
    expect(view.counts).toMatchObject({ denied: 1, modality: 1 });
    expect(view.diff.removals).toBe(false);
  });
});

describe('changeView, against an older graph', () => {
  it('ghosts what is no longer in the graph: no target to open, drawn where it was', () => {
    const older = graph.copy();
    older.addNode('country:atlantis', { ...graph.getNodeAttributes('country:france'), label: 'Atlantis' });
    const removed = changeView(graph, diffGraphs(asLibraryGraph(older), library));
    expect(removed.items).toEqual([{ kind: 'removed', subject: 'Atlantis', target: null }]);
    expect(removed.counts).toEqual({ removed: 1 });
    expect(removed.ghosts).toEqual([]);
    // drawn where it was in the older graph
    const { x, y } = graph.getNodeAttributes('country:france');
    expect(removed.ghostNodes).toEqual([{ label: 'Atlantis', x, y }]);
  });

  it('draws a removed relation between two entities still there as a ghost', () => {
    const older = graph.copy();
    const key = 'country:france|attacks|country:russia';
    older.addEdgeWithKey(key, 'country:france', 'country:russia', {
      ...graph.getEdgeAttributes('country:russia|attacks|country:ukraine'),
      predicate: 'attacks',
    });
    const removed = changeView(graph, diffGraphs(asLibraryGraph(older), library));
    expect(removed.ghosts).toEqual([['country:france', 'country:russia']]);
    expect(removed.items).toEqual([
      { kind: 'removed', subject: 'France', predicate: 'attacks', object: 'Russia', target: null },
    ]);
  });
});
