/**
 * The report of a diff (diff.ts): the changes of entities, relations and modalities it lists,
 * their counts, and the commitments (pledge, then delivery) a `fulfilled` change is read from.
 */
import type { EntityType, Modality, Predicate } from '../types.ts';

export type EntityChangeKind = 'entity-added' | 'entity-removed';
export type RelationChangeKind = 'relation-added' | 'relation-removed' | 'strengthened' | 'weakened';
export type ModalityChangeKind = 'modality' | 'fulfilled' | 'denied';
export type ChangeKind = EntityChangeKind | RelationChangeKind | ModalityChangeKind;

export interface EntityChange {
  change: EntityChangeKind;
  /** Node key. */
  key: string;
  label: string;
  type: EntityType;
  /** Documents mentioning it (in the graph it is in; for `diffSince`, all of them). */
  docCount: number;
  /** Its place in the graph it is in (a removed entity's in the older graph): a viewer can draw it there. */
  x: number;
  y: number;
}

/** The relation a change is about. */
export interface RelationRef {
  /** Edge key, `subjectKey|predicate|objectKey`. */
  key: string;
  subject: string;
  subjectKey: string;
  predicate: Predicate;
  object: string;
  objectKey: string;
}

export interface RelationChange extends RelationRef {
  change: RelationChangeKind;
  /** The edge's modality now (before, for a removed relation). */
  modality: Modality;
  /** Supporting documents before and after (0 where the edge is absent). */
  docCountBefore: number;
  docCountAfter: number;
  /** Supporting sentences (the edge's weight) before and after. */
  weightBefore: number;
  weightAfter: number;
  /** Ids of the documents supporting it after and not before, and before and not after; sorted. */
  docsAdded: string[];
  docsRemoved: string[];
}

/** `key` is the edge that changed: for `fulfilled`, the `supplies` edge. */
export interface ModalityChange extends RelationRef {
  change: ModalityChangeKind;
  /** The edge's modality before; null when it did not exist (a `fulfilled` delivery may be new). */
  before: Modality | null;
  /** The modality it changed to: the edge's, except for `denied` (`negated`: the denial's). */
  after: Modality;
  /** The edge's modality now (for `denied`, often still the fact's). */
  modality: Modality;
  /** `after` stronger than `before` (a new edge counts as an upgrade), or weaker. */
  direction: 'upgrade' | 'downgrade';
  /** For `fulfilled`: the key of the pledge edge it fulfils. */
  pledge?: string;
  /** New evidence with the `after` modality (sentence ids `doc#index`, sorted by document then index). */
  sentences: string[];
}

export interface DiffDocument {
  id: string;
  title?: string;
  date?: string;
}

export interface DiffSummary {
  documentsAdded: number;
  documentsRemoved: number | null;
  entitiesAdded: number;
  entitiesRemoved: number | null;
  relationsAdded: number;
  relationsRemoved: number | null;
  strengthened: number;
  weakened: number | null;
  /** All modality changes, `fulfilled` and `denied` included. */
  modalityChanges: number;
  fulfilled: number;
  denied: number;
  /** Change records in all (entities, relations, modality changes); documents are not counted. */
  changes: number;
}

export interface GraphDiff {
  /** `graphs`: two graphs compared; `since`: one graph split at a date. */
  mode: 'graphs' | 'since';
  /** The date of `diffSince`; null for two graphs. */
  since: string | null;
  /**
   * Whether removals and weakenings are known: false for `diffSince`, whose `removed` and
   * `weakened` lists are null; true for two graphs, and for `diffSinceStore` when it found a snapshot.
   */
  removals: boolean;
  /**
   * With `since` (`diffSinceStore`, graph/snapshots.ts): the name of the store's snapshot the graph
   * was compared with (`2025-11-25T08-00-00Z`, the file `<store>/snapshots/<name>.json`), the latest
   * one taken before `since`. Absent when no snapshot was used (two graphs, or `diffSince`).
   */
  baseline?: string;
  documents: { added: DiffDocument[]; removed: DiffDocument[] | null };
  entities: { added: EntityChange[]; removed: EntityChange[] | null };
  relations: {
    added: RelationChange[];
    removed: RelationChange[] | null;
    strengthened: RelationChange[];
    weakened: RelationChange[] | null;
  };
  /** Sorted by edge key. */
  modality: ModalityChange[];
  summary: DiffSummary;
}

/** A promise and what keeps it: the pledge edge s→t, then the delivery edge s→t asserted. */
export interface Commitment {
  pledge: Predicate;
  delivery: Predicate;
}

/** Any change, as `relata diff --format jsonl` prints them one a line. */
export type Change = EntityChange | RelationChange | ModalityChange;
