/**
 * The building blocks of the OpenAPI document (openapi.ts): its types, `$ref`s to its components,
 * and the few JSON Schema shapes it writes many times (closed objects, strings, counts, dates, pages).
 */
import { ISO_DATE } from '../query/filter.ts';

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

const JSON_MEDIA = 'application/json';

/** A reference to the schema `name` of components.schemas. */
export const schema = (name: string): Ref => ({ $ref: `#/components/schemas/${name}` });
/** A reference to the response `name` of components.responses. */
export const response = (name: string): Ref => ({ $ref: `#/components/responses/${name}` });
/** A reference to the parameter `name` of components.parameters. */
export const parameter = (name: string): Ref => ({ $ref: `#/components/parameters/${name}` });

/** A JSON response with this body. */
export const json = (description: string, body: JsonSchema): OpenApiResponse => ({
  description,
  content: { [JSON_MEDIA]: { schema: body } },
});

/** An object with exactly these properties (`additionalProperties: false`). */
export const closed = (
  properties: Record<string, JsonSchema>,
  required: string[],
  description?: string,
): JsonSchema => ({
  type: 'object',
  ...(description && { description }),
  properties,
  required,
  additionalProperties: false,
});

/** A string. */
export const str = (description?: string): JsonSchema => ({ type: 'string', ...(description && { description }) });
/** An integer ≥ 0. */
export const count = (description?: string): JsonSchema => ({
  type: 'integer',
  minimum: 0,
  ...(description && { description }),
});
/** An ISO date of the `from`, `to` and `since` filters: year, month or day. */
export const isoDate = (description: string): JsonSchema => ({
  type: 'string',
  pattern: ISO_DATE.source,
  description,
  examples: ['2024', '2024-08', '2024-08-12'],
});

/** One page of a list route: `rows` of this schema, with `total`, `offset`, `limit` (and `extra` first). */
export const pageOf = (rows: JsonSchema, description: string, extra: Record<string, JsonSchema> = {}): JsonSchema =>
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

/** The schema, or null. */
export const nullable = (s: JsonSchema): JsonSchema => ({ anyOf: [s, { type: 'null' }] });
/** An array of the schema `item` of components.schemas. */
export const list = (item: string, description?: string): JsonSchema => ({
  type: 'array',
  items: schema(item),
  ...(description && { description }),
});
