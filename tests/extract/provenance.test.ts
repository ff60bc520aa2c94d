import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCorpus } from '../../src/extract/index.ts';
import { RULES } from '../../src/extract/rules/catalog.ts';
import { ingest, parseDocument } from '../../src/ingest/index.ts';
import { PREDICATES } from '../../src/types.ts';
import { buildGraph, type BuildProgress } from '../../src/build.ts';

const SEEDS = join(import.meta.dirname, '../../../shared/corpus/seeds');
const EXAMPLES = join(import.meta.dirname, '../../examples/corpus');

describe.each([
  ['the dev corpus', SEEDS],
  ['the demo corpus', EXAMPLES],
])('provenance over %s', (_, folder) => {
  it('every triple points at its exact sentence and mentions, with a known rule', async () => {
    expect(readdirSync(folder).length).toBeGreaterThan(0);
    const { docs } = await ingest([folder]);
    const results = extractCorpus(docs);
    const triples = results.flatMap((r) => r.triples.map((t) => ({ t, text: r.doc.text })));
    expect(triples.length).toBeGreaterThan(20);
    for (const { t, text } of triples) {
      expect(text.slice(t.start, t.end)).toBe(t.sentence);
      for (const span of [t.subjectSpan, t.objectSpan]) {
        expect(span.start).toBeGreaterThanOrEqual(t.start);
        expect(span.end).toBeLessThanOrEqual(t.end);
      }
      expect(Object.keys(RULES)).toContain(t.rule.split(':')[1]);
      expect(PREDICATES).toContain(t.predicate);
      expect(t.confidence).toBeGreaterThan(0);
      expect(t.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('gives the same triples twice', async () => {
    const { docs } = await ingest([folder]);
    expect(JSON.stringify(extractCorpus(docs))).toBe(JSON.stringify(extractCorpus(docs)));
  });
});

it("carries each document's date (ISO 8601) on its triples", async () => {
  const { docs } = await ingest([SEEDS]);
  for (const { doc, triples } of extractCorpus(docs)) {
    for (const t of triples) expect(t.date).toBe(doc.date);
    if (doc.date) expect(doc.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
  }
  expect(docs.filter((d) => d.date).length).toBeGreaterThanOrEqual(4);
});

describe('a document longer than one analysis window (1,000 sentences)', () => {
  it('gives every sentence its triples, with offsets into the whole text', async () => {
    const sentences = Array.from({ length: 2500 }, (_, i) =>
      i % 2
        ? `La Norvège a condamné la Biélorussie pour la ${i}e fois.`
        : `Sweden delivered ${i} CV90 vehicles to Latvia.`,
    );
    const text = sentences.join('\n\n');
    const [result] = extractCorpus([parseDocument('long.txt', text, 'txt')]);
    const indices = new Set(result.triples.map((t) => t.sentenceIndex));
    expect(indices.size).toBe(2500);
    for (const t of result.triples) expect(text.slice(t.start, t.end)).toBe(t.sentence);
    expect(result.triples.filter((t) => t.predicate === 'condemns').map((t) => `${t.subject} ${t.object}`)).toEqual(
      Array(1250).fill('Norway Belarus'),
    );
  });

  it('tells a build how far it is within the document', async () => {
    const text = Array.from({ length: 2500 }, (_, i) => `Sweden delivered ${i} CV90 vehicles to Latvia.`).join('\n\n');
    const out = mkdtempSync(join(tmpdir(), 'relata-window-'));
    const heard: BuildProgress[] = [];
    await buildGraph([parseDocument('long.txt', text, 'txt')], {
      out,
      iterations: 1,
      onProgress: (p) => heard.push(p),
    });
    expect(heard.filter((p) => p.sentences)).toEqual([
      { phase: 'extract', done: 0, total: 1, sentences: { done: 1000, total: 2500 } },
      { phase: 'extract', done: 0, total: 1, sentences: { done: 2000, total: 2500 } },
    ]);
  });
});
