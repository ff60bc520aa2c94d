/** Graphs and folders for the server tests. */
import { createGraph } from '../../src/graph/index.ts';

/** A graph where every node has `degree` out-edges: a chain of five free patterns explores millions of bindings. */
export function denseGraph(order: number, degree: number) {
  const graph = createGraph();
  graph.setAttribute('documents', [{ id: 'd.txt', sha256: '0', sentences: 1 }]);
  graph.setAttribute('sentences', [
    { id: 'd.txt#0', doc: 'd.txt', index: 0, start: 0, end: 1, text: 'x', language: 'en' },
  ]);
  for (let i = 0; i < order; i++)
    graph.addNode(`country:c${i}`, {
      label: `C${i}`,
      type: 'Country',
      aliases: [],
      mentions: 1,
      docs: ['d.txt'],
      x: 0,
      y: 0,
      size: 1,
      color: '#000',
    });
  for (let i = 0; i < order; i++) {
    for (let k = 1; k <= degree; k++) {
      const target = `country:c${(i * 7 + k) % order}`;
      const key = `country:c${i}|supports|${target}`;
      if (graph.hasEdge(key) || target === `country:c${i}`) continue;
      graph.addEdgeWithKey(key, `country:c${i}`, target, {
        predicate: 'supports',
        label: 'supports',
        weight: 1,
        docCount: 1,
        modality: 'asserted',
        size: 1,
        evidence: [
          {
            sentence: 'd.txt#0',
            modality: 'asserted',
            rule: 't',
            cue: 't',
            confidence: 1,
            subject: [0, 1],
            object: [0, 1],
          },
        ],
      });
    }
  }
  return graph;
}

/** A pattern that examines more candidate edges than QUERY_BUDGET allows on denseGraph(2000, 5). */
export const EXPENSIVE_QUERY = '?a ?b ?c . ?c ?d ?e . ?e ?f ?g . ?g ?h ?i . ?i ?j ?k';
