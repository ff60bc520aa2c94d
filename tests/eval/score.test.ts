import { describe, expect, it } from 'vitest';
import { foldLabel, scoreTriples, type GoldTriple } from '../../src/eval/index.ts';

const g = (subject: string, predicate: string, object: string, required = true): GoldTriple => ({
  doc: 'a.txt',
  subject,
  predicate,
  object,
  required,
});
const p = (subject: string, predicate: string, object: string, modality = 'asserted') => ({
  doc: 'corpus/a.txt',
  subject,
  predicate,
  object,
  modality,
});

describe('scoreTriples', () => {
  it.each([
    ['Les Pays-Bas', 'pays ba'], // a final plural s goes, as in the contract's scorer
    ["l'Alliance", 'alliance'],
    ['F-16s', 'f 16'],
    ['Tchéquie', 'tchequie'],
  ])('folds %s to %s', (label, folded) => expect(foldLabel(label)).toBe(folded));

  it('matches through aliases, alternatives and symmetric predicates; counts optional hits only as hits', () => {
    const gold = [
      g('Germany', 'supplies|pledges', 'Patriot'),
      g('Japan', 'cooperates_with', 'South Korea'),
      g('NATO', 'leads', 'Allies', false),
      g('Russia', 'attacks', 'Ukraine'),
    ];
    const report = scoreTriples(
      gold,
      [
        p('Allemagne', 'pledges', 'Patriot'),
        p('South Korea', 'cooperates_with', 'Japan'),
        p('NATO', 'leads', 'Allies'),
        p('Italy', 'supplies', 'tanks'),
      ],
      { Germany: ['Allemagne'] },
    );
    expect([report.tp, report.invented.length, report.missed]).toEqual([3, 1, ['a.txt | russia | attacks | ukraine']]);
    expect(report.precision).toBe(0.75);
    expect(report.recall).toBeCloseTo(2 / 3);
  });

  it('ignores negated and hypothetical predictions and documents without gold', () => {
    const report = scoreTriples(
      [g('Russia', 'attacks', 'Ukraine')],
      [p('Russia', 'attacks', 'Ukraine', 'negated'), { ...p('Italy', 'supplies', 'tanks'), doc: 'other.txt' }],
    );
    expect([report.predicted, report.tp, report.recall]).toEqual([0, 0, 0]);
  });
});
