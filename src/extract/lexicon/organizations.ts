/**
 * Organizations: named institutions, alliances, bodies, armed groups and companies.
 * One row per entity: canonical English label, then French and English forms and acronyms.
 * Institutional names that follow a pattern (`ministère de la Défense ukrainien`) are built
 * by extract/mentions.ts, and whole classes of bodies are in institutions.ts; neither is listed here.
 */
import type { EntityEntry } from './entry.ts';

export const ORGANIZATIONS: readonly EntityEntry[] = [
  {
    label: 'NATO',
    type: 'Organization',
    membersGroup: 'Allies',
    forms: ['NATO', 'OTAN', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', "Organisation du traité de l'Atlantique nord", 'Alliance atlantique', 'Atlantic Alliance', 'North Atlantic Alliance', 'NATO alliance', 'Alliance'],
    adjectives: ['NATO'],
  },
  { label: 'NATO-Ukraine Council', type: 'Organization', forms: ['Conseil OTAN-Ukraine', 'Conseil NATO-Ukraine', 'Conseil OTAN Ukraine', 'NATO-Ukraine Council', 'NATO Ukraine Council', 'NUC'] },
  { label: 'NATO-Russia Council', type: 'Organization', forms: ['Conseil OTAN-Russie', 'NATO-Russia Council'] },
  // `européen` / `European` are not adjectives of the Union: `les pays européens` are not the EU acting
  { label: 'European Union', type: 'Organization', membersGroup: 'EU member states', forms: ['Union européenne', 'European Union', 'UE', 'EU'] },
  { label: 'European Commission', type: 'Organization', forms: ['Commission européenne', 'European Commission'] },
  { label: 'European Parliament', type: 'Organization', forms: ['Parlement européen', 'European Parliament'] },
  { label: 'European Council', type: 'Organization', forms: ['Conseil européen', 'European Council'] },
  { label: 'Council of the European Union', type: 'Organization', forms: ["Conseil de l'Union européenne", "Conseil de l'UE", 'Council of the European Union', 'Council of the EU'] },
  { label: 'United Nations', type: 'Organization', forms: ['ONU', 'Nations unies', 'Organisation des Nations unies', 'United Nations', 'UN', 'U.N.'] },
  { label: 'UN Security Council', type: 'Organization', forms: ['Conseil de sécurité', "Conseil de sécurité de l'ONU", 'Conseil de sécurité des Nations unies', 'Security Council', 'UN Security Council', 'United Nations Security Council'] },
  { label: 'UN General Assembly', type: 'Organization', forms: ['Assemblée générale des Nations unies', "Assemblée générale de l'ONU", 'UN General Assembly', 'General Assembly'] },
  { label: 'International Atomic Energy Agency', type: 'Organization', forms: ['AIEA', 'IAEA', "Agence internationale de l'énergie atomique", 'International Atomic Energy Agency'] },
  { label: 'International Criminal Court', type: 'Organization', forms: ['CPI', 'ICC', 'Cour pénale internationale', 'International Criminal Court'] },
  { label: 'OSCE', type: 'Organization', forms: ['OSCE', 'Organisation pour la sécurité et la coopération en Europe', 'Organization for Security and Co-operation in Europe'] },
  { label: 'Council of Europe', type: 'Organization', forms: ["Conseil de l'Europe", 'Council of Europe'] },
  { label: 'G7', type: 'Organization', forms: ['G7', 'G-7', 'Groupe des sept', 'Group of Seven'] },
  { label: 'G20', type: 'Organization', forms: ['G20', 'G-20', 'Groupe des vingt', 'Group of Twenty'] },
  { label: 'African Union', type: 'Organization', forms: ['Union africaine', 'African Union', 'UA', 'AU'] },
  { label: 'ASEAN', type: 'Organization', forms: ['ASEAN', 'ANASE'] },
  { label: 'Arab League', type: 'Organization', forms: ['Ligue arabe', 'Arab League'] },
  { label: 'International Monetary Fund', type: 'Organization', forms: ['FMI', 'IMF', 'Fonds monétaire international', 'International Monetary Fund'] },
  { label: 'World Bank', type: 'Organization', forms: ['Banque mondiale', 'World Bank'] },
  { label: 'World Health Organization', type: 'Organization', forms: ['OMS', 'WHO', 'Organisation mondiale de la santé', 'World Health Organization'] },
  { label: 'US House of Representatives', type: 'Organization', forms: ['Chambre des représentants des États-Unis', 'Chambre des représentants américaine', 'Chambre des représentants', 'House of Representatives', 'US House of Representatives', 'U.S. House of Representatives', 'United States House of Representatives', 'US House', 'U.S. House'] },
  { label: 'US Senate', type: 'Organization', forms: ['Sénat américain', 'Sénat des États-Unis', 'US Senate', 'U.S. Senate', 'United States Senate'] },
  { label: 'US Congress', type: 'Organization', forms: ['Congrès américain', 'Congrès des États-Unis', 'US Congress', 'U.S. Congress'] },
  { label: 'Pentagon', type: 'Organization', forms: ['Pentagone', 'Pentagon'] },
  { label: 'Wagner Group', type: 'Organization', forms: ['Wagner', 'groupe Wagner', 'Wagner Group'] },
  { label: 'Hamas', type: 'Organization', forms: ['Hamas'] },
  { label: 'Hezbollah', type: 'Organization', forms: ['Hezbollah', 'Hizbollah'] },
  { label: 'Houthis', type: 'Organization', forms: ['Houthis', 'Houthi', 'Houthistes', 'rebelles houthis', 'Ansar Allah', 'Ansarallah'] },
  { label: 'Islamic State', type: 'Organization', forms: ['État islamique', 'Etat islamique', 'Islamic State', 'EI', 'Daech', 'Daesh', 'ISIS', 'ISIL', 'EIIL', 'État islamique en Irak et au Levant', 'Islamic State of Iraq and the Levant'] },
  { label: 'Ramstein group', type: 'Organization', forms: ['groupe de Ramstein', 'Ramstein group', 'Ukraine Defense Contact Group', "Groupe de contact sur la défense de l'Ukraine"] },
];

/**
 * Capitalised heads that close the English name of a body (`the Electoral Commission`,
 * `the Nicaraguan National Police`, `Victory Political Bloc`), or open it before `of`
 * (`Office of Foreign Assets Control`). A name is a run of capitalised words holding one.
 */
export const ENGLISH_BODY_HEADS: readonly string[] = [
  'Agency', 'Alliance', 'Army', 'Assembly', 'Authority', 'Bank', 'Bloc', 'Board', 'Brigade', 'Brigades', 'Bureau', 'Cabinet', 'Center', 'Centre', 'Coalition',
  'Command', 'Commission', 'Committee', 'Community', 'Company', 'Congress', 'Corporation', 'Corps', 'Council', 'Court', 'Department', 'Directorate',
  'Federation', 'Force', 'Forces', 'Foundation', 'Front', 'Fund', 'Group', 'Guard', 'Institute', 'League', 'Legislature', 'Militia', 'Ministry',
  'Mission', 'Movement', 'Navy', 'Network', 'Office', 'Operation', 'Organisation', 'Organization', 'Parliament', 'Party', 'Police', 'Programme',
  'Program', 'Secretariat', 'Senate', 'Service', 'Services', 'Tribunal', 'Union', 'University',
];

/**
 * Lowercase nouns of a kind of body: a proper name beside one names a body of that kind
 * (`le groupe terroriste Boko Haram`, `the Boko Haram terrorist group`, `A7, a company with …`).
 */
export const BODY_KINDS: readonly string[] = [
  'groupe', 'groupes', 'group', 'mouvement', 'movement', 'milice', 'militia', 'organisation', 'organization', 'faction', 'parti', 'party', 'entreprise',
  'company', 'société', 'firme', 'firm', 'compagnie', 'cartel', 'gang', 'réseau', 'network', 'banque', 'bank', 'coalition', 'alliance', 'bloc', 'entity',
  'entité', 'conglomérat', 'conglomerate', 'agence', 'agency', 'fondation', 'foundation', 'ONG', 'NGO',
];

/** Adjectives that may stand between a kind of body and its name (`le groupe armé X`, `the X terrorist group`). */
export const BODY_KIND_ADJECTIVES: readonly string[] = [
  'armé', 'armée', 'armés', 'terroriste', 'terroristes', 'rebelle', 'rebelles', 'jihadiste', 'djihadiste', 'islamiste', 'criminel', 'criminelle', 'politique',
  'séparatiste', 'paramilitaire', 'extrémiste', 'insurgé', 'armed', 'terrorist', 'rebel', 'jihadist', 'islamist', 'militant', 'criminal', 'political',
  'separatist', 'paramilitary', 'extremist', 'insurgent', 'state-owned', 'public', 'publique', 'privée', 'private', 'financial', 'financière',
];

/** Capitalised heads that open the name of a body (`Alliance des États du Sahel`, `Conseil des affaires étrangères`, `Defence Council`). */
export const ORGANIZATION_HEADS: readonly string[] = [
  'Conseil', 'Alliance', 'Groupe', 'Communauté', 'Organisation', 'Agence', 'Coalition', 'Commission', 'Cour', 'Fonds', 'Banque', 'Parlement', 'Assemblée',
  'Front', 'Mouvement', 'Forces', 'Ministère', 'Council', 'Group', 'Community', 'Agency', 'Court', 'Fund', 'Bank', 'Parliament', 'Assembly', 'Movement',
  'Organization', 'Ministry', 'Office', 'Bureau', 'Union', 'Confédération', 'Confederation', 'League', 'Ligue', 'Party', 'Parti', 'Armée', 'Police', 'Mission',
  'Opération', 'Secrétariat', 'Haut-Commissariat', 'Département', 'Comité', 'Centre', 'Institut', 'Tribunal', 'Sénat', 'Congrès', 'Bloc', 'Brigade', 'Brigades',
  'Milice', 'Garde', 'Direction', 'Autorité', 'Fondation', 'Service', 'Services',
];

/** Heads that open an English name only before `of`, `for` or `on` (`Office of Foreign Assets Control`, `Council of Europe`). */
export const ENGLISH_OPENING_HEADS: readonly string[] = [
  'Agency', 'Assembly', 'Authority', 'Bank', 'Bureau', 'Center', 'Centre', 'Coalition', 'Commission', 'Committee', 'Community', 'Council', 'Court',
  'Department', 'Directorate', 'Federation', 'Front', 'Fund', 'Institute', 'League', 'Ministry', 'Mission', 'Movement', 'Office', 'Organization',
  'Organisation', 'Secretariat', 'Union',
];

/** An Arabic or Romance article joined to a name word (`al-Islam`, `wal-Muslimin`, `d'Ivoire`). */
export const ARTICLE_PREFIX = /^(al|wal|el|de|du|of)[-']/;
/** Lowercase words allowed inside a name of a body (`Communauté économique des États de l'Afrique de l'Ouest`). */
export const NAME_LINKS = new Set(['de', "d'", 'du', 'des', 'la', 'le', 'les', "l'", 'pour', 'of', 'the', 'for', 'on', 'and', 'et']);
