/**
 * National bodies: the main ministries, parliaments, intelligence services, armed forces and
 * commands of states, which news names without their country. One row per body: canonical
 * English label, then French and English forms (no articles) and acronyms in capitals.
 * Foreign ministries known by a nickname (`Quai d'Orsay`) carry the label that the ministry
 * pattern (`ministère français des Affaires étrangères`) builds, so both name one node.
 */
import type { EntityEntry } from './entry.ts';

export const NATIONAL_BODIES: readonly EntityEntry[] = [
  // United States federal bodies (Congress, its chambers and the Pentagon are in organizations.ts)
  { label: 'US Department of State', type: 'Organization', forms: ['State Department', 'Department of State', 'U.S. Department of State', 'US Department of State', 'U.S. State Department', 'US State Department', "département d'État"] },
  { label: 'US Department of Defense', type: 'Organization', forms: ['Department of Defense', 'U.S. Department of Defense', 'US Department of Defense', 'Defense Department', 'DoD', 'Department of War', 'U.S. Department of War', 'US Department of War', 'War Department', 'département de la Défense', 'département de la Guerre'] },
  { label: 'US Department of the Treasury', type: 'Organization', forms: ['Treasury Department', 'Department of the Treasury', 'U.S. Department of the Treasury', 'US Department of the Treasury', 'US Treasury', 'U.S. Treasury', 'Trésor américain', 'département du Trésor', 'département du Trésor américain'] },
  { label: 'US Department of Justice', type: 'Organization', forms: ['Justice Department', 'U.S. Department of Justice', 'US Department of Justice', 'U.S. Justice Department', 'US Justice Department', 'DOJ', 'département de la Justice', 'département de la Justice américain'] },
  { label: 'US Department of Homeland Security', type: 'Organization', forms: ['Department of Homeland Security', 'U.S. Department of Homeland Security', 'US Department of Homeland Security', 'Homeland Security Department', 'DHS', 'département de la Sécurité intérieure'] },
  { label: 'US Department of Commerce', type: 'Organization', forms: ['Commerce Department', 'U.S. Department of Commerce', 'US Department of Commerce', 'U.S. Commerce Department', 'US Commerce Department', 'département du Commerce', 'département américain du Commerce'] },
  { label: 'Office of Foreign Assets Control', type: 'Organization', forms: ['Office of Foreign Assets Control', 'OFAC', "Bureau de contrôle des avoirs étrangers"] },
  { label: 'USAID', type: 'Organization', forms: ['USAID', 'U.S. Agency for International Development', 'US Agency for International Development', 'United States Agency for International Development', 'Agence des États-Unis pour le développement international', 'Agence américaine pour le développement international', "Agence américaine d'aide au développement"] },
  { label: 'US National Security Council', type: 'Organization', forms: ['U.S. National Security Council', 'US National Security Council', 'United States National Security Council', 'White House National Security Council', 'Conseil de sécurité nationale américain', 'Conseil de sécurité nationale des États-Unis', 'Conseil de sécurité nationale de la Maison Blanche'] },
  { label: 'US Joint Chiefs of Staff', type: 'Organization', forms: ['Joint Chiefs of Staff', 'Joint Chiefs', "Comité des chefs d'état-major interarmées"] },
  { label: 'CIA', type: 'Organization', forms: ['CIA', 'Central Intelligence Agency'] },
  { label: 'FBI', type: 'Organization', forms: ['FBI', 'Federal Bureau of Investigation'] },
  { label: 'National Security Agency', type: 'Organization', forms: ['NSA', 'National Security Agency'] },
  { label: 'US Immigration and Customs Enforcement', type: 'Organization', forms: ['Immigration and Customs Enforcement', 'U.S. Immigration and Customs Enforcement', 'US Immigration and Customs Enforcement', 'ICE', "police de l'immigration américaine", "Service de l'immigration et des douanes"] },
  // United States unified combatant commands
  { label: 'US Indo-Pacific Command', type: 'Organization', forms: ['INDOPACOM', 'USINDOPACOM', 'Indopacom', 'U.S. Indo-Pacific Command', 'US Indo-Pacific Command', 'United States Indo-Pacific Command', 'Indo-Pacific Command', "Commandement indo-pacifique des États-Unis", "commandement américain pour l'Indo-Pacifique", 'US Pacific Command', 'U.S. Pacific Command', 'PACOM'] },
  { label: 'US Central Command', type: 'Organization', forms: ['CENTCOM', 'Centcom', 'U.S. Central Command', 'US Central Command', 'United States Central Command', 'commandement central américain', 'commandement central des États-Unis', 'Commandement central des forces américaines'] },
  { label: 'US Africa Command', type: 'Organization', forms: ['AFRICOM', 'Africom', 'U.S. Africa Command', 'US Africa Command', 'United States Africa Command', 'commandement américain pour l\'Afrique', 'Commandement des États-Unis pour l\'Afrique'] },
  { label: 'US European Command', type: 'Organization', forms: ['EUCOM', 'Eucom', 'U.S. European Command', 'US European Command', 'United States European Command', 'commandement américain pour l\'Europe', 'Commandement des États-Unis pour l\'Europe'] },
  { label: 'US Southern Command', type: 'Organization', forms: ['SOUTHCOM', 'Southcom', 'U.S. Southern Command', 'US Southern Command', 'United States Southern Command', 'commandement Sud des États-Unis', 'commandement américain pour l\'Amérique latine'] },
  { label: 'US Northern Command', type: 'Organization', forms: ['NORTHCOM', 'Northcom', 'U.S. Northern Command', 'US Northern Command', 'United States Northern Command', 'commandement Nord des États-Unis'] },
  { label: 'US Space Command', type: 'Organization', forms: ['SPACECOM', 'U.S. Space Command', 'US Space Command', 'United States Space Command'] },
  { label: 'US Cyber Command', type: 'Organization', forms: ['CYBERCOM', 'U.S. Cyber Command', 'US Cyber Command', 'United States Cyber Command'] },
  { label: 'US Special Operations Command', type: 'Organization', forms: ['SOCOM', 'USSOCOM', 'U.S. Special Operations Command', 'US Special Operations Command', 'United States Special Operations Command'] },
  { label: 'US Strategic Command', type: 'Organization', forms: ['STRATCOM', 'USSTRATCOM', 'U.S. Strategic Command', 'US Strategic Command', 'United States Strategic Command'] },
  { label: 'US Transportation Command', type: 'Organization', forms: ['TRANSCOM', 'USTRANSCOM', 'U.S. Transportation Command', 'US Transportation Command', 'United States Transportation Command'] },

  // Swiss federal bodies (`Bundesrat` is left out: it also names Germany's and Austria's upper houses)
  { label: 'Swiss Federal Council', type: 'Organization', forms: ['Swiss Federal Council', 'Federal Council', 'Conseil fédéral', 'Conseil fédéral suisse'] },
  { label: 'Swiss Federal Assembly', type: 'Organization', forms: ['Swiss Federal Assembly', 'Swiss Parliament', 'Assemblée fédérale suisse', 'Parlement suisse'] },
  { label: 'Swiss Council of States', type: 'Organization', forms: ['Conseil des États', 'Swiss Council of States'] },
  { label: 'Swiss Ministry of Foreign Affairs', type: 'Organization', forms: ['Federal Department of Foreign Affairs', 'Swiss Federal Department of Foreign Affairs', 'FDFA', 'Département fédéral des affaires étrangères', 'DFAE'] },
  { label: 'Swiss Federal Department of Defence, Civil Protection and Sport', type: 'Organization', forms: ['Federal Department of Defence, Civil Protection and Sport', 'DDPS', 'Département fédéral de la défense, de la protection de la population et des sports'] },
  { label: 'State Secretariat for Economic Affairs', type: 'Organization', forms: ['State Secretariat for Economic Affairs', 'SECO', "Secrétariat d'État à l'économie"] },
  { label: 'Swiss National Bank', type: 'Organization', forms: ['Swiss National Bank', 'SNB', 'Banque nationale suisse', 'BNS'] },

  // British bodies
  { label: 'British Ministry of Foreign Affairs', type: 'Organization', forms: ['Foreign, Commonwealth and Development Office', 'Foreign, Commonwealth & Development Office', 'Foreign and Commonwealth Office', 'Foreign Office', 'FCDO', 'FCO'] },
  { label: 'UK House of Commons', type: 'Organization', forms: ['British House of Commons', 'UK House of Commons', 'House of Commons of the United Kingdom', 'Chambre des communes britannique', 'Chambre des communes du Royaume-Uni'] },
  { label: 'House of Lords', type: 'Organization', forms: ['House of Lords', 'Chambre des lords'] },
  { label: 'MI6', type: 'Organization', forms: ['MI6', 'Secret Intelligence Service'] },
  { label: 'MI5', type: 'Organization', forms: ['MI5'] },
  { label: 'GCHQ', type: 'Organization', forms: ['GCHQ', 'Government Communications Headquarters'] },
  // Canadian bodies
  { label: 'Canadian House of Commons', type: 'Organization', forms: ['Canadian House of Commons', 'House of Commons of Canada', 'Chambre des communes du Canada', 'Chambre des communes canadienne'] },
  { label: 'Global Affairs Canada', type: 'Organization', forms: ['Global Affairs Canada', 'Affaires mondiales Canada'] },

  // French bodies
  { label: 'French Ministry of Foreign Affairs', type: 'Organization', forms: ["Quai d'Orsay", "ministère de l'Europe et des Affaires étrangères", 'French Ministry for Europe and Foreign Affairs', 'Ministry for Europe and Foreign Affairs'] },
  { label: 'French Ministry of Armed Forces', type: 'Organization', forms: ['ministère des Armées', 'ministère des Armées et des Anciens combattants', 'Hôtel de Brienne', 'French Ministry of the Armed Forces', 'French Armed Forces Ministry'] },
  { label: 'DGSE', type: 'Organization', forms: ['DGSE', 'Direction générale de la sécurité extérieure'] },
  { label: 'DGSI', type: 'Organization', forms: ['DGSI', 'Direction générale de la sécurité intérieure'] },
  { label: 'French Development Agency', type: 'Organization', forms: ['Agence française de développement', 'AFD', 'French Development Agency'] },

  // German bodies (`Bundesrat` is left out: it also names Switzerland's Federal Council)
  { label: 'Bundestag', type: 'Organization', forms: ['Bundestag'] },
  { label: 'Bundeswehr', type: 'Organization', forms: ['Bundeswehr'] },
  { label: 'German Ministry of Foreign Affairs', type: 'Organization', forms: ['Federal Foreign Office', 'German Foreign Office', 'Auswärtiges Amt'] },
  { label: 'BND', type: 'Organization', forms: ['BND', 'Bundesnachrichtendienst'] },
  { label: 'German Chancellery', type: 'Organization', forms: ['Kanzleramt', 'Bundeskanzleramt', 'German Chancellery', 'Chancellerie allemande'] },

  // Italian and Brazilian foreign ministries, known by their seats
  { label: 'Italian Ministry of Foreign Affairs', type: 'Organization', forms: ['Farnesina'] },
  { label: 'Brazilian Ministry of Foreign Affairs', type: 'Organization', forms: ['Itamaraty'] },

  // Russian bodies (the Kremlin stands for Russia in countries.ts)
  { label: 'State Duma', type: 'Organization', forms: ['State Duma', 'Duma', 'Russian Duma', "Douma d'État", 'Douma russe'] },
  { label: 'Federation Council', type: 'Organization', forms: ['Federation Council', 'Conseil de la Fédération', 'Conseil de la Fédération de Russie'] },
  { label: 'Security Council of Russia', type: 'Organization', forms: ['Security Council of Russia', 'Russian Security Council', 'Security Council of the Russian Federation', 'Conseil de sécurité russe', 'Conseil de sécurité de Russie', 'Conseil de sécurité de la Fédération de Russie'] },
  { label: 'FSB', type: 'Organization', forms: ['FSB', 'Federal Security Service', 'Service fédéral de sécurité', 'Service fédéral de sécurité russe'] },
  { label: 'GRU', type: 'Organization', forms: ['GRU', 'Russian military intelligence', 'renseignement militaire russe'] },
  { label: 'SVR', type: 'Organization', forms: ['SVR', 'Russian Foreign Intelligence Service', 'Foreign Intelligence Service of the Russian Federation', 'Service de renseignement extérieur russe', 'service des renseignements extérieurs russe'] },
  { label: 'Rosgvardia', type: 'Organization', forms: ['Rosgvardia', 'Rosgvardiya', 'National Guard of Russia', 'Russian National Guard', 'Garde nationale russe'] },

  // Ukrainian bodies
  { label: 'Verkhovna Rada', type: 'Organization', forms: ['Verkhovna Rada', 'Rada', 'Rada suprême', 'Ukrainian Rada'] },
  { label: 'National Security and Defense Council of Ukraine', type: 'Organization', forms: ['National Security and Defense Council of Ukraine', 'National Security and Defence Council of Ukraine', 'NSDC', 'RNBO', 'Conseil de sécurité nationale et de défense', "Conseil de sécurité nationale et de défense d'Ukraine"] },
  { label: 'SBU', type: 'Organization', forms: ['SBU', 'Security Service of Ukraine', "Service de sécurité d'Ukraine", 'Service de sécurité ukrainien', 'services de sécurité ukrainiens'] },
  { label: 'HUR', type: 'Organization', forms: ['HUR', 'GUR', 'Defence Intelligence of Ukraine', 'Main Intelligence Directorate of Ukraine', 'Ukrainian military intelligence', 'renseignement militaire ukrainien', 'Direction principale du renseignement ukrainien'] },
  { label: 'National Anti-Corruption Bureau of Ukraine', type: 'Organization', forms: ['National Anti-Corruption Bureau of Ukraine', 'National Anti-Corruption Bureau', 'NABU', "Bureau national anticorruption d'Ukraine", 'Bureau national anticorruption', 'Bureau national de lutte contre la corruption'] },
  { label: 'Armed Forces of Ukraine', type: 'Organization', forms: ['Armed Forces of Ukraine', 'Ukrainian Armed Forces', 'ZSU', "Forces armées d'Ukraine", 'forces armées ukrainiennes'] },

  // Israeli bodies
  { label: 'Knesset', type: 'Organization', forms: ['Knesset'] },
  { label: 'Israel Defense Forces', type: 'Organization', forms: ['Israel Defense Forces', 'Israeli Defense Forces', 'Israel Defence Forces', 'IDF', 'Tsahal', 'Forces de défense israéliennes', "Forces de défense d'Israël"] },
  { label: 'Mossad', type: 'Organization', forms: ['Mossad'] },
  { label: 'Shin Bet', type: 'Organization', forms: ['Shin Bet', 'Shin Beth', 'Shabak', 'Israel Security Agency'] },
  { label: 'COGAT', type: 'Organization', forms: ['COGAT', 'Cogat', 'Coordinator of Government Activities in the Territories', 'Coordination des activités gouvernementales dans les territoires'] },

  // Chinese bodies
  { label: "People's Liberation Army", type: 'Organization', forms: ["People's Liberation Army", "Chinese People's Liberation Army", 'PLA', 'Armée populaire de libération', 'APL'] },
  { label: 'Central Military Commission', type: 'Organization', forms: ['Central Military Commission', 'Commission militaire centrale'] },
  { label: "National People's Congress", type: 'Organization', forms: ["National People's Congress", 'NPC', 'Assemblée nationale populaire'] },
  { label: 'Chinese Ministry of State Security', type: 'Organization', forms: ['Chinese Ministry of State Security', 'MSS', "ministère chinois de la Sécurité d'État"] },
  { label: 'China Coast Guard', type: 'Organization', forms: ['China Coast Guard', 'Chinese coast guard', 'garde-côtes chinois'] },

  // Iranian bodies
  { label: 'Islamic Revolutionary Guard Corps', type: 'Organization', forms: ['Islamic Revolutionary Guard Corps', 'Revolutionary Guard Corps', 'Revolutionary Guards', 'Revolutionary Guard', 'IRGC', 'Gardiens de la révolution', 'Gardiens de la révolution islamique', 'Corps des gardiens de la révolution islamique', 'CGRI', 'Pasdaran', 'pasdarans'] },
  { label: 'Quds Force', type: 'Organization', forms: ['Quds Force', 'Qods Force', 'force Al-Qods', 'Force Qods', 'force Al-Quds'] },
  { label: 'Basij', type: 'Organization', forms: ['Basij', 'Bassidj', 'Bassij'] },
  { label: 'Guardian Council', type: 'Organization', forms: ['Guardian Council', 'Council of Guardians', 'Guardians Council', 'Conseil des gardiens', 'Conseil des gardiens de la Constitution'] },
  { label: 'Assembly of Experts', type: 'Organization', forms: ['Assembly of Experts', 'Assemblée des experts'] },

  // Myanmar's armed forces
  { label: 'Tatmadaw', type: 'Organization', forms: ['Tatmadaw', 'Myanmar armed forces', 'Myanmar military', 'forces armées du Myanmar', 'forces armées birmanes', 'armée du Myanmar', 'armée birmane'] },

  // Turkish, Japanese and Indian bodies
  { label: 'Grand National Assembly of Turkey', type: 'Organization', forms: ['Grand National Assembly of Turkey', 'Grand National Assembly of Türkiye', 'Turkish Grand National Assembly', 'Grand National Assembly', 'TBMM', 'Grande Assemblée nationale de Turquie', 'Grande Assemblée nationale turque'] },
  { label: 'Japan Self-Defense Forces', type: 'Organization', forms: ['Japan Self-Defense Forces', 'Japanese Self-Defense Forces', 'Self-Defense Forces', 'JSDF', "Forces japonaises d'autodéfense", "Forces d'autodéfense japonaises", "Forces d'autodéfense du Japon"] },
  { label: 'National Diet', type: 'Organization', forms: ['National Diet', 'Japanese Diet', 'Diète japonaise', 'Diète du Japon'] },
  { label: 'Lok Sabha', type: 'Organization', forms: ['Lok Sabha'] },
  { label: 'Rajya Sabha', type: 'Organization', forms: ['Rajya Sabha'] },
  { label: 'Indian Ministry of Foreign Affairs', type: 'Organization', forms: ['Ministry of External Affairs', "ministère indien des Affaires extérieures"] },

  // Australian, South African and Indonesian bodies
  { label: 'Australian Ministry of Foreign Affairs', type: 'Organization', forms: ['Department of Foreign Affairs and Trade', 'DFAT'] },
  { label: 'South African Ministry of Foreign Affairs', type: 'Organization', forms: ['Department of International Relations and Cooperation', 'DIRCO'] },
  { label: 'South African National Defence Force', type: 'Organization', forms: ['South African National Defence Force', 'SANDF', 'Force de défense nationale sud-africaine'] },
  { label: 'Indonesian National Armed Forces', type: 'Organization', forms: ['Indonesian National Armed Forces', 'TNI', 'forces armées indonésiennes'] },
];
