/**
 * A seeded synthetic relata graph of any number of edges, built directly with graphology and the
 * graph model (no extraction, no layout), for the GEXF chunking tests and `npm run bench`. A plain
 * module: importing it registers no tests. Its shape follows a built graph: keys `type:slug`,
 * one English and one French alias per entity, one to four evidence sentences per edge from
 * documents dated by day, by month or not at all, edge statistics derived by the graph's own
 * `deriveEdge`, node sizes and colours as `finalizeGraph` gives them.
 */
import { createGraph, edgeKey, type DocumentRecord, type Evidence, type RelataGraph } from '../../src/graph/index.ts';
import { deriveEdge, documentDates } from '../../src/graph/derive.ts';
import { compareSentenceIds } from '../../src/graph/model.ts';
import { TYPE_COLORS, nodeSize, round2 } from '../../src/graph/style.ts';
import { ENTITY_TYPES, MODALITIES, PREDICATES } from '../../src/types.ts';

/** mulberry32: a seeded generator of numbers in [0, 1). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `edges` edges between about edges / 4 entities, from about edges / 8 documents; the same graph for the same arguments. */
export function syntheticGraph(edges: number, seed = 1): RelataGraph {
  const rand = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
  const graph = createGraph();

  const documents: DocumentRecord[] = [];
  for (let i = 0; i < Math.max(1, Math.ceil(edges / 8)); i++) {
    const month = 1 + (i % 12);
    const date =
      i % 20 === 19
        ? undefined
        : i % 7 === 6
          ? `2025-${pad(month)}`
          : `${2024 + (i % 2)}-${pad(month)}-${pad(1 + (i % 28))}`;
    documents.push({
      id: `wire/${2024 + (i % 2)}/story-${i}.txt`,
      ...(date && { date }),
      sha256: '0'.repeat(64),
      sentences: 40,
    });
  }
  graph.setAttribute('documents', documents);
  const dates = documentDates(graph);

  const types = ENTITY_TYPES.filter((t) => t !== 'Unknown');
  const nodes: string[] = [];
  for (let i = 0; i < Math.max(2, Math.ceil(edges / 4)); i++) {
    const type = types[i % types.length];
    const key = `${type.toLowerCase()}:entity-${i}`;
    const aliases = [
      { text: `Entity ${i}`, language: 'en' as const, count: 2 },
      { text: `Entité ${i}`, language: 'fr' as const, count: 1 },
    ];
    graph.addNode(key, {
      label: `Entity ${i}`,
      type,
      aliases,
      mentions: 3,
      docs: [],
      x: round2(rand() * 2000 - 1000),
      y: round2(rand() * 2000 - 1000),
      size: 1,
      color: TYPE_COLORS[type],
    });
    nodes.push(key);
  }

  const weighted = new Map<string, number>();
  const docsOf = new Map<string, Set<string>>();
  while (graph.size < edges) {
    const source = pick(nodes);
    const target = pick(nodes);
    const predicate = pick(PREDICATES);
    const key = edgeKey(source, predicate, target);
    if (source === target || graph.hasEdge(key)) continue;
    const sentences = new Set<string>();
    const count = rand() < 0.7 ? 1 : 2 + Math.floor(rand() * 3);
    while (sentences.size < count) sentences.add(`${pick(documents).id}#${Math.floor(rand() * 40)}`);
    const evidence: Evidence[] = [...sentences].sort(compareSentenceIds).map((sentence) => ({
      sentence,
      modality: rand() < 0.8 ? 'asserted' : pick(MODALITIES),
      rule: `en.${predicate}.1`,
      cue: predicate,
      confidence: 0.9,
      subject: [0, 9],
      object: [20, 31],
    }));
    const attributes = {
      predicate,
      label: predicate,
      ...(rand() < 0.8 && { code: String(10 * (1 + PREDICATES.indexOf(predicate))).padStart(3, '0') }),
      ...(predicate === 'supplies' && { role: rand() < 0.5 ? ('theme' as const) : ('recipient' as const) }),
      weight: 0,
      docCount: 0,
      modality: evidence[0].modality,
      size: 1,
      evidence,
    };
    deriveEdge(attributes, dates);
    graph.addDirectedEdgeWithKey(key, source, target, attributes);
    for (const node of [source, target]) {
      weighted.set(node, (weighted.get(node) ?? 0) + attributes.weight);
      const docs = docsOf.get(node) ?? new Set<string>();
      for (const { sentence } of evidence) docs.add(sentence.slice(0, sentence.lastIndexOf('#')));
      docsOf.set(node, docs);
    }
  }
  graph.forEachNode((node, attributes) => {
    attributes.size = nodeSize(weighted.get(node) ?? 0);
    attributes.docs = [...(docsOf.get(node) ?? [])].sort();
  });
  return graph;
}
