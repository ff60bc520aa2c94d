/**
 * relata/query: pure functions over a loaded graph, data in, data out.
 * Names are resolved with `resolveEntity` (label, then alias, then key slug, all folded);
 * rows and lists come back in a deterministic order.
 */
export { resolveEntity } from './resolve.ts';
export { matchTriples, type TripleFilter, type TripleRow } from './match.ts';
export { graphStats, type GraphStats } from './stats.ts';
