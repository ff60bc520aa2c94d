/**
 * Offices: title nouns that say a person leads a body or a country (GUIDELINES §3 `leads`),
 * and courtesy titles that only mark a person (`M.`, `Mme`). A `leads` triple needs an
 * office plus a body (`secrétaire général de l'OTAN`) or a country adjective
 * (`le président ukrainien`); a bare title (`le secrétaire général Jens Stoltenberg`) only
 * marks the person. Multi-word offices are written as they appear; matching is folded.
 */

/** Offices whose holder leads the body or country named with them. */
export const LEADING_OFFICES: readonly string[] = [
  // French
  'secrétaire général', 'secrétaire générale', 'président', 'présidente', 'premier ministre', 'première ministre', 'ministre', 'chancelier', 'chancelière',
  'chef', 'cheffe', 'dirigeant', 'dirigeante', 'directeur', 'directrice', 'directeur général', 'directrice générale', 'haut représentant', 'haute représentante',
  'commandant', 'commandante', 'chef d\'état-major', 'roi', 'reine', 'émir', 'porte-parole', 'ambassadeur', 'ambassadrice',
  // English
  'Secretary General', 'Secretary-General', 'secretary general', 'secretary-general', 'President', 'president', 'Prime Minister', 'prime minister', 'Minister',
  'minister', 'Chancellor', 'chancellor', 'Secretary', 'secretary', 'head', 'leader', 'chief', 'Chief', 'Director', 'director', 'High Representative',
  'Commander', 'commander', 'King', 'Queen', 'spokesperson', 'spokesman', 'spokeswoman', 'Ambassador', 'ambassador', 'Advisor', 'Adviser', 'advisor',
  'adviser', 'conseiller', 'conseillère', 'envoy', 'Envoy', 'envoyé', 'envoyée', 'Special Representative', 'représentant spécial', 'représentante spéciale',
  'Governor', 'governor', 'gouverneur', 'gouverneure', 'Mayor', 'mayor', 'maire', 'Chairman', 'chairman', 'Chairwoman', 'Chairperson', 'chairperson',
  'Speaker', 'Commissioner', 'commissioner', 'commissaire', 'Prosecutor', 'prosecutor', 'procureur', 'procureure', 'Attorney General', 'Chief Justice',
  'Director-General', 'Director General', 'Administrator', 'administrateur', 'administratrice', 'Coordinator', 'coordonnateur', 'coordinateur',
  'Crown Prince', 'prince héritier', 'Emir', 'Sultan', 'sultan', 'Permanent Representative', 'représentant permanent', 'représentante permanente',
];

/**
 * Seats: a person holding one is a member of the body named with it (`a Deputy of the National
 * Assembly, X`, `X, député à l'Assemblée nationale`), not its leader.
 */
export const SEAT_OFFICES: readonly string[] = ['député', 'députée', 'Deputy', 'sénateur', 'sénatrice', 'Senator', 'parlementaire', 'lawmaker', 'MP', 'membre', 'member'];

/**
 * Words that qualify an office without ending its phrase: a term (`Président du Conseil pour le
 * mois de mars`, `Council President for the month of March`), an interim (`président par
 * intérim`, `acting president`), rank words (`commandant en chef`).
 */
export const OFFICE_QUALIFIERS: readonly string[] = [
  'mois', 'month', 'intérim', 'interim', 'exercice', 'acting', 'en', 'chef', 'in', 'adjoint', 'adjointe', 'principal', 'principale', 'suprême', 'supreme',
  'transition', 'transitional',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
];

/** Offices that represent rather than lead: they mark a person, but give no `leads` triple. */
export const NON_LEADING_OFFICES: readonly string[] = [
  'porte-parole', 'ambassadeur', 'ambassadrice', 'spokesperson', 'spokesman', 'spokeswoman', 'Ambassador', 'ambassador', 'Advisor', 'Adviser', 'advisor', 'adviser',
  'conseiller', 'conseillère', 'envoy', 'Envoy', 'envoyé', 'envoyée', 'Special Representative', 'représentant spécial', 'représentante spéciale',
  'Permanent Representative', 'représentant permanent', 'représentante permanente', 'Coordinator', 'coordonnateur', 'coordinateur',
];

/** Portfolios that may stand between an office and its country (`ministre de la Défense ukrainien`). */
export const PORTFOLIOS: readonly string[] = [
  'défense', 'affaires étrangères', 'intérieur', 'économie', 'finances', 'justice', 'armées', 'énergie', 'santé', 'commerce', 'gouvernement', 'état-major',
  'defence', 'defense', 'foreign affairs', 'foreign', 'interior', 'finance', 'economy', 'justice', 'energy', 'health', 'trade', 'state', 'staff', 'armed forces',
  'external affairs', 'affaires extérieures', 'home affairs', 'home', 'security', 'national security', 'sécurité', 'sécurité nationale', 'european affairs',
  'affaires européennes', 'development', 'développement', 'agriculture', 'transport', 'transports', 'education', 'éducation', 'labour', 'travail',
  'environment', 'environnement', 'culture', 'industry', 'industrie', 'immigration', 'homeland security',
];

/** Courtesy titles and ranks: the next capitalised words are a person's name. */
export const PERSON_TITLES: readonly string[] = [
  'M.', 'Mme', 'Mme.', 'Mlle', 'MM.', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Dr', 'Dr.', 'Pr', 'général', 'générale', 'General', 'Gen.', 'amiral', 'Admiral',
  'colonel', 'Colonel', 'sénateur', 'sénatrice', 'Senator', 'Sen.', 'député', 'députée', 'Rep.', 'Representative', 'Sir', 'Lord', 'Dame', 'honorable',
  'Honorable', 'Honourable', 'Hon.', 'Brig.', 'Gén.', 'Lt.', 'Col.', 'Maj.', 'Amb.', 'Ambassador', 'Ambassadeur', 'Prof.', 'Pr.',
];

/** Portfolios by their English name, for ministries named in either language (`ministère de la Défense` → Ministry of Defence). */
export const PORTFOLIO_NAMES: Readonly<Record<string, string>> = {
  défense: 'Defence', defence: 'Defence', defense: 'Defence', armées: 'Armed Forces', 'affaires étrangères': 'Foreign Affairs', 'foreign affairs': 'Foreign Affairs',
  foreign: 'Foreign Affairs', intérieur: 'Interior', interior: 'Interior', finances: 'Finance', finance: 'Finance', économie: 'Economy', economy: 'Economy',
  justice: 'Justice', santé: 'Health', health: 'Health', énergie: 'Energy', energy: 'Energy', commerce: 'Trade', trade: 'Trade',
};

/** Words that join an office to the body or country it is of (`secrétaire général de l'OTAN`, `NATO's Secretary General`, `Minister for Foreign Affairs`). */
export const OFFICE_LINKS = new Set(['de', "d'", 'du', 'des', 'la', 'le', 'les', "l'", 'of', 'the', "'s", 'for', 'pour', 'et', 'and']);

/** Capitalised words that qualify an office before it (`Prime Minister`, `Acting President`, `Haut Représentant`, `Special Envoy`). */
export const OFFICE_MODIFIERS = /^(prime|deputy|vice|first|premier|acting|chief|high|haut|haute|special|spécial)$/;

/** Words that start an office before its head (`Prime Minister`, `Foreign Minister`, `Defence Secretary`). */
export const OFFICE_PREFIX_WORDS = /^(prime|deputy|vice|foreign|defence|defense|chief|interior|finance)$/;
