/** Deterministic order for what graph.json sorts on write but a graph in memory may not hold sorted. */
export { sortedAliases } from '../graph/model.ts';
