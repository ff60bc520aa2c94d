/**
 * The OpenAPI 3.1 description of the server of `relata view`, served at /api/openapi.json:
 * every route, parameter and response, and every problem kind (problem.ts). Its schemas are
 * JSON Schema 2020-12 and closed (`additionalProperties: false`), so a response shape the
 * document does not describe fails tests/server/openapi.test.ts. Vocabularies (entity types,
 * predicates, modalities, problem kinds) and the graph.json schema are taken from their one
 * definition, not copied.
 */
import { z } from 'zod';
import { GRAPH_SCHEMA } from '../graph/schema.ts';
import { QUERY_BUDGET } from '../query/evaluate.ts';
import { ISO_DATE } from '../query/filter.ts';
import { ENTITY_TYPES, MODALITIES, PREDICATES, type Language } from '../types.ts';
import {
  PROBLEM_CONTENT_TYPE,
  PROBLEMS,
  type ProblemKind,
  type ProblemKindSpec,
  type ProblemMember,
} from './problem.ts';

export type JsonSchema = { [keyword: string]: unknown };
export type Ref = { $ref: string };

export interface OpenApiHeader {
  description: string;
  required?: boolean;
  schema: JsonSchema;
}

export interface OpenApiResponse {
  description: string;
  headers?: Record<string, OpenApiHeader>;
  content: Record<string, { schema: JsonSchema }>;
}

export interface OpenApiParameter {
  name: string;
  in: 'query' | 'path';
  description: string;
  required?: boolean;
  schema: JsonSchema;
}

export interface OpenApiOperation {
  operationId: string;
  summary: string;
  description?: string;
  tags: string[];
  parameters?: (OpenApiParameter | Ref)[];
  responses: Record<string, OpenApiResponse | Ref>;
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: {
    title: string;
    version: string;
    summary: string;
    description: string;
    license: { name: string; identifier: string };
  };
  servers: { url: string; description: string; variables: Record<string, { default: string; description: string }> }[];
  tags: { name: string; description: string }[];
  paths: Record<string, { get: OpenApiOperation }>;
  components: {
    schemas: Record<string, JsonSchema>;
    parameters: Record<string, OpenApiParameter>;
    responses: Record<string, OpenApiResponse>;
  };
}

/** Paging of the list routes (/api/match, /api/query): rows offset…offset+limit of `total`. */
export const PAGE = { limit: 100, maxLimit: 10_000 } as const;

const JSON_MEDIA = 'application/json';
const schema = (name: string): Ref => ({ $ref: `#/components/schemas/${name}` });
const response = (name: string): Ref => ({ $ref: `#/components/responses/${name}` });
const parameter = (name: string): Ref => ({ $ref: `#/components/parameters/${name}` });

/** `bad-parameter` → `BadParameterProblem`. */
export const problemSchemaName = (kind: ProblemKind): string =>
  `${kind.replace(/(^|-)(\w)/g, (_, _dash: string, c: string) => c.toUpperCase())}Problem`;

const MEMBER_SCHEMAS = {
  parameter: { type: 'string', description: 'The query parameter at fault (`name` for the entity name in the path).' },
  position: { type: 'integer', minimum: 0, description: 'Offset of the fault in the pattern `q` (0-based).' },
  suggestions: {
    type: 'array',
    items: { type: 'string' },
    description: 'Labels of entities with a close name or alias, closest first (at most 5).',
  },
} satisfies Record<ProblemMember, JsonSchema>;

function problemKindSchema(kind: ProblemKind): JsonSchema {
  const spec: ProblemKindSpec = PROBLEMS[kind];
  const members = Object.entries(spec.members ?? {}) as [ProblemMember, 'always' | 'sometimes'][];
  const required = members.filter(([, when]) => when === 'always').map(([name]) => name);
  return {
    type: 'object',
    description: spec.about,
    allOf: [schema('Problem')],
    properties: {
      type: { const: spec.type },
      title: { const: spec.title },
      status: { const: spec.status },
      ...Object.fromEntries(members.map(([name]) => [name, MEMBER_SCHEMAS[name]])),
    },
    ...(required.length > 0 && { required }),
    unevaluatedProperties: false,
  };
}

const KINDS = Object.keys(PROBLEMS) as ProblemKind[];

/** A problem response: one kind, or one of several kinds with the same status. */
function problems(description: string, ...kinds: ProblemKind[]): OpenApiResponse {
  const refs = kinds.map((kind) => schema(problemSchemaName(kind)));
  return {
    description,
    content: { [PROBLEM_CONTENT_TYPE]: { schema: refs.length === 1 ? refs[0] : { oneOf: refs } } },
  };
}

const json = (description: string, body: JsonSchema): OpenApiResponse => ({
  description,
  content: { [JSON_MEDIA]: { schema: body } },
});

const closed = (properties: Record<string, JsonSchema>, required: string[], description?: string): JsonSchema => ({
  type: 'object',
  ...(description && { description }),
  properties,
  required,
  additionalProperties: false,
});

const str = (description?: string): JsonSchema => ({ type: 'string', ...(description && { description }) });
const count = (description?: string): JsonSchema => ({
  type: 'integer',
  minimum: 0,
  ...(description && { description }),
});
const isoDate = (description: string): JsonSchema => ({
  type: 'string',
  pattern: ISO_DATE.source,
  description,
  examples: ['2024', '2024-08', '2024-08-12'],
});

const LANGUAGES = ['fr', 'en', 'other'] as const satisfies readonly Language[];

/** graph.json, from the store's own schema (src/graph/schema.ts, graph/README.md). */
function graphJsonSchema(): JsonSchema {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(GRAPH_SCHEMA) as JsonSchema;
  return schema;
}

const pageOf = (rows: JsonSchema, description: string, extra: Record<string, JsonSchema> = {}): JsonSchema =>
  closed(
    {
      ...extra,
      total: count('Rows before paging.'),
      offset: count('The `offset` asked for.'),
      limit: count('The `limit` asked for (or its default).'),
      rows: {
        type: 'array',
        items: rows,
        description: 'Rows offset…offset+limit of the sorted answer (empty past the end).',
      },
    },
    [...Object.keys(extra), 'total', 'offset', 'limit', 'rows'],
    description,
  );

const nullable = (s: JsonSchema): JsonSchema => ({ anyOf: [s, { type: 'null' }] });
const list = (item: string, description?: string): JsonSchema => ({
  type: 'array',
  items: schema(item),
  ...(description && { description }),
});
const EDGE_ENDS = {
  key: str('Edge key, `subjectKey|predicate|objectKey`.'),
  subject: str('Subject label.'),
  subjectKey: str(),
  predicate: schema('Predicate'),
  object: str('Object label.'),
  objectKey: str(),
} satisfies Record<string, JsonSchema>;

/** The answer of /api/diff: `GraphDiff` of src/graph/diff.ts. */
const DIFF_SCHEMAS: Record<string, JsonSchema> = {
  DiffDocument: closed({ id: str(), title: str(), date: str() }, ['id']),
  EntityChange: closed(
    {
      change: { type: 'string', enum: ['entity-added', 'entity-removed'] },
      key: str('Node key.'),
      label: str(),
      type: schema('EntityType'),
      docCount: count('Documents that mention it.'),
      x: { type: 'number', description: 'Its place in the graph it is in (a removed entity: the older graph).' },
      y: { type: 'number' },
    },
    ['change', 'key', 'label', 'type', 'docCount', 'x', 'y'],
  ),
  RelationChange: closed(
    {
      change: { type: 'string', enum: ['relation-added', 'relation-removed', 'strengthened', 'weakened'] },
      ...EDGE_ENDS,
      modality: schema('Modality'),
      docCountBefore: count('Supporting documents before.'),
      docCountAfter: count('Supporting documents after.'),
      weightBefore: count('Supporting sentences before.'),
      weightAfter: count('Supporting sentences after.'),
      docsAdded: { type: 'array', items: str(), description: 'Documents supporting it now and not before.' },
      docsRemoved: { type: 'array', items: str(), description: 'Documents supporting it before and not now.' },
    },
    [
      'change',
      ...Object.keys(EDGE_ENDS),
      'modality',
      'docCountBefore',
      'docCountAfter',
      'weightBefore',
      'weightAfter',
      'docsAdded',
      'docsRemoved',
    ],
    'A relation added, removed, or supported by more (strengthened) or fewer (weakened) documents.',
  ),
  ModalityChange: closed(
    {
      change: {
        type: 'string',
        enum: ['modality', 'fulfilled', 'denied'],
        description:
          '`fulfilled`: a pledge s→t, then s supplies t asserted; `denied`: a fact (asserted or reported) now negated or with new negated evidence; `modality`: any other change of the edge modality.',
      },
      ...EDGE_ENDS,
      before: nullable(schema('Modality')),
      after: schema('Modality'),
      modality: schema('Modality'),
      direction: { type: 'string', enum: ['upgrade', 'downgrade'] },
      pledge: str('For `fulfilled`: the key of the pledge edge.'),
      sentences: {
        type: 'array',
        items: str(),
        description: 'The new evidence with the `after` modality (sentence ids, `doc#index`).',
      },
    },
    ['change', ...Object.keys(EDGE_ENDS), 'before', 'after', 'modality', 'direction', 'sentences'],
  ),
  DiffSummary: closed(
    {
      documentsAdded: count(),
      documentsRemoved: nullable(count()),
      entitiesAdded: count(),
      entitiesRemoved: nullable(count()),
      relationsAdded: count(),
      relationsRemoved: nullable(count()),
      strengthened: count(),
      weakened: nullable(count()),
      modalityChanges: count('All modality changes, fulfilled and denied included.'),
      fulfilled: count(),
      denied: count(),
      changes: count('Change records in all (entities, relations, modality changes).'),
    },
    [
      'documentsAdded',
      'documentsRemoved',
      'entitiesAdded',
      'entitiesRemoved',
      'relationsAdded',
      'relationsRemoved',
      'strengthened',
      'weakened',
      'modalityChanges',
      'fulfilled',
      'denied',
      'changes',
    ],
    'Counts; null where one graph cannot tell.',
  ),
  GraphDiff: closed(
    {
      mode: { type: 'string', enum: ['graphs', 'since'] },
      since: nullable(str()),
      removals: {
        type: 'boolean',
        description: 'Whether removals and weakenings are known (false for one graph and a date).',
      },
      baseline: {
        type: 'string',
        description:
          'The snapshot compared with (`snapshots/<name>.json` in the store), when one was taken before `since`.',
      },
      documents: closed({ added: list('DiffDocument'), removed: nullable(list('DiffDocument')) }, ['added', 'removed']),
      entities: closed({ added: list('EntityChange'), removed: nullable(list('EntityChange')) }, ['added', 'removed']),
      relations: closed(
        {
          added: list('RelationChange'),
          removed: nullable(list('RelationChange')),
          strengthened: list('RelationChange'),
          weakened: nullable(list('RelationChange')),
        },
        ['added', 'removed', 'strengthened', 'weakened'],
      ),
      modality: list('ModalityChange', 'Modality changes, by edge key.'),
      summary: schema('DiffSummary'),
    },
    ['mode', 'since', 'removals', 'documents', 'entities', 'relations', 'modality', 'summary'],
    'What changed; every list sorted by key.',
  ),
};

/** The 500 of a route that reads the graph. */
const GRAPH_500 = problems('graph.json is damaged, or something unexpected failed.', 'damaged-graph', 'internal-error');

const COMMON = { 421: response('MisdirectedRequest') } as const;

const DESCRIPTION = `The read-only HTTP API of \`relata view\`, beside the viewer and its graph.json.

Answers are JSON. Every error, on any path, is an RFC 9457 problem (\`${PROBLEM_CONTENT_TYPE}\`) with \`type\`, \`title\`, \`status\` and \`detail\`; the kinds:

${KINDS.map((kind) => `- \`${PROBLEMS[kind].type}\` (${PROBLEMS[kind].status} ${PROBLEMS[kind].title}): ${PROBLEMS[kind].about}`).join('\n')}

Any path not listed here gets a 404 (components.responses.NotFound); any method but GET and HEAD a 405 (components.responses.MethodNotAllowed). HEAD answers as GET, without a body.

The list routes (/api/match, /api/query) page with \`offset\` (default 0) and \`limit\` (default ${PAGE.limit}, at most ${PAGE.maxLimit}) and give the \`total\` before paging. A pattern query has a work budget (${QUERY_BUDGET.steps.toLocaleString('en')} candidate edges or ${QUERY_BUDGET.ms / 1000} s); \`limit\` bounds the answer, not the work.`;

/** The OpenAPI 3.1 document, made on first use (generating the graph.json schema from zod takes a while). */
export const openApiDocument = (): OpenApiDocument => (document ??= makeDocument());

let document: OpenApiDocument | undefined;

const makeDocument = (): OpenApiDocument => ({
  openapi: '3.1.0',
  info: {
    title: 'relata',
    version: '1.0.0',
    summary: 'Query a knowledge graph built from news: triples with their evidence, entities, triple patterns.',
    description: DESCRIPTION,
    license: { name: 'MIT', identifier: 'MIT' },
  },
  servers: [
    {
      url: 'http://{host}:{port}',
      description: '`relata view [--host HOST] [--port PORT]`',
      variables: {
        host: { default: '127.0.0.1', description: 'the `--host` given' },
        port: { default: '5173', description: 'the `--port` given' },
      },
    },
  ],
  tags: [
    { name: 'api', description: 'The JSON API over the graph.' },
    { name: 'viewer', description: 'The viewer and the graph file it reads.' },
  ],
  paths: {
    '/api/match': {
      get: {
        operationId: 'match',
        summary: 'Triples matching a filter, with the evidence that counts under it.',
        description:
          'Names resolve through aliases in both languages; an unknown name matches nothing. Rows are sorted by subject, predicate and object labels.',
        tags: ['api'],
        parameters: [
          { name: 'subject', in: 'query', description: 'A name, alias (either language) or key.', schema: str() },
          {
            name: 'predicate',
            in: 'query',
            description: 'A predicate of the vocabulary.',
            schema: schema('Predicate'),
          },
          { name: 'object', in: 'query', description: 'A name, alias (either language) or key.', schema: str() },
          { name: 'subjectType', in: 'query', description: "The subject's entity type.", schema: schema('EntityType') },
          { name: 'objectType', in: 'query', description: "The object's entity type.", schema: schema('EntityType') },
          parameter('modality'),
          parameter('from'),
          parameter('to'),
          { name: 'doc', in: 'query', description: 'Only evidence from this document (its id) counts.', schema: str() },
          {
            name: 'minEvidence',
            in: 'query',
            description: 'At least this many counted evidence sentences.',
            schema: count(),
          },
          parameter('offset'),
          parameter('limit'),
        ],
        responses: {
          200: json('A page of triples.', schema('MatchPage')),
          400: problems('A parameter is unknown, repeated or out of range.', 'bad-parameter'),
          404: problems('There is no graph.json.', 'no-graph'),
          ...COMMON,
          500: GRAPH_500,
        },
      },
    },
    '/api/entity/{name}': {
      get: {
        operationId: 'entity',
        summary: 'One entity: type, aliases, degree, documents.',
        tags: ['api'],
        parameters: [
          {
            name: 'name',
            in: 'path',
            required: true,
            description: 'A name, alias (either language) or key, URL-encoded.',
            schema: { type: 'string', minLength: 1 },
          },
        ],
        responses: {
          200: json('The entity.', schema('Entity')),
          400: problems('A query parameter was given (the route takes none).', 'bad-parameter'),
          404: problems(
            'No entity has this name (with suggestions), or there is no graph.json.',
            'unknown-entity',
            'no-graph',
          ),
          ...COMMON,
          500: GRAPH_500,
        },
      },
    },
    '/api/query': {
      get: {
        operationId: 'query',
        summary: 'Rows of a triple-pattern query (`?x supplies ?item . ?x member_of NATO`).',
        description:
          'Patterns are joined like SPARQL basic graph patterns; shared variables join. Rows are sorted by the labels of their bindings.',
        tags: ['api'],
        parameters: [
          {
            name: 'q',
            in: 'query',
            required: true,
            description: 'Triple patterns separated by `.`; `?name` is a variable.',
            schema: { type: 'string', minLength: 1, examples: ['?giver supplies Ukraine'] },
          },
          {
            name: 'type',
            in: 'query',
            description: 'The entity type of the first variable that binds entities.',
            schema: schema('EntityType'),
          },
          parameter('modality'),
          parameter('from'),
          parameter('to'),
          parameter('offset'),
          parameter('limit'),
          {
            name: 'evidence',
            in: 'query',
            description: 'Attach the counted evidence sentences to each row.',
            schema: { type: 'string', enum: ['0', '1', 'true', 'false'], default: '0' },
          },
        ],
        responses: {
          200: json('A page of rows.', schema('QueryPage')),
          400: problems(
            'A parameter is unknown, repeated or out of range, or the pattern does not parse.',
            'bad-parameter',
            'query-syntax',
          ),
          404: problems(
            'The pattern names an unknown entity (with suggestions), or there is no graph.json.',
            'unknown-entity',
            'no-graph',
          ),
          ...COMMON,
          500: GRAPH_500,
          503: problems('The query needs more work than its budget.', 'query-budget'),
        },
      },
    },
    '/api/diff': {
      get: {
        operationId: 'diff',
        summary:
          'What changed in the graph since a date: entities and relations added, relations with new documents, modality changes.',
        description:
          'The graph split by the dates of its documents: evidence from documents dated before `since`, or undated, is the old graph; all of it is the new. One graph cannot tell what was removed or weakened: those lists are null and `removals` is false (`relata diff <old> <new>` compares two graphs). Lists are sorted by key.',
        tags: ['api'],
        parameters: [
          {
            name: 'since',
            in: 'query',
            required: true,
            description: 'The date the changes are counted from, inclusive (`2024-08` = from August).',
            schema: isoDate('An ISO date: year, month or day.'),
          },
        ],
        responses: {
          200: json('The changes.', schema('GraphDiff')),
          400: problems('`since` is missing or not a date, or another parameter was given.', 'bad-parameter'),
          404: problems('There is no graph.json.', 'no-graph'),
          ...COMMON,
          500: GRAPH_500,
        },
      },
    },
    '/api/openapi.json': {
      get: {
        operationId: 'openapi',
        summary: 'This document.',
        tags: ['api'],
        responses: {
          200: json('The OpenAPI 3.1 description of the server.', schema('OpenApiDocument')),
          400: problems('A query parameter was given (the route takes none).', 'bad-parameter'),
          ...COMMON,
          500: response('InternalError'),
        },
      },
    },
    '/graph.json': {
      get: {
        operationId: 'graph',
        summary: 'The whole graph, as stored (graphology JSON; graph/README.md).',
        tags: ['viewer'],
        responses: {
          200: json('graph.json as it is on disk.', schema('Graph')),
          404: problems('There is no graph.json.', 'no-graph'),
          ...COMMON,
          500: response('InternalError'),
        },
      },
    },
    '/': {
      get: {
        operationId: 'viewer',
        summary: 'The viewer.',
        tags: ['viewer'],
        responses: {
          200: { description: "The viewer's index.html.", content: { 'text/html': { schema: { type: 'string' } } } },
          503: problems('The viewer is not built.', 'viewer-not-built'),
          ...COMMON,
          500: response('InternalError'),
        },
      },
    },
    '/{file}': {
      get: {
        operationId: 'viewerFile',
        summary: 'A file of the built viewer (script, style sheet, image).',
        tags: ['viewer'],
        parameters: [
          {
            name: 'file',
            in: 'path',
            required: true,
            description:
              'The path of a file under the viewer folder; it may span segments (`assets/index.js`). Not under /api/.',
            schema: { type: 'string', minLength: 1 },
          },
        ],
        responses: {
          200: {
            description: 'The file, with the content type of its extension.',
            content: { '*/*': { schema: { type: 'string' } } },
          },
          404: response('NotFound'),
          503: problems('The viewer is not built.', 'viewer-not-built'),
          ...COMMON,
          500: response('InternalError'),
        },
      },
    },
  },
  components: {
    schemas: {
      Problem: {
        type: 'object',
        description:
          'RFC 9457 problem details. Extension members (`parameter`, `position`, `suggestions`) come with some kinds.',
        properties: {
          type: {
            type: 'string',
            description:
              'A URI naming the kind: https://relata.dev/problems/<kind>, or about:blank for a plain HTTP error.',
            enum: [...new Set(KINDS.map((kind) => PROBLEMS[kind].type))],
          },
          title: { type: 'string', description: 'The summary of the kind; the same for every problem of the kind.' },
          status: { type: 'integer', minimum: 400, maximum: 599, description: 'The HTTP status.' },
          detail: {
            type: 'string',
            description:
              'What went wrong with this request, for a person (starts with the module: `relata/server: …`).',
          },
        },
        required: ['type', 'title', 'status', 'detail'],
      },
      ...Object.fromEntries(KINDS.map((kind) => [problemSchemaName(kind), problemKindSchema(kind)])),
      EntityType: { type: 'string', enum: [...ENTITY_TYPES] },
      Predicate: { type: 'string', enum: [...PREDICATES] },
      Modality: {
        type: 'string',
        enum: [...MODALITIES],
        description: 'asserted and reported are facts; negated and hypothetical are kept apart.',
      },
      Span: closed({ start: count(), end: count() }, ['start', 'end'], 'Start and end offsets into the document text.'),
      EvidenceRow: closed(
        {
          doc: str('Document id.'),
          date: str("The document's date (ISO 8601)."),
          sentence: str('The sentence.'),
          sentenceIndex: count('Its position in the document.'),
          start: count('The sentence: its start offset in the document text.'),
          end: count('Its end offset.'),
          language: { type: 'string', enum: ['fr', 'en', 'other'] },
          modality: schema('Modality'),
          attributedTo: str('Who said it, for reported speech.'),
          rule: str('The rule that read it.'),
          cue: str('The verb or noun it was read from.'),
          confidence: { type: 'number', minimum: 0, maximum: 1 },
          subjectSpan: schema('Span'),
          objectSpan: schema('Span'),
        },
        [
          'doc',
          'sentence',
          'sentenceIndex',
          'start',
          'end',
          'language',
          'modality',
          'rule',
          'cue',
          'confidence',
          'subjectSpan',
          'objectSpan',
        ],
        'One sentence behind a triple: the provenance shape of `relata extract` (README, "Provenance").',
      ),
      TripleRow: closed(
        {
          key: str('Edge key.'),
          subject: str('Subject label.'),
          subjectKey: str(),
          subjectType: schema('EntityType'),
          predicate: schema('Predicate'),
          object: str('Object label.'),
          objectKey: str(),
          objectType: schema('EntityType'),
          modality: schema('Modality'),
          weight: count('All supporting sentences of the edge.'),
          docCount: count('All supporting documents of the edge.'),
          firstDate: str(),
          lastDate: str(),
          evidence: {
            type: 'array',
            items: schema('EvidenceRow'),
            description: 'The evidence that counts under the filter.',
          },
        },
        [
          'key',
          'subject',
          'subjectKey',
          'subjectType',
          'predicate',
          'object',
          'objectKey',
          'objectType',
          'modality',
          'weight',
          'docCount',
          'evidence',
        ],
      ),
      MatchPage: pageOf(schema('TripleRow'), 'Triples sorted by subject, predicate and object.'),
      Alias: closed({ text: str(), language: { type: 'string', enum: [...LANGUAGES] }, count: count() }, [
        'text',
        'language',
        'count',
      ]),
      Entity: closed(
        {
          key: str(),
          label: str(),
          type: schema('EntityType'),
          aliases: {
            type: 'array',
            items: schema('Alias'),
            description: 'Every surface form seen, most frequent first.',
          },
          degree: count('Relations in and out.'),
          documents: {
            type: 'array',
            items: closed({ id: str(), title: str(), date: str() }, ['id']),
            description: 'The documents that mention it, by id.',
          },
        },
        ['key', 'label', 'type', 'aliases', 'degree', 'documents'],
      ),
      Binding: closed(
        { key: str('Node key, or the predicate for a relation variable.'), label: str(), type: schema('EntityType') },
        ['key', 'label'],
      ),
      QueryRow: closed(
        {
          bindings: {
            type: 'object',
            additionalProperties: schema('Binding'),
            description: 'A value for each variable.',
          },
          edges: { type: 'array', items: str(), description: 'The edge bound by each pattern, in pattern order.' },
          evidence: count('Counted evidence sentences over the edges.'),
          sentences: {
            type: 'array',
            items: schema('EvidenceRow'),
            description: 'With `evidence=1`: those sentences.',
          },
        },
        ['bindings', 'edges', 'evidence'],
      ),
      QueryPage: pageOf(schema('QueryRow'), 'Rows sorted by the labels of their bindings.', {
        variables: { type: 'array', items: str(), description: 'Variable names, in order of first appearance.' },
      }),
      ...DIFF_SCHEMAS,
      Graph: graphJsonSchema(),
      OpenApiDocument: {
        type: 'object',
        description: 'An OpenAPI 3.1 document (https://spec.openapis.org/oas/v3.1.0).',
        properties: {
          openapi: { const: '3.1.0' },
          info: { type: 'object' },
          paths: { type: 'object' },
          components: { type: 'object' },
        },
        required: ['openapi', 'info', 'paths', 'components'],
      },
    },
    parameters: {
      modality: {
        name: 'modality',
        in: 'query',
        description: 'Only evidence with one of these modalities counts (comma-separated).',
        schema: {
          type: 'string',
          pattern: `^(${MODALITIES.join('|')})(,(${MODALITIES.join('|')}))*$`,
          examples: ['asserted,reported'],
        },
      },
      from: {
        name: 'from',
        in: 'query',
        description: 'Only evidence from documents dated on or after this date counts (`2024-08` = from August).',
        schema: isoDate('An ISO date: year, month or day.'),
      },
      to: {
        name: 'to',
        in: 'query',
        description:
          'Only evidence from documents dated on or before this date counts (`2024-08` = to the end of August).',
        schema: isoDate('An ISO date: year, month or day.'),
      },
      offset: {
        name: 'offset',
        in: 'query',
        description: 'Rows to skip.',
        schema: { type: 'integer', minimum: 0, default: 0 },
      },
      limit: {
        name: 'limit',
        in: 'query',
        description: 'At most this many rows.',
        schema: { type: 'integer', minimum: 0, maximum: PAGE.maxLimit, default: PAGE.limit },
      },
    },
    responses: {
      NotFound: problems(PROBLEMS['not-found'].about, 'not-found'),
      MethodNotAllowed: {
        ...problems(PROBLEMS['method-not-allowed'].about, 'method-not-allowed'),
        headers: {
          Allow: {
            description: 'The methods the server answers.',
            required: true,
            schema: { type: 'string', const: 'GET, HEAD' },
          },
        },
      },
      MisdirectedRequest: problems(PROBLEMS['misdirected-request'].about, 'misdirected-request'),
      InternalError: problems(PROBLEMS['internal-error'].about, 'internal-error'),
    },
  },
});
