/**
 * Institutions: general-knowledge classes of bodies, each class entered whole — peace operations
 * and political missions, the UN system, regional and intergovernmental organisations, and the
 * main national bodies that news names without their country. A form names one body only:
 * shared acronyms and ordinary words are left out.
 *
 * The rows keep their order: it is the order of a form's entities in the trie.
 */
import type { EntityEntry } from './entry.ts';
import { INTERNATIONAL_BODIES } from './international-bodies.ts';
import { NATIONAL_BODIES } from './national-bodies.ts';
import { PEACE_OPERATIONS } from './peace-operations.ts';

export const INSTITUTIONS: readonly EntityEntry[] = [...PEACE_OPERATIONS, ...INTERNATIONAL_BODIES, ...NATIONAL_BODIES];
