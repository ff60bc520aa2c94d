/** diffGraphs on small hand-made graphs: every kind of change, the summary, determinism, the reverse diff. */
import { describe, expect, it } from 'vitest';
import { diffChanges, diffGraphs, type RelataGraph } from '../../src/graph/index.ts';
import { d0, d1, d2, d3, d4, keys, NEW, OLD } from './diff-fixtures.ts';
import { buildGraph } from './fixtures.ts';

describe('diffGraphs', () => {
  const diff = diffGraphs(OLD(), NEW());

  it('lists documents, entities and relations added and removed, by key', () => {
    expect(diff).toMatchObject({ mode: 'graphs', since: null, removals: true });
    expect(diff.documents).toEqual({
      added: [
        { id: 'd3.txt', title: 'Delivered', date: '2024-02-01' },
        { id: 'd4.txt', date: '2024-02-05' },
      ],
      removed: [{ id: 'd2.txt', date: '2024-01-12' }],
    });
    // Zelensky was in the old graph already (an undated document)
    const at = (graph: RelataGraph, key: string) => ({
      x: graph.getNodeAttribute(key, 'x'),
      y: graph.getNodeAttribute(key, 'y'),
    });
    expect(diff.entities.added).toEqual([
      {
        change: 'entity-added',
        key: 'country:moldova',
        label: 'Moldova',
        type: 'Country',
        docCount: 1,
        ...at(NEW(), 'country:moldova'),
      },
    ]);
    // a removed entity keeps its place in the older graph, where a viewer can draw it
    expect(diff.entities.removed).toEqual([
      {
        change: 'entity-removed',
        key: 'equipment:leopard-2',
        label: 'Leopard 2',
        type: 'Equipment',
        docCount: 1,
        ...at(OLD(), 'equipment:leopard-2'),
      },
    ]);
    expect(keys(diff.relations.added)).toEqual([
      'country:france|supports|country:moldova',
      'person:volodymyr-zelensky|thanks|country:germany',
    ]);
    expect(diff.relations.removed).toEqual([
      {
        change: 'relation-removed',
        key: 'country:france|supplies|equipment:leopard-2',
        subject: 'France',
        subjectKey: 'country:france',
        predicate: 'supplies',
        object: 'Leopard 2',
        objectKey: 'equipment:leopard-2',
        modality: 'asserted',
        docCountBefore: 1,
        docCountAfter: 0,
        weightBefore: 1,
        weightAfter: 0,
        docsAdded: [],
        docsRemoved: ['d2.txt'],
      },
    ]);
  });

  it('finds relations with more and fewer supporting documents, with evidence counts', () => {
    expect(
      diff.relations.strengthened.map((r) => [
        r.key,
        r.docCountBefore,
        r.docCountAfter,
        r.weightBefore,
        r.weightAfter,
        r.docsAdded,
      ]),
    ).toEqual([
      ['country:france|supports|organization:nato', 1, 2, 1, 2, ['d3.txt']],
      ['country:germany|pledges|country:ukraine', 1, 2, 1, 2, ['d3.txt']],
      ['country:germany|supplies|country:ukraine', 1, 2, 1, 2, ['d3.txt']],
      ['country:germany|supports|organization:nato', 1, 2, 1, 2, ['d3.txt']],
    ]);
    expect(diff.relations.weakened).toEqual([
      expect.objectContaining({
        change: 'weakened',
        key: 'country:russia|attacks|country:ukraine',
        docCountBefore: 2,
        docCountAfter: 1,
        weightBefore: 2,
        weightAfter: 1,
        docsRemoved: ['d2.txt'],
      }),
    ]);
  });

  it('names a pledge delivered, a fact denied (on the same edge, negated or newly contradicted) and a modality upgrade', () => {
    expect(diff.modality).toEqual([
      {
        change: 'denied',
        key: 'country:france|condemns|country:russia',
        subject: 'France',
        subjectKey: 'country:france',
        predicate: 'condemns',
        object: 'Russia',
        objectKey: 'country:russia',
        before: 'asserted',
        after: 'negated',
        modality: 'negated',
        direction: 'downgrade',
        sentences: ['d4.txt#0'],
      },
      expect.objectContaining({
        change: 'modality',
        key: 'country:france|supports|organization:nato',
        before: 'reported',
        after: 'asserted',
        modality: 'asserted',
        direction: 'upgrade',
        sentences: ['d3.txt#2'],
      }),
      {
        change: 'fulfilled',
        key: 'country:germany|supplies|country:ukraine',
        subject: 'Germany',
        subjectKey: 'country:germany',
        predicate: 'supplies',
        object: 'Ukraine',
        objectKey: 'country:ukraine',
        before: 'hypothetical',
        after: 'asserted',
        modality: 'asserted',
        direction: 'upgrade',
        pledge: 'country:germany|pledges|country:ukraine',
        sentences: ['d3.txt#0'],
      },
      expect.objectContaining({
        change: 'denied',
        key: 'country:germany|supports|organization:nato',
        before: 'asserted',
        after: 'negated',
        modality: 'asserted',
        direction: 'downgrade',
        sentences: ['d3.txt#1'],
      }),
    ]);
  });

  it('sums it up', () => {
    expect(diff.summary).toEqual({
      documentsAdded: 2,
      documentsRemoved: 1,
      entitiesAdded: 1,
      entitiesRemoved: 1,
      relationsAdded: 2,
      relationsRemoved: 1,
      strengthened: 4,
      weakened: 1,
      modalityChanges: 4,
      fulfilled: 1,
      denied: 2,
      changes: 14,
    });
    expect(diffChanges(diff)).toHaveLength(14);
    expect(diffChanges(diff).map((c) => c.change)).toEqual([
      'entity-added',
      'entity-removed',
      'relation-added',
      'relation-added',
      'relation-removed',
      'strengthened',
      'strengthened',
      'strengthened',
      'strengthened',
      'weakened',
      'denied',
      'modality',
      'fulfilled',
      'denied',
    ]);
  });

  it('is deterministic: graphs built in another order give the same report, byte for byte', () => {
    const again = diffGraphs(buildGraph([d2, d1, d0], 1), buildGraph([d4, d3, d1, d0], 1));
    expect(JSON.stringify(again)).toBe(JSON.stringify(diff));
    expect(JSON.stringify(diffGraphs(OLD(), NEW()))).toBe(JSON.stringify(diff));
  });

  it('reports nothing between a graph and itself, and leaves both graphs as they were', () => {
    const [a, b] = [OLD(), NEW()];
    const before = [JSON.stringify(a.export()), JSON.stringify(b.export())];
    expect(diffGraphs(a, a).summary.changes).toBe(0);
    diffGraphs(a, b);
    expect([JSON.stringify(a.export()), JSON.stringify(b.export())]).toEqual(before);
  });

  it('the reverse diff swaps added and removed', () => {
    const back = diffGraphs(NEW(), OLD());
    expect(keys(back.entities.removed)).toEqual(keys(diff.entities.added));
    expect(keys(back.relations.added)).toEqual(keys(diff.relations.removed));
    expect(keys(back.relations.weakened)).toEqual(keys(diff.relations.strengthened));
    // a delivery taken back is a downgrade, not a fulfilment; a denial taken back is an upgrade
    expect(back.modality.map((m) => [m.change, m.key, m.before, m.after])).toEqual([
      ['modality', 'country:france|condemns|country:russia', 'negated', 'asserted'],
      ['modality', 'country:france|supports|organization:nato', 'asserted', 'reported'],
      ['modality', 'country:germany|supplies|country:ukraine', 'asserted', 'hypothetical'],
    ]);
  });
});
