/**
 * Property-based checks (fast-check) of the pure core on generated input: extraction never
 * throws and its provenance always points into the text; the pattern parser answers every
 * string with a query or a syntax error, never anything else.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RelataError } from '../../src/errors.ts';
import { extractDocument } from '../../src/extract/index.ts';
import { parsePattern } from '../../src/query/pattern.ts';

/** Text made of news-like pieces and noise: names, cue words, punctuation, quotes, odd spaces and line ends. */
const PIECES = [
  'La France',
  'a livré',
  'des chars',
  "à l'Ukraine",
  'Germany',
  'condemned',
  'Russia',
  'M.',
  'Jens Stoltenberg',
  ',',
  '.',
  '«',
  '»',
  '“',
  '”',
  '(',
  ')',
  'le secrétaire général de l’OTAN',
  'les membres du Conseil de sécurité',
  'ont salué',
  'the attack by',
  'Al-Shabaab',
  'in Mogadishu, Somalia',
  'dont',
  'X7',
  'FARC-EP',
  'U.S.',
  'Gen.',
  'J.',
  'il',
  'qu’il',
  'We',
  'I',
  '\n',
  '\r\n',
  '\u00a0',
  '\t',
  '…',
  '!',
  '?',
  ';',
  ':',
  '—',
  'é',
  '🙂',
  '\u200b',
];
const newsText = fc
  .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 60 })
  .map((parts) => parts.join(' '));

describe('extraction on generated text', () => {
  it('never throws, and every triple points at its sentence and mentions inside it', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const { triples } = extractDocument({ id: 'gen.txt', text, sha256: '' });
        for (const t of triples) {
          expect(text.slice(t.start, t.end)).toBe(t.sentence);
          for (const span of [t.subjectSpan, t.objectSpan]) {
            expect(span.start).toBeGreaterThanOrEqual(t.start);
            expect(span.end).toBeLessThanOrEqual(t.end);
          }
        }
      }),
      { numRuns: 400, seed: 20261127 },
    );
  });
});

describe('the pattern parser on generated strings', () => {
  const patternish = fc
    .array(
      fc.oneof(
        fc.constantFrom('?x', '?y', 'supplies', 'Ukraine', '.', '"', "'", ' ', 'member_of', 'NATO', '?', '\\'),
        fc.string({ maxLength: 4 }),
      ),
      { maxLength: 12 },
    )
    .map((p) => p.join(' '));
  it('gives a query or a syntax error with a position, nothing else', () => {
    fc.assert(
      fc.property(fc.oneof(patternish, fc.string({ maxLength: 40 })), (text) => {
        try {
          const query = parsePattern(text);
          expect(query.patterns.length).toBeGreaterThan(0);
        } catch (e) {
          expect(e).toBeInstanceOf(RelataError);
          expect((e as RelataError).code).toBe('E_QUERY_SYNTAX');
          expect(typeof (e as RelataError).details.position).toBe('number');
        }
      }),
      { numRuns: 2000, seed: 20261127 },
    );
  });
});
