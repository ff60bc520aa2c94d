/**
 * Armed groups of Latin America and the Caribbean (see armed-groups.ts for what is left out).
 */
import type { EntityEntry } from './entry.ts';

export const AMERICAN_ARMED_GROUPS: readonly EntityEntry[] = [
  // ── Latin America and the Caribbean
  { label: 'FARC', type: 'Organization', forms: ['FARC', 'FARC-EP', 'Revolutionary Armed Forces of Colombia', "Revolutionary Armed Forces of Colombia-People's Army", 'Forces armées révolutionnaires de Colombie', 'Fuerzas Armadas Revolucionarias de Colombia'] },
  { label: 'FARC dissidents', type: 'Organization', forms: ['FARC dissidents', 'FARC dissident groups', 'dissidents des FARC', 'dissidences des FARC', 'dissidence des FARC', 'disidencias de las FARC'] },
  { label: 'Estado Mayor Central', type: 'Organization', forms: ['Estado Mayor Central', 'Central General Staff', 'EMC-FARC'] },
  { label: 'Estado Mayor de Bloques y Frente', type: 'Organization', forms: ['Estado Mayor de Bloques y Frente', 'Estado Mayor de Bloques y Frentes', 'EMBF'] },
  { label: 'Segunda Marquetalia', type: 'Organization', forms: ['Segunda Marquetalia', 'Second Marquetalia', 'Seconde Marquetalia'] },
  { label: 'Comandos de la Frontera', type: 'Organization', forms: ['Comandos de la Frontera', 'Border Commandos'] },
  { label: 'ELN', type: 'Organization', forms: ['ELN', 'National Liberation Army', 'Ejército de Liberación Nacional', 'Armée de libération nationale'] },
  { label: 'Clan del Golfo', type: 'Organization', forms: ['Clan del Golfo', 'Gulf Clan', 'Clan du Golfe', 'AGC', 'Autodefensas Gaitanistas de Colombia', 'Gaitanist Self-Defence Forces of Colombia', 'EGC', 'Ejército Gaitanista de Colombia', 'Gaitanista Army of Colombia', 'Urabeños'] },
  { label: 'United Self-Defense Forces of Colombia', type: 'Organization', forms: ['AUC', 'United Self-Defense Forces of Colombia', 'United Self-Defence Forces of Colombia', 'Autodefensas Unidas de Colombia', 'Autodéfenses unies de Colombie'] },
  { label: 'Shining Path', type: 'Organization', forms: ['Shining Path', 'Sendero Luminoso', 'Sentier lumineux'] },
  { label: "Paraguayan People's Army", type: 'Organization', forms: ["Paraguayan People's Army", 'Ejército del Pueblo Paraguayo', 'Armée du peuple paraguayen'] },
  { label: 'Tren de Aragua', type: 'Organization', forms: ['Tren de Aragua'] },
  { label: 'Cartel de los Soles', type: 'Organization', forms: ['Cartel de los Soles', 'Cartel of the Suns', 'cartel des Soleils'] },
  { label: 'MS-13', type: 'Organization', forms: ['MS-13', 'MS13', 'Mara Salvatrucha', 'Mara Salvatrucha 13'] },
  { label: 'Barrio 18', type: 'Organization', forms: ['Barrio 18', 'Mara 18', '18th Street gang', 'Calle 18', 'Barrio Dieciocho'] },
  { label: 'Jalisco New Generation Cartel', type: 'Organization', forms: ['CJNG', 'Jalisco New Generation Cartel', 'Jalisco Cartel New Generation', 'cartel de Jalisco Nueva Generación', 'Cartel Jalisco Nueva Generación', 'cartel Jalisco Nouvelle Génération', 'cartel de Jalisco nouvelle génération', 'Jalisco cartel', 'cartel de Jalisco'] },
  { label: 'Sinaloa Cartel', type: 'Organization', forms: ['Sinaloa Cartel', 'cartel de Sinaloa', 'Sinaloa drug cartel'] },
  { label: 'Gulf Cartel', type: 'Organization', forms: ['Gulf Cartel', 'Cartel del Golfo', 'cartel du Golfe'] },
  { label: 'Cartel del Noreste', type: 'Organization', forms: ['Cartel del Noreste', 'Northeast Cartel', 'cartel du Nord-Est'] },
  { label: 'Los Zetas', type: 'Organization', forms: ['Los Zetas', 'Zetas'] },
  { label: 'La Nueva Familia Michoacana', type: 'Organization', forms: ['Nueva Familia Michoacana', 'Familia Michoacana', 'New Michoacan Family'] },
  { label: 'Cárteles Unidos', type: 'Organization', forms: ['Cárteles Unidos', 'United Cartels', 'Cartels unis'] },
  { label: 'Los Choneros', type: 'Organization', forms: ['Los Choneros', 'Choneros'] },
  { label: 'Los Lobos', type: 'Organization', forms: ['Los Lobos'] },
  { label: 'Primeiro Comando da Capital', type: 'Organization', forms: ['Primeiro Comando da Capital', 'First Capital Command', 'Premier commando de la capitale'] },
  { label: 'Comando Vermelho', type: 'Organization', forms: ['Comando Vermelho', 'Red Command', 'Commando rouge'] },
  { label: 'Viv Ansanm', type: 'Organization', forms: ['Viv Ansanm', 'Living Together gang coalition'] },
  { label: 'G9', type: 'Organization', forms: ['G9', 'G-9', 'G9 an Fanmi e Alye', 'G9 Family and Allies', 'G9 Fanmi e Alye', 'G9 et alliés'] },
  { label: 'G-Pèp', type: 'Organization', forms: ['G-Pèp', 'GPèp', 'G Pèp'] },
  { label: '400 Mawozo', type: 'Organization', forms: ['400 Mawozo', '400 Mawozos'] },
  { label: 'Gran Grif', type: 'Organization', forms: ['Gran Grif', 'Grand Grif'] },
  { label: '5 Segonn', type: 'Organization', forms: ['5 Segonn', 'Five Seconds gang'] },
  { label: 'Kraze Baryè', type: 'Organization', forms: ['Kraze Baryè'] },
];
