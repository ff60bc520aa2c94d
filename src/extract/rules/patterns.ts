/** Pattern rules: offices beside names (leads), places inside countries (part_of), members of bodies (member_of). */
import { coordinatedLeft, prepositionOf, rightArgs } from '../clauses.ts';
import type { Analysed } from '../context.ts';
import {
  COMPASS,
  DEFINITE_ARTICLES,
  DETERMINERS,
  ENGLISH_INDEFINITES,
  GENITIVES,
  GENITIVE_ARTICLES,
  MEMBER_COPULA,
  REGION_NOUNS,
  SECOND_OFFICE,
} from '../lexicon/grammar.ts';
import { MEMBER, MEMBER_WORDS } from '../lexicon/noun-classes.ts';
import { OFFICE_LINKS, OFFICE_MODIFIERS, OFFICE_PREFIX_WORDS } from '../lexicon/offices.ts';
import { insideOffice, lexicon, longestMatch, officeStartsAt } from '../lexicon/index.ts';
import { capitalOf } from '../mentions.ts';
import type { Mention } from '../mentions.ts';
import type { Token } from '../../text/tokens.ts';
import { fold } from '../../text/fold.ts';
import type { Candidate } from './shared.ts';

const BODY_TYPES = new Set(['Organization', 'Country']);
/** Between an office and its body stand only office and portfolio words, articles and `de`/`of` (`ministre des Affaires étrangères de la Tunisie`). */
function ownComplement(tokens: Token[], from: number, start: number): boolean {
  const lex = lexicon();
  for (let k = from; k < start; k++) {
    const t = tokens[k];
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
  while (j >= 0 && DETERMINERS.has(tokens[j].lower)) j--;
  return GENITIVES.has(tokens[j]?.lower ?? '') || /^(to|auprès|for|pour)$/.test(tokens[j]?.lower ?? '');
}
/** A body an office can belong to: a named organisation or country, or a description of one (`du pays`). */
const bodyMention = (m: Mention | undefined) =>
  !!m && (m.entity ? BODY_TYPES.has(m.entity.type) : !!m.anaphor && m.anaphor.types.some((t) => BODY_TYPES.has(t)));

/** Where the office phrase before a person ends: before a courtesy title and a comma (`le président de la Croatie, M. Zoran Milanović`). */
function officeEnd(s: Analysed, p: Mention): number {
  let end = p.start;
  const { tokens } = s;
  if (end > 0 && lexicon().titles.has(tokens[end - 1].norm)) end--;
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
  return (
    OFFICE_LINKS.has(tokens[k].lower) ||
    lex.officeQualifiers.has(tokens[k].norm) ||
    !!officeAt(tokens, k) ||
    !!longestMatch(lex.portfolios, tokens, k) ||
    insideOffice(tokens, k) ||
    lex.seats.has(tokens[k].norm)
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
      if (['.', ';', ':', '«', '»', '(', ')', ','].includes(tokens[k].text)) break;
      // the phrase holds titles, portfolios, bodies, qualifiers and `de`: another person or a verb ends it
      const m = s.at[k];
      if (
        (m && m !== p && m.entity?.type === 'Person') ||
        (!m && tokens[k].kind === 'word' && !tokens[k].cap && !inPhrase(tokens, k))
      )
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
      while (k < tokens.length && k <= p.end + 12 && ![',', '.', ';', ':', '(', ')'].includes(tokens[k].text)) k++;
      let first = p.end + 1;
      while (first < k && (DETERMINERS.has(tokens[first].lower) || ENGLISH_INDEFINITES.test(tokens[first].lower)))
        first++;
      // the apposition opens with its office (or an adjective and the office: `le Premier ministre suédois`)
      if ([first, first + 1].some((j) => j < k && officeStartsAt(tokens, j))) phrases.push([first, k]);
    }
    for (const [from, to] of phrases) {
      const at = [from, ...Array.from({ length: to - from - 1 }, (_, j) => from + 1 + j)].find(
        (k) => officeAt(tokens, k) || lex.seats.has(tokens[k].norm),
      )!;
      const officeWord = officeAt(tokens, at)?.hits[0].entity.label ?? tokens[at].text;
      const seat = !officeAt(tokens, at) || lex.seats.has(fold(officeWord));
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
          OFFICE_PREFIX_WORDS.test(tokens[b].lower))
      )
        b--;
      const before = s.at[b] ?? (tokens[b]?.lower === "'s" ? s.at[b - 1] : undefined);
      // or after the name: `President Ferdinand Marcos Jr. of the Philippines`
      let a = p.end;
      while (a < tokens.length && a <= p.end + 2 && GENITIVE_ARTICLES.test(tokens[a].lower)) a++;
      const after =
        to === end && a > p.end && GENITIVES.has(tokens[p.end].lower) && bodyMention(s.at[a]) && !s.at[a]!.adjective
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

/** A mention of a country, or nothing. */
const country = (m: Mention | undefined) => (m?.entity?.type === 'Country' ? m : undefined);

/** `la région russe de Koursk`, `la région de Koursk, en Russie`, `the Kursk region of Russia`, `Russia's Kursk region`. */
export function placeRules(s: Analysed): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = s;
  tokens.forEach((t, k) => {
    if (!REGION_NOUNS.has(t.lower)) return;
    // `l'île japonaise de Hokkaido`: the place's mention spans its head and the country's adjective
    const spanning = s.at[k]?.entity?.type === 'Location' && s.at[k]!.start === k ? s.at[k] : undefined;
    if (spanning) {
      // (French after the head: `île japonaise`; English before it: `the Indonesian island of Batam`)
      const french = longestMatch(lexicon().trie, tokens, k + 1)?.hits.find(
        (h) => h.adjective && h.entity.type === 'Country',
      );
      const english = s.at[k - 1]?.adjective && s.at[k - 1]!.entity?.type === 'Country' ? s.at[k - 1] : undefined;
      const country = french
        ? { start: k + 1, end: k + 2, entity: french.entity, adjective: true, source: 'lexicon' }
        : english;
      if (country)
        out.push({
          subject: spanning,
          object: country,
          predicate: 'part_of',
          rule: 'pattern.region',
          cue: t.text,
          cueAt: k,
          clauseAt: k,
          presupposed: true,
          confidence: 0.8,
        });
      return;
    }
    // the place: `région (russe) de X`, or `X region`
    const after = s.mentions.find((m) => m.start > k && m.start <= k + 4 && m.entity?.type === 'Location');
    const before = s.at[k - 1]?.entity?.type === 'Location' ? s.at[k - 1] : undefined;
    const place = before ?? after;
    if (!place) return;
    const end = Math.max(k, place.end - 1);
    const inside =
      (s.at[k + 1]?.adjective ? country(s.at[k + 1]) : undefined) ?? // région russe de X
      (/^(en|in|of|de)$/.test(tokens[end + 1]?.lower ?? '') ? country(s.at[end + 2] ?? s.at[end + 3]) : undefined) ?? // X region of Russia
      (tokens[place.start - 1]?.lower === "'s" ? country(s.at[place.start - 2]) : undefined) ?? // Russia's Kursk region
      (s.at[place.start - 1]?.adjective ? country(s.at[place.start - 1]) : undefined); // Russian Kursk region
    if (inside)
      out.push({
        subject: place,
        object: inside,
        predicate: 'part_of',
        rule: 'pattern.region',
        cue: t.text,
        cueAt: k,
        clauseAt: k,
        presupposed: true,
        confidence: 0.8,
      });
  });
  // `Tessit (Mali)`, `Tessit (État de Gao méridional)`, `in Baidoa, Somalia,`: a place and the country or region around it, in apposition
  for (const place of s.mentions) {
    if (place.entity?.type !== 'Location') continue;
    const open = tokens[place.end]?.text;
    // (`(État du Darfour méridional)`: a region's head noun may open the parenthesis)
    const whole =
      s.at[place.end + 1] ??
      (open === '('
        ? s.mentions.find(
            (m) =>
              m.start > place.end + 1 &&
              m.start <= place.end + 3 &&
              tokens.slice(place.end + 1, m.start).every((t) => !t.cap || REGION_NOUNS.has(t.lower)),
          )
        : undefined);
    const close = whole && tokens[whole.end]?.text;
    const apposed =
      open === '(' ? close === ')' : open === ',' && (close === ',' || close === '.' || close === undefined);
    if (
      apposed &&
      whole?.entity &&
      !whole.adjective &&
      whole.entity.id !== place.entity.id &&
      (whole.entity.type === 'Country' || (whole.entity.type === 'Location' && open === '('))
    ) {
      out.push({
        subject: place,
        object: whole,
        predicate: 'part_of',
        rule: 'pattern.region',
        cue: open,
        cueAt: place.end,
        clauseAt: place.start,
        presupposed: true,
        confidence: 0.7,
      });
    }
  }
  // `Cairo, the capital of Egypt`, `Bamako, capitale du Mali`
  for (const place of s.mentions) {
    const at = place.entity?.type === 'Location' ? capitalOf(tokens, place.end) : -1;
    const whole = at >= 0 ? s.at[at] : undefined;
    if (whole?.entity?.type === 'Country')
      out.push({
        subject: place,
        object: whole,
        predicate: 'part_of',
        rule: 'pattern.region',
        cue: tokens[at - 1].text,
        cueAt: place.end,
        clauseAt: place.start,
        presupposed: true,
        confidence: 0.8,
      });
  }
  // `Rzeszów, dans le sud-est de la Pologne`, `Isfahan, in central Iran`, `le port d'Izmaïl, dans la région d'Odessa`
  for (const place of s.mentions) {
    if (
      place.entity?.type !== 'Location' ||
      tokens[place.end]?.text !== ',' ||
      !/^(dans|en|in|au)$/.test(tokens[place.end + 1]?.lower ?? '')
    )
      continue;
    let k = place.end + 2;
    while (
      k < place.end + 7 &&
      tokens[k] &&
      !s.at[k] &&
      (DETERMINERS.has(tokens[k].lower) || GENITIVES.has(tokens[k].lower) || COMPASS.test(tokens[k].lower))
    )
      k++;
    const whole = s.at[k];
    if (
      whole?.entity &&
      (whole.entity.type === 'Country' || whole.entity.type === 'Location') &&
      !whole.adjective &&
      whole.entity.id !== place.entity.id
    ) {
      out.push({
        subject: place,
        object: whole,
        predicate: 'part_of',
        rule: 'pattern.region',
        cue: tokens[place.end + 1].text,
        cueAt: place.end + 1,
        clauseAt: place.start,
        presupposed: true,
        confidence: 0.7,
      });
    }
  }
  return out;
}

/**
 * Members: groups named as members of a body (`pays membres de l'OTAN`, `NATO allies`), and
 * states called members (`la Turquie, membre de l'OTAN`, `la Lituanie est membre de l'OTAN et de l'UE`,
 * `Turkey, a NATO member`, `NATO member Turkey`).
 */
export function memberRules(s: Analysed): Candidate[] {
  const out: Candidate[] = [];
  const lex = lexicon();
  const { tokens } = s;
  tokens.forEach((t, k) => {
    if (!MEMBER.test(t.lower)) return;
    // the members, on the left: `X, membre de`, `X est membre de`, `X, a NATO member`
    let j = k - 1;
    while (
      j >= 0 &&
      (MEMBER_COPULA.test(tokens[j].lower) ||
        DETERMINERS.has(tokens[j].lower) ||
        (s.at[j]?.entity?.type === 'Organization' && j === k - 1))
    )
      j--;
    const left = s.at[j];
    // the body: `membre de Y (et de Z)` or `Y member`
    const bodies: Mention[] = [];
    if (s.at[k - 1]?.entity?.type === 'Organization') bodies.push(s.at[k - 1]!);
    for (const a of rightArgs(s, k, 10)) {
      if (a.mention.entity?.type !== 'Organization' || !a.prep || !GENITIVES.has(a.prep)) break;
      bodies.push(a.mention);
    }
    const members =
      left?.entity && ['Country', 'Group', 'Organization'].includes(left.entity.type) && !left.adjective
        ? coordinatedLeft(s, left)
        : [];
    // `NATO member Turkey`
    if (!members.length && s.at[k - 1]?.entity?.type === 'Organization' && s.at[k + 1]?.entity?.type === 'Country')
      members.push(s.at[k + 1]!);
    for (const m of members)
      for (const b of bodies)
        if (m !== b)
          out.push({
            subject: m,
            object: b,
            predicate: 'member_of',
            rule: 'pattern.members',
            cue: t.text,
            cueAt: k,
            clauseAt: m.start,
            presupposed: true,
            confidence: 0.8,
          });
  });
  for (const m of s.mentions) {
    if (m.entity?.type !== 'Group' || m.end - m.start < 2) continue;
    // `pays membres de l'OTAN`, `NATO allies`: members; `dirigeants du G7`: leaders, not members
    if (!s.tokens.slice(m.start, m.end).some((t) => MEMBER_WORDS.test(t.lower))) continue;
    for (let k = m.start; k < m.end; k++) {
      const inner = longestMatch(lex.trie, s.tokens, k);
      const body = inner?.hits.find((h) => h.entity.type === 'Organization')?.entity;
      if (!body) continue;
      // a body's own members (`les pays de l'OTAN` are the Allies): true by definition, news to no one
      if (body.membersGroup && lex.byLabel.get(body.membersGroup.toLowerCase())?.id === m.entity.id) break;
      const object: Mention = { start: k, end: k + inner!.length, entity: body, adjective: false, source: 'lexicon' };
      out.push({
        subject: m,
        object,
        predicate: 'member_of',
        rule: 'pattern.members',
        cue: s.tokens
          .slice(m.start, m.end)
          .map((t) => t.text)
          .join(' '),
        cueAt: m.start,
        clauseAt: m.start,
        presupposed: true,
        confidence: 0.7,
      });
      break;
    }
  }
  return out;
}
