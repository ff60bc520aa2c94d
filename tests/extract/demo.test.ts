import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { scoreTriples } from '../../src/eval/index.ts';
import { extractCorpus } from '../../src/extract/index.ts';
import { ingest } from '../../src/ingest/index.ts';

const EXAMPLES = join(import.meta.dirname, '../../examples');
/** The demo corpus's score when this test was last raised; a drop of more than 0.03 fails. */
const BASELINE = { precision: 0.99, f1: 0.877 };

it('keeps its score on the demo corpus gold (examples/)', async () => {
  const { docs } = await ingest([join(EXAMPLES, 'corpus')]);
  const gold = readFileSync(join(EXAMPLES, 'gold.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const aliases = JSON.parse(readFileSync(join(EXAMPLES, 'aliases.json'), 'utf8'));
  const report = scoreTriples(gold, extractCorpus(docs).flatMap((r) => r.triples), aliases);
  expect(report.f1).toBeGreaterThanOrEqual(BASELINE.f1 - 0.03);
  expect(report.precision).toBeGreaterThanOrEqual(BASELINE.precision - 0.03);
});
