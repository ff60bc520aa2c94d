import { describe, expect, it } from 'vitest';
import { detectLang, LANGS, STRINGS, t } from '../../viewer/src/logic/i18n.ts';

describe('i18n', () => {
  it.each([
    [['fr-FR', 'en'], 'fr'],
    [['de', 'en-GB'], 'en'],
    [['fr-CA'], 'fr'],
    [['de'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (preferred, lang) => {
    expect(detectLang(preferred)).toBe(lang);
  });

  it('has every string in every language', () => {
    for (const [key, row] of Object.entries(STRINGS))
      for (const lang of LANGS) expect(row[lang].trim(), `${key}/${lang}`).not.toBe('');
    expect(t('fr', 'layout')).toBe('Spatialiser');
  });
});
