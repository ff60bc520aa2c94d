/**
 * The OpenAPI 3.1 description of the server of `relata view`, served at /api/openapi.json:
 * every route, parameter and response, and every problem kind (problem.ts). Its schemas are
 * JSON Schema 2020-12 and closed (`additionalProperties: false`), so a response shape the
 * document does not describe fails tests/server/openapi.test.ts. Vocabularies (entity types,
 * predicates, modalities, problem kinds) and the graph.json schema are taken from their one
 * definition, not copied. The paths are in openapi-paths.ts, the components in openapi-components.ts.
 */
import { QUERY_BUDGET } from '../query/evaluate.ts';
import { components } from './openapi-components.ts';
import { PAGE } from './openapi-parameters.ts';
import { paths } from './openapi-paths.ts';
import { KINDS } from './openapi-problems.ts';
import type { OpenApiDocument } from './openapi-schema.ts';
import { PROBLEM_CONTENT_TYPE, PROBLEMS } from './problem.ts';

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
  paths: paths(),
  components: components(),
});
