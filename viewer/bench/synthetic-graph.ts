/**
 * A synthetic graph.json in relata's format (positions, 1–3 evidence sentences per edge,
 * documents and sentences tables), for the benchmark (first-render.ts) and the browser test of
 * a big graph (tests/e2e/big-graph.e2e.test.ts). Twenty clusters of nodes; each edge joins a
 * node to one of the next 200, so many pairs of nodes have parallel edges.
 */

import { TYPE_COLORS } from '../../src/graph/style.ts';
import { ENTITY_TYPES, MODALITIES, PREDICATES } from '../../src/types.ts';
import { seededRng } from '../src/logic/display.ts';

/** A graphology serialization shaped like graph/README.md describes, the same for the same sizes. */
export function syntheticGraph(nodeCount: number, edgeCount: number, documentCount = 400) {
  const random = seededRng(1);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const documents = Array.from({ length: documentCount }, (_, i) => ({
    id: `doc-${String(i).padStart(4, '0')}.txt`,
    title: `Synthetic article ${i}`,
    date: `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    sha256: '0'.repeat(64),
    sentences: 40,
  }));
  const nodes = Array.from({ length: nodeCount }, (_, i) => {
    const type = pick(ENTITY_TYPES);
    const label = `Entity ${i}`;
    // Twenty clusters, so the picture looks like a laid-out graph rather than noise.
    const angle = ((i % 20) / 20) * 2 * Math.PI;
    return {
      key: `${type.toLowerCase()}:entity-${i}`,
      attributes: {
        label,
        type,
        aliases: [{ text: label, language: 'en', count: 1 }],
        mentions: 1,
        docs: [pick(documents).id],
        x: 1000 * Math.cos(angle) + 300 * (random() - 0.5),
        y: 1000 * Math.sin(angle) + 300 * (random() - 0.5),
        size: 2 + 10 * random() ** 3,
        color: TYPE_COLORS[type],
      },
    };
  });
  const sentences = new Map<string, object>();
  const edges = new Map<string, { key: string; source: string; target: string; attributes: object }>();
  while (edges.size < edgeCount) {
    const i = Math.floor(random() * nodeCount);
    const source = nodes[i].key;
    const target = nodes[(i + 1 + Math.floor(random() ** 2 * 200)) % nodeCount].key;
    const predicate = pick(PREDICATES);
    const key = `${source}|${predicate}|${target}`;
    if (edges.has(key)) continue;
    const evidence = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
      const doc = pick(documents);
      const id = `${doc.id}#${Math.floor(random() * doc.sentences)}`;
      sentences.set(id, {
        id,
        doc: doc.id,
        index: Number(id.split('#')[1]),
        start: 0,
        end: 60,
        text: `${source} and ${target} are said to be related in this sentence.`,
        language: 'en',
      });
      return {
        sentence: id,
        modality: pick(MODALITIES),
        rule: 'bench',
        cue: predicate,
        confidence: 0.8,
        subject: [0, 10],
        object: [15, 25],
      };
    });
    evidence.sort((a, b) => (a.sentence < b.sentence ? -1 : 1));
    edges.set(key, {
      key,
      source,
      target,
      attributes: {
        predicate,
        label: predicate.replace('_', ' '),
        weight: evidence.length,
        docCount: evidence.length,
        modality: evidence[0].modality,
        size: evidence.length,
        evidence,
      },
    });
  }
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: { format: 'relata-graph', version: 1, documents, sentences: [...sentences.values()] },
    nodes,
    edges: [...edges.values()],
  };
}
