/** Locations: named places below or across states (regions, cities, seas). */
import type { EntityEntry } from './entry.ts';

export const LOCATIONS: readonly EntityEntry[] = [
  { label: 'Kursk', type: 'Location', forms: ['Kursk', 'Koursk'] },
  { label: 'Donbas', type: 'Location', forms: ['Donbas', 'Donbass'] },
  { label: 'Crimea', type: 'Location', forms: ['Crimée', 'Crimea'] },
  { label: 'Kharkiv', type: 'Location', forms: ['Kharkiv', 'Kharkov'] },
  { label: 'Zaporizhzhia', type: 'Location', forms: ['Zaporijjia', 'Zaporizhzhia', 'Zaporijia'] },
  { label: 'Kherson', type: 'Location', forms: ['Kherson'] },
  { label: 'Odesa', type: 'Location', forms: ['Odessa', 'Odesa'] },
  { label: 'Donetsk', type: 'Location', forms: ['Donetsk'] },
  { label: 'Luhansk', type: 'Location', forms: ['Louhansk', 'Luhansk', 'Lougansk'] },
  { label: 'Bakhmut', type: 'Location', forms: ['Bakhmout', 'Bakhmut'] },
  { label: 'Belgorod', type: 'Location', forms: ['Belgorod'] },
  { label: 'Kyiv', type: 'Location', forms: ['Kyiv', 'Kiev', 'Kyïv'] },
  { label: 'Moscow', type: 'Location', forms: ['Moscou', 'Moscow'] },
  { label: 'Brussels', type: 'Location', forms: ['Bruxelles', 'Brussels'] },
  { label: 'Washington', type: 'Location', forms: ['Washington'] },
  { label: 'Paris', type: 'Location', forms: ['Paris'] },
  { label: 'Berlin', type: 'Location', forms: ['Berlin'] },
  { label: 'London', type: 'Location', forms: ['Londres', 'London'] },
  { label: 'Vilnius', type: 'Location', forms: ['Vilnius'] },
  { label: 'Gaza', type: 'Location', forms: ['Gaza', 'bande de Gaza', 'Gaza Strip'] },
  { label: 'West Bank', type: 'Location', forms: ['Cisjordanie', 'West Bank'] },
  { label: 'Black Sea', type: 'Location', forms: ['mer Noire', 'Black Sea'] },
  { label: 'Baltic Sea', type: 'Location', forms: ['mer Baltique', 'Baltic Sea'] },
  { label: 'Red Sea', type: 'Location', forms: ['mer Rouge', 'Red Sea'] },
  { label: 'Sahel', type: 'Location', forms: ['Sahel'] },
  { label: 'Middle East', type: 'Location', forms: ['Proche-Orient', 'Moyen-Orient', 'Middle East'] },
  { label: 'Europe', type: 'Location', forms: ['Europe'] },
  { label: 'Africa', type: 'Location', forms: ['Afrique', 'Africa'] },
];

/** Place nouns: a capitalised name after them is a place (`la ville de Lviv`, `le port d'Izmaïl`, `Kharkiv region`). */
export const LOCATION_HEADS: readonly string[] = [
  'ville', 'port', 'île', 'province', 'région', 'oblast', 'district', 'camp', 'base', 'village', 'localité', 'city', 'island', 'region', 'town', 'county',
  'État', 'state', 'préfecture', 'prefecture', 'gouvernorat', 'governorate', 'wilaya', 'comté',
];

/** Capitalised words that are never places after `à` / `in` (months, days). */
export const NOT_PLACES: readonly string[] = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre', 'lundi', 'mardi', 'mercredi',
  'jeudi', 'vendredi', 'samedi', 'dimanche', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
];
