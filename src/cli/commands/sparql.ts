import type { SPARQL } from './index.ts';
import { PREFIXES, RelataError, loadGraph, rdfStore, sparql as runSparql } from '../../index.ts';
import { graphDirOf, intOption, type Parsed } from '../args.ts';
import { EXIT, type Io } from '../command.ts';
import { outputFormat, printRows } from '../format.ts';

const NAMESPACES = Object.entries(PREFIXES);

/** `https://relata.dev/ontology#supplies` → `rel:supplies`, for tables. */
const compact = (value: string) => {
  for (const [prefix, ns] of NAMESPACES) if (value.startsWith(ns)) return `${prefix}:${value.slice(ns.length)}`;
  return value;
};

export async function run({ positional, options }: Parsed<typeof SPARQL>, io: Io): Promise<number> {
  const text = positional.join(' ');
  if (!text.trim())
    throw new RelataError(
      'cli',
      'E_USAGE',
      'give a query, e.g. relata sparql "SELECT ?x WHERE { ?x rel:supplies ?y }"',
    );
  const store = rdfStore(await loadGraph(graphDirOf(options)), { provenance: options.lean !== true });
  const result = runSparql(store, text);
  if (result.boolean !== undefined) {
    io.stdout(
      options.format === 'json' || options.format === 'jsonl'
        ? `${JSON.stringify({ boolean: result.boolean })}\n`
        : `${result.boolean}\n`,
    );
    return EXIT.ok;
  }
  const limit = intOption(options.limit, 'limit', Infinity);
  const format = outputFormat(io, options.format);
  const rows = result.rows
    .slice(0, limit)
    .map((r) => (format === 'table' ? Object.fromEntries(Object.entries(r).map(([k, v]) => [k, compact(v)])) : r));
  printRows(io, format, rows, result.variables, 'no solutions');
  return EXIT.ok;
}
