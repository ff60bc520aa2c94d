import { describe, expect, it } from 'vitest';
import { findDate, normalizeDate } from '../../src/ingest/index.ts';

describe('findDate', () => {
  it.each([
    ['date 2024-08 - Un titre', '2024-08'],
    ['Le Conseil s’est réuni ce mercredi (28 août 2024), au lendemain des frappes.', '2024-08-28'],
    ['Le 19 avril 2024, le secrétaire général a présidé la réunion.', '2024-04-19'],
    ['Le 1er mars 2023, les ministres se sont retrouvés.', '2023-03-01'],
    ['Publié le 3 janv. 2025 à 10h', '2025-01-03'],
    ['le 12 fevrier 2024 (sans accent)', '2024-02-12'],
    ['en juillet 2023, au sommet', '2023-07'],
    ['April 19, 2024 — ministers met in Brussels.', '2024-04-19'],
    ['Published 19 April 2024', '2024-04-19'],
    ['Sept. 5, 2024: talks resumed', '2024-09-05'],
    ['on the 2nd of nothing, then 2 Nov 2023', '2023-11-02'],
    ['Released 2024-04-19 at noon', '2024-04-19'],
    ['mercredi, mars 19, 2025', '2025-03-19'],
    ['first 5 May 2022, later 6 June 2023', '2022-05-05'],
  ])('%s → %s', (text, expected) => {
    expect(findDate(text)).toBe(expected);
  });

  it.each([
    ['Le 31 février 2024 n’existe pas', undefined],
    ['2024-13-45 is not a date', undefined],
    ['29 février 2023', undefined],
    ['Il a versé 40 milliards en 2024.', undefined],
    ['Mai dit que oui.', undefined],
  ])('no date in %s', (text, expected) => {
    expect(findDate(text)).toBe(expected);
  });

  it('skips an impossible date for a later valid one', () => {
    expect(findDate('le 30 février 2024, puis le 29 février 2024')).toBe('2024-02-29');
  });
});

describe('normalizeDate (metadata)', () => {
  it.each([
    ['2024-08-28T10:00:00Z', '2024-08-28'],
    ['2024-08', '2024-08'],
    ['Wed, 28 Aug 2024 10:00:00 GMT', '2024-08-28'],
    ['2024-02-30', undefined],
    ['soon', undefined],
  ])('%s → %s', (value, expected) => {
    expect(normalizeDate(value)).toBe(expected);
  });
});
