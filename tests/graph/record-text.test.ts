/**
 * graph.json's bytes kept for a trusted load from them (record-text.ts): a graph changed after
 * loading writes exactly what the same graph writes without them, and bytes laid out otherwise,
 * or written otherwise, are not kept at all.
 */
import { describe, expect, it } from 'vitest';
import { addExtraction, finalizeGraph, graphFromJSON, removeDocument, serializeGraph } from '../../src/graph/index.ts';
import { keptBytes } from '../../src/graph/record-text.ts';
import { CORPUS, E, buildGraph, makeDoc } from './fixtures.ts';

const SUPPLIES = 'country:germany|supplies|country:ukraine';
const text = serializeGraph(buildGraph([CORPUS.en1, CORPUS.fr1]));
const bytes = (s: string) => new TextEncoder().encode(s);
/** Whether the evidence list of `edge` would be copied whole from the bytes the graph was read from. */
const copied = (graph: ReturnType<typeof graphFromJSON>, edge: string) => {
  const read = keptBytes(graph)?.edges.get(edge);
  const evidence = graph.getEdgeAttribute(edge, 'evidence');
  return read !== undefined && read.list === evidence && read.length === evidence.length;
};

/** What a later build does to a loaded graph: a new document (evidence for an edge that had some), and with `replace` one taken out and added again. */
function change(graph: ReturnType<typeof graphFromJSON>, replace = true) {
  const more = makeDoc(
    'en/more-tanks.txt',
    ['Germany supplies Ukraine with more tanks.', 'France condemns Russia.'],
    [[{ s: E.germany, p: 'supplies', o: E.ukraine }], [{ s: E.france, p: 'condemns', o: E.russia }]],
    { date: '2024-03-09' },
  );
  addExtraction(graph, more);
  if (replace) {
    removeDocument(graph, CORPUS.fr1.doc.id);
    addExtraction(graph, CORPUS.fr1);
  }
  finalizeGraph(graph, { iterations: 20 });
  return serializeGraph(graph);
}

describe("graph.json's bytes kept with a graph read from them", () => {
  it('are kept for a trusted load, and a changed graph writes what it writes without them', () => {
    const trusted = graphFromJSON(bytes(text), 'graph.json', true);
    const checked = graphFromJSON(bytes(text), 'graph.json');
    const fromText = graphFromJSON(text, 'graph.json', true);
    expect([copied(trusted, SUPPLIES), copied(checked, SUPPLIES), copied(fromText, SUPPLIES)]).toEqual([
      true,
      false,
      false,
    ]);
    expect(serializeGraph(trusted)).toBe(text);
    // only added to: the graph's tables are the very arrays read, grown and sorted again
    expect(change(graphFromJSON(bytes(text), 'graph.json', true), false)).toBe(change(checked, false));
    expect(change(trusted)).toBe(change(graphFromJSON(bytes(text), 'graph.json')));
    // an edge that gained evidence: its list is written anew (its older items still copied)
    expect(copied(trusted, SUPPLIES)).toBe(false);
    expect(copied(trusted, 'country:germany|supplies|equipment:leopard-2')).toBe(true);
  });

  it('are not kept when laid out otherwise, or written otherwise', () => {
    const indented = graphFromJSON(bytes(JSON.stringify(JSON.parse(text), null, 2)), 'graph.json', true);
    expect(keptBytes(indented)).toBe(undefined);
    expect(serializeGraph(indented)).toBe(text);
    // the first sentence's keys in another order: what an older writer might have written
    const lines = text.split('\n');
    const at = lines.findIndex((line) => line.startsWith('{"id":"en/berlin-tanks.txt#0"'));
    const { id, doc, ...rest } = JSON.parse(lines[at]!.replace(/,$/, ''));
    lines[at] = `${JSON.stringify({ doc, id, ...rest })},`;
    const reordered = graphFromJSON(bytes(lines.join('\n')), 'graph.json', true);
    expect(keptBytes(reordered)).toBe(undefined);
    expect(serializeGraph(reordered)).toBe(text);
  });
});
