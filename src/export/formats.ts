/** The export formats (`relata export --format`), in the order the help lists them; exporters in index.ts. */
export const EXPORT_FORMATS = ['json', 'gexf', 'graphml', 'csv', 'ntriples', 'turtle', 'cypher', 'neo4j'] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What a GEXF carries (`relata export -f gexf --evidence`): gexf.ts says which attributes. */
export const GEXF_EVIDENCE = ['compact', 'full'] as const;

export type GexfEvidence = (typeof GEXF_EVIDENCE)[number];
