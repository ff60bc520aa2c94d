/**
 * Countries: every sovereign state from the world-countries package (English and French
 * names, official and common forms, alternative spellings, demonyms), with the corrections
 * below. Seats of government that stand for the state (`Kremlin`, `White House`) are forms
 * of the state; capital cities are places (locations.ts). Add a country form here only when the package lacks it.
 */
import countriesImport from 'world-countries';
import { cjsDefault } from '../../cjs.ts';
import type { EntityEntry } from './entry.ts';

/** The world-countries package's states (one import for the lexicon: first-names.ts and gazetteer.ts read it too). */
export const countries = cjsDefault(countriesImport);

/** Canonical labels that news usage prefers over the package's common name. */
const LABELS: Record<string, string> = {
  CZ: 'Czech Republic',
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
  CI: "Côte d'Ivoire",
  VA: 'Vatican City',
};

/** Forms the package lacks (short names, older names, press usage). */
const EXTRA_FORMS: Record<string, string[]> = {
  US: [
    'Etats-Unis',
    'Amérique',
    'America',
    'U.S.',
    'U.S.A.',
    'United States of America',
    'Maison Blanche',
    'Maison-Blanche',
    'White House',
  ],
  GB: ['Grande-Bretagne', 'Britain', 'Royaume Uni', 'U.K.'],
  RU: ['Kremlin'],
  CZ: ['Czechia', 'Tchéquie', 'République tchèque', 'Czech Republic'],
  KP: ['RPDC', 'Corée du Nord', 'North Korea'],
  CN: ['Chine', 'China'],
  IL: ['Israël'],
  TR: ['Türkiye', 'Turquie'],
  NL: ['Pays Bas', 'Hollande'],
  PS: ['Palestine', 'territoires palestiniens'],
  MD: ['Moldavie', 'Moldova'],
  BY: ['Bélarus', 'Biélorussie', 'Belarus'],
};

/** Forms that name two states (the two Congos), an older name shared with a region, or a surname (`Salvador`). */
const DROP_FORMS = new Set(['congo', 'macedonia', 'salvador']);

/** Short codes kept from the package's alternative spellings. */
const CODE_FORMS = new Set(['US', 'USA', 'UK', 'UAE', 'DPRK', 'DRC', 'RPDC', 'PRC', 'ROK']);

function frenchPlurals(word: string): string[] {
  const w = word.toLowerCase();
  return w.endsWith('s') || w.endsWith('x') ? [w] : [w, `${w}s`];
}

export function countryEntries(): EntityEntry[] {
  // a demonym is kept when it names one state (`afghan` is Afghanistan's in English and in French)
  const demonymCount = new Map<string, number>();
  const sovereign = countries.filter((c) => c.independent || ['PS', 'TW', 'XK'].includes(c.cca2));
  for (const c of sovereign)
    for (const d of new Set(
      [c.demonyms?.eng?.m, c.demonyms?.fra?.m].filter((x): x is string => !!x).map((x) => x.toLowerCase()),
    ))
      demonymCount.set(d, (demonymCount.get(d) ?? 0) + 1);

  return sovereign.map((c) => {
    const names = [
      c.name.common,
      c.name.official,
      c.translations.fra?.common,
      c.translations.fra?.official,
      ...c.altSpellings.filter((s) => (s.length > 3 && /^[\p{Script=Latin}\s'’.-]+$/u.test(s)) || CODE_FORMS.has(s)),
      ...(EXTRA_FORMS[c.cca2] ?? []),
    ].filter((s): s is string => !!s && !DROP_FORMS.has(s.toLowerCase()) && !s.includes(','));
    const adjectives: string[] = [];
    const eng = c.demonyms?.eng;
    const fra = c.demonyms?.fra;
    if (eng && demonymCount.get(eng.m.toLowerCase()) === 1) adjectives.push(eng.m, `${eng.m}s`);
    if (fra && demonymCount.get(fra.m.toLowerCase()) === 1)
      adjectives.push(...frenchPlurals(fra.m), ...frenchPlurals(fra.f));
    return {
      label: LABELS[c.cca2] ?? c.name.common,
      type: 'Country',
      forms: [...new Set(names)],
      adjectives: [...new Set(adjectives)],
      demonym: eng?.m,
    } satisfies EntityEntry;
  });
}
