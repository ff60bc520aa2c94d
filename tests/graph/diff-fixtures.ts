/**
 * The documents of the diff tests (a plain module: importing it registers no tests): an older graph
 * (d0, d1, d2) and a newer one (d0, d1, d3, d4), between them every kind of change.
 */
import { E, buildGraph, makeDoc, type Ent } from './fixtures.ts';

const moldova: Ent = { id: 'country:moldova', label: 'Moldova', type: 'Country' };

/** Undated: Zelensky thanks France. */
export const d0 = makeDoc(
  'd0.txt',
  ['Zelensky thanks France.'],
  [[{ s: E.zelensky, sText: 'Zelensky', p: 'thanks', o: E.france }]],
);
/** The pledge, a possible delivery, an attack, a reported and an asserted support. */
export const d1 = makeDoc(
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
export const d2 = makeDoc(
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
export const d3 = makeDoc(
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
export const d4 = makeDoc(
  'd4.txt',
  ['France does not condemn Russia.', 'France supports Moldova.'],
  [
    [{ s: E.france, sText: 'France', p: 'condemns', o: E.russia, oText: 'Russia', extra: { modality: 'negated' } }],
    [{ s: E.france, p: 'supports', o: moldova }],
  ],
  { date: '2024-02-05' },
);

export const OLD = () => buildGraph([d0, d1, d2], 1);
export const NEW = () => buildGraph([d0, d1, d3, d4], 1);
export const keys = (list: { key: string }[] | null) => list?.map((x) => x.key) ?? null;
