import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sentenceTable, sentencesOf, splitSentences } from '../../src/text/sentences.ts';

/** The sentences as strings, after checking the span invariants. */
function split(text: string): string[] {
  const spans = splitSentences(text);
  expectValidSpans(text, spans);
  return spans.map(({ start, end }) => text.slice(start, end));
}

function expectValidSpans(text: string, spans: { start: number; end: number }[]): void {
  let previousEnd = 0;
  for (const { start, end } of spans) {
    expect(start).toBeGreaterThanOrEqual(previousEnd);
    expect(end).toBeGreaterThan(start);
    const slice = text.slice(start, end);
    expect(slice).toBe(slice.trim());
    expect(slice).not.toBe('');
    previousEnd = end;
  }
  // every non-space character is inside some sentence
  const covered = spans.reduce((n, { start, end }) => n + text.slice(start, end).replace(/\s/g, '').length, 0);
  expect(covered).toBe(text.replace(/\s/g, '').length);
}

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('splitSentences: boundaries', () => {
  const rows: [string, string, string[]][] = [
    ['period + uppercase', 'Le comité a voté. La séance est levée.', ['Le comité a voté.', 'La séance est levée.']],
    [
      '? and !',
      'Did they agree? Nobody knows! Talks resume on Monday.',
      ['Did they agree?', 'Nobody knows!', 'Talks resume on Monday.'],
    ],
    ['?! cluster', 'Une trêve ?! Personne n’y croit.', ['Une trêve ?!', 'Personne n’y croit.']],
    [
      '… + uppercase',
      'Les négociations traînent… Les diplomates s’impatientent.',
      ['Les négociations traînent…', 'Les diplomates s’impatientent.'],
    ],
    ['... + uppercase', 'Talks stalled... Then a deal came.', ['Talks stalled...', 'Then a deal came.']],
    [
      'period + digit',
      'The fund grew in 2023. 12 countries joined it.',
      ['The fund grew in 2023.', '12 countries joined it.'],
    ],
    [
      'period + opening «',
      'Le ministre est arrivé. « Nous sommes prêts », a-t-il dit.',
      ['Le ministre est arrivé.', '« Nous sommes prêts », a-t-il dit.'],
    ],
    [
      'period + opening "',
      'He arrived late. "We are ready," he said.',
      ['He arrived late.', '"We are ready," he said.'],
    ],
    [
      '." closes the sentence',
      'She said: "We will help." Then she left.',
      ['She said: "We will help."', 'Then she left.'],
    ],
    [
      '?» closes the sentence',
      '« Qui paiera ?» La question reste ouverte.',
      ['« Qui paiera ?»', 'La question reste ouverte.'],
    ],
    [
      '… ». closes the sentence',
      'Il a conclu : « Nous verrons bien… ». Puis il est parti.',
      ['Il a conclu : « Nous verrons bien… ».', 'Puis il est parti.'],
    ],
    [
      '. » + uppercase',
      '« Le front tient. » Le général a quitté la salle.',
      ['« Le front tient. »', 'Le général a quitté la salle.'],
    ],
    [
      'split inside a quotation',
      '« Le front tient. Les renforts arrivent. » a ajouté le général.',
      ['« Le front tient.', 'Les renforts arrivent. » a ajouté le général.'],
    ],
    [
      '." inside, then uppercase',
      'The envoy was clear. "We stay. We help." Nobody objected.',
      ['The envoy was clear.', '"We stay.', 'We help."', 'Nobody objected.'],
    ],
    [
      'words that are not abbreviations',
      'The answer was no. The museum shows modern art. Son vol. Le retour.',
      ['The answer was no.', 'The museum shows modern art.', 'Son vol.', 'Le retour.'],
    ],
    [
      'etc. + uppercase',
      'They sent tanks, shells, etc. The list is long.',
      ['They sent tanks, shells, etc.', 'The list is long.'],
    ],
    [
      'bracket after end',
      'The figure was revised (twice.) Officials declined to comment.',
      ['The figure was revised (twice.)', 'Officials declined to comment.'],
    ],
    ['no final punctuation', 'No final stop here', ['No final stop here']],
    ['trailing whitespace', '  Une phrase.   \n\n ', ['Une phrase.']],
    [
      'nbsp before ! and »',
      `Il a dit${NBSP}: «${NBSP}Non${NBSP}!${NBSP}» Puis il est parti.`,
      [`Il a dit${NBSP}: «${NBSP}Non${NBSP}!${NBSP}»`, 'Puis il est parti.'],
    ],
    ['narrow nbsp before ?', `Qui décide${NNBSP}? Le Conseil.`, [`Qui décide${NNBSP}?`, 'Le Conseil.']],
  ];
  it.each(rows)('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});

describe('splitSentences: lines, headlines and blank regions', () => {
  const wrapped = 'Les ministres de la Défense des pays membres ont longuement discuté\nde la production de munitions.';
  const rows: [string, string, string[]][] = [
    [
      'blank line',
      'Les Vingt-Sept adoptent un paquet\n\nLe texte a été approuvé mardi.',
      ['Les Vingt-Sept adoptent un paquet', 'Le texte a été approuvé mardi.'],
    ],
    [
      'headline then uppercase line',
      'Ministers meet in Brussels\nThe talks began at noon.',
      ['Ministers meet in Brussels', 'The talks began at noon.'],
    ],
    ['short line then lowercase line', 'Strasbourg\nmardi 4 juin 2024', ['Strasbourg', 'mardi 4 juin 2024']],
    ['wrapped prose continues', wrapped, [wrapped]],
    [
      'newline after a sentence',
      'Le vote a eu lieu.\nLa loi entre en vigueur demain.',
      ['Le vote a eu lieu.', 'La loi entre en vigueur demain.'],
    ],
    ['CRLF', 'Titre du jour\r\nLe texte suit.\r\n\r\nFin.', ['Titre du jour', 'Le texte suit.', 'Fin.']],
    [
      'bullet line',
      'Points clés\n- un budget en hausse\n- des livraisons accélérées',
      ['Points clés', '- un budget en hausse', '- des livraisons accélérées'],
    ],
    [
      'blanked boilerplate between paragraphs',
      `First part.${' '.repeat(40)}\n${' '.repeat(25)}\n   Second part.`,
      ['First part.', 'Second part.'],
    ],
    [
      'blanked run inside a line',
      `Menu principal${' '.repeat(30)}Le conseil a siégé.`,
      ['Menu principal', 'Le conseil a siégé.'],
    ],
    ['double space after a period', 'The vote passed.  A recount follows.', ['The vote passed.', 'A recount follows.']],
    ['whitespace only', `   \n\n\t ${NBSP}  \n`, []],
    ['empty', '', []],
  ];
  it.each(rows)('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});

describe('splitSentences: must not split', () => {
  const rows: [string, string][] = [
    ['M. and Mme.', 'M. Dupont a rencontré Mme. Martin hier soir.'],
    ['MM.', 'MM. Durand et Petit ont voté contre.'],
    ['Dr. Mr. Mrs.', 'Dr. Jones and Mr. Smith met Mrs. Brown.'],
    ['U.S. U.K.', 'The U.S. Army and the U.K. Navy will train together.'],
    ['e.g. i.e.', 'Some allies, e.g. Norway, sent more; others, i.e. the rest, did not.'],
    ['etc. + lowercase', 'They sent tanks, shells, etc. and also fuel.'],
    ['p. + page number', 'Voir p. 12 du rapport annuel.'],
    ['av. J.-C.', 'La ville fut fondée en 52 av. J.-C. par les Romains.'],
    ['Gen. Sen. Rep. St.', 'Gen. Miller met Sen. Jones and Rep. Diaz in St. Louis.'],
    ['English months', 'The deal was signed on Jan. 5 and ratified on Dec. 12.'],
    ['French months', 'Le traité date du 3 janv. 2020 et fut révisé le 8 févr. 2021.'],
    ['initials', 'J. Smith and A. B. Jones signed the letter.'],
    ['decimal comma and point', 'Le budget atteint 43,3 milliards, soit 4.5 % de plus.'],
    ['version number', 'Version 2.0 sortira en 2025.'],
    ['… + lowercase', 'Il hésita… puis il signa.'],
    ['... + lowercase', 'He paused... and then signed.'],
    ['. » + lowercase', '« Nous devons agir. » a-t-il déclaré.'],
    ['." + comma', '"Nous devons agir.", a déclaré la ministre.'],
    ['», + lowercase', '« Il faut aller plus vite », a-t-elle ajouté.'],
    ['English quote + comma', '"We must act now," she said.'],
    ['? » + lowercase', '« Pourquoi attendre ? » s’est-il demandé.'],
    ['. + nbsp » + comma', `«${NBSP}La paix est possible.${NBSP}», a-t-il assuré.`],
    ['colon before a quotation', 'Elle a déclaré : « Les alliés tiendront parole. »'],
    ['semicolon', 'Berlin livre des chars ; Paris envoie des canons.'],
    ['period + lowercase', 'Le texte est adopté. puis publié.'],
    ['no space after period', 'Voir le site example.org pour le détail.'],
  ];
  it.each(rows)('%s', (_name, text) => {
    expect(split(text)).toEqual([text]);
  });
});

describe('splitSentences: offsets invariant', () => {
  const seeds = fileURLToPath(new URL('../../../shared/corpus/seeds/', import.meta.url));
  it.skipIf(!existsSync(seeds))('holds on every seed document', () => {
    const files = readdirSync(seeds).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(seeds + file, 'utf8');
      const spans = splitSentences(text);
      expect(spans.length, file).toBeGreaterThan(0);
      expectValidSpans(text, spans);
    }
  });

  it('holds on random text made of tricky characters', () => {
    const alphabet = [
      'a',
      'B',
      'é',
      'É',
      '1',
      '.',
      '!',
      '?',
      '…',
      '«',
      '»',
      '"',
      '’',
      ' ',
      ' ',
      '\n',
      '\r\n',
      NBSP,
      NNBSP,
      ',',
      'M',
      'J.-C',
      'etc',
    ];
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 300; round++) {
      let text = '';
      const length = Math.floor(random() * 80);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      expectValidSpans(text, splitSentences(text));
    }
  });
});

describe('sentencesOf', () => {
  it('numbers the sentences and labels each with its language', () => {
    const text =
      'Les alliés ont promis de nouvelles livraisons d’armes. The shipments will begin in the spring, officials said.';
    const sentences = sentencesOf({ id: 'doc/a.txt', text });
    expect(sentences.map((s) => [s.id, s.doc, s.index, s.language])).toEqual([
      ['doc/a.txt#0', 'doc/a.txt', 0, 'fr'],
      ['doc/a.txt#1', 'doc/a.txt', 1, 'en'],
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('is the sentence table made at once; the table makes any window of it alike', () => {
    const text = 'Le Japon a condamné le tir. Tokyo a protesté. North Korea fired a missile on Monday. Seoul said so.';
    const doc = { id: 'doc/b.txt', text };
    const table = sentenceTable(doc);
    expect(table.length).toBe(4);
    expect(sentencesOf(doc)).toEqual(table.slice(0));
    expect(table.slice(1, 3)).toEqual(sentencesOf(doc).slice(1, 3));
    expect(table.slice(3, 10).map((s) => s.text)).toEqual(['Seoul said so.']);
  });

  it('returns nothing for a blank document', () => {
    expect(sentencesOf({ id: 'x', text: ' \n\n ' })).toEqual([]);
  });
});
