import { describe, expect, it } from 'vitest';
import { facts } from './helpers.ts';

// Each row: a sentence written for these tests, and triples that must be among its output.
const FOUND: [string, string[]][] = [
  // supplies: theme and recipient, French
  ["L'Allemagne a livré des chars Leopard à l'Ukraine.", ['Germany supplies Leopard', 'Germany supplies Ukraine']],
  [
    'La France fournit des canons Caesar et des munitions aux forces ukrainiennes.',
    ['France supplies Caesar', 'France supplies munitions'],
  ],
  [
    'Le Danemark et la Norvège ont envoyé des drones à la Moldavie.',
    ['Denmark supplies drones', 'Norway supplies drones', 'Denmark supplies Moldova', 'Norway supplies Moldova'],
  ],
  // supplies, English, double object
  ['Poland sent Ukraine artillery shells last week.', ['Poland supplies Ukraine', 'Poland supplies artillery shells']],
  ['The United Kingdom delivered Storm Shadow missiles to Kyiv.', ['United Kingdom supplies Storm Shadow']],
  // pledges: promise verbs, governors, decisions
  ['Le Japon a promis une aide financière au Kenya.', ['Japan pledges financial aid', 'Japan pledges Kenya']],
  [
    "Les Pays-Bas se sont engagés à livrer des F-16 à l'Ukraine.",
    ['Netherlands pledges F-16', 'Netherlands pledges Ukraine'],
  ],
  ['Canada agreed to send air defence systems to Latvia.', ['Canada pledges air defence', 'Canada pledges Latvia']],
  [
    "Le ministre a salué la décision de la Suède de fournir des chars à l'Ukraine.",
    ['Sweden pledges tanks', 'Sweden pledges Ukraine'],
  ],
  // direct verbs
  ['La Pologne condamne la Biélorussie.', ['Poland condemns Belarus']],
  ['Les Alliés ont fermement condamné les frappes de la Russie.', ['Allies condemns Russia']],
  ['Germany strongly condemned Iran.', ['Germany condemns Iran']],
  ['Le président ukrainien a remercié le Canada.', ['Ukraine thanks Canada']],
  ['Finland welcomed the decision of Norway.', ['Finland welcomes Norway']],
  [
    'Le Maroc et la France coopèrent avec le Sénégal.',
    ['France cooperates_with Senegal', 'Morocco cooperates_with Senegal'],
  ],
  ['Brazil will cooperate with Argentina.', ['Brazil cooperates_with Argentina [hypothetical]']],
  // offices
  ["Le secrétaire général de l'OTAN, Mark Rutte, s'est rendu à Vilnius.", ['Mark Rutte leads NATO']],
  [
    'Le ministre polonais de la Défense, Władysław Kosiniak-Kamysz, a remercié les Alliés.',
    ['Władysław Kosiniak-Kamysz leads Poland', 'Władysław Kosiniak-Kamysz thanks Allies'],
  ],
  ['NATO Secretary General Mark Rutte thanked Sweden.', ['Mark Rutte leads NATO', 'Mark Rutte thanks Sweden']],
  [
    'Ukrainian President Volodymyr Zelensky met Emmanuel Macron.',
    ['Volodymyr Zelensky leads Ukraine', 'Volodymyr Zelensky meets Emmanuel Macron'],
  ],
  // nouns: agents by adjective, by `de`, by possessive
  ["Les frappes russes contre l'Ukraine se poursuivent.", ['Russia attacks Ukraine']],
  ["Russia's invasion of Ukraine began in 2022.", ['Russia invades Ukraine']],
  ["L'Ukraine doit pouvoir se défendre contre l'invasion russe.", ['Russia invades Ukraine']],
  // places
  ['Des combats ont eu lieu dans la région russe de Belgorod.', ['Belgorod part_of Russia']],
  // a verb phrase after `et` shares the first clause's subject, not the subordinate one's
  [
    "M. Rutte s'est félicité que la Suède ait renforcé son aide, et a salué la décision de la Finlande.",
    ['Mark Rutte welcomes Finland'],
  ],
  ['Rutte said that Sweden had increased its aid and praised Finland.', ['Mark Rutte welcomes Finland [reported]']],
  // support nouns take the subject of the verb they are the object of
  ['La Lituanie a renforcé son soutien à la Géorgie.', ['Lithuania supports Georgia']],
  ['Japan stepped up its support for the Philippines.', ['Japan supports Philippines']],
  // particle verbs, and makers of welcomed facts
  ['Le ministre estonien a mis les Alliés à jour sur la situation.', ['Estonia informs Allies']],
  ["M. Rutte s'est félicité que les Pays-Bas aient livré des drones.", ['Mark Rutte welcomes Netherlands']],
  // receivers named by pronouns and descriptions are not the givers
  [
    "L'Ukraine remercie ses partenaires. Kyiv a salué la décision de la Belgique de livrer à ce pays des F-16, après celle du Portugal de lui fournir des obus.",
    [
      'Belgium pledges F-16',
      'Belgium pledges Ukraine',
      'Portugal pledges Ukraine',
      'Portugal pledges artillery shells',
    ],
  ],
  // a parenthesis does not end the clause; money given for a kind of aid
  [
    "Les alliés ont fourni 3 milliards d'euros (3,2 milliards de dollars) à la Moldavie pour la formation.",
    ['Allies supplies Moldova', 'Allies supplies training'],
  ],
  // a fact presupposed by a participle with its agent stays asserted under a future
  [
    "Les ministres discuteront de la campagne d'actes hostiles menée par l'Iran dans les pays de l'OTAN.",
    ['Iran threatens Allies'],
  ],
  // members, in both word orders
  [
    "La Finlande, membre de l'OTAN et de l'UE, a condamné la Russie.",
    ['Finland member_of NATO', 'Finland member_of European Union', 'Finland condemns Russia'],
  ],
  [
    'Le Tchad, le Niger et le Mali, membres de la Ligue des États du désert, ont signé un accord.',
    [
      'Chad member_of Ligue des États du désert',
      'Niger member_of Ligue des États du désert',
      'Mali member_of Ligue des États du désert',
    ],
  ],
  ['Poland, a NATO member, hosted the talks.', ['Poland member_of NATO']],
  // cooperation between parties
  [
    'Le Brésil, le Chili et le Pérou ont décidé de renforcer leur coopération maritime.',
    ['Brazil cooperates_with Chile', 'Brazil cooperates_with Peru', 'Chile cooperates_with Peru'],
  ],
  ['Kenya announced a new partnership with Ethiopia.', ['Kenya cooperates_with Ethiopia']],
  // agents of events launched or adopted; owners of what is condemned or struck
  ['Le Canada a adopté un nouveau paquet de sanctions contre la Biélorussie.', ['Canada sanctions Belarus']],
  ['Le groupe Hamas a revendiqué une attaque contre un poste militaire israélien.', ['Hamas attacks Israel']],
  ['La Russie continue de bombarder les infrastructures électriques de la Moldavie.', ['Russia attacks Moldova']],
  [
    'Le Premier ministre suédois, Ulf Kristersson, a « fermement condamné » le tir nord-coréen.',
    ['Ulf Kristersson condemns North Korea [reported]', 'Ulf Kristersson leads Sweden'],
  ],
  // offices before names, bodies across portfolio words
  [
    'British Defence Secretary John Healey thanked Estonia.',
    ['John Healey leads United Kingdom', 'John Healey thanks Estonia'],
  ],
  [
    "Iran's foreign minister, Abbas Araghchi, condemned the Israeli strikes.",
    ['Abbas Araghchi leads Iran', 'Abbas Araghchi condemns Israel'],
  ],
  // passives: the agent acts on the patient; a meeting stands for its body
  [
    'Une batterie Patriot a été livrée à la Roumanie par les Pays-Bas.',
    ['Netherlands supplies Patriot', 'Netherlands supplies Romania'],
  ],
  [
    'Ministers met after a meeting of the NATO-Ukraine Council chaired by NATO Secretary General Mark Rutte.',
    ['Mark Rutte chairs NATO-Ukraine Council'],
  ],
  [
    "Mme Kallas s'est exprimée après une réunion du Conseil des affaires étrangères qu'elle présidait.",
    ['Kaja Kallas chairs Foreign Affairs Council'],
  ],
  [
    "Mme Kallas s'est exprimée après une réunion du Conseil des ministres de la pêche qu'elle présidait.",
    ['Kaja Kallas chairs Conseil des ministres de la pêche'],
  ],
  // named models beside their kind; places inside countries
  ["L'Iran a fourni des drones Shahed à l'armée russe.", ['Iran supplies Shahed', 'Iran supplies Russia']],
  ['Britain sent Brimstone missiles to Ukraine.', ['United Kingdom supplies Brimstone']],
  // a count is not a model name
  ['Sweden delivered 3 CV90 vehicles to Latvia.', ['Sweden supplies CV90', 'Sweden supplies Latvia']],
  ['La Norvège a livré 12 chars Leopard à la Pologne.', ['Norway supplies Leopard', 'Norway supplies Poland']],
  ['Des drones sont tombés à Rzeszów, dans le sud-est de la Pologne.', ['Rzeszów part_of Poland']],
  ['Israeli aircraft struck sites near Isfahan, in central Iran.', ['Israel attacks Isfahan', 'Isfahan part_of Iran']],
  // English coordination after call on, provide X with Y
  [
    'António Guterres called on India and Pakistan to show restraint.',
    ['António Guterres requests India', 'António Guterres requests Pakistan'],
  ],
  [
    'G7 leaders pledged to provide Moldova with $2 billion in financial aid.',
    ['G7 leaders pledges Moldova', 'G7 leaders pledges financial aid'],
  ],
  // a subject pronoun after `que` is the main clause's subject, not the last person named
  [
    "Le président sénégalais, Bassirou Diomaye Faye, était à Dakar. La France a annoncé mercredi qu'elle livrerait des Mirage 2000 à l'Ukraine.",
    ['France pledges Mirage 2000', 'France pledges Ukraine'],
  ],
  ['The EU imposed sanctions on Iran.', ['European Union sanctions Iran']],
  // ministries named in English whatever the language
  ['Le ministère ukrainien de la Défense a remercié la Suède.', ['Ukrainian Ministry of Defence thanks Sweden']],
  ["Ukraine's Defence Ministry thanked Sweden.", ['Ukrainian Ministry of Defence thanks Sweden']],
  // prepositional phrases between a verb and its object; names with particles; aid for a country
  [
    'Le Premier ministre israélien, Benjamin Netanyahou, a rencontré lundi à Washington le président américain Donald Trump.',
    ['Benjamin Netanyahu meets Donald Trump'],
  ],
  [
    'Brazilian President Luiz Inácio Lula da Silva criticized the United States.',
    ['Luiz Inácio Lula da Silva leads Brazil', 'Luiz Inácio Lula da Silva condemns United States'],
  ],
  [
    "L'Union européenne a débloqué 50 millions d'euros d'aide humanitaire pour le Soudan.",
    ['European Union supplies humanitarian aid', 'European Union supplies Sudan'],
  ],
  [
    "Le gouvernement japonais n'a pas l'intention de livrer des armes à l'Ukraine.",
    ['Japan pledges weapons [negated]'],
  ],
  [
    'Les États-Unis ont imposé de nouvelles sanctions contre des entreprises chinoises.',
    ['United States sanctions China'],
  ],
  // capitalised plural demonyms are the people, acting as their state; accusations condemn
  [
    'Russes et Ukrainiens ont discuté de la sécurité de la mer Noire.',
    ['Russia discusses Black Sea', 'Ukraine discusses Black Sea'],
  ],
  ["La Pologne a accusé la Biélorussie d'orchestrer la crise.", ['Poland condemns Belarus [reported]']],
  // a definite description stands for the body or event named before
  [
    'The coalition of the willing met in London. Zelensky thanked the coalition.',
    ['Volodymyr Zelensky thanks coalition of the willing'],
  ],
  [
    "Le Conseil des ministres de la pêche de l'UE se réunit lundi. Le Conseil a condamné la Russie.",
    ["Conseil des ministres de la pêche de l'UE condemns Russia"],
  ],
  // a purpose infinitive takes the main subject; English noun modifiers before a cooperation noun
  [
    'Iranian Foreign Minister Abbas Araqchi met his Omani counterpart in Muscat to discuss Iraq.',
    ['Abbas Araqchi discusses Iraq', 'Abbas Araqchi meets Oman'],
  ],
  ['Japan and the Philippines agreed to deepen their security cooperation.', ['Japan cooperates_with Philippines']],
  // reported speech keeps the fact, with its modality
  ['« La Roumanie soutient la Moldavie », a déclaré le ministre.', ['Romania supports Moldova [reported]']],
  ['Spain supports Morocco, the minister said.', ['Spain supports Morocco [reported]']],
  // open-world names: courtesy titles with a full stop, offices before a title and a comma, terms of office (pour le mois de)
  ['Le président de la Lituanie, M. Gitanas Nausėda, a reçu le ministre.', ['Gitanas Nausėda leads Lithuania']],
  [
    'The Prime Minister of Estonia, Mr. Kristen Michal, thanked Finland.',
    ['Kristen Michal leads Estonia', 'Kristen Michal thanks Finland'],
  ],
  [
    'Le texte a été lu par la Présidente du Conseil de sécurité pour le mois de mai, Mme Ana Torres (Chili).',
    ['Ana Torres leads UN Security Council'],
  ],
  [
    'The Security Council met. The statement was issued by Council President Lena Varga (Hungary).',
    ['Lena Varga leads UN Security Council'],
  ],
  // bodies after the name, offices after the name, seats
  ['President Irfaan Ali of Guyana met the delegation.', ['Irfaan Ali leads Guyana']],
  [
    'Anura Dissanayake, le président du Sri Lanka, a rencontré le Premier ministre indien.',
    ['Anura Dissanayake leads Sri Lanka'],
  ],
  ['Nayib Bukele, the President of El Salvador, met the envoy.', ['Nayib Bukele leads El Salvador']],
  [
    'The fund named a Deputy of the National Assembly, Lucia Ferraz, as its chair.',
    ['Lucia Ferraz member_of National Assembly'],
  ],
  ["L'enquête vise un député de l'Assemblée nationale, M. Paulo Serra.", ['Paulo Serra member_of Assemblée nationale']],
  // the members of a body are the body; a state's government is the state
  ['Les membres du Conseil de sécurité ont condamné le Soudan.', ['UN Security Council condemns Sudan']],
  ['The members of the Security Council welcomed Chad.', ['UN Security Council welcomes Chad']],
  [
    'Les membres du Conseil de sécurité ont demandé au Gouvernement malien de protéger les civils.',
    ['UN Security Council requests Mali'],
  ],
  [
    "Canada urged the Government of Ethiopia and the Tigray People's Liberation Front (TPLF) to negotiate.",
    ['Canada requests Ethiopia', "Canada requests Tigray People's Liberation Front"],
  ],
  // welcomes: se réjouir de, rendre hommage à (with named examples), accueillir avec satisfaction, applaud; makers by agent and relative clause
  ["La Norvège s'est réjouie de la décision du Kenya.", ['Norway welcomes Kenya']],
  [
    'Le Japon a rendu hommage aux pays voisins, en particulier le Laos et la Thaïlande.',
    ['Japan welcomes Laos', 'Japan welcomes Thailand'],
  ],
  [
    "L'Union européenne a accueilli avec satisfaction les efforts que fait le Gouvernement ghanéen.",
    ['European Union welcomes Ghana'],
  ],
  ['Germany applauded the mediation by the Arab League.', ['Germany welcomes Arab League']],
  // condemnation of an act with its agent; names beside a kind of body
  ['Le Brésil a déploré les attaques commises par le groupe armé Kata Nour.', ['Brazil condemns Kata Nour']],
  ['Peru condemned the bombing by the Red Hand Brigade.', ['Peru condemns Red Hand Brigade']],
  ['Le Niger a condamné le groupe armé Katiba Serma.', ['Niger condemns Katiba Serma']],
  ['Chad condemned the Katiba Serma armed group.', ['Chad condemns Katiba Serma']],
  [
    'Yemen condemned an attack by Al-Qaeda in the Arabian Peninsula.',
    ['Yemen condemns Al-Qaeda in the Arabian Peninsula'],
  ],
  // sanctions as acts: measures à l'encontre de, listings, designations of people with offices, people named among a target
  [
    "Le Conseil fédéral a arrêté des sanctions à l'encontre de la Biélorussie.",
    ['Swiss Federal Council sanctions Belarus'],
  ],
  [
    'Today the Council of the EU listed Volta Logistics, a company based in Minsk.',
    ['Council of the European Union sanctions Volta Logistics'],
  ],
  [
    "L'UE a imposé des sanctions à cinq responsables, dont Abel Moreau et Jean Diallo.",
    ['European Union sanctions Abel Moreau', 'European Union sanctions Jean Diallo'],
  ],
  [
    "The Treasury's Office of Foreign Assets Control (OFAC) designated the Mayor of Carvel, Tom Reyes; and a Deputy of the National Assembly, Ana Ruiz.",
    ['Office of Foreign Assets Control sanctions Tom Reyes', 'Office of Foreign Assets Control sanctions Ana Ruiz'],
  ],
  // requests as nouns; support for what happens in a country
  ["Le Canada a lancé un appel au Gouvernement haïtien pour qu'il protège les civils.", ['Canada requests Haiti']],
  ['Le Ghana a réaffirmé son plein appui au processus politique en Libye.', ['Ghana supports Libya']],
  [
    'Le Ghana a rappelé son attachement sans réserve au processus de paix en République du Soudan, et a dit attendre avec intérêt le prochain rapport.',
    ['Ghana supports Sudan [reported]'],
  ],
  // launching or firing weapons at someone; a past form after `were` is a passive
  ['Le Hamas a lancé des roquettes contre Israël.', ['Hamas attacks Israel']],
  ['The raid answered a barrage of missiles launched by Iran against Israel.', ['Iran attacks Israel']],
  [
    'The members of the Security Council were briefed on Monday by the Head of UNAMA, Roza Otunbayeva.',
    ['Roza Otunbayeva informs UN Security Council'],
  ],
  ['Norway reaffirmed its support for the peace process in Colombia.', ['Norway supports Colombia']],
  // places beside their country or region
  ['Des combats ont eu lieu à Kabala (Mali) hier.', ['Kabala part_of Mali']],
  ['The convoy was stopped in Baidoa, Somalia, on Monday.', ['Baidoa part_of Somalia']],
  ['Talks were held in Niamey, the capital of Niger.', ['Niamey part_of Niger']],
  ["L'attaque a eu lieu à Tessit (État de Gao méridional).", ['Tessit part_of Gao méridional']],
  // meetings: reciprocal, and people listed with their offices
  [
    'Le ministre malien, Abdoulaye Diop, et le président du Ghana, John Mahama, se sont rencontrés à Accra.',
    ['Abdoulaye Diop meets John Mahama'],
  ],
  ['Kenya and Uganda met in Nairobi.', ['Kenya meets Uganda']],
  [
    'Le premier ministre Ousmane Sonko a accueilli le président du Bénin, M. Patrice Talon, et le président du Togo, M. Faure Gnassingbé.',
    ['Ousmane Sonko meets Patrice Talon', 'Ousmane Sonko meets Faure Gnassingbé', 'Patrice Talon leads Benin'],
  ],
  // I in a quote is its speaker; a press release's own we is its first named state; mutual cooperation; joining a body's measures
  [
    '“I welcome Kenya’s contribution,” said NATO Secretary General Mark Rutte.',
    ['Mark Rutte welcomes Kenya [reported]'],
  ],
  [
    'The United States is imposing sanctions on three companies. We urge Venezuela to release all detainees.',
    ['United States requests Venezuela'],
  ],
  [
    'The strides Japan and Vietnam have made to modernize bilateral maritime cooperation are clear.',
    ['Japan cooperates_with Vietnam'],
  ],
  ["La Suisse s'associe aux sanctions que l'UE a adoptées.", ['Switzerland cooperates_with European Union']],
  ['Russia is threatening the integrity of the Moldovan state.', ['Russia threatens Moldova']],
  // counterparts by name or by country; funding as a giving noun; acronyms in title case; heads of state of a body
  [
    "Le ministre marocain des Affaires étrangères, Nasser Bourita, s'est entretenu avec son homologue espagnol, José Manuel Albares.",
    ['Nasser Bourita meets José Manuel Albares', 'Nasser Bourita leads Morocco'],
  ],
  [
    'Kenyan Foreign Minister Musalia Mudavadi met his Ugandan counterpart, Jeje Odongo, in Kampala.',
    ['Musalia Mudavadi meets Jeje Odongo'],
  ],
  [
    'La Banque mondiale a approuvé un financement de 300 millions de dollars pour le Bénin.',
    ['World Bank supplies Benin'],
  ],
  ['Japan announced new funding for Kenya.', ['Japan pledges Kenya']],
  ["Les chefs d'État et de gouvernement de la Cédéao ont salué la décision du Togo.", ['ECOWAS welcomes Togo']],
  ['The heads of state of the African Union condemned Sudan.', ['African Union condemns Sudan']],
  // an acronym no lexicon holds names a body
  ['Le Tchad a condamné le MPRT pour ces attaques.', ['Chad condemns MPRT']],
  ['Ghana thanked the WAPCO for its help.', ['Ghana thanks WAPCO']],
  // a date between the verb and its object; recalling a commitment keeps its agent
  [
    "Le Conseil fédéral a arrêté, le 2 mai, des restrictions de déplacement à l'encontre de six officiers, dont Ko Lin et Aung Tun, le chef de la police (SPF).",
    ['Swiss Federal Council sanctions Ko Lin', 'Swiss Federal Council sanctions Aung Tun'],
  ],
  [
    "Le Conseil de sécurité s'est réuni. Les membres du Conseil ont rappelé leur attachement au processus de paix en Libye.",
    ['UN Security Council supports Libya [reported]'],
  ],
  // a conjunction that is also a preposition opens a clause; an island named with its country's adjective; an article before a title
  ['Ghana called on Togo to show restraint after Beninese troops shelled sites near Kétao.', ['Benin attacks Kétao']],
  ["Le navire a coulé au large de l'île grecque de Lesbos.", ['Lesbos part_of Greece']],
  [
    'Le Tchad a signé un accord, a indiqué le président de la transition tchadienne, le général Idriss Déby.',
    ['Idriss Déby leads Chad [reported]'],
  ],
  ['The navy seized a tanker off the Indonesian island of Batam.', ['Batam part_of Indonesia']],
  // towns from the gazetteer, French names of large cities labelled in English
  ["L'explosion a eu lieu à Mogadiscio (Somalie).", ['Mogadishu part_of Somalia']],
  [
    'The members of the Security Council condemned the attack in Beledweyne, Somalia, claimed by Al-Shabaab.',
    ['UN Security Council condemns Al-Shabaab', 'Al-Shabaab attacks Beledweyne'],
  ],
  [
    "Les membres du Conseil de sécurité ont condamné l'attaque menée par les Chabab contre une base de l'AMISOM.",
    ['UN Security Council condemns Al-Shabaab', 'Al-Shabaab attacks AMISOM'],
  ],
  // possessives after a plural; a surname alone after its office; offices inside a name's phrase; participants; phrases qualified after a comma
  ['The United States condemns the Houthis’ attack on a tanker near Yemen.', ['United States condemns Houthis']],
  [
    'Secretary Rubio spoke with Indian External Affairs Minister Subrahmanyam Jaishankar today.',
    ['Rubio meets Subrahmanyam Jaishankar', 'Subrahmanyam Jaishankar leads India'],
  ],
  ['Le président Bazoum a remercié le Tchad.', ['Bazoum thanks Chad']],
  [
    'The Balkan Commission met on Monday, with the participation of the Foreign Minister of Serbia, Mr. Marko Djuric.',
    ['Balkan Commission meets Marko Djuric'],
  ],
  [
    'The report names associates of Vlad Plahotniuc, already listed by the EU in 2023.',
    ['European Union sanctions Vlad Plahotniuc'],
  ],
  // a bare office stands for its one holder named before in the document
  [
    "Le secrétaire général de l'OTAN, Mark Rutte, a rencontré le premier ministre belge, Bart De Wever, qu'il a remercié. Le secrétaire général a ensuite salué la Finlande.",
    ['Mark Rutte thanks Bart De Wever', 'Mark Rutte welcomes Finland'],
  ],
  [
    'UN Secretary-General António Guterres arrived in Nairobi. The Secretary-General later thanked Kenya.',
    ['António Guterres thanks Kenya'],
  ],
  // ministers of one portfolio of a body act as the body; a country after its model word is no model
  [
    'Les ministres des Affaires étrangères du G7 ont condamné les tirs de missiles balistiques de la Corée du Nord.',
    ['G7 condemns North Korea'],
  ],
  // a name no evidence types is a candidate of unknown type, which sanctions may still take
  ['Today the EU designated Krasnoye Plamya.', ['European Union sanctions Krasnoye Plamya']],
  ["L'UE a sanctionné Zarubezhneft pour son rôle.", ['European Union sanctions Zarubezhneft']],
  ['Pakistan struck several positions in Herat on Monday.', ['Pakistan attacks Herat']],
  // the agent of an act named further off by a participle; where an attack fell; a visitor welcomed somewhere is met
  [
    "Le Niger a condamné avec fermeté l'attaque terroriste perpétrée le 2 avril à Tillabéri (Niger), revendiquée par le MNSD.",
    ['Niger condemns MNSD', 'MNSD attacks Tillabéri'],
  ],
  [
    'Chad condemned the deadly attack on a market in Bol, carried out on Friday by the Katiba Serma armed group.',
    ['Chad condemns Katiba Serma'],
  ],
  [
    'NATO Secretary General Mark Rutte welcomed the Prime Minister of Albania, Edi Rama, to NATO Headquarters on Monday.',
    ['Mark Rutte meets Edi Rama'],
  ],
];

// Negated, hypothetical and future facts are kept with their modality, never as asserted.
const MODAL: [string, string][] = [
  ["L'Italie n'a pas livré de chars à l'Ukraine.", 'Italy supplies tanks [negated]'],
  ['Spain did not send tanks to Ukraine.', 'Spain supplies tanks [negated]'],
  ["La Grèce pourrait fournir des missiles à l'Ukraine.", 'Greece supplies missiles [hypothetical]'],
  ['Portugal could send drones to Moldova.', 'Portugal supplies drones [hypothetical]'],
  ["L'Autriche fournira des munitions à la Slovaquie.", 'Austria supplies munitions [hypothetical]'],
  // what is asked of someone is not done: the one asked does it
  [
    'The EU urged Iran to cooperate with the IAEA.',
    'Iran cooperates_with International Atomic Energy Agency [hypothetical]',
  ],
  ['La France a demandé au Mali de coopérer avec la CEDEAO.', 'Mali cooperates_with ECOWAS [hypothetical]'],
];

// Sentences that must yield no asserted triple at all.
const NOTHING: string[] = [
  'Le temps sera beau demain à Paris.',
  'The weather in Brussels was cold.',
  'Il a livré des chars.', // unresolved pronoun: no antecedent
  "Ce pays a envoyé des drones à l'Ukraine.", // unresolved description
  'Les ministres discuteront de la Russie.', // plain future
  "Certains participants ont suggéré d'envoyer des chars.", // no named giver
  'The members condemned the Kata Nour terrorist group.', // members of no named body
  'Les membres ont condamné le groupe armé Kata Nour.',
  'Volta Trading condemned Chad.', // a name of unknown type is no actor
  'Les ministres ont discuté de la Charte Verte.',
];

// Triples a careless reading would produce, and which must not appear.
const WRONG: [string, string][] = [
  [
    "M. Rutte s'est félicité que la Suède ait renforcé son aide, et a salué la décision de la Finlande.",
    'Sweden welcomes Finland',
  ],
  ["Il s'agit de livrer des munitions à l'Ukraine.", 'Ukraine supplies munitions'], // impersonal `il`
  ["La Pologne a remercié le Canada pour l'aide promise à l'Ukraine.", 'Poland pledges Ukraine'], // a participle used as an adjective
  ['Les Alliés ont condamné les frappes de la Russie.', 'Allies attacks Russia'], // `frappes` after an article is a noun
  ["La Géorgie a pris des mesures pour rejoindre l'OTAN.", 'Georgia member_of NATO'], // a goal, not a fact
  ['Le sommet de Vilnius a permis de fournir une aide financière.', 'Vilnius summit supplies financial aid'], // an event gives nothing
  [
    'La décision de la Belgique de livrer des F-16, après celle du Portugal de fournir des obus.',
    'Belgium pledges artillery shells',
  ], // the next verb's object
  ['China condemned the sanctions imposed on companies accused of helping Russia.', 'China condemns Russia'], // Russia is not in the object phrase
  ['Israel struck Hezbollah targets in southern Lebanon.', 'Hezbollah attacks Lebanon'], // `targets` is a noun here
  ["Turkey blocked Sweden's bid to join NATO.", 'Sweden member_of NATO'], // a bid is a goal
  ["La Russie a été accusée par Kiev d'avoir bombardé une centrale.", 'Kyiv condemns Russia [reported]'], // a city is no agent
  [
    'Iranian Foreign Minister Abbas Araqchi met his Omani counterpart in Muscat to discuss Iraq.',
    'Oman discusses Iraq',
  ], // the object of `met` does not discuss
  ['Ukrainian President Volodymyr Zelensky met Emmanuel Macron.', 'Emmanuel Macron leads Ukraine'], // the office is Zelensky's
  [
    "Des entreprises chinoises accusées d'aider la Russie ont été sanctionnées par les États-Unis.",
    'United States supports Russia',
  ], // the accused help, not the sanctioner
  [
    'Brazilian President Luiz Inácio Lula da Silva criticized the United States.',
    'Luiz Inácio Lula da Silva condemns United States [reported]',
  ], // `States` is no verb of saying
  [
    'The EU urged Iran to cooperate with the IAEA.',
    'European Union cooperates_with International Atomic Energy Agency',
  ], // the one asked cooperates, if at all
  ['La France a demandé au Mali de coopérer avec la CEDEAO.', 'France cooperates_with ECOWAS'],
  ['Egypt condemned the terrorist attack in Sinai.', 'Egypt attacks Sinai'], // `attack` after an article and an adjective is a noun
  ['The Director of the Office of the Secretary General of NATO, Clara Weiss, met Ghana.', 'Clara Weiss leads NATO'], // NATO is not her office's own body
  ['Le vice-président du Kenya, Kithure Kindiki, a remercié le Japon.', 'Kithure Kindiki leads Kenya'], // a second office does not lead
  ["Les pays de l'OTAN ont condamné la Russie.", 'Allies member_of NATO'], // true by definition
  [
    "Des soldats de la Mission de l'Union africaine en Somalie (AMISOM) ont été blessés. L'AMISOM a remercié l'Ouganda.",
    'Somalia thanks Uganda',
  ], // the acronym is not Somalia's
  ['The United States is sanctioning three Mexican nationals.', 'United States sanctions Mexico'], // its nationals are not the state
  [
    'Georgian Prime Minister Irakli Kobakhidze met with Jens Stoltenberg, NATO Secretary General.',
    'Irakli Kobakhidze meets NATO',
  ], // an apposition, not a second object
  [
    'The First Deputy Director of the Private Office, Lorenz Meyer, and the Acting Spokesperson, Dylan White, attended.',
    'Dylan White member_of Private Office',
  ], // a list of people with offices
  [
    "Le Premier ministre néerlandais, Mark Rutte, a été remercié pour les contributions, et informé de la décision de l'OTAN.",
    'Mark Rutte welcomes NATO',
  ],
  ['NIAMEY – Le Niger a remercié le Tchad.', 'NIAMEY thanks Chad'], // a dateline in capitals is no body
  ['NEW YORK, 10 June — Kenya thanked Ghana.', 'YORK thanks Ghana'], // nor is a dateline of several words
  [
    'Le ministre a exprimé sa sympathie au peuple malien suite aux attaques perpétrées à Gao et à Kidal.',
    'Mali attacks Gao',
  ], // a French adjective before the noun is not its agent
  [
    "Le Conseil a abordé les frappes de la Russie, la situation sur le terrain à Kherson et les besoins de l'Ukraine.",
    'Russia attacks Kherson',
  ], // a place in the next item of a list
  [
    'NATO Secretary General Mark Rutte welcomed the Prime Minister of Albania, Edi Rama, to NATO Headquarters on Monday.',
    'Mark Rutte welcomes Edi Rama',
  ],
  ['Kenya condemned the heinous and cowardly terrorist attack in Lamu.', 'Kenya attacks Lamu'], // coordinated adjectives before a noun
  [
    'The Group of Seven opened a summit in Evian on Monday, chaired by French President Emmanuel Macron.',
    'Emmanuel Macron chairs G7',
  ], // the participle qualifies the phrase before the comma
  ['President Joe Biden met President Emmanuel Macron. The President then thanked Poland.', 'Joe Biden thanks Poland'], // two holders of one office: no guess
  [
    'President Joe Biden met President Emmanuel Macron. The President then thanked Poland.',
    'Emmanuel Macron thanks Poland',
  ],
  [
    'The Department of State designated Orion Logistics, a company based in Dubai.',
    'US Department of State sanctions Dubai',
  ], // `based in` is no adjective of a kind of body
  [
    'OFAC designated two South Sudanese government officials.',
    'Office of Foreign Assets Control sanctions South Sudan',
  ], // a government's officials are not the government
  [
    "En renforçant les sanctions à l'encontre du Bélarus, la Suisse s'aligne sur les décisions prises par l'Union européenne.",
    'European Union sanctions Switzerland',
  ], // a comma opens a clause; the agent belongs to another noun
  [
    'The members of the Security Council were briefed on Monday by the Head of UNAMA, Roza Otunbayeva.',
    'UN Security Council informs Roza Otunbayeva',
  ],
  [
    "Le secrétaire général de l'OTAN, Mark Rutte, a vu le secrétaire général de l'ONU, António Guterres. Le secrétaire général s'est ensuite entretenu avec le premier ministre irakien, Mohammed al-Soudani, qu'il a félicité.",
    'António Guterres welcomes Mohammed al-Soudani',
  ], // two secretaries general: the pronoun stops at the one nobody can name
  [
    "Le secrétaire général de l'OTAN, Mark Rutte, a vu le secrétaire général de l'ONU, António Guterres. Le secrétaire général s'est ensuite entretenu avec le premier ministre irakien, Mohammed al-Soudani, qu'il a félicité.",
    'Mark Rutte welcomes Mohammed al-Soudani',
  ],
  [
    "Le Représentant spécial du Secrétaire général pour la Libye, M. Hanna Tetteh, a remercié l'Égypte.",
    'Hanna Tetteh leads Libya',
  ], // a special representative leads nothing
  ['The United States condemns the Houthis’ attack on a tanker near Yemen.', 'Houthis attacks Yemen [hypothetical]'],
  ['Press Statement on Terrorist Attack in Garissa', 'Press Statement attacks Garissa'], // a headline's capitalised noun
  [
    '“We will reinforce the cooperation between Canada and Chile through supporting Chile’s reforms,” the minister said.',
    'Canada supports Chile [reported]',
  ], // a conjunct shares its preposition
  [
    'Ghana called on Togo to show restraint after Beninese troops shelled sites near Kétao.',
    'Benin attacks Kétao [hypothetical]',
  ], // what was asked is in another clause
  [
    "Le Conseil fédéral a arrêté, le 2 mai, des restrictions de déplacement à l'encontre de six officiers, dont Ko Lin et Aung Tun, le chef de la police (SPF).",
    'Swiss Federal Council sanctions SPF',
  ], // a listed person's body is not listed
  ['Le Mali a livré des vivres au groupe armé Kata Nour.', 'Mali supplies weapons'], // `armé` is not `arme`
  [
    "Le Ghana a salué les résolutions aux termes desquelles le conseil apporte son appui au Mali et demande à la MINUSMA d'agir.",
    'Ghana requests MINUSMA',
  ], // a relative clause has its own subject
];

describe('relations found in French and English', () => {
  it.each(FOUND)('%s', (sentence, expected) => {
    const got = facts(sentence);
    for (const e of expected) expect(got).toContain(e);
  });
});

describe('modality: negated, hypothetical and future facts are never asserted', () => {
  it.each(MODAL)('%s', (sentence, expected) => {
    expect(facts(sentence)).toContain(expected);
  });
});

describe('misreadings that must not appear', () => {
  it.each(WRONG)('%s', (sentence, wrong) => {
    expect(facts(sentence)).not.toContain(wrong);
  });
});

describe('sentences with no asserted triple', () => {
  it.each(NOTHING)('%s', (sentence) => {
    expect(facts(sentence).filter((f) => !f.includes('['))).toEqual([]);
  });
});
