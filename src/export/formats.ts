/** The export formats (`relata export --format`), in the order the help lists them; exporters in index.ts. */
export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'csv', 'ntriples', 'turtle', 'cypher', 'neo4j'] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];
