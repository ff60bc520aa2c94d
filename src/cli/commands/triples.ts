import { loadGraph } from '../../graph/index.ts';
import { matchTriples } from '../../query/index.ts';
import { MODALITIES, PREDICATES, type Modality, type Predicate } from '../../types.ts';
import { GRAPH_OPTION, graphDirOf } from '../args.ts';
import { EXIT, type Command } from '../command.ts';
import { delimited, table } from '../format.ts';

const COLUMNS = ['subject', 'subjectType', 'predicate', 'object', 'objectType', 'modality', 'weight', 'docCount', 'firstDate', 'lastDate'];

export const triples: Command = {
  name: 'triples',
  usage: 'relata triples [--graph graph] [--format table|jsonl|csv|tsv] [--subject S] [--predicate P] [--object O] [--modality M]',
  summary: 'Lists the triples of the stored graph; entity names resolve through aliases in both languages (--subject Allemagne finds Germany).',
  options: {
    graph: GRAPH_OPTION,
    format: { type: 'string', short: 'f', description: 'output format (default: table on a terminal, jsonl otherwise)', choices: ['table', 'jsonl', 'csv', 'tsv'] },
    subject: { type: 'string', short: 's', description: 'subject name or alias' },
    predicate: { type: 'string', short: 'p', description: 'predicate', choices: PREDICATES },
    object: { type: 'string', description: 'object name or alias' },
    modality: { type: 'string', description: 'modality of the edge', choices: MODALITIES },
  },
  async run({ options }, io) {
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
  },
};
