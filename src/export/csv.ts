/**
 * CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, a quote or a line
 * break, quotes doubled), written by csv-stringify, in three tables: nodes.csv and edges.csv
 * with the attributes of attributes.ts (the same names and values as GEXF and GraphML: lists
 * joined by `|`, `docs` the ids of the documents), and evidence.csv, one row per supporting
 * sentence of each edge with the sentence text.
 *
 * A text cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab
 * or a carriage return, or the full-width `＝＋－＠`) gets a leading `'` (csv-stringify's
 * `escape_formulas`); numbers are written as they are, and the Neo4j import tables (neo4j.ts)
 * stay raw, as their importer expects.
 */
// (a browser bundler takes csv-stringify's browser build: package.json "imports")
import { stringify, type Options } from '#csv-stringify';
import { compareSentenceIds, compareStrings, type RelataGraph } from '../graph/model.ts';
import { provenanceOf } from '../graph/provenance.ts';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, attributeValues } from './attributes.ts';

const OPTIONS: Options = {
  record_delimiter: '\r\n',
  // csv-stringify quotes only the record delimiter itself once one is given; a lone \n or \r must be quoted too.
  quote_record_delimiter: true,
  cast: { boolean: (value) => String(value) },
};

/** A CSV table, header first, each row's cells taken by column name; `spreadsheet` neutralises formula cells. */
export function csvTable(columns: string[], rows: Record<string, unknown>[], spreadsheet = false): string {
  return stringify([columns, ...rows.map((row) => columns.map((column) => row[column]))], {
    ...OPTIONS,
    escape_formulas: spreadsheet,
  });
}

export function toCSV(graph: RelataGraph): Record<'nodes.csv' | 'edges.csv' | 'evidence.csv', string> {
  const documents = new Map(graph.getAttribute('documents').map((d) => [d.id, d]));
  const sentences = new Map(graph.getAttribute('sentences').map((s) => [s.id, s]));
  const nodes = graph
    .nodes()
    .sort(compareStrings)
    .map((key) => ({ key, ...attributeValues(NODE_ATTRIBUTES, graph.getNodeAttributes(key)) }));
  const edgeKeys = graph.edges().sort(compareStrings);
  const edges = edgeKeys.map((key) => {
    const [source, target] = graph.extremities(key);
    return {
      key,
      source,
      source_label: graph.getNodeAttribute(source, 'label'),
      target,
      target_label: graph.getNodeAttribute(target, 'label'),
      ...attributeValues(EDGE_ATTRIBUTES, graph.getEdgeAttributes(key)),
    };
  });
  // the evidence as `Provenance` (the shape of extract's triples and the API's evidence), spans flattened
  const evidence = edgeKeys.flatMap((edge) =>
    [...graph.getEdgeAttribute(edge, 'evidence')]
      .sort((a, b) => compareSentenceIds(a.sentence, b.sentence))
      .map((ev) => {
        const sentence = sentences.get(ev.sentence);
        const { subjectSpan, objectSpan, ...rest } = provenanceOf(
          ev,
          sentence,
          documents.get(sentence?.doc ?? '')?.date,
        );
        return {
          edge,
          ...rest,
          subjectStart: subjectSpan.start,
          subjectEnd: subjectSpan.end,
          objectStart: objectSpan.start,
          objectEnd: objectSpan.end,
        };
      }),
  );
  const edgeRest = EDGE_ATTRIBUTES.map((a) => a.name).filter((name) => name !== 'predicate');
  return {
    'nodes.csv': csvTable(['key', ...NODE_ATTRIBUTES.map((a) => a.name)], nodes, true),
    'edges.csv': csvTable(
      ['key', 'source', 'source_label', 'predicate', 'target', 'target_label', ...edgeRest],
      edges,
      true,
    ),
    'evidence.csv': csvTable(
      [
        'edge',
        'doc',
        'date',
        'sentenceIndex',
        'start',
        'end',
        'language',
        'modality',
        'attributedTo',
        'rule',
        'cue',
        'confidence',
        'subjectStart',
        'subjectEnd',
        'objectStart',
        'objectEnd',
        'sentence',
      ],
      evidence,
      true,
    ),
  };
}
