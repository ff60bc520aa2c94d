/**
 * SPARQL over the graph: its RDF form (export/rdf.ts, as N-Triples) loaded into an in-memory
 * oxigraph store. Queries get the rel:, ent: (entities: ent:country:germany), rdf:, rdfs:,
 * skos:, xsd:, dcterms: and prov: prefixes predeclared; a query may redeclare them.
 */
import { createRequire } from 'node:module';
import type * as Oxigraph from 'oxigraph';
import { RelataError } from '../errors.ts';
import type { RelataGraph } from '../graph/model.ts';
import { PREFIXES, ntriplesChunks, type RdfOptions } from '../export/rdf.ts';

export type Store = Oxigraph.Store;

/** oxigraph (WebAssembly) is loaded by the first SPARQL query, not when relata is imported. */
let oxigraph: typeof Oxigraph | undefined;
const engine = (): typeof Oxigraph => (oxigraph ??= createRequire(import.meta.url)('oxigraph') as typeof Oxigraph);

const SPARQL_PROLOGUE = Object.entries(PREFIXES)
  .map(([p, ns]) => `PREFIX ${p}: <${ns}>\n`)
  .join('');

/**
 * The graph's RDF in a new store. One `load` of one string is by far the fastest path
 * (oxigraph pays per call and per iterated chunk: 920k triples load in 3 s as one string,
 * 30 s as 18 chunks), so the N-Triples are joined unless they would outgrow a JavaScript
 * string. A 100k-edge graph with 200k evidence sentences is 3.9M triples, past that limit:
 * `provenance: false` (entities and relations only, a quarter of the triples) keeps it fast.
 */
export function rdfStore(graph: RelataGraph, options: RdfOptions = {}): Store {
  const store = new (engine().Store)();
  const chunks = [...ntriplesChunks(graph, options)];
  const length = chunks.reduce((n, c) => n + c.length, 0);
  // lenient: the text is ours, and the export tests parse it strictly
  store.load(length < MAX_STRING ? chunks.join('') : chunks, { format: 'application/n-triples', lenient: true });
  return store;
}

/** Well under V8's longest string (2^29 - 24 characters). */
const MAX_STRING = 2 ** 28;

export interface SparqlResult {
  /** Variables in the order of the SELECT clause (or of first binding for `SELECT *`). */
  variables: string[];
  /** One object per solution: the lexical value of each bound variable (IRIs in full). */
  rows: Record<string, string>[];
  /** For ASK queries. */
  boolean?: boolean;
}

/** Variables of a `SELECT ?a (COUNT(?b) AS ?n)` clause, in order; empty for `SELECT *`. */
function selectVariables(query: string): string[] {
  const clause = /\bSELECT\s+(?:DISTINCT\s+|REDUCED\s+)?([\s\S]*?)\s*(?:\bFROM\b|\bWHERE\b|\{)/i.exec(query)?.[1] ?? '';
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < clause.length; i++) {
    if (clause[i] === '(' && depth++ === 0) start = i;
    else if (clause[i] === ')' && --depth === 0) {
      const as = /\bAS\s+[?$](\w+)\s*$/i.exec(clause.slice(start + 1, i));
      if (as) names.push(as[1]!);
    } else if (depth === 0 && /[?$]/.test(clause[i]!)) {
      const name = /^\w+/.exec(clause.slice(i + 1))?.[0];
      if (name) names.push(name);
    }
  }
  return [...new Set(names)];
}

/** Run a SELECT or ASK query; others (CONSTRUCT, DESCRIBE, updates) are refused. */
export function sparql(store: Store, query: string): SparqlResult {
  const form = /^\s*(?:(?:PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>|#[^\n]*)\s*)*(\w+)/i.exec(query)?.[1]?.toUpperCase();
  if (form !== 'SELECT' && form !== 'ASK') {
    throw new RelataError(
      'query',
      'E_QUERY_SYNTAX',
      `only SELECT and ASK queries are supported, not ${form ?? 'this'}`,
    );
  }
  let result: ReturnType<Store['query']>;
  try {
    result = store.query(SPARQL_PROLOGUE + query);
  } catch (e) {
    const message = (e as Error).message.replace(
      /^error at (\d+):(\d+)/,
      (_, line, col) => `error at ${Number(line) - SPARQL_PROLOGUE.split('\n').length + 1}:${col}`,
    );
    throw new RelataError('query', 'E_QUERY_SYNTAX', `SPARQL ${message}`);
  }
  if (typeof result === 'boolean') return { variables: [], rows: [], boolean: result };
  const solutions = result as Map<string, { value: string }>[];
  const variables = selectVariables(query);
  for (const s of solutions) for (const k of s.keys()) if (!variables.includes(k)) variables.push(k);
  return { variables, rows: solutions.map((s) => Object.fromEntries([...s].map(([k, t]) => [k, t.value]))) };
}
