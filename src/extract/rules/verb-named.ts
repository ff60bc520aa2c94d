/** People and actors a verb's object names indirectly: examples, lists of office holders, participants, counterparts. */
import type { Arg } from '../clauses.ts';
import { prepositionOf, verbAt } from '../phrases.ts';
import type { Analysed } from '../context.ts';
import {
  AND,
  COUNTERPART_NOUNS,
  DETERMINERS,
  GENITIVES,
  NAME_LIST_LINKS,
  PARTICIPATION_NOUNS,
} from '../lexicon/grammar.ts';
import { insideOffice, lexicon, longestMatch, verbSenses } from '../lexicon/index.ts';
import type { Mention } from '../mentions.ts';
import { ACTORS, MARKERS } from './shared.ts';

/** Mentions named as examples after the verb: `…, en particulier X et Y, ainsi que Z`, `…, including X and Y`. */
export function examples(s: Analysed, v: number): Mention[] {
  const { tokens } = s;
  let marker = -1;
  for (let k = v + 1; k < tokens.length && k <= v + 25 && marker < 0; k++) {
    const t = tokens[k]!;
    if (
      (MARKERS.has(t.lower) || MARKERS.has(`${t.lower} ${tokens[k + 1]?.lower ?? ''}`)) &&
      t.lower !== 'dont' &&
      t.lower !== 'among'
    )
      marker = k;
  }
  if (marker < 0 || tokens.slice(v + 1, marker).some((t) => t.text === ';' || t.text === '.' || verbAtIndex(s, t)))
    return [];
  const out: Mention[] = [];
  for (let k = marker + 1; k < tokens.length && !['.', ';', ':'].includes(tokens[k]!.text); k++) {
    const m = s.at[k];
    if (!m) continue;
    if (m.entity && ACTORS.includes(m.entity.type) && !m.adjective && !prepositionOf(tokens, m, marker + 1).prep)
      out.push(m);
    k = m.end - 1;
  }
  return out;
}
const verbAtIndex = (s: Analysed, t: { start: number }) => {
  const k = s.tokens.findIndex((u) => u.start === t.start);
  return k >= 0 && !!verbAt(s, k) && !!verbSenses(s.tokens[k]!.lower, s.sentence.language)[0]?.predicate;
};

/**
 * People listed after a person, each with an office in apposition: `le premier ministre de
 * l'Albanie, M. Edi Rama, le président de la Croatie, M. Zoran Milanović, et …`, `designated
 * the Vice President of X, A; a Deputy of Y, B; and a Chief of Z, C`.
 */
export function peopleListed(s: Analysed, first: Mention): Arg[] {
  if (first.entity?.type !== 'Person') return [];
  const lex = lexicon();
  const { tokens } = s;
  const out: Arg[] = [];
  let joined = false;
  for (let k = first.end; k < tokens.length; k++) {
    const t = tokens[k]!;
    const m = s.at[k];
    if (m?.entity?.type === 'Person' && !m.anaphor) {
      if (!joined) break;
      out.push({ mention: m });
      joined = false;
      k = m.end - 1;
      continue;
    }
    if (m) {
      k = m.end - 1;
      continue;
    }
    if (t.text === ',' || t.text === ';' || AND.test(t.lower)) joined = true;
    else if (
      !(
        t.cap ||
        DETERMINERS.has(t.lower) ||
        NAME_LIST_LINKS.test(t.lower) ||
        longestMatch(lex.offices, tokens, k) ||
        lex.seats.has(t.norm) ||
        lex.officeQualifiers.has(t.norm) ||
        longestMatch(lex.portfolios, tokens, k) ||
        insideOffice(s.tokens, k) ||
        lex.titles.has(t.norm)
      )
    )
      break;
  }
  return out;
}

/** A person named after `participation of`, `presence of`, `en présence de` within the clause of the verb at `v`. */
export function participant(s: Analysed, v: number): Arg | undefined {
  const { tokens } = s;
  const k = tokens.findIndex(
    (t, j) => j > v && j <= v + 10 && PARTICIPATION_NOUNS.has(t.lower) && GENITIVES.has(tokens[j + 1]?.lower ?? ''),
  );
  if (k < 0) return undefined;
  const person = s.mentions.find((m) => m.start > k && m.start <= k + 10 && m.entity?.type === 'Person');
  return person && prepositionOf(tokens, person, k + 1).at === k + 1 ? { mention: person } : undefined;
}

/** `son homologue espagnol, X`, `his Omani counterpart, X`, `its counterpart in Ghana`: the person named in apposition, else the country. */
export function counterpart(s: Analysed, v: number): Arg | undefined {
  const { tokens } = s;
  const k = tokens.findIndex((t, j) => j > v && j <= v + 5 && COUNTERPART_NOUNS.has(t.lower));
  if (k < 0) return undefined;
  const country = [
    s.at[k + 1],
    s.at[k - 1],
    tokens[k + 1]?.lower === 'in' || tokens[k + 1]?.lower === 'from' ? s.at[k + 2] : undefined,
  ].find((m) => m?.entity?.type === 'Country');
  const end = country && country.start > k ? country.end : k + 1;
  const named = tokens[end]?.text === ',' ? s.at[end + 1] : undefined;
  if (named?.entity?.type === 'Person') return { mention: named };
  return country ? { mention: country } : undefined;
}
