/**
 * The commands: what `relata --help` and `relata help <command>` show, and each command's
 * module, loaded only when it runs (so that `relata --version` loads nothing else).
 */
import { EXPORT_FORMATS } from '../../export/formats.ts';
import { ENTITY_TYPES, MODALITIES, PREDICATES } from '../../types.ts';
import { GRAPH_OPTION, OUTPUT_FORMATS } from '../args.ts';
import type { CommandSpec } from '../command.ts';

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'build',
    usage: 'relata build <inputs...> [--out graph] [--rebuild] [--lexicon FILE] [--max-document-size MiB]',
    summary: 'Reads files and folders (txt, md, html, json, jsonl; - for stdin), extracts triples and merges them into the graph store.',
    options: {
      out: { type: 'string', short: 'o', description: 'the store folder (default: graph)' },
      rebuild: { type: 'boolean', description: 'start afresh instead of merging into the stored graph' },
      iterations: { type: 'string', description: 'ForceAtlas2 iterations (default: by graph size)' },
      'max-document-size': { type: 'string', description: 'refuse documents larger than this many MiB (default: 16)' },
      lexicon: { type: 'string', short: 'l', description: 'a JSON file of your own entities and verbs (see the README)' },
      quiet: { type: 'boolean', short: 'q', description: 'no progress or summary on stderr' },
  },
    load: () => import('./build.ts'),
  },
  {
    name: 'extract',
    usage: 'relata extract <inputs...> [--lexicon FILE]',
    summary: 'Prints the triples of the inputs as JSON Lines (the scorer\'s format plus provenance); writes nothing.',
    options: {
      lexicon: { type: 'string', short: 'l', description: 'a JSON file of your own entities and verbs (see the README)' },
  },
    load: () => import('./extract.ts'),
  },
  {
    name: 'explain',
    usage: 'relata explain "<sentence>" [--json]',
    summary: 'Shows how one sentence is read: tokens and tags, entity mentions, the rules that fired and why each candidate triple was kept or dropped.',
    options: { json: { type: 'boolean', description: 'the same as JSON' } },
    load: () => import('./explain.ts'),
  },
  {
    name: 'eval',
    usage: 'relata eval <folder> <gold.jsonl> [--aliases aliases.json] [--verbose] [--json]',
    summary: 'Extracts a folder and scores it against gold triples: precision, recall and F1 per predicate and overall.',
    options: {
      aliases: { type: 'string', description: 'alias table (default: aliases.json beside the gold file, when present)' },
      verbose: { type: 'boolean', short: 'v', description: 'list the missed and the invented triples' },
      json: { type: 'boolean', description: 'print the report as JSON' },
  },
    load: () => import('./eval.ts'),
  },
  {
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
    load: () => import('./triples.ts'),
  },
  {
    name: 'query',
    usage: "relata query '<patterns>' [--graph graph] [--type T] [--from D] [--to D] [--modality M] [--limit N] [--evidence] [--format table|jsonl|csv|json]",
    summary:
      "Answers triple patterns with variables: '?x supplies Ukraine', 'Germany ?rel ?x', '?x supplies ?item . ?x member_of NATO' (names resolve through aliases in both languages).",
    options: {
      graph: GRAPH_OPTION,
      type: { type: 'string', short: 't', description: 'entity type of the first entity variable', choices: ENTITY_TYPES },
      from: { type: 'string', description: 'only evidence from documents dated on or after (ISO date)' },
      to: { type: 'string', description: 'only evidence from documents dated on or before (ISO date)' },
      modality: { type: 'string', short: 'm', description: 'only evidence with these modalities (comma-separated)' },
      limit: { type: 'string', short: 'n', description: 'at most this many rows' },
      evidence: { type: 'boolean', short: 'e', description: 'add the supporting sentences' },
      format: { type: 'string', short: 'f', description: 'output format (default: table on a terminal, jsonl otherwise)', choices: OUTPUT_FORMATS },
  },
    load: () => import('./query.ts'),
  },
  {
    name: 'sparql',
    usage: "relata sparql '<SPARQL SELECT or ASK>' [--graph graph] [--lean] [--limit N] [--format table|jsonl|csv|json]",
    summary: `Runs SPARQL 1.1 over the graph's RDF form (export --format ntriples) in an in-memory store; the usual prefixes (rel: ent: rdf: rdfs: skos: xsd: dcterms: prov:) are predeclared.`,
    options: {
      graph: GRAPH_OPTION,
      limit: { type: 'string', short: 'n', description: 'at most this many rows' },
      lean: { type: 'boolean', description: 'load entities and relations only, not evidence, sentences, documents (faster on large graphs)' },
      format: { type: 'string', short: 'f', description: 'output format (default: table on a terminal, jsonl otherwise)', choices: OUTPUT_FORMATS },
  },
    load: () => import('./sparql.ts'),
  },
  {
    name: 'export',
    usage: `relata export --format ${EXPORT_FORMATS.join('|')} [--graph graph] [-o FILE|DIR] [--subgraph '<pattern>']`,
    summary:
      'Writes the stored graph in another format: json (graphology), gexf (Gephi, with a timeline), graphml, csv (nodes/edges/evidence), ntriples, turtle, cypher (Neo4j script) or neo4j (neo4j-admin import CSVs).',
    options: {
      format: { type: 'string', short: 'f', description: 'output format', choices: EXPORT_FORMATS },
      graph: GRAPH_OPTION,
      output: { type: 'string', short: 'o', description: 'file to write (a folder for csv and neo4j; default: standard output)' },
      subgraph: { type: 'string', short: 's', description: 'export only the edges a query pattern binds' },
      from: { type: 'string', description: 'with --subgraph: only evidence dated on or after' },
      to: { type: 'string', description: 'with --subgraph: only evidence dated on or before' },
      modality: { type: 'string', short: 'm', description: 'with --subgraph: only evidence with these modalities' },
  },
    load: () => import('./export.ts'),
  },
  {
    name: 'stats',
    usage: 'relata stats [--graph graph] [--json]',
    summary: 'Summarises the stored graph: entities by type, relations by predicate, top entities by degree.',
    options: {
      graph: GRAPH_OPTION,
      json: { type: 'boolean', description: 'print JSON' },
  },
    load: () => import('./stats.ts'),
  },
  {
    name: 'view',
    usage: 'relata view [--graph graph] [--port 5173] [--host 127.0.0.1]',
    summary: 'Serves the viewer and the stored graph on this machine; stops on Ctrl-C.',
    options: {
      graph: GRAPH_OPTION,
      port: { type: 'string', short: 'p', description: 'port (default: 5173; 0 picks a free one)' },
      host: { type: 'string', description: 'address to bind (default: 127.0.0.1, this machine only)' },
  },
    load: () => import('./view.ts'),
  },
];
