/** What is derived from the merged evidence: node attributes (deriveNode), alias order, layout and sizes. */
import { describe, expect, it } from 'vitest';
import {
  addExtraction,
  deriveNode,
  edgeKey,
  finalizeGraph,
  graphFromJSON,
  serializeGraph,
  sortedAliases,
} from '../../src/graph/index.ts';
import { sliceGraph } from '../../src/query/filter.ts';
import { CORPUS, buildGraph } from './fixtures.ts';

describe('deriveNode', () => {
  const sentencesOf = (graph: ReturnType<typeof buildGraph>) =>
    new Map(graph.getAttribute('sentences').map((st) => [st.id, st]));

  it('re-derives what addExtraction accumulated: aliases, mentions, docs', () => {
    const graph = buildGraph([CORPUS.en1, CORPUS.fr1]);
    const before = graph.mapNodes((node, a) => [
      node,
      { aliases: sortedAliases(a.aliases), mentions: a.mentions, docs: [...a.docs].sort() },
    ]);
    const sentences = sentencesOf(graph);
    graph.forEachNode((node) => deriveNode(graph, node, sentences));
    expect(
      graph.mapNodes((node, a) => [
        node,
        { aliases: sortedAliases(a.aliases), mentions: a.mentions, docs: [...a.docs].sort() },
      ]),
    ).toEqual(before);
  });

  it('skips evidence whose sentence is not in the table', () => {
    const graph = buildGraph([CORPUS.en1, CORPUS.fr1]);
    const sentences = sentencesOf(graph);
    for (const id of [...sentences.keys()]) if (id.startsWith('en/')) sentences.delete(id);
    deriveNode(graph, 'country:germany', sentences);
    expect(graph.getNodeAttributes('country:germany')).toMatchObject({
      aliases: [{ text: 'Allemagne', language: 'fr', count: 2 }],
      mentions: 2,
      docs: ['fr/chars.txt'],
    });
  });

  it("is what sliceGraph uses: a slice of every edge keeps the nodes' aliases, mentions and docs, sorted", () => {
    const graph = buildGraph([CORPUS.en1, CORPUS.fr1]);
    const sub = sliceGraph(graph, new Map(graph.mapEdges((key, a) => [key, a.evidence] as const)));
    graph.forEachNode((node, a) => {
      expect(sub.getNodeAttributes(node)).toMatchObject({
        aliases: sortedAliases(a.aliases),
        mentions: a.mentions,
        docs: a.docs,
      });
    });
  });
});

describe('sortedAliases', () => {
  it('sorts a copy: most frequent first, then text, then language', () => {
    const aliases = [
      { text: 'b', language: 'en' as const, count: 1 },
      { text: 'a', language: 'fr' as const, count: 1 },
      { text: 'a', language: 'en' as const, count: 1 },
      { text: 'z', language: 'en' as const, count: 3 },
    ];
    expect(sortedAliases(aliases).map((al) => `${al.text}@${al.language}`)).toEqual(['z@en', 'a@en', 'a@fr', 'b@en']);
    expect(aliases[0].text).toBe('b');
  });
});

describe('finalizeGraph', () => {
  it('gives the same bytes whatever the order documents were added in', () => {
    const a = buildGraph([CORPUS.en1, CORPUS.fr1], 50);
    const b = buildGraph([CORPUS.fr1, CORPUS.en1], 50);
    expect(serializeGraph(a)).toBe(serializeGraph(b));
    finalizeGraph(a, { iterations: 50 });
    expect(serializeGraph(a)).toBe(serializeGraph(b));
  });

  it('lays nodes out at distinct, finite, rounded positions and sizes them by weighted degree', () => {
    const graph = buildGraph([CORPUS.en1, CORPUS.fr1]);
    const positions = graph.mapNodes((_, a) => [a.x, a.y]);
    for (const [x, y] of positions) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
      expect(Math.round(x * 100) / 100).toBe(x);
    }
    expect(new Set(positions.map((p) => p.join())).size).toBe(graph.order);
    expect(graph.getNodeAttribute('country:ukraine', 'size')).toBeGreaterThan(
      graph.getNodeAttribute('organization:nato', 'size'),
    );
    expect(graph.getNodeAttribute('country:ukraine', 'color')).toBe(graph.getNodeAttribute('country:russia', 'color'));
    expect(graph.getNodeAttribute('country:ukraine', 'color')).not.toBe(
      graph.getNodeAttribute('organization:nato', 'color'),
    );
  });
});

describe('finalizeGraph with the edges that changed', () => {
  it('derives those alone, and the graph is the one derived whole', () => {
    const stored = graphFromJSON(serializeGraph(buildGraph([CORPUS.en1])), 'graph.json', true);
    addExtraction(stored, CORPUS.fr1);
    const changed = new Set(CORPUS.fr1.triples.map((t) => edgeKey(t.subjectId, t.predicate, t.objectId)));
    expect(changed).toContain('country:germany|supplies|country:ukraine'); // an edge en1 had, with more evidence
    finalizeGraph(stored, { iterations: 20, changed });
    expect(stored.getEdgeAttribute('country:germany|supplies|country:ukraine', 'weight')).toBe(2);
    expect(serializeGraph(stored)).toBe(serializeGraph(buildGraph([CORPUS.en1, CORPUS.fr1])));
  });
});
