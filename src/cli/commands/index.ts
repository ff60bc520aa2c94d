/**
 * The commands: what `relata --help` and `relata help <command>` show, and each command's
 * module, loaded only when it runs (so that `relata --version` loads nothing else).
 *
 * One flag, one meaning, in every command: -g --graph (the store folder), -f --format, -n --limit,
 * -o --output (a file to write), -m --modality, -s --subject, -p --predicate, -t --type,
 * -e --evidence, -l --lexicon, -j --jobs, -q --quiet, -v --verbose. Wherever a command prints records,
 * --format takes table|json|jsonl|csv|tsv (default: table on a terminal, jsonl otherwise).
 */
import { EXPORT_FORMATS, GEXF_EVIDENCE } from '../../export/formats.ts';
import { ENTITY_TYPES, MODALITIES, PREDICATES } from '../../types.ts';
import { GRAPH_OPTION, OUTPUT_FORMATS, type OptionSpec, type OptionSpecs } from '../args.ts';
import type { CommandSpec } from '../command.ts';

const FORMAT = {
  type: 'string',
  short: 'f',
  description: 'output format (default: table on a terminal, jsonl otherwise)',
  choices: OUTPUT_FORMATS,
} as const satisfies OptionSpec;
const LIMIT = { type: 'string', short: 'n', description: 'at most this many rows' } as const satisfies OptionSpec;
const LEXICON = {
  type: 'string',
  short: 'l',
  description: 'a JSON file of your own entities and verbs (see the README)',
} as const satisfies OptionSpec;
const FROM = {
  type: 'string',
  description: 'only evidence from documents dated on or after (ISO date)',
} as const satisfies OptionSpec;
const TO = {
  type: 'string',
  description: 'only evidence from documents dated on or before (ISO date)',
} as const satisfies OptionSpec;
const MODALITY_LIST = {
  type: 'string',
  short: 'm',
  description: `only evidence with these modalities (comma-separated: ${MODALITIES.join(', ')})`,
} as const satisfies OptionSpec;

export const BUILD = {
  graph: { ...GRAPH_OPTION, description: 'the store folder to write (default: graph)' },
  out: { type: 'string', description: 'the same as --graph' },
  rebuild: { type: 'boolean', description: 'start afresh instead of merging into the stored graph' },
  iterations: { type: 'string', description: 'ForceAtlas2 iterations (default: by graph size)' },
  'max-document-size': { type: 'string', description: 'refuse documents larger than this many MiB (default: 16)' },
  'fetch-timeout': {
    type: 'string',
    description: 'for a URL input: seconds to fetch it, redirects and body included (default: 30)',
  },
  lexicon: LEXICON,
  jobs: {
    type: 'string',
    short: 'j',
    description: 'threads that extract (default: one per core but one, above two cores and 256 KiB of text)',
  },
  queue: {
    type: 'string',
    description: 'extract on the queue at this Redis address (redis://host:port), by relata worker processes',
  },
  snapshot: {
    type: 'boolean',
    description:
      'after a build that changed the graph, keep a copy as <graph>/snapshots/<UTC time>.json (for diff --since)',
  },
  watch: {
    type: 'boolean',
    description:
      'build again every --interval seconds, a line per round, until Ctrl-C or SIGTERM (a round under way finishes first)',
  },
  interval: { type: 'string', description: 'with --watch: seconds between rounds (default: 300; at least 1)' },
  quiet: { type: 'boolean', short: 'q', description: 'no progress or summary on stderr' },
} as const satisfies OptionSpecs;

export const WORKER = {
  queue: { type: 'string', description: 'the Redis address of the queue (redis://host:port)' },
  jobs: {
    type: 'string',
    short: 'j',
    description: 'documents extracted at a time (default: 1, in this thread; more: each in a worker thread)',
  },
  quiet: { type: 'boolean', short: 'q', description: 'no line per document on stderr' },
} as const satisfies OptionSpecs;

export const EXTRACT = {
  lexicon: LEXICON,
  format: { ...FORMAT, description: 'output format (default: jsonl)' },
  limit: LIMIT,
} as const satisfies OptionSpecs;

export const EXPLAIN = { json: { type: 'boolean', description: 'the same as JSON' } } as const satisfies OptionSpecs;

export const EVAL = {
  aliases: { type: 'string', description: 'alias table (default: aliases.json beside the gold file, when present)' },
  verbose: { type: 'boolean', short: 'v', description: 'list the missed and the invented triples' },
  json: { type: 'boolean', description: 'print the report as JSON' },
} as const satisfies OptionSpecs;

export const TRIPLES = {
  graph: GRAPH_OPTION,
  subject: { type: 'string', short: 's', description: 'subject name or alias' },
  predicate: { type: 'string', short: 'p', description: 'predicate', choices: PREDICATES },
  object: { type: 'string', description: 'object name or alias' },
  modality: { type: 'string', short: 'm', description: 'modality of the edge', choices: MODALITIES },
  limit: LIMIT,
  format: FORMAT,
} as const satisfies OptionSpecs;

export const QUERY = {
  graph: GRAPH_OPTION,
  type: { type: 'string', short: 't', description: 'entity type of the first entity variable', choices: ENTITY_TYPES },
  from: FROM,
  to: TO,
  modality: MODALITY_LIST,
  limit: LIMIT,
  evidence: { type: 'boolean', short: 'e', description: 'add the supporting sentences' },
  format: FORMAT,
} as const satisfies OptionSpecs;

export const SPARQL = {
  graph: GRAPH_OPTION,
  lean: {
    type: 'boolean',
    description: 'load entities and relations only, not evidence, sentences, documents (faster on large graphs)',
  },
  limit: LIMIT,
  format: FORMAT,
} as const satisfies OptionSpecs;

export const EXPORT = {
  graph: GRAPH_OPTION,
  format: { type: 'string', short: 'f', description: 'export format', choices: EXPORT_FORMATS },
  output: {
    type: 'string',
    short: 'o',
    description: 'file to write (a folder for csv and neo4j; default: standard output)',
  },
  evidence: {
    type: 'string',
    short: 'e',
    description:
      'gexf: compact (default, for Gephi: aliases, counts and dates) or full (document ids and evidence sentences too, to reopen in relata)',
    choices: GEXF_EVIDENCE,
  },
  subgraph: { type: 'string', description: 'export only the edges a query pattern binds' },
  from: { ...FROM, description: 'with --subgraph: only evidence dated on or after' },
  to: { ...TO, description: 'with --subgraph: only evidence dated on or before' },
  modality: { ...MODALITY_LIST, description: 'with --subgraph: only evidence with these modalities' },
} as const satisfies OptionSpecs;

export const STATS = {
  graph: GRAPH_OPTION,
  json: { type: 'boolean', description: 'print JSON' },
} as const satisfies OptionSpecs;

export const DIFF = {
  graph: { ...GRAPH_OPTION, description: 'with --since: the store folder (default: graph)' },
  since: {
    type: 'string',
    description:
      'what changed since this date (ISO: 2024, 2024-08 or 2024-08-12): in a store folder with snapshots (build --snapshot), from the latest one taken before it, removals included; otherwise by the dates of its documents',
  },
  format: {
    type: 'string',
    short: 'f',
    description: 'output format (default: table)',
    choices: ['table', 'json', 'jsonl'],
  },
} as const satisfies OptionSpecs;

export const VIEW = {
  graph: GRAPH_OPTION,
  port: { type: 'string', description: 'port (default: 5173; 0 picks a free one)' },
  host: { type: 'string', description: 'address to bind (default: 127.0.0.1, this machine only)' },
} as const satisfies OptionSpecs;

/** A command whose `run` takes exactly the options it declares. */
const command = <const S extends OptionSpecs>(spec: CommandSpec<S>): CommandSpec => spec as unknown as CommandSpec;

export const COMMANDS: readonly CommandSpec[] = [
  command({
    name: 'build',
    usage:
      'relata build <inputs...> [--graph graph] [--rebuild] [--snapshot] [--watch [--interval S]] [--lexicon FILE] [--jobs N | --queue redis://host:port] [--max-document-size MiB] [--fetch-timeout S]',
    summary:
      'Reads files, folders and http(s) URLs (txt, md, html, json, jsonl, RSS and Atom feeds; - for stdin), extracts triples and merges them into the graph store.',
    options: BUILD,
    load: () => import('./build.ts'),
  }),
  command({
    name: 'extract',
    usage: 'relata extract <inputs...> [--lexicon FILE] [--format F] [--limit N]',
    summary:
      "Prints the triples of the inputs (JSON Lines by default: the scorer's format plus provenance); writes nothing.",
    options: EXTRACT,
    load: () => import('./extract.ts'),
  }),
  command({
    name: 'explain',
    usage: 'relata explain "<sentence>" [--json]',
    summary:
      'Shows how one sentence is read: tokens and tags, entity mentions, the rules that fired and why each candidate triple was kept or dropped.',
    options: EXPLAIN,
    load: () => import('./explain.ts'),
  }),
  command({
    name: 'eval',
    usage: 'relata eval <folder> <gold.jsonl> [--aliases aliases.json] [--verbose] [--json]',
    summary:
      'Extracts a folder and scores it against gold triples: precision, recall and F1 per predicate and overall.',
    options: EVAL,
    load: () => import('./eval.ts'),
  }),
  command({
    name: 'triples',
    usage:
      'relata triples [--graph graph] [--subject S] [--predicate P] [--object O] [--modality M] [--limit N] [--format F]',
    summary:
      'Lists the triples of the stored graph; entity names resolve through aliases in both languages (--subject Allemagne finds Germany).',
    options: TRIPLES,
    load: () => import('./triples.ts'),
  }),
  command({
    name: 'query',
    usage:
      "relata query '<patterns>' [--graph graph] [--type T] [--from D] [--to D] [--modality M] [--limit N] [--evidence] [--format F]",
    summary:
      "Answers triple patterns with variables: '?x supplies Ukraine', 'Germany ?rel ?x', '?x supplies ?item . ?x member_of NATO' (names resolve through aliases in both languages).",
    options: QUERY,
    load: () => import('./query.ts'),
  }),
  command({
    name: 'sparql',
    usage: "relata sparql '<SPARQL SELECT or ASK>' [--graph graph] [--lean] [--limit N] [--format F]",
    summary:
      "Runs SPARQL 1.1 over the graph's RDF form (export --format ntriples) in an in-memory store; the prefixes rel: ent: rdf: rdfs: skos: xsd: dcterms: prov: are declared.",
    options: SPARQL,
    load: () => import('./sparql.ts'),
  }),
  command({
    name: 'export',
    usage: `relata export --format ${EXPORT_FORMATS.join('|')} [--graph graph] [--output FILE|DIR] [--evidence ${GEXF_EVIDENCE.join('|')}] [--subgraph '<patterns>']`,
    summary:
      'Writes the stored graph in another format: json (graphology), gexf (Gephi, with a timeline), graphml, csv (nodes/edges/evidence), ntriples, turtle, cypher (Neo4j script) or neo4j (neo4j-admin import CSVs).',
    options: EXPORT,
    load: () => import('./export.ts'),
  }),
  command({
    name: 'stats',
    usage: 'relata stats [--graph graph] [--json]',
    summary: 'Summarises the stored graph: entities by type, relations by predicate, top entities by degree.',
    options: STATS,
    load: () => import('./stats.ts'),
  }),
  command({
    name: 'diff',
    usage:
      'relata diff <old graph> <new graph> [--format table|json|jsonl]  |  relata diff --since <date> [--graph graph] [--format F]',
    summary:
      'What changed: entities and relations added or removed, relations with more or fewer documents, modality changes (a pledge delivered, a fact denied). Graphs are store folders or graph.json files; --since compares a store with its latest snapshot before a date, or one graph before and after a date.',
    options: DIFF,
    load: () => import('./diff.ts'),
  }),
  command({
    name: 'worker',
    usage: 'relata worker --queue redis://host:port [--jobs N]',
    summary:
      'Extracts the documents that `relata build --queue` puts on the queue, until Ctrl-C or SIGTERM (the documents under way are finished first).',
    options: WORKER,
    load: () => import('./worker.ts'),
  }),
  command({
    name: 'view',
    usage: 'relata view [--graph graph] [--port 5173] [--host 127.0.0.1]',
    summary: 'Serves the viewer and the stored graph on this machine; stops on Ctrl-C.',
    options: VIEW,
    load: () => import('./view.ts'),
  }),
];
