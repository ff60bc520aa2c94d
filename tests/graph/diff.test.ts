/** diffGraphs and diffSince on small hand-made graphs: every kind of change, determinism, undated evidence. */
import { describe, expect, it } from 'vitest';
import { RelataError } from '../../src/errors.ts';
import {
  diffChanges,
  diffGraphs,
  diffSince,
  isDiffDate,
  type GraphDiff,
  type RelataGraph,
} from '../../src/graph/index.ts';
import { E, buildGraph, makeDoc, type Ent } from './fixtures.ts';

const moldova: Ent = { id: 'country:moldova', label: 'Moldova', type: 'Country' };

/** Undated: Zelensky thanks France. */
const d0 = makeDoc(
  'd0.txt',
  ['Zelensky thanks France.'],
  [[{ s: E.zelensky, sText: 'Zelensky', p: 'thanks', o: E.france }]],
);
/** The pledge, a possible delivery, an attack, a reported and an asserted support. */
const d1 = makeDoc(
  'd1.txt',
  [
    'Germany pledges tanks to Ukraine.',
    'Germany may supply Ukraine.',
    'Russia attacks Ukraine.',
    'France supports NATO, officials said.',
    'Germany supports NATO.',
  ],
  [
    [{ s: E.germany, p: 'pledges', o: E.ukraine }],
    [{ s: E.germany, p: 'supplies', o: E.ukraine, extra: { modality: 'hypothetical' } }],
    [{ s: E.russia, p: 'attacks', o: E.ukraine }],
    [{ s: E.france, p: 'supports', o: E.nato, extra: { modality: 'reported', attributedTo: 'officials' } }],
    [{ s: E.germany, p: 'supports', o: E.nato }],
  ],
  { date: '2024-01-10', title: 'Pledges' },
);
const d2 = makeDoc(
  'd2.txt',
  ['Russia attacks Ukraine.', 'France condemns Russia.', 'France supplies Leopard 2 tanks.'],
  [
    [{ s: E.russia, p: 'attacks', o: E.ukraine }],
    [{ s: E.france, p: 'condemns', o: E.russia }],
    [{ s: E.france, p: 'supplies', o: E.leopard }],
  ],
  { date: '2024-01-12' },
);
/** The delivery, a denial of a standing fact, the reported fact confirmed, the pledge again, a new entity. */
const d3 = makeDoc(
  'd3.txt',
  [
    'Germany supplies Ukraine.',
    'Germany does not support NATO.',
    'France supports NATO.',
    'Germany pledges more to Ukraine.',
    'Zelensky thanks Germany.',
  ],
  [
    [{ s: E.germany, p: 'supplies', o: E.ukraine }],
    [{ s: E.germany, p: 'supports', o: E.nato, extra: { modality: 'negated' } }],
    [{ s: E.france, p: 'supports', o: E.nato }],
    [{ s: E.germany, p: 'pledges', o: E.ukraine }],
    [{ s: E.zelensky, sText: 'Zelensky', p: 'thanks', o: E.germany }],
  ],
  { date: '2024-02-01', title: 'Delivered' },
);
/** A denial that replaces the fact (d2 is gone from the new graph), and a new entity. */
const d4 = makeDoc(
  'd4.txt',
  ['France does not condemn Russia.', 'France supports Moldova.'],
  [
    [{ s: E.france, sText: 'France', p: 'condemns', o: E.russia, oText: 'Russia', extra: { modality: 'negated' } }],
    [{ s: E.france, p: 'supports', o: moldova }],
  ],
  { date: '2024-02-05' },
);

const OLD = () => buildGraph([d0, d1, d2], 1);
const NEW = () => buildGraph([d0, d1, d3, d4], 1);
const keys = (list: { key: string }[] | null) => list?.map((x) => x.key) ?? null;

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

describe('pledges and deliveries', () => {
  const pledge = (modality: 'asserted' | 'negated' = 'asserted') =>
    makeDoc(
      'p.txt',
      ['Germany pledges aid to Ukraine.'],
      [[{ s: E.germany, p: 'pledges', o: E.ukraine, extra: { modality } }]],
      { date: '2024-01-01' },
    );
  const delivery = (modality: 'asserted' | 'reported' = 'asserted') =>
    makeDoc(
      's.txt',
      ['Germany supplies Ukraine.'],
      [[{ s: E.germany, p: 'supplies', o: E.ukraine, extra: { modality } }]],
      { date: '2024-03-01' },
    );

  it('a delivery that did not exist before fulfils the pledge (and is also a relation added)', () => {
    const diff = diffGraphs(buildGraph([pledge()], 1), buildGraph([pledge(), delivery()], 1));
    expect(diff.modality).toEqual([
      expect.objectContaining({
        change: 'fulfilled',
        key: 'country:germany|supplies|country:ukraine',
        before: null,
        after: 'asserted',
        direction: 'upgrade',
        pledge: 'country:germany|pledges|country:ukraine',
        sentences: ['s.txt#0'],
      }),
    ]);
    expect(keys(diff.relations.added)).toEqual(['country:germany|supplies|country:ukraine']);
  });

  it('a reported delivery, a denied pledge, or a delivery already asserted fulfil nothing', () => {
    expect(diffGraphs(buildGraph([pledge()], 1), buildGraph([pledge(), delivery('reported')], 1)).modality).toEqual([]);
    expect(
      diffGraphs(buildGraph([pledge('negated')], 1), buildGraph([pledge('negated'), delivery()], 1)).modality,
    ).toEqual([]);
    const both = buildGraph([pledge(), delivery()], 1);
    expect(diffGraphs(both, both).modality).toEqual([]);
  });

  it('takes other commitments as options', () => {
    const proposal = makeDoc(
      'q.txt',
      ['Germany proposes aid to Ukraine.'],
      [[{ s: E.germany, p: 'proposes', o: E.ukraine }]],
      { date: '2024-01-01' },
    );
    const diff = diffGraphs(buildGraph([proposal], 1), buildGraph([proposal, delivery()], 1), {
      commitments: [{ pledge: 'proposes', delivery: 'supplies' }],
    });
    expect(diff.modality.map((m) => [m.change, m.pledge])).toEqual([
      ['fulfilled', 'country:germany|proposes|country:ukraine'],
    ]);
    expect(diffGraphs(buildGraph([proposal], 1), buildGraph([proposal, delivery()], 1)).modality).toEqual([]);
  });

  it('is found by diffSince too', () => {
    const diff = diffSince(buildGraph([pledge(), delivery()], 1), '2024-02');
    expect(diff.modality.map((m) => [m.change, m.before, m.after, m.pledge])).toEqual([
      ['fulfilled', null, 'asserted', 'country:germany|pledges|country:ukraine'],
    ]);
  });
});

describe('diffSince', () => {
  const graph = buildGraph([d0, d1, d2, d3, d4], 1);
  const diff = diffSince(graph, '2024-02');

  it('splits one graph at a date by the dates of its documents, and says removals are unknown', () => {
    expect(diff).toMatchObject({ mode: 'since', since: '2024-02', removals: false });
    expect(diff.documents).toEqual({
      added: [
        { id: 'd3.txt', title: 'Delivered', date: '2024-02-01' },
        { id: 'd4.txt', date: '2024-02-05' },
      ],
      removed: null,
    });
    expect(diff.entities.removed).toBeNull();
    expect(diff.relations.removed).toBeNull();
    expect(diff.relations.weakened).toBeNull();
    expect(diff.summary).toMatchObject({
      documentsRemoved: null,
      entitiesRemoved: null,
      relationsRemoved: null,
      weakened: null,
    });
  });

  it('adds what has only new evidence; undated evidence is old', () => {
    // Zelensky thanks Germany only since February, but thanked France in an undated document
    expect(keys(diff.entities.added)).toEqual(['country:moldova']);
    expect(keys(diff.relations.added)).toEqual([
      'country:france|supports|country:moldova',
      'person:volodymyr-zelensky|thanks|country:germany',
    ]);
    expect(diff.relations.added[1]).toMatchObject({
      docCountBefore: 0,
      docCountAfter: 1,
      weightBefore: 0,
      weightAfter: 1,
      docsAdded: ['d3.txt'],
    });
  });

  it('strengthens what gained documents since, counting before as the documents before the date', () => {
    expect(diff.relations.strengthened.map((r) => [r.key, r.docCountBefore, r.docCountAfter])).toEqual([
      ['country:france|condemns|country:russia', 1, 2],
      ['country:france|supports|organization:nato', 1, 2],
      ['country:germany|pledges|country:ukraine', 1, 2],
      ['country:germany|supplies|country:ukraine', 1, 2],
      ['country:germany|supports|organization:nato', 1, 2],
    ]);
  });

  it('compares the modality of the evidence before with that of all of it', () => {
    expect(diff.modality.map((m) => [m.change, m.key, m.before, m.after, m.modality, m.sentences])).toEqual([
      ['denied', 'country:france|condemns|country:russia', 'asserted', 'negated', 'asserted', ['d4.txt#0']],
      ['modality', 'country:france|supports|organization:nato', 'reported', 'asserted', 'asserted', ['d3.txt#2']],
      ['fulfilled', 'country:germany|supplies|country:ukraine', 'hypothetical', 'asserted', 'asserted', ['d3.txt#0']],
      ['denied', 'country:germany|supports|organization:nato', 'asserted', 'negated', 'asserted', ['d3.txt#1']],
    ]);
  });

  it('counts only the dated evidence as new: before every date, all but the undated is added', () => {
    const early = diffSince(graph, '2023');
    expect(keys(early.entities.added)).not.toContain('person:volodymyr-zelensky');
    expect(keys(early.relations.added)).not.toContain('person:volodymyr-zelensky|thanks|country:france');
    expect(early.relations.added).toHaveLength(graph.size - 1);
    expect(early.documents.added.map((d) => d.id)).toEqual(['d1.txt', 'd2.txt', 'd3.txt', 'd4.txt']);
    const late = diffSince(graph, '2024-02-06');
    expect(late.summary.changes).toBe(0);
    expect(late.documents.added).toEqual([]);
  });

  it('compares at the precision of the date: a day, a month, a year', () => {
    expect(diffSince(graph, '2024-02-02').documents.added.map((d) => d.id)).toEqual(['d4.txt']);
    expect(diffSince(graph, '2024-01-11').documents.added.map((d) => d.id)).toEqual(['d2.txt', 'd3.txt', 'd4.txt']);
    expect(diffSince(graph, '2024').documents.added.map((d) => d.id)).toEqual(['d1.txt', 'd2.txt', 'd3.txt', 'd4.txt']);
  });

  it('is deterministic', () => {
    const other: GraphDiff = diffSince(buildGraph([d4, d3, d2, d1, d0], 1), '2024-02');
    expect(JSON.stringify(other)).toBe(JSON.stringify(diff));
  });

  it.each(['yesterday', '2024-13', '2024-02-30', '24-02-01', '2024-2-1', ''])(
    'refuses the date %j with E_USAGE',
    (since) => {
      expect(isDiffDate(since)).toBe(false);
      expect(() => diffSince(graph, since)).toThrow(RelataError);
      try {
        diffSince(graph, since);
      } catch (e) {
        expect((e as RelataError).code).toBe('E_USAGE');
      }
    },
  );

  it.each(['2024', '2024-02', '2024-02-29', '2023-12-31'])('takes the date %j', (since) => {
    expect(isDiffDate(since)).toBe(true);
  });
});
