/**
 * Equipment: named or typed weapon systems, munitions and materiel. Generic kinds
 * (`weapons`, `munitions`, `equipment`) are entities too: GUIDELINES §2 and the gold use them.
 * Put the most specific form first in your mind: the gazetteer takes the longest match, so
 * `obus d'artillerie` wins over `artillerie`.
 */
import type { EntityEntry } from './entry.ts';

export const EQUIPMENT: readonly EntityEntry[] = [
  { label: 'Patriot', type: 'Equipment', forms: ['Patriot', 'Patriots', 'MIM-104 Patriot'] },
  { label: 'F-16', type: 'Equipment', forms: ['F-16', 'F16', 'F-16s', 'F16s'] },
  { label: 'air defence', type: 'Equipment', forms: ['défense aérienne', 'défense antiaérienne', 'défense anti-aérienne', 'air defence', 'air defense', 'air-defence', 'air-defense', 'air defences', 'air defenses', 'anti-aircraft defence', 'anti-aircraft defense'] },
  { label: 'artillery shells', type: 'Equipment', forms: ["obus d'artillerie", 'obus', 'munitions d\'artillerie', 'artillery shells', 'artillery shell', 'artillery ammunition', 'artillery rounds', 'artillery munitions', 'shells'] },
  { label: 'artillery', type: 'Equipment', forms: ["pièces d'artillerie", "pièce d'artillerie", 'artillerie', 'artillery', 'artillery pieces', 'artillery systems', 'howitzers', 'obusiers'] },
  { label: 'deep precision strike', type: 'Equipment', forms: ['frappe de précision dans la profondeur', 'capacités de frappe de précision dans la profondeur', 'deep precision strike', 'deep precision strike capabilities', 'long-range precision strike', 'long-range strike capabilities'] },
  { label: 'munitions', type: 'Equipment', forms: ['munitions', 'munition', 'ammunition', 'ammunitions', 'ammo'] },
  { label: 'missiles', type: 'Equipment', forms: ['missiles', 'missile'] },
  { label: 'drones', type: 'Equipment', forms: ['drones', 'drone', 'UAV', 'UAVs', 'unmanned aerial vehicles'] },
  // (not `arme`: folded, it is also `armé`, armed)
  { label: 'weapons', type: 'Equipment', forms: ['armes', 'armement', 'armements', 'weapons', 'weapon', 'arms', 'weaponry'] },
  { label: 'equipment', type: 'Equipment', forms: ['équipements', 'équipement', 'équipements militaires', 'matériel militaire', 'military equipment', 'equipment', 'materiel'] },
  { label: 'tanks', type: 'Equipment', forms: ['chars', 'chars d\'assaut', 'chars de combat', 'tanks', 'battle tanks'] },
  { label: 'fighter jets', type: 'Equipment', forms: ['avions de combat', 'avions de chasse', 'chasseurs', 'fighter jets', 'fighter aircraft', 'combat aircraft', 'warplanes'] },
  { label: 'Leopard', type: 'Equipment', forms: ['Leopard', 'Leopard 2', 'Leopard 1'] },
  { label: 'Abrams', type: 'Equipment', forms: ['Abrams', 'M1 Abrams'] },
  { label: 'Challenger 2', type: 'Equipment', forms: ['Challenger 2', 'Challenger'] },
  { label: 'HIMARS', type: 'Equipment', forms: ['HIMARS'] },
  { label: 'ATACMS', type: 'Equipment', forms: ['ATACMS'] },
  { label: 'Storm Shadow', type: 'Equipment', forms: ['Storm Shadow', 'SCALP', 'SCALP-EG'] },
  { label: 'Taurus', type: 'Equipment', forms: ['Taurus'] },
  { label: 'IRIS-T', type: 'Equipment', forms: ['IRIS-T'] },
  { label: 'NASAMS', type: 'Equipment', forms: ['NASAMS'] },
  { label: 'SAMP/T', type: 'Equipment', forms: ['SAMP/T', 'Mamba'] },
  { label: 'Caesar', type: 'Equipment', forms: ['Caesar', 'canons Caesar'] },
  { label: 'Mirage 2000', type: 'Equipment', forms: ['Mirage 2000', 'Mirage'] },
  { label: 'Bradley', type: 'Equipment', forms: ['Bradley'] },
  { label: 'armoured vehicles', type: 'Equipment', forms: ['véhicules blindés', 'blindés', 'armoured vehicles', 'armored vehicles'] },
  { label: 'ballistic missiles', type: 'Equipment', forms: ['missiles balistiques', 'ballistic missiles'] },
  { label: 'cruise missiles', type: 'Equipment', forms: ['missiles de croisière', 'cruise missiles'] },
];

/** Head nouns that name a model when a proper name stands beside them (`drones Shahed`, `Brimstone missiles`, `véhicules de combat CV90`). */
export const EQUIPMENT_HEADS: readonly string[] = [
  'drone', 'drones', 'missile', 'missiles', 'char', 'chars', 'véhicule', 'véhicules', 'système', 'systèmes', 'avion', 'avions', 'hélicoptère', 'hélicoptères',
  'obusier', 'obusiers', 'lance-roquettes', 'batterie', 'batteries', 'canon', 'canons', 'frégate', 'frégates', 'sous-marin', 'sous-marins', 'roquettes',
  'tank', 'tanks', 'jet', 'jets', 'vehicle', 'vehicles', 'system', 'systems', 'aircraft', 'helicopter', 'helicopters', 'howitzer', 'howitzers', 'rocket',
  'rockets', 'battery', 'batteries', 'frigate', 'frigates', 'submarine', 'submarines', 'fighters', 'launchers',
];
