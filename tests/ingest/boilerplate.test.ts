import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanBoilerplate, corpusContext, ingest, parseDocument } from '../../src/ingest/index.ts';

/** The lines that survive cleaning, trimmed, blank ones left out. */
const keptLines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const FRENCH_PAGE = `Météo 12.4 C
Lyon
lundi, juin 3, 2024
Accueil
Aucun élément de menu !

Les ministres européens adoptent un plan commun pour le stockage du gaz

À lire aussi

Le port de Marseille accueille un nouveau terminal
Les travaux, lancés l’an dernier, doivent permettre de doubler le trafic des...

La Cour des comptes publie son rapport annuel
Le document pointe les dépenses de plusieurs ministères et recommande une…

Les ministres de l’énergie se sont retrouvés le mardi 4 juin 2024 à Luxembourg pour adopter un plan commun de stockage du gaz.

Selon la présidence du Conseil, le plan prévoit des achats groupés et une réserve partagée pour l’hiver prochain.

Notre journal publie des tribunes qui n’engagent que leurs auteurs.

- Publicité -

Dernières nouvelles

Le port de Marseille accueille un nouveau terminal
Les travaux, lancés l’an dernier, doivent permettre de doubler le trafic des conteneurs d’ici...

Un nouveau musée ouvre ses portes à Lyon

Nous utilisons des cookies pour améliorer votre expérience. En poursuivant, vous acceptez notre politique.
`;

const ENGLISH_PAGE = `Home
World
Friday 14 June 2024
Sign in

Coastal towns brace for a record storm season, forecasters say

Read more

Local elections: turnout hits a twenty-year high
Officials said long queues formed at polling stations across the...

Advertisement

The national weather service warned on Thursday, June 13, 2024 that this year’s storm season could be the most intense on record.

Forecasters said warmer sea temperatures were feeding stronger systems, and urged residents to prepare emergency kits.

More Articles Like This

Harbour repairs finish ahead of schedule
Council approves new flood barriers

We use cookies to improve your experience. By continuing you accept our policy.
© 2024 Example Daily. All rights reserved.
`;

describe('cleanBoilerplate on synthetic pages', () => {
  it.each([
    [
      'French',
      FRENCH_PAGE,
      [
        'Les ministres européens adoptent un plan commun pour le stockage du gaz',
        'Les ministres de l’énergie se sont retrouvés le mardi 4 juin 2024 à Luxembourg pour adopter un plan commun de stockage du gaz.',
        'Selon la présidence du Conseil, le plan prévoit des achats groupés et une réserve partagée pour l’hiver prochain.',
        'Notre journal publie des tribunes qui n’engagent que leurs auteurs.',
      ],
    ],
    [
      'English',
      ENGLISH_PAGE,
      [
        'Coastal towns brace for a record storm season, forecasters say',
        'The national weather service warned on Thursday, June 13, 2024 that this year’s storm season could be the most intense on record.',
        'Forecasters said warmer sea temperatures were feeding stronger systems, and urged residents to prepare emergency kits.',
      ],
    ],
  ])('%s page: headline and paragraphs only', (_language, page, expected) => {
    const cleaned = cleanBoilerplate(page);
    expect(cleaned.length).toBe(page.length);
    expect(keptLines(cleaned)).toEqual(expected);
  });

  it.each([
    ['French', FRENCH_PAGE, 'Les ministres européens adoptent un plan commun pour le stockage du gaz', '2024-06-04'],
    ['English', ENGLISH_PAGE, 'Coastal towns brace for a record storm season, forecasters say', '2024-06-13'],
  ])('%s page: title is the headline, date comes from the article, not the header', (_language, page, title, date) => {
    const doc = parseDocument('page.txt', page, 'txt');
    expect(doc.title).toBe(title);
    expect(doc.date).toBe(date);
  });
});

describe('cleanBoilerplate signals', () => {
  const paragraph = 'The council met on Monday and agreed on a new budget for the coming year.';
  const another = 'Ministers also discussed the schedule of the next meetings, which start in May.';

  it.each([
    [
      'a line repeated within the page goes, every copy',
      [paragraph, 'Share on Facebook', another, 'Share on Facebook'],
      [paragraph, another],
    ],
    [
      'a paragraph repeated within the page keeps its first copy',
      [paragraph, another, paragraph],
      [paragraph, another],
    ],
    [
      'un paragraphe répété dans la page garde sa première copie',
      [
        'Le conseil a adopté mardi le budget de la ville pour l’année prochaine.',
        another,
        'Le conseil a adopté mardi le budget de la ville pour l’année prochaine.',
      ],
      ['Le conseil a adopté mardi le budget de la ville pour l’année prochaine.', another],
    ],
    [
      'a teaser (headline + truncated snippet) goes',
      [paragraph, 'Storm hits the coast', 'Winds of up to 150 km/h were recorded along the...', another],
      [paragraph, another],
    ],
    [
      'a truncated line without a headline stays',
      [paragraph, 'He paused and said: well, we will see...', another],
      [paragraph, 'He paused and said: well, we will see...', another],
    ],
    [
      'a link-list header goes with the teasers after it',
      [paragraph, 'Lire aussi', 'Un musée ouvre à Lyon', 'La grève continue à la SNCF', another],
      [paragraph, another],
    ],
    ['"Lire aussi : <title>" goes', [paragraph, 'Lire aussi : Un musée ouvre à Lyon', another], [paragraph, another]],
    [
      'an advertisement mark goes alone',
      [paragraph, '- Advertisement -', 'A short subheading here', another],
      [paragraph, 'A short subheading here', another],
    ],
    [
      'a short subheading inside the article stays',
      [paragraph, 'Umbrella talks', another],
      [paragraph, 'Umbrella talks', another],
    ],
    [
      'fragments before the first paragraph go',
      ['12 °C', 'Paris', '3 juin 2024', 'Ministers agree on a budget', paragraph],
      ['Ministers agree on a budget', paragraph],
    ],
    ['fragments after the last paragraph go', [paragraph, 'Source: AFP', 'Tags: budget'], [paragraph]],
    [
      'a sentence starting with a cue word stays',
      ['Related talks were held in Brussels on Monday, officials said.', paragraph],
      ['Related talks were held in Brussels on Monday, officials said.', paragraph],
    ],
  ])('%s', (_signal, lines, expected) => {
    const text = lines.join('\n\n');
    expect(keptLines(cleanBoilerplate(text))).toEqual(expected);
  });
});

describe('cleanBoilerplate across the corpus', () => {
  const syndicated =
    'The regional council approved the new transport plan on Tuesday after a long debate, and the first works will start in the autumn.';
  const pageA = `Regional council approves the transport plan\n\n${syndicated}\n\nValley Post, your local voice\n\nThe mayor welcomed the vote and promised quick results for commuters.`;
  const pageB = `Transport plan gets the green light\n\n${syndicated}\n\nValley Post, your local voice\n\nOpposition members said the plan was too expensive for the region.`;

  it('drops short lines found in several documents and keeps syndicated paragraphs', () => {
    const context = corpusContext([pageA, pageB]);
    for (const page of [pageA, pageB]) {
      const kept = keptLines(cleanBoilerplate(page, context));
      expect(kept).toContain(syndicated);
      expect(kept).not.toContain('Valley Post, your local voice');
      expect(kept).toHaveLength(3);
    }
  });

  it('keeps a short wire sentence found in several articles, and a one-line article copied many times', async () => {
    const wire = 'Norway delivered field hospitals to Moldova on 4 April 2025.';
    const pages = [
      `Norway helps Moldova\n\n${wire}\n\nValley Post, your local voice`,
      `Aid for Moldova\n\n${wire}\n\nThe ministry gave no further detail on the cost.`,
    ];
    const context = corpusContext(pages);
    for (const page of pages) expect(keptLines(cleanBoilerplate(page, context))).toContain(wire);
    const { docs, warnings } = await ingest(['-'], { stdin: async () => wire });
    expect(warnings).toEqual([]);
    expect(docs[0].text).toBe(wire);
  });

  it('keeps the same short line without a corpus, or below minDocs', () => {
    expect(keptLines(cleanBoilerplate(pageA))).toContain('Valley Post, your local voice');
    const context = { ...corpusContext([pageA, pageB]), minDocs: 3 };
    expect(keptLines(cleanBoilerplate(pageA, context))).toContain('Valley Post, your local voice');
  });
});

describe('the development seeds', () => {
  const seeds = resolve(import.meta.dirname, '../../../shared/corpus/seeds');
  const read = (name: string) => readFileSync(resolve(seeds, name), 'utf8');
  const SEEDS = [
    '000_20101a7d1ab6a0b1.txt',
    '001_f36e23339c398d07.txt',
    '002_1bfd15bd7f542d98.txt',
    '003_3053ab0af74e4a7e.txt',
    '004_4611eb519c9767bd.txt',
  ];

  it('001: menu, teasers and link lists go; headline and article paragraphs stay', () => {
    const raw = read(SEEDS[1]);
    const doc = parseDocument(SEEDS[1], raw, 'txt');
    const lines = keptLines(raw);
    const kept = keptLines(doc.text);
    // The first four lines are the site's menu bar (weather, city, date, empty menu); the fifth is the headline.
    expect(lines.slice(0, 4)).toEqual(['8.6 C', 'Bruxelles', 'mercredi, mars 19, 2025', 'No menu items!']);
    for (const line of lines.slice(0, 4)) expect(kept).not.toContain(line);
    expect(kept[0]).toBe(lines[4]);
    expect(doc.title).toBe(lines[4]);
    // Every long line that is not a truncated snippet is article text and stays, in order.
    const paragraphs = lines.filter((line) => line.length >= 150 && !/(\.\.\.|…)$/.test(line));
    expect(paragraphs).toHaveLength(5);
    expect(kept.slice(1)).toEqual(paragraphs);
    for (const word of [
      'Bulgarie',
      'Espagne',
      'RPDC',
      'Afrique du Sud',
      'Civil Liberties',
      'Advertisement',
      'Dernières nouvelles',
    ]) {
      expect(doc.text).not.toContain(word);
    }
    expect(doc.date).toBe('2024-08-28');
    expect(doc.text.length).toBe(raw.length);
  });

  it.each([
    [SEEDS[0], 0],
    [SEEDS[2], 0],
    [SEEDS[3], 2], // "Source: …" and "De la même section …" after the last paragraph
    [SEEDS[4], 0],
  ])('%s loses no article text (all but its last %i lines kept)', (name, trailing) => {
    const lines = keptLines(read(name));
    expect(keptLines(parseDocument(name, read(name), 'txt').text)).toEqual(lines.slice(0, lines.length - trailing));
  });

  it('ingesting the folder keeps the same text (corpus counts remove nothing more)', async () => {
    const { docs, warnings, duplicates } = await ingest([seeds]);
    expect(warnings).toEqual([]);
    expect(duplicates).toEqual([]);
    expect(docs.map((doc) => doc.id)).toEqual(SEEDS);
    for (const doc of docs) expect(doc.text).toBe(parseDocument(doc.id, read(doc.id), 'txt').text);
  });
});
