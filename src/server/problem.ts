/**
 * Every error the server answers, under /api or not, is an RFC 9457 problem: an
 * `application/problem+json` body with `type`, `title`, `status` and `detail`, from the one
 * table below. A kind proper to relata has a stable `type` URI under
 * https://relata.dev/problems/; a plain HTTP error (no such path, wrong method, wrong Host,
 * internal error) is `about:blank` with the status's own reason phrase as its title.
 * Extension members: `parameter` (the query parameter at fault), `position` (offset into the
 * pattern), `suggestions` (close entity names). openapi.ts describes each kind from this table.
 */

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const RELATA = 'https://relata.dev/problems/';

export type ProblemMember = 'parameter' | 'position' | 'suggestions';

export interface ProblemKindSpec {
  type: string;
  status: number;
  title: string;
  /** When a client meets it (the OpenAPI description of the kind). */
  about: string;
  /** Extension members: always present, or only sometimes. */
  members?: Partial<Record<ProblemMember, 'always' | 'sometimes'>>;
}

export const PROBLEMS = {
  'bad-parameter': {
    type: `${RELATA}bad-parameter`,
    status: 400,
    title: 'Bad parameter',
    about:
      'A query parameter is unknown to the route, given twice, missing, or has a value the route does not take; `parameter` names it.',
    members: { parameter: 'always' },
  },
  'query-syntax': {
    type: `${RELATA}query-syntax`,
    status: 400,
    title: 'Bad pattern',
    about:
      'The pattern `q` does not parse (or names an unknown predicate); `position` is the offset of the fault in `q`, and `detail` shows it with a caret.',
    members: { parameter: 'always', position: 'always' },
  },
  'unknown-entity': {
    type: `${RELATA}unknown-entity`,
    status: 404,
    title: 'Unknown entity',
    about:
      'No entity has this name, alias or key; `suggestions` lists the labels of close ones (maybe none); in a pattern, `position` is the offset of the name.',
    members: { suggestions: 'always', position: 'sometimes' },
  },
  'no-graph': {
    type: `${RELATA}no-graph`,
    status: 404,
    title: 'No graph',
    about: 'The graph folder holds no graph.json; run `relata build` first.',
  },
  'damaged-graph': {
    type: `${RELATA}damaged-graph`,
    status: 500,
    title: 'Damaged graph',
    about: 'graph.json does not pass the store schema; `detail` names its first problem.',
  },
  'query-budget': {
    type: `${RELATA}query-budget`,
    status: 503,
    title: 'Query too expensive',
    about:
      'The pattern needs more work than a query may do (QUERY_BUDGET); name an entity or a relation to narrow it. Asking again gives the same answer.',
  },
  'viewer-not-built': {
    type: `${RELATA}viewer-not-built`,
    status: 503,
    title: 'Viewer not built',
    about: 'The viewer has not been built (`npm run build:viewer`); the API and graph.json are still served.',
  },
  'not-found': {
    type: 'about:blank',
    status: 404,
    title: 'Not Found',
    about: 'No route or viewer file has this path (paths with `..`, encoded dots or backslashes included).',
  },
  'method-not-allowed': {
    type: 'about:blank',
    status: 405,
    title: 'Method Not Allowed',
    about: 'The server is read-only: only GET and HEAD are answered (the `Allow` header says so).',
  },
  'misdirected-request': {
    type: 'about:blank',
    status: 421,
    title: 'Misdirected Request',
    about:
      'The `Host` header is not localhost, 127.0.0.1, [::1] or the host the server was started on (a guard against DNS rebinding).',
  },
  'internal-error': {
    type: 'about:blank',
    status: 500,
    title: 'Internal Server Error',
    about: 'Something unexpected failed; nothing more is told.',
  },
} as const satisfies Record<string, ProblemKindSpec>;

export type ProblemKind = keyof typeof PROBLEMS;

export interface ProblemExtensions {
  parameter?: string;
  position?: number;
  suggestions?: string[];
}

export interface Problem extends ProblemExtensions {
  type: string;
  title: string;
  status: number;
  detail: string;
}

/** The problem of a kind, with its detail and extension members. */
export function problem(kind: ProblemKind, detail: string, extensions: ProblemExtensions = {}): Problem {
  const { type, title, status } = PROBLEMS[kind];
  return { type, title, status, detail, ...extensions };
}
