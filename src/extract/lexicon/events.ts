/** Events: named meetings, summits, operations and wars. `sommet de X` with a place is built by extract/mentions.ts. */
import type { EntityEntry } from './entry.ts';

export const EVENTS: readonly EntityEntry[] = [
  { label: 'NATO summit', type: 'Event', forms: ["sommet de l'OTAN", "sommet de l'Alliance", 'NATO summit', 'summit of NATO'] },
  { label: 'G7 summit', type: 'Event', forms: ['sommet du G7', 'G7 summit'] },
  { label: 'G20 summit', type: 'Event', forms: ['sommet du G20', 'G20 summit'] },
  { label: 'EU summit', type: 'Event', forms: ["sommet de l'UE", 'sommet européen', 'EU summit', 'European summit'] },
  { label: 'Munich Security Conference', type: 'Event', forms: ['Conférence de Munich sur la sécurité', 'Munich Security Conference'] },
];
