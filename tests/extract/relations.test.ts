import { describe, expect, it } from 'vitest';
import { facts } from './helpers.ts';

// Each row: a sentence written for these tests, and triples that must be among its output.
const FOUND: [string, string[]][] = [
  // supplies: theme and recipient, French
  ["L'Allemagne a livré des chars Leopard à l'Ukraine.", ['Germany supplies Leopard', 'Germany supplies Ukraine']],
  ['La France fournit des canons Caesar et des munitions aux forces ukrainiennes.', ['France supplies Caesar', 'France supplies munitions']],
  ['Le Danemark et la Norvège ont envoyé des drones à la Moldavie.', ['Denmark supplies drones', 'Norway supplies drones', 'Denmark supplies Moldova', 'Norway supplies Moldova']],
  // supplies, English, double object
  ['Poland sent Ukraine artillery shells last week.', ['Poland supplies Ukraine', 'Poland supplies artillery shells']],
  ['The United Kingdom delivered Storm Shadow missiles to Kyiv.', ['United Kingdom supplies Storm Shadow']],
  // pledges: promise verbs, governors, decisions
  ['Le Japon a promis une aide financière au Kenya.', ['Japan pledges financial aid', 'Japan pledges Kenya']],
  ["Les Pays-Bas se sont engagés à livrer des F-16 à l'Ukraine.", ['Netherlands pledges F-16', 'Netherlands pledges Ukraine']],
  ['Canada agreed to send air defence systems to Latvia.', ['Canada pledges air defence', 'Canada pledges Latvia']],
  ["Le ministre a salué la décision de la Suède de fournir des chars à l'Ukraine.", ['Sweden pledges tanks', 'Sweden pledges Ukraine']],
  // direct verbs
  ['La Pologne condamne la Biélorussie.', ['Poland condemns Belarus']],
  ['Les Alliés ont fermement condamné les frappes de la Russie.', ['Allies condemns Russia']],
  ['Germany strongly condemned Iran.', ['Germany condemns Iran']],
  ['Le président ukrainien a remercié le Canada.', ['Ukraine thanks Canada']],
  ['Finland welcomed the decision of Norway.', ['Finland welcomes Norway']],
  ['Le Maroc et la France coopèrent avec le Sénégal.', ['France cooperates_with Senegal', 'Morocco cooperates_with Senegal']],
  ['Brazil will cooperate with Argentina.', ['Brazil cooperates_with Argentina [hypothetical]']],
  // offices
  ["Le secrétaire général de l'OTAN, Mark Rutte, s'est rendu à Vilnius.", ['Mark Rutte leads NATO']],
  ['Le ministre polonais de la Défense, Władysław Kosiniak-Kamysz, a remercié les Alliés.', ['Władysław Kosiniak-Kamysz leads Poland', 'Władysław Kosiniak-Kamysz thanks Allies']],
  ['NATO Secretary General Mark Rutte thanked Sweden.', ['Mark Rutte leads NATO', 'Mark Rutte thanks Sweden']],
  ['Ukrainian President Volodymyr Zelensky met Emmanuel Macron.', ['Volodymyr Zelensky leads Ukraine', 'Volodymyr Zelensky meets Emmanuel Macron']],
  // nouns: agents by adjective, by `de`, by possessive
  ["Les frappes russes contre l'Ukraine se poursuivent.", ['Russia attacks Ukraine']],
  ["Russia's invasion of Ukraine began in 2022.", ['Russia invades Ukraine']],
  ["L'Ukraine doit pouvoir se défendre contre l'invasion russe.", ['Russia invades Ukraine']],
  // places
  ['Des combats ont eu lieu dans la région russe de Belgorod.', ['Belgorod part_of Russia']],
  // a verb phrase after `et` shares the first clause's subject, not the subordinate one's
  ["M. Rutte s'est félicité que la Suède ait renforcé son aide, et a salué la décision de la Finlande.", ['Mark Rutte welcomes Finland']],
  ['Rutte said that Sweden had increased its aid and praised Finland.', ['Mark Rutte welcomes Finland [reported]']],
  // support nouns take the subject of the verb they are the object of
  ["La Lituanie a renforcé son soutien à la Géorgie.", ['Lithuania supports Georgia']],
  ['Japan stepped up its support for the Philippines.', ['Japan supports Philippines']],
  // particle verbs, and makers of welcomed facts
  ['Le ministre estonien a mis les Alliés à jour sur la situation.', ['Estonia informs Allies']],
  ["M. Rutte s'est félicité que les Pays-Bas aient livré des drones.", ['Mark Rutte welcomes Netherlands']],
  // receivers named by pronouns and descriptions are not the givers
  ["L'Ukraine remercie ses partenaires. Kyiv a salué la décision de la Belgique de livrer à ce pays des F-16, après celle du Portugal de lui fournir des obus.", ['Belgium pledges F-16', 'Belgium pledges Ukraine', 'Portugal pledges Ukraine', 'Portugal pledges artillery shells']],
  // a parenthesis does not end the clause; money given for a kind of aid
  ["Les alliés ont fourni 3 milliards d'euros (3,2 milliards de dollars) à la Moldavie pour la formation.", ['Allies supplies Moldova', 'Allies supplies training']],
  // a fact presupposed by a participle with its agent stays asserted under a future
  ["Les ministres discuteront de la campagne d'actes hostiles menée par l'Iran dans les pays de l'OTAN.", ['Iran threatens Allies']],
  // reported speech keeps the fact, with its modality
  ["« La Roumanie soutient la Moldavie », a déclaré le ministre.", ['Romania supports Moldova [reported]']],
  ['Spain supports Morocco, the minister said.', ['Spain supports Morocco [reported]']],
];

// Negated, hypothetical and future facts are kept with their modality, never as asserted.
const MODAL: [string, string][] = [
  ["L'Italie n'a pas livré de chars à l'Ukraine.", 'Italy supplies tanks [negated]'],
  ['Spain did not send tanks to Ukraine.', 'Spain supplies tanks [negated]'],
  ["La Grèce pourrait fournir des missiles à l'Ukraine.", 'Greece supplies missiles [hypothetical]'],
  ['Portugal could send drones to Moldova.', 'Portugal supplies drones [hypothetical]'],
  ["L'Autriche fournira des munitions à la Slovaquie.", 'Austria supplies munitions [hypothetical]'],
];

// Sentences that must yield no asserted triple at all.
const NOTHING: string[] = [
  'Le temps sera beau demain à Paris.',
  'The weather in Brussels was cold.',
  'Il a livré des chars.', // unresolved pronoun: no antecedent
  "Ce pays a envoyé des drones à l'Ukraine.", // unresolved description
  'Les ministres discuteront de la Russie.', // plain future
  "Certains participants ont suggéré d'envoyer des chars.", // no named giver
];

// Triples a careless reading would produce, and which must not appear.
const WRONG: [string, string][] = [
  ["M. Rutte s'est félicité que la Suède ait renforcé son aide, et a salué la décision de la Finlande.", 'Sweden welcomes Finland'],
  ["Il s'agit de livrer des munitions à l'Ukraine.", 'Ukraine supplies munitions'], // impersonal `il`
  ["La Pologne a remercié le Canada pour l'aide promise à l'Ukraine.", 'Poland pledges Ukraine'], // a participle used as an adjective
  ["Les Alliés ont condamné les frappes de la Russie.", 'Allies attacks Russia'], // `frappes` after an article is a noun
  ["La Géorgie a pris des mesures pour rejoindre l'OTAN.", 'Georgia member_of NATO'], // a goal, not a fact
  ["Le sommet de Vilnius a permis de fournir une aide financière.", 'Vilnius summit supplies financial aid'], // an event gives nothing
  ["La décision de la Belgique de livrer des F-16, après celle du Portugal de fournir des obus.", 'Belgium pledges artillery shells'], // the next verb's object
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
