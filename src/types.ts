/**
 * relata's domain types: the shapes that flow ingest → text → extract → graph.
 * Closed vocabularies (entity types, predicates, modalities) are the constant lists below; what each
 * predicate means and the cues that express it are in `extract/lexicon/predicates.ts`.
 */

export const ENTITY_TYPES = [
  'Person',
  'Country',
  'Organization',
  'Group',
  'Location',
  'Equipment',
  'Aid',
  'Event',
  /** A proper name that no evidence types (no title, head noun, kind, lexicon row or gazetteer entry). */
  'Unknown',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const PREDICATES = [
  'supplies',
  'pledges',
  'supports',
  'condemns',
  'attacks',
  'invades',
  'threatens',
  'thanks',
  'welcomes',
  'requests',
  'informs',
  'meets',
  'chairs',
  'discusses',
  'proposes',
  'leads',
  'member_of',
  'part_of',
  'cooperates_with',
  'sanctions',
] as const;
export type Predicate = (typeof PREDICATES)[number];

/** asserted and reported triples are facts; negated and hypothetical ones are kept but never counted as facts. */
export const MODALITIES = ['asserted', 'reported', 'negated', 'hypothetical'] as const;
export type Modality = (typeof MODALITIES)[number];

export type Language = 'fr' | 'en' | 'other';

/** One input document, as ingest produces it. `text` is the main text after boilerplate removal. */
export interface Doc {
  /** Path relative to the input root, or the JSONL `id`. */
  id: string;
  text: string;
  title?: string;
  /** ISO 8601 (`2024-08-28`, `2024-08`), from metadata or the text's dateline. */
  date?: string;
  url?: string;
  /** The author or byline a feed item or a JSON record gives. */
  author?: string;
  /** Source path as given on the command line (absent for stdin and JSONL rows). */
  path?: string;
  /** SHA-256 (hex) of `text`. */
  sha256: string;
  /** SHA-256 (hex) of the file's bytes as read, for a text file read without a warning: a build with nothing new stops there. */
  source?: string;
}

/** A sentence of a document: `doc.text.slice(start, end) === text`. */
export interface Sentence {
  /** `${doc}#${index}` */
  id: string;
  doc: string;
  index: number;
  start: number;
  end: number;
  text: string;
  language: Language;
}

/** A span of document text; offsets are into `Doc.text`. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Where a fact was read, in one shape wherever relata gives it: each `Triple` of `extract`, each
 * evidence row of `match`, `query` and the HTTP API, and each row of evidence.csv (flattened:
 * `subjectStart`, `subjectEnd`…). Offsets are into the document's text: for `.txt` files, the file.
 */
export interface Provenance {
  doc: string;
  /** The document's date (ISO 8601), when known. */
  date?: string;
  /** The sentence: `doc.text.slice(start, end) === sentence`. */
  sentence: string;
  sentenceIndex: number;
  start: number;
  end: number;
  language: Language;
  modality: Modality;
  /** For reported speech: the canonical label of the speaker, when known. */
  attributedTo?: string;
  /** Id of the rule that produced the triple. */
  rule: string;
  /** The raw verb or noun cue (`livrer`, `supply`, `frappes`). */
  cue: string;
  /** 0..1 */
  confidence: number;
  /** The subject's and the object's mentions. */
  subjectSpan: Span;
  objectSpan: Span;
}

/** One extracted triple with its provenance. Field names follow the scorer's format (GUIDELINES §6). */
export interface Triple extends Provenance {
  subject: string;
  predicate: Predicate;
  object: string;
  /** For supplies/pledges: whether the object is the thing given or the receiver. */
  role?: 'theme' | 'recipient';
  subjectId: string;
  subjectType: EntityType;
  subjectText: string;
  objectId: string;
  objectType: EntityType;
  objectText: string;
  /** CAMEO / PLOVER code of the predicate. */
  code?: string;
}

/** Everything extraction produces for one document. */
export interface DocExtraction {
  doc: Doc;
  sentences: Sentence[];
  triples: Triple[];
}
