import { describe, expect, it } from 'vitest';
import { DEFAULT_APPEARANCE } from '../../viewer/src/logic/appearance.ts';
import { DEFAULT_TABLE_STATE } from '../../viewer/src/logic/table.ts';
import { DEFAULT_FILTER } from '../../viewer/src/logic/filters.ts';
import { decodeState, encodeState, type UrlState } from '../../viewer/src/logic/url-state.ts';

describe('URL state', () => {
  const states: [string, UrlState, string][] = [
    [
      'defaults',
      {
        selection: null,
        filter: { ...DEFAULT_FILTER },
        stages: [],
        appearance: DEFAULT_APPEARANCE,
        table: { ...DEFAULT_TABLE_STATE },
        changes: null,
      },
      '',
    ],
    [
      'a node',
      {
        selection: { kind: 'node', id: 'country:germany' },
        filter: { ...DEFAULT_FILTER },
        stages: [],
        appearance: DEFAULT_APPEARANCE,
        table: { ...DEFAULT_TABLE_STATE },
        changes: null,
      },
      '?node=country%3Agermany',
    ],
    [
      'an edge',
      {
        selection: { kind: 'edge', id: 'a|supplies|b' },
        filter: { ...DEFAULT_FILTER },
        stages: [],
        appearance: DEFAULT_APPEARANCE,
        table: { ...DEFAULT_TABLE_STATE },
        changes: null,
      },
      '?edge=a%7Csupplies%7Cb',
    ],
    [
      'every filter',
      {
        selection: { kind: 'node', id: 'person:jens-stoltenberg' },
        filter: {
          types: ['Country', 'Person'],
          predicates: ['supplies', 'pledges'],
          modalities: ['asserted', 'reported', 'hypothetical'],
          minEvidence: 2,
          minDocs: 3,
          from: '2024-08-01',
          to: '2024-09',
          docs: ['fr/a,b.txt', 'en/c.txt'],
        },
        stages: [
          { kind: 'ego', node: 'person:jens-stoltenberg', depth: 2 },
          { kind: 'range', key: 'pagerank', min: 0.1 },
          { kind: 'kcore', k: 2 },
        ],
        appearance: { color: 'community', size: 'pagerank' },
        table: { open: true, kind: 'relations', sort: { column: 4, descending: true }, query: 'patriot', page: 2 },
        changes: '2024-09-01',
      },
      '?node=person%3Ajens-stoltenberg&types=Country%2CPerson&predicates=supplies%2Cpledges&modalities=asserted%2Creported%2Chypothetical&minEvidence=2&minDocs=3&from=2024-08-01&to=2024-09&docs=fr%2Fa%2Cb.txt&docs=en%2Fc.txt' +
        '&stage=ego%3A2%3Aperson%3Ajens-stoltenberg&stage=range%3A0.1%3A%3Apagerank&stage=kcore%3A2&color=community&size=pagerank&changes=2024-09-01&table=relations&tableSort=evidence&tableDir=desc&tableQuery=patriot&tablePage=2',
    ],
    [
      'all modalities',
      {
        selection: null,
        filter: {},
        stages: [],
        appearance: DEFAULT_APPEARANCE,
        table: { ...DEFAULT_TABLE_STATE },
        changes: null,
      },
      '?modalities=asserted%2Creported%2Cnegated%2Chypothetical',
    ],
    [
      'unknown types only',
      {
        selection: null,
        filter: { ...DEFAULT_FILTER, types: ['unknown'] },
        stages: [],
        appearance: DEFAULT_APPEARANCE,
        table: { ...DEFAULT_TABLE_STATE },
        changes: null,
      },
      '?types=unknown',
    ],
    [
      'no type at all',
      {
        selection: null,
        filter: { ...DEFAULT_FILTER, types: [] },
        stages: [],
        appearance: DEFAULT_APPEARANCE,
        table: { ...DEFAULT_TABLE_STATE },
        changes: null,
      },
      '?types=',
    ],
  ];

  it.each(states)('round-trips %s', (_, state, query) => {
    expect(encodeState(state)).toBe(query);
    expect(decodeState(query)).toEqual(state);
  });

  it('keeps parameters that are not state', () => {
    const query = encodeState(
      {
        selection: { kind: 'node', id: 'x' },
        filter: { ...DEFAULT_FILTER },
        stages: [],
        appearance: DEFAULT_APPEARANCE,
        table: { ...DEFAULT_TABLE_STATE },
        changes: null,
      },
      '?graph=%2Fother.json&node=old&lang=fr',
    );
    expect(new URLSearchParams(query).get('graph')).toBe('/other.json');
    expect(new URLSearchParams(query).get('lang')).toBe('fr');
    expect(new URLSearchParams(query).get('node')).toBe('x');
  });

  it('drops malformed and unknown values', () => {
    expect(
      decodeState(
        `?types=Country,Planet&minEvidence=-3&minDocs=1.5&from=yesterday&to=2024-13-99x&predicates=supplies,loves&color=&size=${'x'.repeat(201)}&stage=kcore:0&stage=component`,
      ),
    ).toEqual({
      selection: null,
      filter: { types: ['Country'], predicates: ['supplies'], modalities: ['asserted', 'reported'] },
      stages: [{ kind: 'component' }],
      appearance: DEFAULT_APPEARANCE,
      table: { ...DEFAULT_TABLE_STATE },
      changes: null,
    });
  });

  it('does not share the default arrays', () => {
    expect(decodeState('').filter.modalities).not.toBe(DEFAULT_FILTER.modalities);
  });
});
