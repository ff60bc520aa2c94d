/**
 * Armed groups: non-state armed groups, insurgent and militant movements, terrorist
 * organisations and criminal armed groups that international news and UN, EU and US
 * statements name, entered as a whole class: the groups and entities of the UN ISIL (Da'esh)
 * and Al-Qaida list (1267), the armed groups of the other UN regimes (1533 DRC, 2127 CAR,
 * 2653 Haiti, 751/2713 Al-Shabaab, 1988 Taliban), the US FTO and EU terrorist lists, and the
 * armed groups most named in news, by region. One row per group: canonical English label as
 * news agencies write it, then English and French forms (no articles) and acronyms in capitals.
 *
 * Left out on purpose: groups already in organizations.ts (Hamas, Hezbollah, Houthis, Islamic
 * State, Wagner Group), state forces (institutions.ts), ordinary words (`Front`, `Army`), place
 * names alone (`Tigray`), and acronyms that name something else in news: RSF (Reporters sans
 * frontières), PDF, SDF (sans domicile fixe), FDS (Sahel national defence and security forces),
 * NPA (Nouveau Parti anticapitaliste), KIA (killed in action), AA, CMA (CMA CGM), CSP
 * (catégorie socio-professionnelle), CPC, PCC, MPC, PMU, AAH, FACT, MEND, MIT, OPM, SNA, NRF,
 * OMPI (WIPO), ISSP (Sahel and Somalia provinces), bare IRA (Inflation Reduction Act), RAF, FSA, ANS,
 * TDF, EMC, EPP, JAS (Gripen), ASWJ, MSA, MAA, FLN, FNL, HUM, TIP, SSP, CV, and mixed-case acronyms
 * (`LeT`, `JeM`, `LeJ`, `JuA`, `HuJI`), which match capitalised words.
 * Arabic names are given in their English and French transliterations; forms are compared
 * folded, so `al-Qaïda` also covers `Al-Qaida`.
 */
import type { EntityEntry } from './entry.ts';
import { AFRICAN_ARMED_GROUPS } from './armed-groups-africa.ts';
import { AMERICAN_ARMED_GROUPS } from './armed-groups-americas.ts';
import { ASIAN_ARMED_GROUPS } from './armed-groups-asia.ts';
import { EUROPEAN_ARMED_GROUPS } from './armed-groups-europe.ts';
import { MIDDLE_EASTERN_ARMED_GROUPS } from './armed-groups-middle-east.ts';

/** Al-Qaeda and the global networks, ahead of the regions. */
const GLOBAL_NETWORKS: readonly EntityEntry[] = [
  // ── Al-Qaeda and global networks
  { label: 'Al-Qaeda', type: 'Organization', forms: ['al-Qaeda', 'al Qaeda', 'al-Qaïda', 'al Qaïda', "al-Qa'ida", "al Qa'ida", 'Qaïdat al-Jihad'] },
  { label: 'Al-Qaeda in the Arabian Peninsula', type: 'Organization', forms: ['AQAP', 'AQPA', 'al-Qaeda in the Arabian Peninsula', 'al Qaeda in the Arabian Peninsula', 'al-Qaida in the Arabian Peninsula', 'al Qaida in the Arabian Peninsula', 'al-Qaïda dans la péninsule Arabique', 'al Qaïda dans la péninsule Arabique', 'Ansar al-Sharia in Yemen'] },
  { label: 'Al-Qaeda in the Islamic Maghreb', type: 'Organization', forms: ['AQIM', 'AQMI', 'al-Qaeda in the Islamic Maghreb', 'al Qaeda in the Islamic Maghreb', 'al-Qaida in the Islamic Maghreb', 'al Qaida in the Islamic Maghreb', 'al-Qaïda au Maghreb islamique', 'al Qaïda au Maghreb islamique', 'GSPC', 'Groupe salafiste pour la prédication et le combat', 'Salafist Group for Preaching and Combat', 'Salafist Group for Call and Combat'] },
  { label: 'Al-Qaeda in the Indian Subcontinent', type: 'Organization', forms: ['AQIS', 'AQSI', 'al-Qaeda in the Indian Subcontinent', 'al Qaeda in the Indian Subcontinent', 'al-Qaida in the Indian Subcontinent', 'al Qaida in the Indian Subcontinent', 'al-Qaïda dans le sous-continent indien', 'al Qaïda dans le sous-continent indien'] },
  { label: 'Al-Qaeda in Iraq', type: 'Organization', forms: ['al-Qaeda in Iraq', 'al Qaeda in Iraq', 'al-Qaida in Iraq', 'al Qaida in Iraq', 'al-Qaïda en Irak', 'al Qaïda en Irak', 'al-Qaïda en Iraq', 'Jama\'at al-Tawhid wal-Jihad', 'Tawhid wal-Jihad'] },
  // entities listed by the 1267 committee as fronts and funders of Al-Qaida (charities, trusts)
  { label: 'Al Rashid Trust', type: 'Organization', forms: ['Al Rashid Trust', 'Al-Rashid Trust', 'Al Rasheed Trust'] },
  { label: 'Al-Akhtar Trust International', type: 'Organization', forms: ['Al-Akhtar Trust International', 'Al-Akhtar Trust', 'Al Akhtar Trust'] },
  { label: 'Rabita Trust', type: 'Organization', forms: ['Rabita Trust'] },
  { label: 'Wafa Humanitarian Organization', type: 'Organization', forms: ['Wafa Humanitarian Organization', 'Wafa Humanitarian Organisation', 'Al Wafa Humanitarian Organization'] },
  { label: 'Al-Haramain Islamic Foundation', type: 'Organization', forms: ['Al-Haramain Islamic Foundation', 'Al Haramain Islamic Foundation', 'Al-Haramain Foundation', 'Fondation islamique Al-Haramain'] },
  { label: 'Revival of Islamic Heritage Society', type: 'Organization', forms: ['Revival of Islamic Heritage Society', 'Jamiat Ihia al-Turath al-Islamiya'] },
  { label: 'Afghan Support Committee', type: 'Organization', forms: ['Afghan Support Committee', 'Lajnat al-Daawa al-Afghania'] },
  { label: 'Benevolence International Foundation', type: 'Organization', forms: ['Benevolence International Foundation'] },
  { label: 'Global Relief Foundation', type: 'Organization', forms: ['Global Relief Foundation'] },
  { label: 'Al-Furqan Foundation Welfare Trust', type: 'Organization', forms: ['Al-Furqan Foundation Welfare Trust', 'Al Furqan Foundation Welfare Trust'] },
  { label: 'Hilal Ahmar Society Indonesia', type: 'Organization', forms: ['Hilal Ahmar Society Indonesia', 'Hilal Ahmar Society'] },
];

/** Every armed group, region by region, in the order of a form's entities in the trie. */
export const ARMED_GROUPS: readonly EntityEntry[] = [
  ...GLOBAL_NETWORKS,
  ...AFRICAN_ARMED_GROUPS,
  ...MIDDLE_EASTERN_ARMED_GROUPS,
  ...ASIAN_ARMED_GROUPS,
  ...AMERICAN_ARMED_GROUPS,
  ...EUROPEAN_ARMED_GROUPS,
];
