/**
 * The shape of an entity lexicon row, and of the entity it compiles to. A row names one
 * canonical entity (English label, type) and the surface forms that denote it in French and English.
 *
 * Case rule: a form written with an initial capital matches only a capitalised word in
 * the text (`Turkey`, not `turkey`); a form written in lowercase matches any case
 * (`ukrainien`, `Ukrainien`). Articles are not part of forms: `la Russie` is found as
 * `Russie`. Forms are compared folded (accents, apostrophes and dashes unified).
 */
import { slug } from '../../text/fold.ts';
import type { EntityType } from '../../types.ts';

export interface EntityEntry {
  label: string;
  type: EntityType;
  forms: readonly string[];
  /** Stable node key; defaults to `<type>:<slug of label>`. */
  id?: string;
  /** The group that a first-person plural means in a quote by this body's leader (NATO → Allies). */
  membersGroup?: string;
  /** An adjective form (`russe`, `Russian`): makes the entity an agent or owner, never a plain noun. */
  adjectives?: readonly string[];
  /** The English adjective, for names built from the entity (`Ukrainian Ministry of Defence`). */
  demonym?: string;
}

/** An entity of the compiled lexicon: a graph node's key, label and type. */
export interface Entity {
  id: string;
  label: string;
  type: EntityType;
  membersGroup?: string;
  demonym?: string;
}

/** The default node key of an entity: `<type>:<slug of label>`. */
export const entityId = (type: EntityType, label: string): string => `${type.toLowerCase()}:${slug(label)}`;
