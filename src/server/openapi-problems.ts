/**
 * The problems of the OpenAPI document (openapi.ts): one schema per problem kind of problem.ts,
 * extending the RFC 9457 `Problem`, and the problem responses the routes share.
 */
import {
  PROBLEM_CONTENT_TYPE,
  PROBLEMS,
  type ProblemKind,
  type ProblemKindSpec,
  type ProblemMember,
} from './problem.ts';
import { schema, type JsonSchema, type OpenApiResponse } from './openapi-schema.ts';

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

/** Every problem kind, in the order of problem.ts. */
export const KINDS = Object.keys(PROBLEMS) as ProblemKind[];

/** A problem response: one kind, or one of several kinds with the same status. */
export function problems(description: string, ...kinds: ProblemKind[]): OpenApiResponse {
  const refs = kinds.map((kind) => schema(problemSchemaName(kind)));
  return {
    description,
    content: { [PROBLEM_CONTENT_TYPE]: { schema: refs.length === 1 ? refs[0]! : { oneOf: refs } } },
  };
}

/** components.schemas for problems: `Problem`, then one schema per kind (`BadParameterProblem`…). */
export const problemSchemas = (): Record<string, JsonSchema> => ({
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
        description: 'What went wrong with this request, for a person (starts with the module: `relata/server: …`).',
      },
    },
    required: ['type', 'title', 'status', 'detail'],
  },
  ...Object.fromEntries(KINDS.map((kind) => [problemSchemaName(kind), problemKindSchema(kind)])),
});

/** components.responses: the problems any path may answer. */
export const problemResponses = (): Record<string, OpenApiResponse> => ({
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
});
