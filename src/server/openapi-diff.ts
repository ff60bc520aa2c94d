/**
 * The schemas of the answer of /api/diff in the OpenAPI document (openapi.ts): `GraphDiff` of
 * src/graph/diff.ts and the changes it lists.
 */
import { closed, count, list, nullable, schema, str, type JsonSchema } from './openapi-schema.ts';

const EDGE_ENDS = {
  key: str('Edge key, `subjectKey|predicate|objectKey`.'),
  subject: str('Subject label.'),
  subjectKey: str(),
  predicate: schema('Predicate'),
  object: str('Object label.'),
  objectKey: str(),
} satisfies Record<string, JsonSchema>;

/** The answer of /api/diff: `GraphDiff` of src/graph/diff.ts. */
export const DIFF_SCHEMAS: Record<string, JsonSchema> = {
  DiffDocument: closed({ id: str(), title: str(), date: str() }, ['id']),
  EntityChange: closed(
    {
      change: { type: 'string', enum: ['entity-added', 'entity-removed'] },
      key: str('Node key.'),
      label: str(),
      type: schema('EntityType'),
      docCount: count('Documents that mention it.'),
      x: { type: 'number', description: 'Its place in the graph it is in (a removed entity: the older graph).' },
      y: { type: 'number' },
    },
    ['change', 'key', 'label', 'type', 'docCount', 'x', 'y'],
  ),
  RelationChange: closed(
    {
      change: { type: 'string', enum: ['relation-added', 'relation-removed', 'strengthened', 'weakened'] },
      ...EDGE_ENDS,
      modality: schema('Modality'),
      docCountBefore: count('Supporting documents before.'),
      docCountAfter: count('Supporting documents after.'),
      weightBefore: count('Supporting sentences before.'),
      weightAfter: count('Supporting sentences after.'),
      docsAdded: { type: 'array', items: str(), description: 'Documents supporting it now and not before.' },
      docsRemoved: { type: 'array', items: str(), description: 'Documents supporting it before and not now.' },
    },
    [
      'change',
      ...Object.keys(EDGE_ENDS),
      'modality',
      'docCountBefore',
      'docCountAfter',
      'weightBefore',
      'weightAfter',
      'docsAdded',
      'docsRemoved',
    ],
    'A relation added, removed, or supported by more (strengthened) or fewer (weakened) documents.',
  ),
  ModalityChange: closed(
    {
      change: {
        type: 'string',
        enum: ['modality', 'fulfilled', 'denied'],
        description:
          '`fulfilled`: a pledge s→t, then s supplies t asserted; `denied`: a fact (asserted or reported) now negated or with new negated evidence; `modality`: any other change of the edge modality.',
      },
      ...EDGE_ENDS,
      before: nullable(schema('Modality')),
      after: schema('Modality'),
      modality: schema('Modality'),
      direction: { type: 'string', enum: ['upgrade', 'downgrade'] },
      pledge: str('For `fulfilled`: the key of the pledge edge.'),
      sentences: {
        type: 'array',
        items: str(),
        description: 'The new evidence with the `after` modality (sentence ids, `doc#index`).',
      },
    },
    ['change', ...Object.keys(EDGE_ENDS), 'before', 'after', 'modality', 'direction', 'sentences'],
  ),
  DiffSummary: closed(
    {
      documentsAdded: count(),
      documentsRemoved: nullable(count()),
      entitiesAdded: count(),
      entitiesRemoved: nullable(count()),
      relationsAdded: count(),
      relationsRemoved: nullable(count()),
      strengthened: count(),
      weakened: nullable(count()),
      modalityChanges: count('All modality changes, fulfilled and denied included.'),
      fulfilled: count(),
      denied: count(),
      changes: count('Change records in all (entities, relations, modality changes).'),
    },
    [
      'documentsAdded',
      'documentsRemoved',
      'entitiesAdded',
      'entitiesRemoved',
      'relationsAdded',
      'relationsRemoved',
      'strengthened',
      'weakened',
      'modalityChanges',
      'fulfilled',
      'denied',
      'changes',
    ],
    'Counts; null where one graph cannot tell.',
  ),
  GraphDiff: closed(
    {
      mode: { type: 'string', enum: ['graphs', 'since'] },
      since: nullable(str()),
      removals: {
        type: 'boolean',
        description: 'Whether removals and weakenings are known (false for one graph and a date).',
      },
      baseline: {
        type: 'string',
        description:
          'The snapshot compared with (`snapshots/<name>.json` in the store), when one was taken before `since`.',
      },
      documents: closed({ added: list('DiffDocument'), removed: nullable(list('DiffDocument')) }, ['added', 'removed']),
      entities: closed({ added: list('EntityChange'), removed: nullable(list('EntityChange')) }, ['added', 'removed']),
      relations: closed(
        {
          added: list('RelationChange'),
          removed: nullable(list('RelationChange')),
          strengthened: list('RelationChange'),
          weakened: nullable(list('RelationChange')),
        },
        ['added', 'removed', 'strengthened', 'weakened'],
      ),
      modality: list('ModalityChange', 'Modality changes, by edge key.'),
      summary: schema('DiffSummary'),
    },
    ['mode', 'since', 'removals', 'documents', 'entities', 'relations', 'modality', 'summary'],
    'What changed; every list sorted by key.',
  ),
};
