/**
 * A user's own lexicon: entities and verbs added at run time (`relata build --lexicon FILE`),
 * with the shapes of the built-in rows. Parsing checks every row and names the bad one.
 *
 *   {
 *     "entities": [{ "label": "Wagner Group", "type": "Organization", "forms": ["Wagner", "groupe Wagner"] }],
 *     "verbs": [{ "lemma": "ravitailler", "language": "fr", "predicate": "supplies", "frame": "transfer" }]
 *   }
 */
import { RelataError } from '../../errors.ts';
import { ENTITY_TYPES, PREDICATES, type EntityType, type Predicate } from '../../types.ts';
import type { EntityEntry } from './entry.ts';
import type { Frame, VerbCue } from './predicates.ts';

export interface UserVerb extends VerbCue {
  language: 'fr' | 'en';
}

export interface UserLexicon {
  entities: EntityEntry[];
  verbs: UserVerb[];
}

const FRAMES: readonly Frame[] = ['transfer', 'direct', 'prep', 'governor'];

export function parseLexicon(text: string, file: string): UserLexicon {
  const fail = (what: string) => new RelataError('extract', 'E_INPUT_FORMAT', `lexicon "${file}": ${what}`, { file });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw fail(`not valid JSON (${(e as Error).message})`);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    throw fail('expected an object with "entities" and/or "verbs"');
  const { entities = [], verbs = [] } = data as { entities?: unknown; verbs?: unknown };
  if (!Array.isArray(entities) || !Array.isArray(verbs)) throw fail('"entities" and "verbs" must be arrays');
  const strings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '');
  return {
    entities: entities.map((row: Record<string, unknown>, i) => {
      const at = `entities[${i}]`;
      if (typeof row?.label !== 'string' || !row.label.trim()) throw fail(`${at}.label must be a non-empty string`);
      if (!ENTITY_TYPES.includes(row.type as EntityType))
        throw fail(`${at}.type must be one of ${ENTITY_TYPES.join(', ')}`);
      if (!strings(row.forms) || (row.forms as string[]).length === 0)
        throw fail(`${at}.forms must be a non-empty list of strings`);
      if (row.adjectives !== undefined && !strings(row.adjectives))
        throw fail(`${at}.adjectives must be a list of strings`);
      return {
        label: row.label,
        type: row.type as EntityType,
        forms: row.forms as string[],
        adjectives: row.adjectives as string[] | undefined,
      };
    }),
    verbs: verbs.map((row: Record<string, unknown>, i) => {
      const at = `verbs[${i}]`;
      if (typeof row?.lemma !== 'string' || !row.lemma.trim()) throw fail(`${at}.lemma must be a non-empty string`);
      if (row.language !== 'fr' && row.language !== 'en') throw fail(`${at}.language must be "fr" or "en"`);
      if (!FRAMES.includes(row.frame as Frame)) throw fail(`${at}.frame must be one of ${FRAMES.join(', ')}`);
      if (row.frame !== 'governor' && !PREDICATES.includes(row.predicate as Predicate))
        throw fail(`${at}.predicate must be one of ${PREDICATES.join(', ')}`);
      if (row.preps !== undefined && !strings(row.preps)) throw fail(`${at}.preps must be a list of strings`);
      return {
        lemma: row.lemma,
        language: row.language,
        predicate: row.predicate as Predicate | undefined,
        frame: row.frame as Frame,
        preps: row.preps as string[] | undefined,
      };
    }),
  };
}
