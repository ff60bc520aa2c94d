import { describe, expect, it } from 'vitest';
import { readCriterion } from '../../src/query/criteria.ts';

describe('readCriterion', () => {
  it.each([
    ['date', '2024', { ok: true, value: '2024' }],
    ['date', '2024-08-12', { ok: true, value: '2024-08-12' }],
    ['date', 'yesterday', { ok: false, takes: 'an ISO date (2024, 2024-08 or 2024-08-12)', bad: 'yesterday' }],
    ['modalities', 'asserted', { ok: true, value: ['asserted'] }],
    ['modalities', 'asserted, reported', { ok: true, value: ['asserted', 'reported'] }],
    [
      'modalities',
      'asserted,rumoured,negated',
      { ok: false, takes: 'asserted, reported, negated, hypothetical (comma-separated)', bad: 'rumoured' },
    ],
  ] as const)('%s %j', (kind, text, expected) => {
    expect(readCriterion(kind, text)).toEqual(expected);
  });
});
