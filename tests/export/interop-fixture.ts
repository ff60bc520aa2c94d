/**
 * The graph the interoperability tests write (interop*.test.ts), a plain module (importing it
 * registers no tests): the fixture corpus, a document whose id and an alias hold the list
 * separator, and node colours in several CSS forms.
 */
import { CORPUS, E, buildGraph, makeDoc } from '../graph/fixtures.ts';
import { SANCTIONS } from '../query/fixture.ts';

/** A document id and an alias holding the list separator. */
const WIRE = makeDoc(
  'wire|afp.txt',
  ['Germany supplies Gepard|SPAAG systems to Ukraine.'],
  [
    [
      {
        s: E.germany,
        p: 'supplies',
        o: { id: 'equipment:gepard', label: 'Gepard', type: 'Equipment' },
        oText: 'Gepard|SPAAG',
      },
    ],
  ],
  { date: '2024-04-02' },
);

export const graph = buildGraph([CORPUS.en1, CORPUS.fr1, SANCTIONS, WIRE]);
graph.setNodeAttribute('country:france', 'color', 'rgba(17, 34, 51, 0.5)'); // transparent
graph.setNodeAttribute('organization:nato', 'color', '#0af'); // short hex
graph.setNodeAttribute('country:russia', 'color', '#11223380'); // hex with alpha
