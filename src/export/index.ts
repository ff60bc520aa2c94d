/**
 * relata/export: each format is a pure function graph → string, or graph → files
 * (`Record<filename, string>`) for formats made of several tables; the CLI writes them.
 *
 * | format    | for                                   | output |
 * |-----------|---------------------------------------|--------|
 * | json      | graphology (graph.json itself)        | string |
 * | gexf      | Gephi, Gephi Lite (GEXF 1.3, dynamic) | string; `{ evidence: 'full' }` to reopen in relata |
 * | graphml   | yEd, Cytoscape, NetworkX, igraph      | string |
 * | csv       | spreadsheets, pandas, R               | nodes.csv, edges.csv, evidence.csv |
 * | ntriples  | RDF stores, SPARQL                    | string |
 * | turtle    | RDF, for reading                      | string |
 * | cypher    | Neo4j (cypher-shell)                  | string |
 * | neo4j     | Neo4j (neo4j-admin database import)   | entities, relations, documents, sentences, in_document .csv |
 *
 * GEXF, GraphML and the CSV tables write one set of node and edge attributes (attributes.ts):
 * same names, same values, lists joined by `|`, `docs` the ids of the documents in all three
 * (GEXF: with `evidence: 'full'`; its default, compact, writes the part Gephi needs, gexf.ts).
 */
import type { RelataGraph } from '../graph/model.ts';
import type { ExportFormat } from './formats.ts';
import { serializeGraph } from '../graph/serialize.ts';
import { toCSV } from './csv.ts';
import { gexfChunks, toGEXF, type GexfOptions } from './gexf.ts';
import { toGraphML } from './graphml.ts';
import { NEO4J_ADMIN_COMMAND, toCypher, toNeo4jAdmin } from './neo4j.ts';
import { ntriplesChunks, toNTriples, toTurtle, turtleChunks } from './rdf.ts';

export const toJSON = (graph: RelataGraph): string => serializeGraph(graph);

export { EXPORT_FORMATS, GEXF_EVIDENCE, type ExportFormat, type GexfEvidence } from './formats.ts';
export {
  gexfChunks,
  toGEXF,
  type GexfOptions,
  toGraphML,
  toCSV,
  toNTriples,
  toTurtle,
  toCypher,
  toNeo4jAdmin,
  NEO4J_ADMIN_COMMAND,
};
export { rdfTriples, entityIri, ntriplesChunks, turtleChunks, ID_BASE, ONTOLOGY, PREFIXES } from './rdf.ts';

/** Several named files (`nodes.csv` → text). */
export type ExportFiles = Record<string, string>;
export type Exporter = (graph: RelataGraph) => string | ExportFiles;

export const EXPORTERS = {
  json: toJSON,
  gexf: toGEXF,
  graphml: toGraphML,
  csv: toCSV,
  ntriples: toNTriples,
  turtle: toTurtle,
  cypher: toCypher,
  neo4j: toNeo4jAdmin,
} as const satisfies Record<ExportFormat, Exporter>;

/**
 * The same text in chunks, for formats whose output can outgrow one JavaScript string
 * (about 512 MB): the CLI writes these chunk by chunk. `[...chunks].join('')` equals the exporter's string.
 */
export const EXPORT_CHUNKS: Partial<Record<ExportFormat, (graph: RelataGraph) => Iterable<string>>> = {
  gexf: gexfChunks,
  ntriples: ntriplesChunks,
  turtle: turtleChunks,
};
