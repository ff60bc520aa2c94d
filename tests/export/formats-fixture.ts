/**
 * The graph every exporter is tested on (formats*.test.ts), a plain module (importing it registers
 * no tests): the fixture corpus and a document whose labels and sentences are tricky text.
 */
import { parse as parseCSV } from 'csv-parse/sync';
import { CORPUS, E, buildGraph, makeDoc } from '../graph/fixtures.ts';
import { SANCTIONS } from '../query/fixture.ts';

/** Labels and sentences with commas, quotes, newlines, backslashes, markup and accents. */
export const TRICKY = makeDoc(
  'odd, "docs"/tricky.txt',
  [
    'Germany supplies "AT&T <kits>", again\nto Ukraine \\ now.',
    "L'Allemagne livre l'IRIS-T à l'Ukraine ; c'est 'fait'.",
  ],
  [
    [
      {
        s: E.germany,
        p: 'supplies',
        o: { id: 'equipment:at-t-kits', label: 'AT&T <kits>, "pro"', type: 'Equipment' },
        oText: '"AT&T <kits>"',
      },
    ],
    [
      {
        s: E.germany,
        sText: 'Allemagne',
        p: 'supplies',
        o: { id: 'equipment:iris-t', label: "IRIS-T 'SLM'", type: 'Equipment' },
        oText: 'IRIS-T',
      },
    ],
  ],
  { date: '2024-05', title: 'Odd, "quoted"\ntitle', language: 'fr' },
);

/** The fixture corpus and TRICKY, the graph the exporters write. */
export const graph = buildGraph([CORPUS.en1, CORPUS.fr1, SANCTIONS, TRICKY]);

/** CSV text as rows keyed by its header. */
export const csv = (text: string) => parseCSV(text, { columns: true }) as Record<string, string>[];
