/**
 * The paths of the OpenAPI document (openapi.ts): every route of the server, its parameters and
 * its responses, problems included.
 */
import { problems } from './openapi-problems.ts';
import { count, isoDate, json, parameter, response, schema, str, type OpenApiDocument } from './openapi-schema.ts';

/** The 500 of a route that reads the graph. */
const GRAPH_500 = problems('graph.json is damaged, or something unexpected failed.', 'damaged-graph', 'internal-error');

/** The responses every route may give besides its own: 421, when the `Host` header is not one the server answers to. */
const COMMON = { 421: response('MisdirectedRequest') } as const;

/** paths: every route, by path. */
export const paths = (): OpenApiDocument['paths'] => ({
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
});
