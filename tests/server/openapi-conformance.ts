/**
 * The OpenAPI document as a JSON Schema resource, for the OpenAPI tests (openapi*.test.ts), a plain
 * module (importing it registers no tests): ajv in strict mode over the document, where it
 * describes the answer to a request, and whether an answer (status, content type, headers, body)
 * conforms to that description.
 */
import Ajv2020 from 'ajv/dist/2020';
import type { OpenApiResponse, Ref } from '../../src/server/openapi-schema.ts';
import { openApiDocument } from '../../src/server/openapi.ts';

export const OPENAPI = openApiDocument();

/** An answer as the server sent it. */
export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

const DOC_ID = 'https://relata.dev/openapi.json';
export const ajv = new Ajv2020({ strict: true, allErrors: true });
ajv.addVocabulary(['openapi', 'info', 'servers', 'tags', 'paths', 'components']); // the OpenAPI document around the schemas
ajv.addSchema(JSON.parse(JSON.stringify(OPENAPI)), DOC_ID);

const escapePointer = (part: string) => part.replace(/~/g, '~0').replace(/\//g, '~1');
export const pointer = (...parts: (string | number)[]) => `#/${parts.map((p) => escapePointer(String(p))).join('/')}`;
export const validator = (at: string) => {
  const validate = ajv.getSchema(`${DOC_ID}${at}`);
  if (!validate) throw new Error(`no schema at ${at}`);
  return validate;
};

const isRef = (r: OpenApiResponse | Ref): r is Ref => '$ref' in r;
const componentResponse = (ref: string): OpenApiResponse =>
  OPENAPI.components.responses[ref.replace('#/components/responses/', '')];

/** The path template a request path falls under: concrete paths first, a template's parameter takes the rest of the path. */
function templateOf(path: string): string | undefined {
  const templates = Object.keys(OPENAPI.paths).filter((t) => t.startsWith('/api/') === path.startsWith('/api/'));
  const concrete = templates.find((t) => t === path);
  if (concrete) return concrete;
  return templates
    .filter((t) => t.includes('{'))
    .sort((a, b) => b.length - a.length)
    .find((t) => new RegExp(`^${t.replace(/[.]/g, '\\.').replace(/\{\w+\}/g, '.+')}$`).test(path));
}

/** Where the document describes the answer to `method path` with `status`, or why it does not. */
function describedAt(method: string, path: string, status: number): { at: string; response: OpenApiResponse } | string {
  const other = (name: string, expected: number) =>
    status === expected
      ? { at: pointer('components', 'responses', name), response: OPENAPI.components.responses[name] }
      : `${method} ${path}: ${status}, not the ${expected} of components.responses.${name}`;
  if (method !== 'GET' && method !== 'HEAD') return other('MethodNotAllowed', 405);
  const template = templateOf(path);
  if (!template) return other('NotFound', 404);
  const described = OPENAPI.paths[template].get.responses[status];
  if (!described) return `GET ${template} does not describe status ${status}`;
  if (isRef(described))
    return { at: described.$ref.slice(described.$ref.indexOf('#')), response: componentResponse(described.$ref) };
  return { at: pointer('paths', template, 'get', 'responses', status), response: described };
}

const mediaType = (header: string | undefined) => (header ?? '').split(';')[0].trim();
const isJSON = (media: string) => media === 'application/json' || media.endsWith('+json');

/** The problems with an answer, measured against the document; [] when it conforms. */
export function conformance(method: string, path: string, answer: Answer): { at?: string; problems: string[] } {
  const found = describedAt(method, path.split('?')[0], answer.status);
  if (typeof found === 'string') return { problems: [found] };
  const { at, response } = found;
  const problems: string[] = [];
  for (const [name, header] of Object.entries(response.headers ?? {})) {
    const value = answer.headers[name.toLowerCase()];
    if (value === undefined) {
      if (header.required) problems.push(`missing header ${name}`);
    } else if (!validator(`${at}/headers/${escapePointer(name)}/schema`)(value))
      problems.push(`header ${name}: ${JSON.stringify(value)}`);
  }
  const media = mediaType(answer.headers['content-type'] as string | undefined);
  const key = media in response.content ? media : '*/*' in response.content ? '*/*' : undefined;
  if (!key)
    return {
      at,
      problems: [
        ...problems,
        `content type ${JSON.stringify(media)} not among ${Object.keys(response.content).join(', ')}`,
      ],
    };
  if (method === 'HEAD') return { at, problems: answer.body === '' ? problems : [...problems, 'a body to HEAD'] };
  const validate = validator(`${at}/content/${escapePointer(key)}/schema`);
  let body: unknown = answer.body;
  if (isJSON(key)) {
    try {
      body = JSON.parse(answer.body);
    } catch {
      return { at, problems: [...problems, `not JSON: ${answer.body.slice(0, 80)}`] };
    }
  }
  if (!validate(body))
    problems.push(
      ...(validate.errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message} ${JSON.stringify(e.params)}`),
    );
  return { at, problems };
}

/** Every response the document describes: each operation's own, and each shared one in components. */
export function describedResponses(): string[] {
  const own = Object.entries(OPENAPI.paths).flatMap(([template, item]) =>
    Object.entries(item.get.responses)
      .filter(([, r]) => !isRef(r))
      .map(([status]) => pointer('paths', template, 'get', 'responses', status)),
  );
  return [...own, ...Object.keys(OPENAPI.components.responses).map((name) => pointer('components', 'responses', name))];
}
