import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/index.ts';

const PAGE = `<!DOCTYPE html>
<html><head>
  <title>Storm season &amp; the coast</title>
  <meta property="article:published_time" content="2024-08-28T10:00:00Z">
  <link rel="canonical" href="https://example.org/storm">
  <style>body { color: red } p::after { content: "<p>styled</p>" }</style>
  <script>var html = "<p>not text</p>"; if (a < b) alert('x');</script>
</head><body>
  <header><h1>Example Daily</h1><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
  <aside>Most read: five things to know</aside>
  <main>
    <div class="share">Share this</div>
    <article>
      <p>Forecasters said on Tuesday that the storm season could be the <b>most&nbsp;intense</b> on record &mdash; &laquo;&#160;a warning&nbsp;&raquo;.</p>
      <p>Residents were urged to prepare kits&hellip; and to follow the instructions of the l&#x2019;agence.<br>Schools will close early.</p>
      <form><input name="q"><button>Search</button></form>
      <noscript>Enable JavaScript</noscript>
    </article>
  </main>
  <footer>© 2024 Example Daily</footer>
</body></html>`;

describe('HTML', () => {
  const doc = parseDocument('storm.html', PAGE, 'html');

  it('keeps the article text only, one block per line, entities decoded', () => {
    expect(doc.text).toBe(
      [
        'Forecasters said on Tuesday that the storm season could be the most\u00a0intense on record — «\u00a0a warning\u00a0».',
        'Residents were urged to prepare kits… and to follow the instructions of the l’agence.',
        'Schools will close early.',
      ].join('\n\n'),
    );
  });

  it.each([
    [
      'French',
      '<p>Le Premier ministre d&rsquo;Espa&ntilde;a a re&ccedil;u Ant&oacute;nio Costa &agrave; Madrid.</p>',
      'Le Premier ministre d’España a reçu António Costa à Madrid.',
    ],
    [
      'English',
      '<p>Maro&scaron; &Scaron;ef&ccaron;ovi&ccaron; met Ji&rcaron;&iacute; &Scaron;afr&aacute;nek&#x2019;s team&nbsp;&ndash; and Erdo&gbreve;an.</p>',
      'Maroš Šefčovič met Jiří Šafránek’s team\u00a0– and Erdoğan.',
    ],
    [
      'legacy, without a semicolon',
      '<p>Le d&eacutecret et l&#39;accord d&apos;Helsinki, 3 &lt; 4 &amp 5.</p>',
      "Le décret et l'accord d'Helsinki, 3 < 4 & 5.",
    ],
    ['soft hyphens dropped', '<p>Ukrai&shy;ne and re&shy;armament.</p>', 'Ukraine and rearmament.'],
  ])('decodes every named reference of the HTML standard: %s', (_case, html, text) => {
    expect(parseDocument('names.html', `<body>${html}</body>`, 'html').text).toBe(text);
  });

  it.each([
    'not text',
    'styled',
    'alert',
    'Home',
    'Most read',
    'Share this',
    'Search',
    'JavaScript',
    '©',
    'Example Daily',
  ])('drops %s', (furniture) => expect(doc.text).not.toContain(furniture));

  it('takes title, date and url from the head', () => {
    expect([doc.title, doc.date, doc.url]).toEqual([
      'Storm season & the coast',
      '2024-08-28',
      'https://example.org/storm',
    ]);
  });

  it.each([
    [
      '<body><nav>Menu</nav><main><h1>Ministers meet in Rome</h1><p>The ministers met on 2 May 2024 in Rome to talk.</p></main></body>',
      'Ministers meet in Rome',
      '2024-05-02',
    ],
    [
      '<body><h1>Un titre &eacute;crit</h1><time datetime="2023-03-01">1er mars</time><p>Le texte de la page.</p></body>',
      'Un titre écrit',
      '2023-03-01',
    ],
  ])('falls back to <main>, the page, the first <h1> and <time> (%#)', (html, title, date) => {
    const doc = parseDocument('page.html', html, 'html');
    expect(doc.title).toBe(title);
    expect(doc.date).toBe(date);
    expect(doc.text).not.toContain('Menu');
  });
});

describe('Markdown', () => {
  const MARKDOWN = `---
date: 2024-04-19
---
# Allies **pledge** more support

The ministers met in [Brussels](https://example.org/brussels) and agreed on a *new* plan
that covers the \`next\` two years.

- the first item has __strong__ text
- the second item ends the list

![a map of the region](map.png)

> A quoted line is kept as plain text.
`;
  const doc = parseDocument('note.md', MARKDOWN, 'md');

  it('reduces markdown to text, one block per line', () => {
    expect(doc.text.split('\n\n')).toEqual([
      'Allies pledge more support',
      'The ministers met in Brussels and agreed on a new plan that covers the next two years.',
      'the first item has strong text',
      'the second item ends the list',
      'a map of the region',
      'A quoted line is kept as plain text.',
    ]);
  });

  it('takes the title from # Heading and the date from front matter', () => {
    expect([doc.title, doc.date]).toEqual(['Allies pledge more support', '2024-04-19']);
  });

  it('keeps intra-word underscores', () => {
    expect(parseDocument('x.md', 'The file_name_here is ready for the meeting today.', 'md').text).toBe(
      'The file_name_here is ready for the meeting today.',
    );
  });
});

describe('txt', () => {
  it.each([
    [
      'Allies pledge more air defence\n\nThe ministers agreed on Monday to send more systems.',
      'Allies pledge more air defence',
    ],
    ['The ministers agreed on Monday to send more systems.\n\nMore text follows here.', undefined],
    ['x'.repeat(250), undefined],
  ])('title of %j', (text, title) => {
    expect(parseDocument('a.txt', text, 'txt').title).toBe(title);
  });

  it('metadata wins over the text', () => {
    const doc = parseDocument('a.txt', 'A headline of the day\n\nOn 3 March 2024 the ministers met in Rome.', 'txt', {
      title: 'Given',
      date: '2020-01-02T00:00:00Z',
    });
    expect([doc.title, doc.date]).toEqual(['Given', '2020-01-02']);
  });
});
