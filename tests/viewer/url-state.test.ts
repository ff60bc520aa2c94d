import { describe, expect, it } from 'vitest';
import { DEFAULT_DISPLAY } from '../../viewer/src/logic/display.ts';
import { DEFAULT_FILTER } from '../../viewer/src/logic/filters.ts';
import { decodeState, encodeState, type UrlState } from '../../viewer/src/logic/url-state.ts';

describe('URL state', () => {
  const states: [string, UrlState, string][] = [
    ['defaults', { selection: null, filter: { ...DEFAULT_FILTER }, display: DEFAULT_DISPLAY }, ''],
    ['a node', { selection: { kind: 'node', id: 'country:germany' }, filter: { ...DEFAULT_FILTER }, display: DEFAULT_DISPLAY }, '?node=country%3Agermany'],
    ['an edge', { selection: { kind: 'edge', id: 'a|supplies|b' }, filter: { ...DEFAULT_FILTER }, display: DEFAULT_DISPLAY }, '?edge=a%7Csupplies%7Cb'],
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
        display: { color: 'community', size: 'pagerank' },
      },
      '?node=person%3Ajens-stoltenberg&types=Country%2CPerson&predicates=supplies%2Cpledges&modalities=asserted%2Creported%2Chypothetical&minEvidence=2&minDocs=3&from=2024-08-01&to=2024-09&docs=fr%2Fa%2Cb.txt&docs=en%2Fc.txt&color=community&size=pagerank',
    ],
    ['all modalities', { selection: null, filter: {}, display: DEFAULT_DISPLAY }, '?modalities=asserted%2Creported%2Cnegated%2Chypothetical'],
    ['unknown types only', { selection: null, filter: { ...DEFAULT_FILTER, types: ['unknown'] }, display: DEFAULT_DISPLAY }, '?types=unknown'],
    ['no type at all', { selection: null, filter: { ...DEFAULT_FILTER, types: [] }, display: DEFAULT_DISPLAY }, '?types='],
  ];

  it.each(states)('round-trips %s', (_, state, query) => {
    expect(encodeState(state)).toBe(query);
    expect(decodeState(query)).toEqual(state);
  });

  it('keeps parameters that are not state', () => {
    const query = encodeState({ selection: { kind: 'node', id: 'x' }, filter: { ...DEFAULT_FILTER }, display: DEFAULT_DISPLAY }, '?graph=%2Fother.json&node=old&lang=fr');
    expect(new URLSearchParams(query).get('graph')).toBe('/other.json');
    expect(new URLSearchParams(query).get('lang')).toBe('fr');
    expect(new URLSearchParams(query).get('node')).toBe('x');
  });

  it('drops malformed and unknown values', () => {
    expect(decodeState('?types=Country,Planet&minEvidence=-3&minDocs=1.5&from=yesterday&to=2024-13-99x&predicates=supplies,loves&color=rainbow&size=huge')).toEqual({
      selection: null,
      filter: { types: ['Country'], predicates: ['supplies'], modalities: ['asserted', 'reported'] },
      display: DEFAULT_DISPLAY,
    });
  });

  it('does not share the default arrays', () => {
    expect(decodeState('').filter.modalities).not.toBe(DEFAULT_FILTER.modalities);
  });
});
