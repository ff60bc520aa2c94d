/**
 * Aid: kinds of help given when no equipment is named (GUIDELINES §2).
 * `soutien` and `aide` alone are not entities: they are cues of `supports` / `supplies`.
 */
import type { EntityEntry } from './entry.ts';

export const AID: readonly EntityEntry[] = [
  { label: 'military aid', type: 'Aid', forms: ['aide militaire', 'assistance militaire', 'soutien militaire', 'military aid', 'military assistance', 'military support', 'military help'] },
  { label: 'financial aid', type: 'Aid', forms: ['aide financière', 'soutien financier', 'assistance financière', 'financial aid', 'financial support', 'financial assistance'] },
  { label: 'humanitarian aid', type: 'Aid', forms: ['aide humanitaire', 'assistance humanitaire', 'humanitarian aid', 'humanitarian assistance'] },
  { label: 'economic aid', type: 'Aid', forms: ['aide économique', 'soutien économique', 'economic aid', 'economic support', 'economic assistance'] },
  { label: 'security assistance', type: 'Aid', forms: ['assistance en matière de sécurité', 'assistance à la sécurité', 'security assistance', 'security aid'] },
  { label: 'training', type: 'Aid', forms: ['formation', 'formation militaire', 'entraînement', 'training', 'military training'] },
  { label: 'intelligence', type: 'Aid', forms: ['renseignement', 'renseignements', 'intelligence'] },
];
