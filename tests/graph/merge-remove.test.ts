/** removeDocument, and a changed document added again: the graph is the one built without the old version. */
import { describe, expect, it } from 'vitest';
import { addExtraction, documentSha, finalizeGraph, removeDocument, serializeGraph } from '../../src/graph/index.ts';
import { deriveTouched, takeOut, touchedNothing } from '../../src/graph/remove.ts';
import { CORPUS, E, buildGraph, makeDoc } from './fixtures.ts';

describe('removeDocument', () => {
  it('drops its evidence, sentences and record, then orphan edges and nodes', () => {
    const graph = buildGraph([CORPUS.en1, CORPUS.fr1]);
    expect(removeDocument(graph, 'en/berlin-tanks.txt')).toBe(true);
    finalizeGraph(graph, { iterations: 20 });
    expect(graph.hasNode('equipment:leopard-2')).toBe(false);
    expect(graph.hasEdge('country:germany|supplies|equipment:leopard-2')).toBe(false);
    expect(graph.getEdgeAttributes('country:germany|supplies|country:ukraine')).toMatchObject({
      weight: 1,
      docCount: 1,
      firstDate: '2024-02-03',
      lastDate: '2024-02-03',
    });
    expect(graph.getEdgeAttribute('country:russia|attacks|country:ukraine', 'modality')).toBe('hypothetical');
    expect(graph.getNodeAttributes('country:germany')).toMatchObject({
      aliases: [{ text: 'Allemagne', language: 'fr', count: 2 }],
      mentions: 2,
      docs: ['fr/chars.txt'],
    });
    expect(graph.getAttribute('documents').map((d) => d.id)).toEqual(['fr/chars.txt']);
    expect(graph.getAttribute('sentences').every((s) => s.doc === 'fr/chars.txt')).toBe(true);
    expect(removeDocument(graph, 'en/berlin-tanks.txt')).toBe(false);
  });

  it('leaves exactly the graph that was built without the document', () => {
    const without = buildGraph([CORPUS.fr1]);
    const removed = buildGraph([CORPUS.fr1, CORPUS.en1]);
    removeDocument(removed, CORPUS.en1.doc.id);
    finalizeGraph(removed, { iterations: 20 });
    expect(serializeGraph(removed)).toBe(serializeGraph(without));
  });

  it('derives a node again when what it loses does not add up to what it holds', () => {
    const without = buildGraph([CORPUS.fr1]);
    const removed = buildGraph([CORPUS.fr1, CORPUS.en1]);
    // an alias counted fewer times than the document took out: subtracting would go below zero
    removed.getNodeAttributes('country:germany').aliases = [{ text: 'Germany', language: 'en', count: 0 }];
    const touched = touchedNothing();
    takeOut(removed, new Set([CORPUS.en1.doc.id]), touched);
    expect([...touched.nodes]).toEqual(['country:germany']);
    deriveTouched(removed, touched);
    finalizeGraph(removed, { iterations: 20 });
    expect(serializeGraph(removed)).toBe(serializeGraph(without));
  });

  it('re-adding a changed document replaces its previous version', () => {
    const changed = makeDoc(
      'fr/chars.txt',
      ["L'Allemagne condamne la Russie."],
      [[{ s: E.germany, sText: 'Allemagne', p: 'condemns', o: E.russia, oText: 'Russie' }]],
      { date: '2024-03-01', language: 'fr' },
    );
    const graph = buildGraph([CORPUS.en1, CORPUS.fr1]);
    addExtraction(graph, changed);
    finalizeGraph(graph, { iterations: 20 });
    expect(documentSha(graph, 'fr/chars.txt')).toBe(changed.doc.sha256);
    expect(graph.hasNode('organization:nato')).toBe(false);
    expect(graph.getEdgeAttribute('country:germany|supplies|country:ukraine', 'weight')).toBe(1);
    expect(serializeGraph(graph)).toBe(serializeGraph(buildGraph([changed, CORPUS.en1])));
  });

  it('replaces documents in one batch as it does one by one, deriving what they touched once', () => {
    const changedFr = makeDoc(
      'fr/chars.txt',
      ["L'Allemagne condamne la Russie."],
      [[{ s: E.germany, sText: 'Allemagne', p: 'condemns', o: E.russia, oText: 'Russie' }]],
      { date: '2024-03-01', language: 'fr' },
    );
    const changedEn = makeDoc(
      'en/berlin-tanks.txt',
      ['Germany supplies Ukraine.', 'Russia attacks Ukraine.'],
      [[{ s: E.germany, p: 'supplies', o: E.ukraine }], [{ s: E.russia, p: 'attacks', o: E.ukraine }]],
      { date: '2024-01-26' },
    );
    // a third document, unchanged, keeps Germany and Russia in the graph while the others are out
    const kept = makeDoc(
      'en/kept.txt',
      ['Germany condemns Russia.'],
      [[{ s: E.germany, p: 'condemns', o: E.russia }]],
      {
        date: '2024-04-01',
      },
    );
    const oneByOne = buildGraph([CORPUS.en1, CORPUS.fr1, kept]);
    for (const doc of [changedFr, changedEn]) addExtraction(oneByOne, doc);
    finalizeGraph(oneByOne, { iterations: 20 });

    const batch = buildGraph([CORPUS.en1, CORPUS.fr1, kept]);
    const touched = touchedNothing();
    takeOut(batch, new Set([changedFr.doc.id, changedEn.doc.id]), touched);
    for (const doc of [changedFr, changedEn]) addExtraction(batch, doc, true);
    expect([...touched.nodes]).toEqual([]); // what Germany and Russia lost is subtracted, not derived again
    deriveTouched(batch, touched);
    finalizeGraph(batch, { iterations: 20 });

    expect(batch.hasNode('equipment:leopard-2')).toBe(false);
    expect(serializeGraph(batch)).toBe(serializeGraph(oneByOne));
  });
});
