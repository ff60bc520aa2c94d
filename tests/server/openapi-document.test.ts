/**
 * The OpenAPI document itself: OpenAPI 3.1 whose schemas compile under strict JSON Schema 2020-12,
 * every problem kind described and listed, and summed up in the README; and the checks of
 * openapi-conformance.ts have teeth: shapes the server must not answer are refused.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { problemSchemaName } from '../../src/server/openapi-problems.ts';
import { PROBLEMS, type ProblemKind } from '../../src/server/problem.ts';
import { OPENAPI, ajv, conformance, pointer, validator } from './openapi-conformance.ts';

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 whose schemas all compile under strict JSON Schema 2020-12', () => {
    expect(OPENAPI.openapi).toBe('3.1.0');
    for (const name of Object.keys(OPENAPI.components.schemas))
      expect(() => validator(pointer('components', 'schemas', name)), name).not.toThrow();
    for (const [name, parameter] of Object.entries(OPENAPI.components.parameters))
      expect(() => ajv.compile(parameter.schema), name).not.toThrow();
    const operationIds = Object.values(OPENAPI.paths).map((item) => item.get.operationId);
    expect(new Set(operationIds).size).toBe(operationIds.length);
    for (const [template, item] of Object.entries(OPENAPI.paths)) {
      const inPath = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const declared = (item.get.parameters ?? []).flatMap((p) => ('in' in p && p.in === 'path' ? [p.name] : []));
      expect(declared, template).toEqual(inPath);
    }
  });

  it.each(Object.entries(PROBLEMS) as [ProblemKind, (typeof PROBLEMS)[ProblemKind]][])(
    'describes the problem kind %s and lists it',
    (kind, spec) => {
      expect(OPENAPI.components.schemas[problemSchemaName(kind)]).toMatchObject({
        properties: { type: { const: spec.type }, title: { const: spec.title }, status: { const: spec.status } },
      });
      expect(OPENAPI.info.description).toContain(`- \`${spec.type}\` (${spec.status} ${spec.title}): ${spec.about}`);
    },
  );

  it('is summed up in the README: every problem type with its status', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const spec of Object.values(PROBLEMS))
      expect(readme).toMatch(new RegExp(`\\| \`${spec.type.replace(/[.]/g, '\\.')}\` \\| [^|]*\\b${spec.status}\\b`));
  });

  // the checks have teeth: shapes the server must not answer are refused
  it.each([
    ['the old error shape', 'GET', '/api/match?limit=-1', 400, 'application/json', { error: 'relata/server: bad' }],
    [
      'a problem without detail',
      'GET',
      '/api/match?limit=-1',
      400,
      'application/problem+json',
      { type: 'https://relata.dev/problems/bad-parameter', title: 'Bad parameter', status: 400, parameter: 'limit' },
    ],
    [
      'a problem of another kind',
      'GET',
      '/api/entity/X',
      404,
      'application/problem+json',
      { type: 'about:blank', title: 'Not Found', status: 404, detail: 'x' },
    ],
    [
      'an undescribed member',
      'GET',
      '/api/entity/X',
      404,
      'application/problem+json',
      { type: 'https://relata.dev/problems/no-graph', title: 'No graph', status: 404, detail: 'x', hint: 'build' },
    ],
    ['a page without its offset', 'GET', '/api/match', 200, 'application/json', { total: 0, limit: 100, rows: [] }],
    [
      'a row with an undescribed field',
      'GET',
      '/api/query?q=x',
      200,
      'application/json',
      { variables: [], total: 1, offset: 0, limit: 100, rows: [{ bindings: {}, edges: [], evidence: 0, score: 1 }] },
    ],
    [
      'an undescribed status',
      'GET',
      '/api/entity/X',
      503,
      'application/problem+json',
      { type: 'about:blank', title: 'Service Unavailable', status: 503, detail: 'x' },
    ],
    [
      'a 405 without Allow',
      'POST',
      '/api/match',
      405,
      'application/problem+json',
      { type: 'about:blank', title: 'Method Not Allowed', status: 405, detail: 'x' },
    ],
  ])('refuses %s', (_, method, path, status, type, body) => {
    expect(
      conformance(method, path, { status, headers: { 'content-type': type }, body: JSON.stringify(body) }).problems,
    ).not.toEqual([]);
  });
});
