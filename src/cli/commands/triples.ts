import { loadGraph } from '../../graph/index.ts';
import { matchTriples } from '../../query/index.ts';
import { type Modality, type Predicate } from '../../types.ts';
import { graphDirOf, type Parsed } from '../args.ts';
import { EXIT, type Io } from '../command.ts';
import { delimited, table } from '../format.ts';

const COLUMNS = ['subject', 'subjectType', 'predicate', 'object', 'objectType', 'modality', 'weight', 'docCount', 'firstDate', 'lastDate'];

export async function run({ options }: Parsed, io: Io): Promise<number> {
  const graph = await loadGraph(graphDirOf(options));
  const rows = matchTriples(graph, {
    subject: options.subject as string | undefined,
    predicate: options.predicate as Predicate | undefined,
    object: options.object as string | undefined,
    modality: options.modality as Modality | undefined,
  });
  const format = (options.format as string | undefined) ?? (io.interactive ? 'table' : 'jsonl');
  const flat = rows.map((r) => ({ ...r, evidence: undefined }));
  if (format === 'jsonl') io.stdout(rows.map((r) => `${JSON.stringify(r)}\n`).join(''));
  else if (format === 'csv' || format === 'tsv') io.stdout(delimited(flat, COLUMNS, format === 'csv' ? ',' : '\t'));
  else io.stdout(rows.length ? table(flat, ['subject', 'predicate', 'object', 'modality', 'weight', 'docCount']) : 'no triples match\n');
  return EXIT.ok;
}
