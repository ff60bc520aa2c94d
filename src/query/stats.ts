/** Summary figures for `relata stats` and the viewer's header. */
import { compareStrings, type RelataGraph } from '../graph/model.ts';
import { ENTITY_TYPES, PREDICATES, type EntityType, type Predicate } from '../types.ts';

export interface GraphStats {
  documents: number;
  /** Sentences read in all documents (the graph stores only those that support an edge). */
  sentences: number;
  entities: number;
  relations: number;
  entitiesByType: Record<EntityType, number>;
  relationsByPredicate: Record<Predicate, number>;
  /** The `top` entities with the most relations (degree desc, then label). */
  topEntities: { label: string; type: EntityType; degree: number }[];
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function graphStats(graph: RelataGraph, top = 10): GraphStats {
  const documents = graph.getAttribute('documents');
  const entitiesByType = zeros(ENTITY_TYPES);
  const relationsByPredicate = zeros(PREDICATES);
  const degrees: GraphStats['topEntities'] = [];
  graph.forEachNode((node, a) => {
    entitiesByType[a.type]++;
    degrees.push({ label: a.label, type: a.type, degree: graph.degree(node) });
  });
  graph.forEachEdge((_, a) => relationsByPredicate[a.predicate]++);
  return {
    documents: documents.length,
    sentences: documents.reduce((n, d) => n + d.sentences, 0),
    entities: graph.order,
    relations: graph.size,
    entitiesByType,
    relationsByPredicate,
    topEntities: degrees.sort((a, b) => b.degree - a.degree || compareStrings(a.label, b.label)).slice(0, top),
  };
}
