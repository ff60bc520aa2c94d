/**
 * The query parameters several routes of the OpenAPI document share (components.parameters):
 * the evidence filters (`modality`, `from`, `to`) and paging (`offset`, `limit`).
 */
import { MODALITIES } from '../types.ts';
import { isoDate, type OpenApiParameter } from './openapi-schema.ts';

/** Paging of the list routes (/api/match, /api/query): rows offset…offset+limit of `total`. */
export const PAGE = { limit: 100, maxLimit: 10_000 } as const;

/** components.parameters. */
export const PARAMETERS: Record<string, OpenApiParameter> = {
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
    description: 'Only evidence from documents dated on or before this date counts (`2024-08` = to the end of August).',
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
};
