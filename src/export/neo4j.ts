/**
 * Neo4j, two ways.
 *
 * `toCypher`: a script of idempotent statements for cypher-shell or the Browser: uniqueness
 * constraints, then `UNWIND [literal maps] AS row MERGE …` in batches of 500 rows, one batch
 * per entity type and per predicate (labels and relationship types cannot be parameters).
 * Entities are (:Entity:Country {key, label, aliases, mentions, docs}); relations are
 * [:SUPPLIES {key, modality, weight, docCount, firstDate, lastDate, sentences, …}];
 * (:Sentence {id, text, language})-[:IN]->(:Document {id, title, date, url, author}).
 *
 * `toNeo4jAdmin`: the CSV files of `neo4j-admin database import full` with typed headers
 * (`:ID(Entity)`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`, `:int`, `:string[]`), written by
 * csv-stringify through csv.ts's `csvTable` and left raw (no formula neutralising: the importer
 * would store the `'`). Arrays use neo4j-admin's default `;` array delimiter, not the `|` of the
 * other exports, so a `;` inside an array element becomes `,`.
 */
import { compareSentenceIds, compareStrings, type RelataGraph } from '../graph/model.ts';
import { csvTable } from './csv.ts';
import { sortedAliases } from './order.ts';

const BATCH = 500;

/** A Cypher literal: strings single-quoted with backslash escapes, lists, maps; undefined keys dropped. */
export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries.map(([k, v]) => `${/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : `\`${k.replace(/`/g, '``')}\``}: ${cypherLiteral(v)}`).join(', ')}}`;
  }
  const escaped = String(value).replace(/[\\'\u0000-\u001f\u2028\u2029]/g, (c) =>
    c === '\\'
      ? '\\\\'
      : c === "'"
        ? "\\'"
        : c === '\n'
          ? '\\n'
          : c === '\r'
            ? '\\r'
            : c === '\t'
              ? '\\t'
              : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `'${escaped}'`;
}

/** `member_of` → `MEMBER_OF`: Neo4j's convention for relationship types. */
const relationshipType = (predicate: string) => predicate.toUpperCase();

function batches<T>(rows: T[], statement: (literal: string) => string): string[] {
  const out: string[] = [];
  for (let i = 0; i < rows.length; i += BATCH)
    out.push(
      statement(
        `[\n  ${rows
          .slice(i, i + BATCH)
          .map(cypherLiteral)
          .join(',\n  ')}\n]`,
      ),
    );
  return out;
}

function groupBy<T>(items: T[], key: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const g = groups.get(k);
    if (g) g.push(item);
    else groups.set(k, [item]);
  }
  return [...groups].sort(([a], [b]) => compareStrings(a, b));
}

function entities(graph: RelataGraph) {
  return graph
    .nodes()
    .sort(compareStrings)
    .map((key) => {
      const a = graph.getNodeAttributes(key);
      return {
        key,
        label: a.label,
        type: a.type,
        aliases: [...new Set(sortedAliases(a.aliases).map((al) => al.text))],
        mentions: a.mentions,
        docs: a.docs,
      };
    });
}

function relations(graph: RelataGraph) {
  return graph
    .edges()
    .sort(compareStrings)
    .map((key) => {
      const a = graph.getEdgeAttributes(key);
      const [source, target] = graph.extremities(key);
      const evidence = [...a.evidence].sort((x, y) => compareSentenceIds(x.sentence, y.sentence));
      return {
        source,
        target,
        predicate: a.predicate,
        props: {
          key,
          modality: a.modality,
          weight: a.weight,
          docCount: a.docCount,
          firstDate: a.firstDate,
          lastDate: a.lastDate,
          role: a.role,
          code: a.code,
          sentences: evidence.map((ev) => ev.sentence),
          modalities: evidence.map((ev) => ev.modality),
        },
      };
    });
}

export function toCypher(graph: RelataGraph): string {
  const statements = [
    'CREATE CONSTRAINT relata_entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE',
    'CREATE CONSTRAINT relata_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT relata_sentence_id IF NOT EXISTS FOR (n:Sentence) REQUIRE n.id IS UNIQUE',
  ];
  for (const [type, rows] of groupBy(entities(graph), (e) => e.type)) {
    statements.push(
      ...batches(rows, (list) => `UNWIND ${list} AS row\nMERGE (n:Entity {key: row.key})\nSET n:${type}, n += row`),
    );
  }
  const documents = [...graph.getAttribute('documents')]
    .sort((a, b) => compareStrings(a.id, b.id))
    .map((d) => ({ id: d.id, title: d.title, date: d.date, url: d.url, author: d.author, sha256: d.sha256 }));
  statements.push(
    ...batches(documents, (list) => `UNWIND ${list} AS row\nMERGE (d:Document {id: row.id})\nSET d += row`),
  );
  const sentences = [...graph.getAttribute('sentences')]
    .sort((a, b) => compareSentenceIds(a.id, b.id))
    .map((s) => ({
      id: s.id,
      doc: s.doc,
      index: s.index,
      start: s.start,
      end: s.end,
      text: s.text,
      language: s.language,
    }));
  statements.push(
    ...batches(
      sentences,
      (list) =>
        `UNWIND ${list} AS row\nMERGE (s:Sentence {id: row.id})\nSET s += row\nWITH s, row\nMATCH (d:Document {id: row.doc})\nMERGE (s)-[:IN]->(d)`,
    ),
  );
  for (const [predicate, rows] of groupBy(relations(graph), (r) => r.predicate)) {
    statements.push(
      ...batches(
        rows,
        (list) =>
          `UNWIND ${list} AS row\nMATCH (s:Entity {key: row.source})\nMATCH (o:Entity {key: row.target})\nMERGE (s)-[r:${relationshipType(predicate)}]->(o)\nSET r += row.props`,
      ),
    );
  }
  return `// relata graph for Neo4j 5. Run: cypher-shell -u neo4j -p <password> -f graph.cypher\n${statements.map((s) => `${s};\n`).join('\n')}`;
}

const array = (items: string[]) => items.map((s) => s.replace(/;/g, ',')).join(';');

export function toNeo4jAdmin(graph: RelataGraph): Record<string, string> {
  const ents = entities(graph).map((e) => ({
    'key:ID(Entity)': e.key,
    label: e.label,
    type: e.type,
    'aliases:string[]': array(e.aliases),
    'mentions:int': e.mentions,
    'docs:string[]': array(e.docs),
    ':LABEL': `Entity;${e.type}`,
  }));
  const rels = relations(graph).map((r) => ({
    ':START_ID(Entity)': r.source,
    ':END_ID(Entity)': r.target,
    ':TYPE': relationshipType(r.predicate),
    key: r.props.key,
    modality: r.props.modality,
    'weight:int': r.props.weight,
    'docCount:int': r.props.docCount,
    firstDate: r.props.firstDate,
    lastDate: r.props.lastDate,
    role: r.props.role,
    code: r.props.code,
    'sentences:string[]': array(r.props.sentences),
    'modalities:string[]': array(r.props.modalities),
  }));
  const docs = [...graph.getAttribute('documents')]
    .sort((a, b) => compareStrings(a.id, b.id))
    .map((d) => ({
      'id:ID(Document)': d.id,
      title: d.title,
      date: d.date,
      url: d.url,
      author: d.author,
      sha256: d.sha256,
      ':LABEL': 'Document',
    }));
  const sents = [...graph.getAttribute('sentences')].sort((a, b) => compareSentenceIds(a.id, b.id));
  const table = (rows: Record<string, unknown>[], columns: string[]) => csvTable(columns, rows);
  return {
    'entities.csv': table(ents, [
      'key:ID(Entity)',
      'label',
      'type',
      'aliases:string[]',
      'mentions:int',
      'docs:string[]',
      ':LABEL',
    ]),
    'relations.csv': table(rels, [
      ':START_ID(Entity)',
      ':END_ID(Entity)',
      ':TYPE',
      'key',
      'modality',
      'weight:int',
      'docCount:int',
      'firstDate',
      'lastDate',
      'role',
      'code',
      'sentences:string[]',
      'modalities:string[]',
    ]),
    'documents.csv': table(docs, ['id:ID(Document)', 'title', 'date', 'url', 'author', 'sha256', ':LABEL']),
    'sentences.csv': table(
      sents.map((s) => ({
        'id:ID(Sentence)': s.id,
        doc: s.doc,
        'index:int': s.index,
        text: s.text,
        language: s.language,
        ':LABEL': 'Sentence',
      })),
      ['id:ID(Sentence)', 'doc', 'index:int', 'text', 'language', ':LABEL'],
    ),
    'in_document.csv': table(
      sents.map((s) => ({ ':START_ID(Sentence)': s.id, ':END_ID(Document)': s.doc, ':TYPE': 'IN' })),
      [':START_ID(Sentence)', ':END_ID(Document)', ':TYPE'],
    ),
  };
}

/** The import command for the files of `toNeo4jAdmin` written to DIR. */
export const NEO4J_ADMIN_COMMAND =
  'neo4j-admin database import full neo4j --overwrite-destination --multiline-fields=true ' +
  '--nodes=DIR/entities.csv --nodes=DIR/documents.csv --nodes=DIR/sentences.csv ' +
  '--relationships=DIR/relations.csv --relationships=DIR/in_document.csv';
