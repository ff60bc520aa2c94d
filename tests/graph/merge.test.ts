/**
 * Merging extractions into a graph: createGraph, and addExtraction's nodes, edges, evidence,
 * aliases and modality. Removing a document: merge-remove.test.ts; what is derived after merging:
 * merge-derive.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { addExtraction, createGraph, documentSha, finalizeGraph, serializeGraph } from '../../src/graph/index.ts';
import type { Modality } from '../../src/types.ts';
import { CORPUS, E, buildGraph, makeDoc } from './fixtures.ts';

describe('createGraph', () => {
  it('starts empty, as a relata-graph v1 multi directed graph without self-loops', () => {
    const graph = createGraph();
    expect(graph.getAttributes()).toEqual({ format: 'relata-graph', version: 1, documents: [], sentences: [] });
    expect(graph.type).toBe('directed');
    expect(graph.multi).toBe(true);
    expect(graph.allowSelfLoops).toBe(false);
  });
});

describe('addExtraction', () => {
  it('takes a document with more evidence sentences than a call can take arguments', () => {
    const graph = createGraph();
    const [first] = CORPUS.en1.triples;
    const count = 200_000;
    const sentences = Array.from({ length: count }, (_, index) => ({
      ...CORPUS.en1.sentences[first.sentenceIndex],
      id: `long.txt#${index}`,
      doc: 'long.txt',
      index,
    }));
    const triples = sentences.map((s) => ({ ...first, doc: 'long.txt', sentenceIndex: s.index }));
    addExtraction(graph, { doc: { ...CORPUS.en1.doc, id: 'long.txt' }, sentences, triples });
    expect(graph.getAttribute('sentences')).toHaveLength(count);
  });

  it("gives the same graph whatever the order of a document's triples", () => {
    const doc = makeDoc(
      'order.txt',
      ['Germany supplied Leopard 2 tanks to Ukraine.', 'Russia attacked Ukraine.', 'Germany supplied Ukraine again.'],
      [
        [
          { s: E.germany, p: 'supplies', o: E.leopard },
          { s: E.germany, p: 'supplies', o: E.ukraine },
        ],
        [{ s: E.russia, p: 'attacks', o: E.ukraine }],
        [
          { s: E.germany, p: 'supplies', o: E.ukraine },
          { s: E.germany, p: 'supplies', o: E.ukraine, extra: { confidence: 0.95, rule: 'en.other' } },
        ],
      ],
    );
    const inOrder = createGraph();
    addExtraction(inOrder, doc);
    const shuffled = createGraph();
    addExtraction(shuffled, {
      ...doc,
      triples: [doc.triples[4], doc.triples[2], doc.triples[0], doc.triples[3], doc.triples[1]],
    });
    expect(serializeGraph(shuffled)).toBe(serializeGraph(inOrder));
    const evidence = inOrder.getEdgeAttribute(`${E.germany.id}|supplies|${E.ukraine.id}`, 'evidence');
    expect(evidence.map((ev) => [ev.sentence, ev.rule])).toEqual([
      ['order.txt#0', 'en.supplies.1'],
      ['order.txt#2', 'en.other'],
    ]);
  });

  it('adds nodes, one edge per (subject, predicate, object), evidence and the document', () => {
    const graph = createGraph();
    addExtraction(graph, CORPUS.en1);
    expect(graph.nodes().sort()).toEqual([
      'country:germany',
      'country:russia',
      'country:ukraine',
      'equipment:leopard-2',
    ]);
    expect(graph.edges().sort()).toEqual([
      'country:germany|supplies|country:ukraine',
      'country:germany|supplies|equipment:leopard-2',
      'country:russia|attacks|country:ukraine',
    ]);
    const edge = graph.getEdgeAttributes('country:germany|supplies|equipment:leopard-2');
    expect(edge).toMatchObject({ predicate: 'supplies', label: 'supplies', code: '070', role: 'theme' });
    finalizeGraph(graph, { iterations: 1 }); // edge statistics are derived once, after merging
    expect(edge).toMatchObject({ weight: 1, docCount: 1 });
    expect(edge.evidence).toEqual([
      {
        sentence: 'en/berlin-tanks.txt#0',
        modality: 'asserted',
        rule: 'en.supplies.1',
        cue: 'supplies',
        confidence: 0.9,
        subject: [0, 7],
        object: [17, 26],
      },
    ]);
    const germany = graph.getNodeAttributes('country:germany');
    expect(germany).toMatchObject({ label: 'Germany', type: 'Country', mentions: 1, docs: ['en/berlin-tanks.txt'] });
    expect(germany.aliases).toEqual([{ text: 'Germany', language: 'en', count: 1 }]);
    expect(graph.getAttribute('documents')).toEqual([
      {
        id: 'en/berlin-tanks.txt',
        title: 'Berlin sends tanks',
        date: '2024-01-25',
        sha256: CORPUS.en1.doc.sha256,
        sentences: 3,
      },
    ]);
    // sentence 1 supports nothing and is not stored
    expect(graph.getAttribute('sentences').map((s) => s.id)).toEqual([
      'en/berlin-tanks.txt#0',
      'en/berlin-tanks.txt#2',
    ]);
    expect(graph.getAttribute('sentences')[1]).toEqual({
      id: 'en/berlin-tanks.txt#2',
      doc: 'en/berlin-tanks.txt',
      index: 2,
      start: 77,
      end: 122,
      text: 'Russia attacks Ukraine again, officials said.',
      language: 'en',
    });
  });

  it('merges two documents supporting the same edge: weight 2, docCount 2, dates, evidence sorted', () => {
    const graph = buildGraph([CORPUS.fr1, CORPUS.en1]);
    const edge = graph.getEdgeAttributes('country:germany|supplies|country:ukraine');
    expect(edge).toMatchObject({
      weight: 2,
      docCount: 2,
      modality: 'asserted',
      firstDate: '2024-01-25',
      lastDate: '2024-02-03',
    });
    expect(edge.evidence.map((ev) => ev.sentence)).toEqual(['en/berlin-tanks.txt#0', 'fr/chars.txt#0']);
    expect(edge.evidence.map((ev) => ev.cue)).toEqual(['supplies', 'livrer']);
    expect(edge.size).toBeGreaterThan(graph.getEdgeAttribute('country:germany|supports|organization:nato', 'size'));
  });

  it('accumulates aliases per (text, language) and counts mentions once per span', () => {
    const again = makeDoc(
      'fr/encore.txt',
      ["L'Allemagne livre des chars."],
      [[{ s: E.germany, sText: 'Allemagne', p: 'supplies', o: E.leopard, oText: 'chars' }]],
      {
        language: 'fr',
      },
    );
    const graph = buildGraph([CORPUS.en1, CORPUS.fr1, again]);
    const germany = graph.getNodeAttributes('country:germany');
    // en1 sentence 0 holds two triples with the same Germany span: one mention
    expect(germany.mentions).toBe(4);
    expect(germany.docs).toEqual(['en/berlin-tanks.txt', 'fr/chars.txt', 'fr/encore.txt']);
    expect(
      JSON.parse(serializeGraph(graph)).nodes.find((n: { key: string }) => n.key === 'country:germany').attributes
        .aliases,
    ).toEqual([
      { text: 'Allemagne', language: 'fr', count: 3 },
      { text: 'Germany', language: 'en', count: 1 },
    ]);
  });

  const modalityCases: [Modality[], Modality][] = [
    [['negated', 'asserted'], 'asserted'],
    [['hypothetical', 'reported'], 'reported'],
    [['negated', 'hypothetical'], 'hypothetical'],
    [['negated', 'negated'], 'negated'],
  ];
  it.each(modalityCases)('edge modality of %j is %s', (modalities, expected) => {
    const docs = modalities.map((modality, i) =>
      makeDoc(
        `d${i}`,
        ['France condemns Russia.'],
        [[{ s: E.france, p: 'condemns', o: E.russia, extra: { modality } }]],
      ),
    );
    const graph = buildGraph(docs, 1);
    expect(graph.getEdgeAttribute('country:france|condemns|country:russia', 'modality')).toBe(expected);
  });

  it('keeps one evidence item per sentence for an edge, the most confident', () => {
    const ex = makeDoc(
      'dup',
      ['Russia attacks Ukraine and Russia attacks Ukraine.'],
      [
        [
          { s: E.russia, p: 'attacks', o: E.ukraine, extra: { confidence: 0.6, rule: 'low' } },
          { s: E.russia, p: 'attacks', o: E.ukraine, extra: { confidence: 0.8, rule: 'high' } },
        ],
      ],
    );
    const graph = buildGraph([ex], 1);
    const edge = graph.getEdgeAttributes('country:russia|attacks|country:ukraine');
    expect(edge.weight).toBe(1);
    expect(edge.evidence.map((ev) => [ev.rule, ev.confidence])).toEqual([['high', 0.8]]);
  });

  it('skips self-loops and does not create nodes for them', () => {
    const ex = makeDoc(
      'loop',
      ['NATO supports NATO.', 'Germany supports NATO.'],
      [[{ s: E.nato, p: 'supports', o: E.nato, oText: 'NATO' }], [{ s: E.germany, p: 'supports', o: E.nato }]],
    );
    const graph = buildGraph([ex], 1);
    expect(graph.edges()).toEqual(['country:germany|supports|organization:nato']);
    expect(graph.getNodeAttribute('organization:nato', 'mentions')).toBe(1);
    expect(graph.getAttribute('sentences').map((s) => s.index)).toEqual([1]);

    const onlyLoop = buildGraph(
      [makeDoc('l', ['NATO supports NATO.'], [[{ s: E.nato, p: 'supports', o: E.nato }]])],
      1,
    );
    expect(onlyLoop.order).toBe(0);
    expect(onlyLoop.getAttribute('documents')).toHaveLength(1);
  });

  it('fills code and role when a later document has them, the same in any order', () => {
    const bare = makeDoc('a', ['Germany supplies Ukraine.'], [[{ s: E.germany, p: 'supplies', o: E.ukraine }]]);
    const full = makeDoc(
      'b',
      ['Germany supplies Ukraine.'],
      [[{ s: E.germany, p: 'supplies', o: E.ukraine, extra: { code: '070', role: 'recipient' } }]],
    );
    const graph = buildGraph([bare, full], 1);
    expect(graph.getEdgeAttributes('country:germany|supplies|country:ukraine')).toMatchObject({
      code: '070',
      role: 'recipient',
    });
    expect(serializeGraph(graph)).toBe(serializeGraph(buildGraph([full, bare], 1)));
  });

  it('records the document sha for incremental builds', () => {
    const graph = buildGraph([CORPUS.en1], 1);
    expect(documentSha(graph, 'en/berlin-tanks.txt')).toBe(CORPUS.en1.doc.sha256);
    expect(documentSha(graph, 'nope')).toBeUndefined();
  });
});
