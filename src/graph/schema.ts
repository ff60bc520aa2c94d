/**
 * The one schema of graph.json (graph/README.md), checked when a store is loaded: a damaged
 * store is reported with its file and its first problem, and is never read half-way or
 * overwritten. Written with zod; the types of model.ts are the contract it checks.
 */
import { z } from 'zod';
import { ENTITY_TYPES, MODALITIES, PREDICATES } from '../types.ts';
import { GRAPH_FORMAT, GRAPH_VERSION } from './model.ts';

const LANGUAGES = ['fr', 'en', 'other'] as const;
const span = z.tuple([z.number(), z.number()]);

const nodeAttributes = z.object({
  label: z.string(),
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(z.object({ text: z.string(), language: z.enum(LANGUAGES), count: z.number() })),
  mentions: z.number(),
  docs: z.array(z.string()),
  x: z.number(),
  y: z.number(),
  size: z.number(),
  color: z.string(),
});

const evidence = z.object({
  sentence: z.string(),
  modality: z.enum(MODALITIES),
  attributedTo: z.string().optional(),
  rule: z.string(),
  cue: z.string(),
  confidence: z.number(),
  subject: span,
  object: span,
});

const edgeAttributes = z.object({
  predicate: z.enum(PREDICATES),
  label: z.string(),
  code: z.string().optional(),
  role: z.enum(['theme', 'recipient']).optional(),
  weight: z.number(),
  docCount: z.number(),
  modality: z.enum(MODALITIES),
  firstDate: z.string().optional(),
  lastDate: z.string().optional(),
  size: z.number(),
  evidence: z.array(evidence),
});

export const GRAPH_SCHEMA = z.object({
  options: z.object({ type: z.literal('directed'), multi: z.literal(true), allowSelfLoops: z.literal(false) }),
  attributes: z.object({
    format: z.literal(GRAPH_FORMAT),
    version: z.literal(GRAPH_VERSION),
    documents: z.array(
      z.object({
        id: z.string(),
        title: z.string().optional(),
        date: z.string().optional(),
        url: z.string().optional(),
        author: z.string().optional(),
        path: z.string().optional(),
        sha256: z.string(),
        source: z.string().optional(),
        sentences: z.number(),
      }),
    ),
    sentences: z.array(
      z.object({
        id: z.string(),
        doc: z.string(),
        index: z.number(),
        start: z.number(),
        end: z.number(),
        text: z.string(),
        language: z.enum(LANGUAGES),
      }),
    ),
  }),
  nodes: z.array(z.object({ key: z.string(), attributes: nodeAttributes })),
  edges: z.array(z.object({ key: z.string(), source: z.string(), target: z.string(), attributes: edgeAttributes })),
});

/** The first problem of a parsed graph.json, as a path and a reason (`nodes[3].attributes.aliases: expected array`), or undefined. */
export function graphProblem(data: unknown): string | undefined {
  const result = GRAPH_SCHEMA.safeParse(data);
  if (result.success) return undefined;
  const issue = result.error.issues[0]!; // a failed parse has at least one issue
  const path = issue.path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
  return `${path || 'the file'}: ${issue.message}`;
}
