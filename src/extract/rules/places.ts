/** Place rules: places inside countries and regions (part_of), by region nouns, apposition and capitals. */
import type { Analysed } from '../context.ts';
import { COMPASS, DETERMINERS, GENITIVES, REGION_NOUNS } from '../lexicon/grammar.ts';
import { lexicon, longestMatch } from '../lexicon/index.ts';
import type { Mention } from '../mentions.ts';
import { capitalOf } from '../mentions/places.ts';
import type { Candidate } from './shared.ts';

/** `place` part of `around`, a fact its wording presupposes, read from `cue` at `cueAt`. */
const partOf = (
  place: Mention,
  around: Mention,
  cue: string,
  cueAt: number,
  clauseAt: number,
  confidence: number,
): Candidate => ({
  subject: place,
  object: around,
  predicate: 'part_of',
  rule: 'pattern.region',
  cue,
  cueAt,
  clauseAt,
  presupposed: true,
  confidence,
});

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
      if (country) out.push(partOf(spanning, country, t.text, k, k, 0.8));
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
    if (inside) out.push(partOf(place, inside, t.text, k, k, 0.8));
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
      out.push(partOf(place, whole, open!, place.end, place.start, 0.7));
    }
  }
  // `Cairo, the capital of Egypt`, `Bamako, capitale du Mali`
  for (const place of s.mentions) {
    const at = place.entity?.type === 'Location' ? capitalOf(tokens, place.end) : -1;
    const whole = at >= 0 ? s.at[at] : undefined;
    if (whole?.entity?.type === 'Country')
      out.push(partOf(place, whole, tokens[at - 1]!.text, place.end, place.start, 0.8));
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
      (DETERMINERS.has(tokens[k]!.lower) || GENITIVES.has(tokens[k]!.lower) || COMPASS.test(tokens[k]!.lower))
    )
      k++;
    const whole = s.at[k];
    if (
      whole?.entity &&
      (whole.entity.type === 'Country' || whole.entity.type === 'Location') &&
      !whole.adjective &&
      whole.entity.id !== place.entity.id
    ) {
      out.push(partOf(place, whole, tokens[place.end + 1]!.text, place.end + 1, place.start, 0.7));
    }
  }
  return out;
}
