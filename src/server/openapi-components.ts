/**
 * The components of the OpenAPI document (openapi.ts): the schemas of the answers (triples,
 * evidence, entities, query rows, diffs, graph.json), the shared parameters and problem responses.
 */
import { z } from 'zod';
import { GRAPH_SCHEMA } from '../graph/schema.ts';
import { ENTITY_TYPES, MODALITIES, PREDICATES, type Language } from '../types.ts';
import { DIFF_SCHEMAS } from './openapi-diff.ts';
import { PARAMETERS } from './openapi-parameters.ts';
import { problemResponses, problemSchemas } from './openapi-problems.ts';
import { closed, count, pageOf, schema, str, type JsonSchema, type OpenApiDocument } from './openapi-schema.ts';

const LANGUAGES = ['fr', 'en', 'other'] as const satisfies readonly Language[];

/** graph.json, from the store's own schema (src/graph/schema.ts, graph/README.md). */
function graphJsonSchema(): JsonSchema {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(GRAPH_SCHEMA) as JsonSchema;
  return schema;
}

/** components, made on each call (the graph.json schema is generated from zod: slow, so only when asked). */
export const components = (): OpenApiDocument['components'] => ({
  schemas: {
    ...problemSchemas(),
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
  parameters: PARAMETERS,
  responses: problemResponses(),
});
