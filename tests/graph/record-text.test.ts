/**
 * graph.json's text kept with the records of a trusted load (record-text.ts): a graph changed
 * after loading writes exactly what the same graph writes without it, and a text laid out
 * otherwise, or written otherwise, is not kept at all.
 */
import { describe, expect, it } from 'vitest';
import { addExtraction, finalizeGraph, graphFromJSON, removeDocument, serializeGraph } from '../../src/graph/index.ts';
import { knownEvidenceText } from '../../src/graph/record-text.ts';
import { CORPUS, E, buildGraph, makeDoc } from './fixtures.ts';

const SUPPLIES = 'country:germany|supplies|country:ukraine';
const text = serializeGraph(buildGraph([CORPUS.en1, CORPUS.fr1]));

/** What a later build does to a loaded graph: a new document (evidence for an edge that had some), one taken out. */
function change(graph: ReturnType<typeof graphFromJSON>) {
  const more = makeDoc(
    'en/more-tanks.txt',
    ['Germany supplies Ukraine with more tanks.', 'France condemns Russia.'],
    [[{ s: E.germany, p: 'supplies', o: E.ukraine }], [{ s: E.france, p: 'condemns', o: E.russia }]],
    { date: '2024-03-09' },
  );
  addExtraction(graph, more);
  removeDocument(graph, CORPUS.fr1.doc.id);
  addExtraction(graph, CORPUS.fr1);
  finalizeGraph(graph, { iterations: 20 });
  return serializeGraph(graph);
}

describe("graph.json's text kept with its records", () => {
  it('is kept for a trusted load, and a changed graph writes what it writes without it', () => {
    const trusted = graphFromJSON(text, 'graph.json', true);
    const checked = graphFromJSON(text, 'graph.json');
    const untouched = trusted.getEdgeAttribute('country:russia|attacks|country:ukraine', 'evidence');
    expect(knownEvidenceText(untouched)).toMatch(/^\[\{"sentence":/);
    expect(knownEvidenceText(checked.getEdgeAttribute('country:russia|attacks|country:ukraine', 'evidence'))).toBe(
      undefined,
    );
    expect(serializeGraph(trusted)).toBe(text);
    expect(change(trusted)).toBe(change(checked));
    // an edge that gained evidence: its list's text no longer holds
    expect(knownEvidenceText(trusted.getEdgeAttribute(SUPPLIES, 'evidence'))).toBe(undefined);
  });

  it('is not kept for a text laid out otherwise, or written otherwise', () => {
    const indented = graphFromJSON(JSON.stringify(JSON.parse(text), null, 2), 'graph.json', true);
    expect(knownEvidenceText(indented.getEdgeAttribute(SUPPLIES, 'evidence'))).toBe(undefined);
    expect(serializeGraph(indented)).toBe(text);
    // the first sentence's keys in another order: what an older writer might have written
    const lines = text.split('\n');
    const at = lines.findIndex((line) => line.startsWith('{"id":"en/berlin-tanks.txt#0"'));
    const { id, doc, ...rest } = JSON.parse(lines[at]!.replace(/,$/, ''));
    lines[at] = `${JSON.stringify({ doc, id, ...rest })},`;
    const reordered = graphFromJSON(lines.join('\n'), 'graph.json', true);
    expect(knownEvidenceText(reordered.getEdgeAttribute(SUPPLIES, 'evidence'))).toBe(undefined);
    expect(serializeGraph(reordered)).toBe(text);
  });
});
