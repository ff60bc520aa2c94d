/**
 * relata/export: each format is a pure function graph → string; the CLI writes the files.
 * `json` is graph.json itself (canonical graphology serialization); `gexf` is GEXF 1.3 for Gephi.
 */
import type { RelataGraph } from '../graph/model.ts';
import { serializeGraph } from '../graph/store.ts';
import { toGEXF } from './gexf.ts';

export const toJSON = (graph: RelataGraph): string => serializeGraph(graph);

export { toGEXF };

export const EXPORTERS = { json: toJSON, gexf: toGEXF } as const satisfies Record<string, (graph: RelataGraph) => string>;

export type ExportFormat = keyof typeof EXPORTERS;
