/**
 * Verb inflections, generated from the lemmas in lexicon/predicates.ts, so that teaching the
 * extractor a verb is one row. French: a regular conjugator for the three groups, merged
 * with fr-compromise's conjugations (its tables are incomplete for some verbs, so ours come
 * first); English: compromise's conjugator. Forms are folded; each carries its tense, which
 * modality needs (a plain future is not an asserted fact).
 */
import { compiledLexicon } from './lexicon/compiled.ts';
import { english, french } from './nlp.ts';

export type Tense =
  | 'infinitive'
  | 'present'
  | 'past'
  | 'participle'
  | 'future'
  | 'conditional'
  | 'subjunctive'
  | 'gerund';

export interface Inflection {
  form: string;
  tense: Tense;
}

const FR_ENDINGS: Record<'er' | 'ir' | 're', Partial<Record<Tense, string[]>>> = {
  er: {
    present: ['e', 'ons', 'ez', 'ent'],
    past: ['ais', 'ait', 'ions', 'iez', 'aient', 'a', 'èrent', 'ai'],
    participle: ['é', 'ée', 'és', 'ées'],
    gerund: ['ant'],
    subjunctive: ['e', 'ent'],
  },
  ir: {
    present: ['is', 'it', 'issons', 'issez', 'issent'],
    past: ['issais', 'issait', 'issions', 'issiez', 'issaient', 'it', 'irent'],
    participle: ['i', 'ie', 'is', 'ies'],
    gerund: ['issant'],
    subjunctive: ['isse', 'issent'],
  },
  re: {
    present: ['s', '', 'ons', 'ez', 'ent'],
    past: ['ais', 'ait', 'ions', 'iez', 'aient', 'it', 'irent'],
    participle: ['u', 'ue', 'us', 'ues'],
    gerund: ['ant'],
    subjunctive: ['e', 'ent'],
  },
};
const FUTURE = ['ai', 'as', 'a', 'ons', 'ez', 'ont'];
const CONDITIONAL = ['ais', 'ait', 'ions', 'iez', 'aient'];

/** Spelling changes before endings that start with a or o (mangeons, lançait). */
function frStem(stem: string, ending: string): string {
  if (!/^[aoâ]/.test(ending)) return stem;
  if (stem.endsWith('g')) return `${stem}e`;
  if (stem.endsWith('c')) return `${stem.slice(0, -1)}ç`;
  return stem;
}

function inflectFrench(lemma: string): Inflection[] {
  const group = lemma.endsWith('er') ? 'er' : lemma.endsWith('ir') ? 'ir' : 're';
  const stem = lemma.slice(0, -2);
  const out: Inflection[] = [{ form: lemma, tense: 'infinitive' }];
  for (const [tense, endings] of Object.entries(FR_ENDINGS[group]) as [Tense, string[]][]) {
    for (const e of endings) out.push({ form: frStem(stem, e) + e, tense });
  }
  // -yer verbs: envoie, emploient
  if (stem.endsWith('y'))
    for (const e of ['e', 'es', 'ent']) out.push({ form: `${stem.slice(0, -1)}i${e}`, tense: 'present' });
  const futureStem = group === 're' ? lemma.slice(0, -1) : lemma;
  for (const e of FUTURE) out.push({ form: futureStem + e, tense: 'future' });
  for (const e of CONDITIONAL) out.push({ form: futureStem + e, tense: 'conditional' });
  try {
    const [table] = french()(lemma).verbs().conjugate() as Record<string, string | Record<string, string>>[];
    const tenses: Record<string, Tense> = {
      PastTense: 'past',
      PresentTense: 'present',
      FutureTense: 'future',
      PastParticiple: 'participle',
    };
    for (const [key, value] of Object.entries(table ?? {})) {
      const tense = tenses[key];
      if (!tense) continue;
      // second person singular forms are left out: news hardly says `tu`, and `sanctions`, `frappes` are nouns
      const forms =
        typeof value === 'string'
          ? [value]
          : Object.entries(value)
              .filter(([person]) => person !== 'second')
              .map(([, f]) => f);
      for (const form of forms) if (form !== lemma) out.push({ form, tense });
    }
  } catch {
    // fr-compromise has no table for this verb: the regular forms stand.
  }
  return out;
}

function inflectEnglish(lemma: string): Inflection[] {
  const out: Inflection[] = [{ form: lemma, tense: 'infinitive' }];
  const [table] = english()(lemma).verbs().conjugate() as Record<string, string>[];
  const tenses: Record<string, Tense> = {
    PastTense: 'past',
    PresentTense: 'present',
    Gerund: 'gerund',
    Participle: 'participle',
  };
  for (const [key, value] of Object.entries(table ?? {})) {
    const tense = tenses[key];
    if (tense && value && !value.includes(' ')) out.push({ form: value, tense });
  }
  if (out.length === 1) {
    // compromise has no table for words it reads as adjectives (`brief`): the regular forms
    const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
    out.push(
      { form: `${lemma}s`, tense: 'present' },
      { form: `${stem}ed`, tense: 'past' },
      { form: `${stem}ing`, tense: 'gerund' },
    );
  }
  if (!out.some((i) => i.tense === 'participle')) {
    const past = out.find((i) => i.tense === 'past');
    if (past) out.push({ form: past.form, tense: 'participle' });
  }
  return out;
}

/**
 * Lowercase form (accents kept: `attaqués` is a verb, `attaques` a noun) → tense; the first
 * tense given for a form wins (regular before library).
 */
export function inflectionTable(
  lemma: string,
  language: 'fr' | 'en',
  extra: readonly string[] = [],
): Map<string, Tense> {
  const table = new Map<string, Tense>();
  const list = inflections(lemma, language);
  for (const { form, tense } of list) if (!table.has(form.toLowerCase())) table.set(form.toLowerCase(), tense);
  for (const form of extra)
    if (!table.has(form.toLowerCase())) table.set(form.toLowerCase(), guessTense(form, language));
  return table;
}

const COMPUTED = new Map<string, [string, Tense][]>();

/** A lemma's inflections: compiled with the package (compiled.ts), or conjugated now (a user's verb, or running from the sources). */
function inflections(lemma: string, language: 'fr' | 'en'): Inflection[] {
  const key = `${language}:${lemma}`;
  const known = compiledLexicon()?.inflections[key] ?? COMPUTED.get(key);
  if (known) return known.map(([form, tense]) => ({ form, tense }));
  const list = language === 'fr' ? inflectFrench(lemma) : inflectEnglish(lemma);
  COMPUTED.set(
    key,
    list.map((i) => [i.form, i.tense]),
  );
  return list;
}

/** The inflections conjugated in this process, for compile-data.ts. */
export const computedInflections = (): ReadonlyMap<string, [string, Tense][]> => COMPUTED;

/** The tense of an irregular form listed by hand (`promise`, `enverra`, `soutenu`). */
function guessTense(form: string, language: 'fr' | 'en'): Tense {
  if (language === 'en') return /(ed|en|wn|t)$/.test(form) ? 'participle' : 'present';
  if (/(ra|rai|ras|rons|rez|ront)$/.test(form)) return 'future';
  if (/(ent|ons|ez)$/.test(form)) return 'present';
  return /(é|ée|ées|és|i|ie|ies|is|u|ue|ues|us|se|ses)$/.test(form) ? 'participle' : 'present';
}
