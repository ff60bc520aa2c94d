/** Office rules: an office or a seat beside a name, its holder leads (or sits in) the body it names. */
import { prepositionOf } from '../phrases.ts';
import type { Analysed } from '../context.ts';
import {
  DEFINITE_ARTICLES,
  DETERMINERS,
  ENGLISH_INDEFINITES,
  GENITIVES,
  GENITIVE_ARTICLES,
  SECOND_OFFICE,
} from '../lexicon/grammar.ts';
import { OFFICE_LINKS, OFFICE_MODIFIERS, OFFICE_PREFIX_WORDS } from '../lexicon/offices.ts';
import { insideOffice, lexicon, longestMatch, officeStartsAt } from '../lexicon/index.ts';
import type { Mention } from '../mentions.ts';
import type { Token } from '../../text/tokens.ts';
import { fold } from '../../text/fold.ts';
import type { Candidate } from './shared.ts';

const BODY_TYPES = new Set(['Organization', 'Country']);
/** Between an office and its body stand only office and portfolio words, articles and `de`/`of` (`ministre des Affaires étrangères de la Tunisie`). */
function ownComplement(tokens: Token[], from: number, start: number): boolean {
  const lex = lexicon();
  for (let k = from; k < start; k++) {
    const t = tokens[k]!;
    if (
      DETERMINERS.has(t.lower) ||
      GENITIVES.has(t.lower) ||
      OFFICE_LINKS.has(t.lower) ||
      lex.officeQualifiers.has(t.norm) ||
      insideOffice(tokens, k) ||
      longestMatch(lex.offices, tokens, k) ||
      longestMatch(lex.portfolios, tokens, k) ||
      lex.titles.has(t.norm)
    )
      continue;
    if (t.cap && OFFICE_MODIFIERS.test(t.lower)) continue;
    return false;
  }
  return true;
}

/** An office word inside a genitive complement (`of the Secretary General`, `du secrétaire général`). */
function complement(tokens: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && DETERMINERS.has(tokens[j]!.lower)) j--;
  return GENITIVES.has(tokens[j]?.lower ?? '') || /^(to|auprès|for|pour)$/.test(tokens[j]?.lower ?? '');
}
/** A body an office can belong to: a named organisation or country, or a description of one (`du pays`). */
const bodyMention = (m: Mention | undefined) =>
  !!m && (m.entity ? BODY_TYPES.has(m.entity.type) : !!m.anaphor && m.anaphor.types.some((t) => BODY_TYPES.has(t)));

/** Where the office phrase before a person ends: before a courtesy title and a comma (`le président de la Croatie, M. Zoran Milanović`). */
function officeEnd(s: Analysed, p: Mention): number {
  let end = p.start;
  const { tokens } = s;
  if (end > 0 && lexicon().titles.has(tokens[end - 1]!.norm)) end--;
  // `…, le général Assimi Goïta`: an article before the title
  if (end < p.start && DEFINITE_ARTICLES.test(tokens[end - 1]?.lower ?? '')) end--;
  if (tokens[end - 1]?.text === ',') end--;
  return end;
}

/** The office phrase (`secrétaire général`, `Foreign Minister`) starting at token `k`. */
const officeAt = (tokens: Token[], k: number) => longestMatch(lexicon().offices, tokens, k);
/** A word that can stand inside an office phrase: an office, a portfolio, a qualifier, a link (`de`, `of`). */
function inPhrase(tokens: Token[], k: number): boolean {
  const lex = lexicon();
  const t = tokens[k]!;
  return (
    OFFICE_LINKS.has(t.lower) ||
    lex.officeQualifiers.has(t.norm) ||
    !!officeAt(tokens, k) ||
    !!longestMatch(lex.portfolios, tokens, k) ||
    insideOffice(tokens, k) ||
    lex.seats.has(t.norm)
  );
}

/** Office holders (`leads`) and seat holders (`member_of`): an office phrase and a person side by side. */
export function officeRules(s: Analysed): Candidate[] {
  const out: Candidate[] = [];
  const lex = lexicon();
  const { tokens } = s;
  for (const p of s.mentions) {
    if (p.entity?.type !== 'Person') continue;
    const phrases: [number, number][] = [];
    // office before the name: `le secrétaire général de l'OTAN, Jens Stoltenberg` / `NATO Secretary General Jens Stoltenberg`
    const end = officeEnd(s, p);
    for (let k = end - 1; k >= 0 && k >= end - 12; k--) {
      const t = tokens[k]!;
      if (['.', ';', ':', '«', '»', '(', ')', ','].includes(t.text)) break;
      // the phrase holds titles, portfolios, bodies, qualifiers and `de`: another person or a verb ends it
      const m = s.at[k];
      if ((m && m !== p && m.entity?.type === 'Person') || (!m && t.kind === 'word' && !t.cap && !inPhrase(tokens, k)))
        break;
      // (an office inside a complement is someone else's: `Director of the Private Office of the Secretary General`)
      // (nor is an office before a possessive: `the Secretary General's Special Representative`)
      if (
        officeStartsAt(tokens, k) &&
        !complement(tokens, k) &&
        tokens[k + (officeAt(tokens, k)?.length ?? 1)]?.lower !== "'s"
      )
        phrases.push([k, end]);
    }
    // the office phrase nearest the name is its own: a person in a list (`…, the Acting Spokesperson, X, the Deputy …`) takes no office after
    const before = phrases.length;
    // the head of the phrase is its first office: `First Deputy Director of …`
    phrases.reverse();
    // office after the name, in apposition: `Jens Stoltenberg, secrétaire général de l'OTAN,`, `Aung Tun, le président du pays`
    if (tokens[p.end]?.text === ',' && before === 0) {
      let k = p.end + 1;
      while (k < tokens.length && k <= p.end + 12 && ![',', '.', ';', ':', '(', ')'].includes(tokens[k]!.text)) k++;
      let first = p.end + 1;
      while (first < k && (DETERMINERS.has(tokens[first]!.lower) || ENGLISH_INDEFINITES.test(tokens[first]!.lower)))
        first++;
      // the apposition opens with its office (or an adjective and the office: `le Premier ministre suédois`)
      if ([first, first + 1].some((j) => j < k && officeStartsAt(tokens, j))) phrases.push([first, k]);
    }
    for (const [from, to] of phrases) {
      const at = [from, ...Array.from({ length: to - from - 1 }, (_, j) => from + 1 + j)].find(
        (k) => officeAt(tokens, k) || lex.seats.has(tokens[k]!.norm),
      )!;
      const office = officeAt(tokens, at);
      const officeWord = office ? office.hits[0]!.entity.label : tokens[at]!.text;
      const seat = !office || lex.seats.has(fold(officeWord));
      if (!seat && lex.nonLeading.has(fold(officeWord))) break;
      // deputies and assistants do not lead (`Deputy Prime Minister`, `vice-président`, `secrétaire général adjoint`)
      if (
        !seat &&
        tokens.slice(Math.max(from - 2, 0), to).some((t) => SECOND_OFFICE.has(t.lower) && t.lower !== 'first')
      )
        break;
      // the body: a mention inside the phrase, or before it over portfolio words (`NATO Secretary General`, `British Defence Secretary`, `Iran's foreign minister`)
      // (the body is the office's own complement: not `NATO` in `Director of the Office of the Secretary General of NATO`)
      const inside = s.mentions.filter(
        (m) =>
          m.start >= from &&
          m.end <= to &&
          m !== p &&
          bodyMention(m) &&
          (m.adjective || ownComplement(tokens, from, m.start)),
      );
      let b = from - 1;
      while (
        b > 0 &&
        b >= from - 3 &&
        !s.at[b] &&
        (longestMatch(lex.portfolios, tokens, b) ||
          insideOffice(tokens, b) ||
          OFFICE_PREFIX_WORDS.test(tokens[b]!.lower))
      )
        b--;
      const before = s.at[b] ?? (tokens[b]?.lower === "'s" ? s.at[b - 1] : undefined);
      // or after the name: `President Ferdinand Marcos Jr. of the Philippines`
      let a = p.end;
      while (a < tokens.length && a <= p.end + 2 && GENITIVE_ARTICLES.test(tokens[a]!.lower)) a++;
      const after =
        to === end && a > p.end && GENITIVES.has(tokens[p.end]!.lower) && bodyMention(s.at[a]) && !s.at[a]!.adjective
          ? s.at[a]
          : undefined;
      const body =
        inside.find((m) => !m.adjective && GENITIVES.has(prepositionOf(tokens, m, from).prep ?? '')) ??
        inside.find((m) => m.adjective) ??
        (bodyMention(before) && before!.entity ? before : undefined) ??
        inside[0] ??
        after;
      if (!body) continue;
      if (seat)
        out.push({
          subject: p,
          object: body,
          predicate: 'member_of',
          rule: 'apposition.seat',
          cue: officeWord,
          cueAt: at,
          clauseAt: from,
          presupposed: true,
          confidence: 0.8,
        });
      else
        out.push({
          subject: p,
          object: body,
          predicate: 'leads',
          rule: 'apposition.office',
          cue: officeWord,
          cueAt: at,
          clauseAt: from,
          presupposed: true,
          confidence: 0.9,
        });
      break;
    }
  }
  return out;
}
