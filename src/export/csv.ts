/**
 * CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, a quote or a line
 * break, quotes doubled) in three tables: nodes.csv, edges.csv and evidence.csv, one row per
 * supporting sentence of each edge with the sentence text. Lists inside a field (aliases)
 * are joined with `; `. A text cell that a spreadsheet would run as a formula (starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading `'`; numbers are written as
 * they are, and the Neo4j import tables (neo4j.ts) stay raw, as their importer expects.
 */
import { compareSentenceIds, compareStrings, splitSentenceId, type RelataGraph } from '../graph/model.ts';
import { sortedAliases } from './order.ts';

export function csvField(value: unknown, spreadsheet = false): string {
  let s = value === undefined || value === null ? '' : String(value);
  if (spreadsheet && typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV table; `spreadsheet` neutralises formula cells (see above). */
export function csvTable(columns: string[], rows: Record<string, unknown>[], spreadsheet = false): string {
  return [columns, ...rows.map((r) => columns.map((c) => r[c]))].map((row) => `${row.map((cell) => csvField(cell, spreadsheet)).join(',')}\r\n`).join('');
}

export function toCSV(graph: RelataGraph): Record<'nodes.csv' | 'edges.csv' | 'evidence.csv', string> {
  const documents = new Map(graph.getAttribute('documents').map((d) => [d.id, d]));
  const sentences = new Map(graph.getAttribute('sentences').map((s) => [s.id, s]));
  const nodes = graph
    .nodes()
    .sort(compareStrings)
    .map((key) => {
      const a = graph.getNodeAttributes(key);
      return { key, ...a, aliases: sortedAliases(a.aliases).map((al) => `${al.text}@${al.language}`).join('; '), docs: a.docs.join('; ') };
    });
  const edgeKeys = graph.edges().sort(compareStrings);
  const edges = edgeKeys.map((key) => {
    const [source, target] = graph.extremities(key);
    return {
      key,
      source,
      source_label: graph.getNodeAttribute(source, 'label'),
      target,
      target_label: graph.getNodeAttribute(target, 'label'),
      ...graph.getEdgeAttributes(key),
      evidence: graph.getEdgeAttribute(key, 'evidence').length,
    };
  });
  const evidence = edgeKeys.flatMap((edge) =>
    [...graph.getEdgeAttribute(edge, 'evidence')]
      .sort((a, b) => compareSentenceIds(a.sentence, b.sentence))
      .map((ev) => {
        const doc = sentences.get(ev.sentence)?.doc ?? splitSentenceId(ev.sentence)[0];
        return {
          edge,
          ...ev,
          doc,
          date: documents.get(doc)?.date,
          subject_start: ev.subject[0],
          subject_end: ev.subject[1],
          object_start: ev.object[0],
          object_end: ev.object[1],
          text: sentences.get(ev.sentence)?.text,
        };
      }),
  );
  return {
    'nodes.csv': csvTable(['key', 'label', 'type', 'aliases', 'mentions', 'docs', 'x', 'y', 'size', 'color'], nodes, true),
    'edges.csv': csvTable(
      ['key', 'source', 'source_label', 'predicate', 'target', 'target_label', 'modality', 'weight', 'docCount', 'evidence', 'firstDate', 'lastDate', 'role', 'code'],
      edges,
      true,
    ),
    'evidence.csv': csvTable(
      ['edge', 'sentence', 'doc', 'date', 'modality', 'attributedTo', 'rule', 'cue', 'confidence', 'subject_start', 'subject_end', 'object_start', 'object_end', 'text'],
      evidence,
      true,
    ),
  };
}
