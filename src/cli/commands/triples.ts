import type { TRIPLES } from './index.ts';
import { loadGraph, matchTriples } from '../../index.ts';
import { graphDirOf, intOption, type Parsed } from '../args.ts';
import { EXIT, type Io } from '../command.ts';
import { outputFormat, printRows } from '../format.ts';

const COLUMNS = [
  'subject',
  'subjectType',
  'predicate',
  'object',
  'objectType',
  'modality',
  'weight',
  'docCount',
  'firstDate',
  'lastDate',
];

export async function run({ options }: Parsed<typeof TRIPLES>, io: Io): Promise<number> {
  const graph = await loadGraph(graphDirOf(options));
  const rows = matchTriples(graph, {
    subject: options.subject,
    predicate: options.predicate,
    object: options.object,
    modality: options.modality,
  });
  const shown = rows.slice(0, intOption(options.limit, 'limit', Infinity));
  const format = outputFormat(io, options.format);
  // one line per triple: the evidence stays in JSON, the table and CSV show the counts
  const printed = format === 'json' || format === 'jsonl' ? shown : shown.map((r) => ({ ...r, evidence: undefined }));
  printRows(
    io,
    format,
    printed,
    format === 'table' ? ['subject', 'predicate', 'object', 'modality', 'weight', 'docCount'] : COLUMNS,
    'no triples match',
  );
  return EXIT.ok;
}
