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
];

describe('relations found in French and English', () => {
  it.each(FOUND)('%s', (sentence, expected) => {
    const got = facts(sentence);
    for (const e of expected) expect(got).toContain(e);
  });
});
