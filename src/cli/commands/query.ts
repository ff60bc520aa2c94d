import type { QUERY } from './index.ts';
import { KnowledgeGraph, RelataError, loadGraph, type QueryOptions } from '../../index.ts';
import { readCriterion, type Criterion } from '../../query/criteria.ts';
import { graphDirOf, intOption, type Parsed } from '../args.ts';
import { EXIT, type Io } from '../command.ts';
import { outputFormat, printRows, table } from '../format.ts';

const usage = (message: string) => new RelataError('cli', 'E_USAGE', message);

/** --from, --to, --modality (comma-separated), checked (query/criteria.ts). */
export function evidenceOptions(options: {
  from?: string;
  to?: string;
  modality?: string;
}): Pick<QueryOptions, 'from' | 'to' | 'modality'> {
  const out: Pick<QueryOptions, 'from' | 'to' | 'modality'> = {};
  const read = <K extends Criterion>(kind: K, name: string, text: string) => {
    const result = readCriterion(kind, text);
    if (!result.ok) throw usage(`option --${name} takes ${result.takes}, not "${result.bad}"`);
    return result.value;
  };
  if (typeof options.from === 'string') out.from = read('date', 'from', options.from);
  if (typeof options.to === 'string') out.to = read('date', 'to', options.to);
  if (typeof options.modality === 'string') out.modality = read('modalities', 'modality', options.modality);
  return out;
}

export async function run({ positional, options }: Parsed<typeof QUERY>, io: Io): Promise<number> {
  const text = positional.join(' ');
  if (!text.trim()) throw usage('give a pattern, e.g. relata query "?x supplies Ukraine"');
  const kg = new KnowledgeGraph(await loadGraph(graphDirOf(options)));
  const result = kg.query(text, {
    ...evidenceOptions(options),
    type: options.type,
    limit: options.limit === undefined ? undefined : intOption(options.limit, 'limit', 0),
    evidence: options.evidence === true,
  });
  const column = (v: string) => (v === 'evidence' || v === 'sentences' ? `?${v}` : v);
  const columns = [...result.variables.map(column), 'evidence'];
  const format = outputFormat(io, options.format);
  const delimited = format === 'csv' || format === 'tsv';
  const rows = result.rows.map((r) => {
    const row: Record<string, unknown> = Object.fromEntries(
      result.variables.map((v) => [column(v), r.bindings[v]!.label]),
    );
    row.evidence = r.evidence;
    if (r.sentences) row.sentences = delimited ? r.sentences.map((s) => s.sentence).join('\n') : r.sentences;
    return row;
  });
  if (format === 'table' && options.evidence && rows.length) {
    const lines = table(rows, columns).split('\n');
    io.stdout(`${lines[0]}\n`);
    result.rows.forEach((r, i) => {
      io.stdout(`${lines[i + 1]}\n`);
      for (const s of r.sentences ?? [])
        io.stdout(`    [${s.doc}${s.date ? ` ${s.date}` : ''}, ${s.modality}] ${s.sentence}\n`);
    });
  } else printRows(io, format, rows, options.evidence && delimited ? [...columns, 'sentences'] : columns, 'no matches');
  if (result.total > result.rows.length && format === 'table')
    io.stderr(`(${result.rows.length} of ${result.total} rows)\n`);
  return EXIT.ok;
}
