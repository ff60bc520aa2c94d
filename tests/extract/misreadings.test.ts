import { describe, expect, it } from 'vitest';
import { facts } from './helpers.ts';

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
