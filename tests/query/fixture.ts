/** A small bilingual graph for the query, export, server and CLI tests. */
import { CORPUS, E, buildGraph, makeDoc } from '../graph/fixtures.ts';

export const SANCTIONS = makeDoc(
  'en/sanctions.txt',
  [
    'France sanctions Russia.',
    'France does not sanction Germany.',
    'Germany is a member of NATO.',
    'France is a member of NATO.',
  ],
  [
    [{ s: E.france, p: 'sanctions', o: E.russia }],
    [{ s: E.france, p: 'sanctions', o: E.germany, extra: { modality: 'negated' } }],
    [{ s: E.germany, p: 'member_of', o: E.nato }],
    [{ s: E.france, p: 'member_of', o: E.nato }],
  ],
  { date: '2024-03-10', title: 'Sanctions, "again"' },
);

export const THANKS = makeDoc(
  'fr/merci.txt',
  ['Zelensky remercie la France.'],
  [[{ s: E.zelensky, sText: 'Zelensky', p: 'thanks', o: E.france }]],
  { language: 'fr' },
);

/** Germany supplies Ukraine and Leopard 2, supports NATO, is in NATO; Russia attacks Ukraine (reported, hypothetical); France sanctions Russia (asserted) and Germany (negated), is in NATO; Zelensky thanks France (undated). */
export const richGraph = () => buildGraph([CORPUS.en1, CORPUS.fr1, SANCTIONS, THANKS]);
