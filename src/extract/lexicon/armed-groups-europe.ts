/**
 * Armed groups of Europe, Russia and Ukraine (see armed-groups.ts for what is left out).
 */
import type { EntityEntry } from './entry.ts';

export const EUROPEAN_ARMED_GROUPS: readonly EntityEntry[] = [
  // ── Europe, Russia and Ukraine
  { label: 'Real IRA', type: 'Organization', forms: ['Real IRA', 'Real Irish Republican Army', 'IRA véritable', 'Véritable IRA'] },
  { label: 'New IRA', type: 'Organization', forms: ['New IRA', 'Nouvelle IRA'] },
  { label: 'Continuity IRA', type: 'Organization', forms: ['Continuity IRA', 'Continuity Irish Republican Army', 'IRA de la continuité'] },
  { label: 'Irish Republican Army', type: 'Organization', forms: ['Irish Republican Army', 'Provisional IRA', 'Provisional Irish Republican Army', 'Armée républicaine irlandaise', 'IRA provisoire'] },
  { label: 'Ulster Volunteer Force', type: 'Organization', forms: ['UVF', 'Ulster Volunteer Force', "Force des volontaires de l'Ulster"] },
  { label: 'Ulster Defence Association', type: 'Organization', forms: ['UDA', 'Ulster Defence Association', 'Ulster Defense Association', "Association de défense de l'Ulster"] },
  { label: 'ETA', type: 'Organization', forms: ['ETA', 'Euskadi Ta Askatasuna'] },
  { label: 'FLNC', type: 'Organization', forms: ['FLNC', 'Front de libération nationale corse', 'Front de libération nationale de la Corse', 'National Liberation Front of Corsica', 'Corsican National Liberation Front'] },
  { label: 'Kosovo Liberation Army', type: 'Organization', forms: ['KLA', 'UÇK', 'Kosovo Liberation Army', 'Armée de libération du Kosovo', 'Ushtria Çlirimtare e Kosovës'] },
  { label: 'Revolutionary Organization 17 November', type: 'Organization', forms: ['Revolutionary Organization 17 November', 'Revolutionary Organisation 17 November', 'Organisation révolutionnaire 17-Novembre', 'Organisation révolutionnaire du 17-Novembre', '17 November group'] },
  { label: 'Revolutionary Struggle', type: 'Organization', forms: ['Revolutionary Struggle', 'Epanastatikos Agonas'] },
  { label: 'Red Brigades', type: 'Organization', forms: ['Red Brigades', 'Brigades rouges', 'Brigate Rosse'] },
  { label: 'Red Army Faction', type: 'Organization', forms: ['Red Army Faction', 'Fraction armée rouge', 'Rote Armee Fraktion', 'Baader-Meinhof', 'Baader-Meinhof gang', 'bande à Baader'] },
  { label: 'Nordic Resistance Movement', type: 'Organization', forms: ['Nordic Resistance Movement', 'Nordiska motståndsrörelsen', 'Mouvement de résistance nordique'] },
  { label: 'Atomwaffen Division', type: 'Organization', forms: ['Atomwaffen Division', 'Atomwaffen'] },
  { label: 'Russian Imperial Movement', type: 'Organization', forms: ['Russian Imperial Movement', 'Mouvement impérial russe', 'Russkoye Imperskoye Dvizheniye'] },
  { label: 'Rusich', type: 'Organization', forms: ['Rusich', 'Task Force Rusich', 'DShRG Rusich', 'groupe Roussitch', 'Roussitch'] },
  { label: 'Russian Volunteer Corps', type: 'Organization', forms: ['Russian Volunteer Corps', 'Corps des volontaires russes', 'RDK'] },
  { label: 'Freedom of Russia Legion', type: 'Organization', forms: ['Freedom of Russia Legion', 'Légion Liberté de la Russie', 'Légion de la liberté de la Russie', 'Légion pour la liberté de la Russie'] },
];
