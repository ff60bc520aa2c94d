import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/text/language.ts';
import { sentencesOf } from '../../src/text/sentences.ts';
import type { Language } from '../../src/types.ts';

describe('detectLanguage', () => {
  const rows: [string, Language][] = [
    // French: function words
    ['Le gouvernement a annoncé une aide de deux milliards pour les agriculteurs.', 'fr'],
    ['Les ministres se sont réunis à Bruxelles pour discuter du budget.', 'fr'],
    ['Nous ne savons pas encore quand la livraison aura lieu.', 'fr'],
    ['« Il faut aller plus vite », a-t-elle ajouté devant la presse.', 'fr'],
    // French: short, decided by elisions or accents
    ['C’est fini.', 'fr'],
    ["L'armée d'Ukraine", 'fr'],
    ['Sommet européen à Vienne', 'fr'],
    ['Umerov salue les alliés', 'fr'],
    // English
    ['The government announced that it would send more aid to the farmers.', 'en'],
    ['They have not yet decided when the shipment will arrive.', 'en'],
    ['Officials said the talks were productive.', 'en'],
    ["It's the allies' decision.", 'en'],
    ["We don't know.", 'en'],
    // names carry no weight
    ['The minister met Jean-Luc Mélenchon and Le Monde editors in Paris.', 'en'],
    ['Le ministre a rencontré les dirigeants de The Guardian et de Foreign Affairs.', 'fr'],
    ['NATO Secretary General Jens Stoltenberg told reporters in Brussels that the alliance was ready.', 'en'],
    // other: no evidence, or another language
    ['NATO', 'other'],
    ['Jens Stoltenberg', 'other'],
    ['Source: Reuters', 'other'],
    ['12 juin 2024', 'other'],
    ['- Advertisement -', 'other'],
    ['THE END OF THE WAR', 'other'],
    ['Allies pledge more air defence', 'other'], // fewer than 3 function words, no marker
    ['Nobody spoke to the press.', 'other'],
    ['', 'other'],
    ['El gobierno de España ha enviado ayuda a los países vecinos.', 'other'],
    ['Die Regierung hat die Lieferung von Waffen an die Ukraine genehmigt.', 'other'],
  ];
  it.each(rows)('%s → %s', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});

describe('per-sentence languages in a mixed document', () => {
  const rows: [string, string, Language[]][] = [
    [
      'fr then en in one paragraph',
      'Plusieurs délégués ont exprimé leur solidarité avec Kiev. During the session, the delegates also discussed the air defence of the country.',
      ['fr', 'en'],
    ],
    [
      'en then fr, with a headline',
      'Allies meet in Brussels\n\nThe ministers agreed on a new fund for the training of pilots. M. Dupont a ensuite rappelé que la décision était unanime.',
      ['other', 'en', 'fr'],
    ],
    [
      'alternating sentences',
      'Le conseil s’est réuni mardi. It was the first meeting since the summit. Les ambassadeurs étaient présents. Nobody spoke to the press after the vote.',
      ['fr', 'en', 'fr', 'en'],
    ],
  ];
  it.each(rows)('%s', (_name, text, expected) => {
    expect(sentencesOf({ id: 'mixed', text }).map((s) => s.language)).toEqual(expected);
  });
});
