import { loadGraph } from '../../graph/index.ts';
import { RelataError } from '../../errors.ts';
import { KnowledgeGraph } from '../../knowledge-graph.ts';
import type { QueryOptions } from '../../query/index.ts';
import { ISO_DATE } from '../../query/filter.ts';
import { MODALITIES, type EntityType, type Modality } from '../../types.ts';
import { graphDirOf, intOption, type Parsed } from '../args.ts';
import { EXIT, type Io } from '../command.ts';
import { delimited, table } from '../format.ts';

const usage = (message: string) => new RelataError('cli', 'E_USAGE', message);

/** Rows as an aligned table (terminal default), JSON Lines, CSV or one JSON array. */
export function printRows(io: Io, format: string | boolean | undefined, rows: Record<string, unknown>[], columns: string[], empty: string): void {
  const chosen = typeof format === 'string' ? format : io.interactive ? 'table' : 'jsonl';
  if (chosen === 'jsonl') io.stdout(rows.map((r) => `${JSON.stringify(r)}\n`).join(''));
  else if (chosen === 'json') io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
  else if (chosen === 'csv') io.stdout(delimited(rows, columns, ','));
  else io.stdout(rows.length ? table(rows, columns) : `${empty}\n`);
}

/** --from, --to, --modality (comma-separated), checked. */
export function evidenceOptions(options: Parsed['options']): Pick<QueryOptions, 'from' | 'to' | 'modality'> {
  const out: Pick<QueryOptions, 'from' | 'to' | 'modality'> = {};
  for (const name of ['from', 'to'] as const) {
    const value = options[name];
    if (typeof value !== 'string') continue;
    if (!ISO_DATE.test(value)) throw usage(`option --${name} takes an ISO date (2024, 2024-08 or 2024-08-12), not "${value}"`);
    out[name] = value;
  }
  if (typeof options.modality === 'string') {
    const list = options.modality.split(',').map((m) => m.trim());
    const bad = list.find((m) => !(MODALITIES as readonly string[]).includes(m));
    if (bad !== undefined) throw usage(`option --modality takes ${MODALITIES.join(', ')} (comma-separated), not "${bad}"`);
    out.modality = list as Modality[];
  }
  return out;
}

export async function run({ positional, options }: Parsed, io: Io): Promise<number> {
  const text = positional.join(' ');
  if (!text.trim()) throw usage('give a pattern, e.g. relata query "?x supplies Ukraine"');
  const kg = new KnowledgeGraph(await loadGraph(graphDirOf(options)));
  const result = kg.query(text, {
    ...evidenceOptions(options),
    type: options.type as EntityType | undefined,
    limit: options.limit === undefined ? undefined : intOption(options.limit, 'limit', 0),
    evidence: options.evidence === true,
  });
  const column = (v: string) => (v === 'evidence' || v === 'sentences' ? `?${v}` : v);
  const columns = [...result.variables.map(column), 'evidence'];
  const format = typeof options.format === 'string' ? options.format : io.interactive ? 'table' : 'jsonl';
  const rows = result.rows.map((r) => {
    const row: Record<string, unknown> = Object.fromEntries(result.variables.map((v) => [column(v), r.bindings[v].label]));
    row.evidence = r.evidence;
    if (r.sentences) row.sentences = format === 'csv' ? r.sentences.map((s) => s.text).join('\n') : r.sentences;
    return row;
  });
  if (format === 'table' && options.evidence && rows.length) {
    const lines = table(rows, columns).split('\n');
    io.stdout(`${lines[0]}\n`);
    result.rows.forEach((r, i) => {
      io.stdout(`${lines[i + 1]}\n`);
      for (const s of r.sentences ?? []) io.stdout(`    [${s.doc}${s.date ? ` ${s.date}` : ''}, ${s.modality}] ${s.text}\n`);
    });
  } else printRows(io, format, rows, options.evidence && format === 'csv' ? [...columns, 'sentences'] : columns, 'no matches');
  if (result.total > result.rows.length && format === 'table') io.stderr(`(${result.rows.length} of ${result.total} rows)\n`);
  return EXIT.ok;
}
