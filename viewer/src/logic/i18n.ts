/**
 * Interface strings in French and English. Each table is checked against its vocabulary
 * (`satisfies Record<…>`): adding an entity type, a predicate or a modality fails to compile
 * until the viewer can name it in both languages.
 */

import type { Modality, Predicate } from '../../../src/types.ts';
import type { NodeType } from './model.ts';

export const LANGS = ['en', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

type Table<K extends string> = Record<K, Record<Lang, string>>;

export const STRINGS = {
  title: { en: 'relata', fr: 'relata' },
  search: { en: 'Search an entity…', fr: 'Chercher une entité…' },
  noResult: { en: 'No match', fr: 'Aucun résultat' },
  via: { en: 'alias', fr: 'alias' },
  legend: { en: 'Entity types', fr: "Types d'entités" },
  predicates: { en: 'Relations', fr: 'Relations' },
  modalities: { en: 'Modality', fr: 'Modalité' },
  minEvidence: { en: 'Min. evidence', fr: 'Preuves min.' },
  minDocs: { en: 'Min. documents', fr: 'Documents min.' },
  colorBy: { en: 'Colour', fr: 'Couleur' },
  sizeBy: { en: 'Size', fr: 'Taille' },
  colorType: { en: 'entity type', fr: "type d'entité" },
  colorCommunity: { en: 'community (Louvain)', fr: 'communauté (Louvain)' },
  sizeDegree: { en: 'weighted degree', fr: 'degré pondéré' },
  allDocuments: { en: 'All documents', fr: 'Tous les documents' },
  evidenceFilters: { en: 'Evidence', fr: 'Preuves' },
  open: { en: 'Open…', fr: 'Ouvrir…' },
  openHint: {
    en: 'Open a graph: graphology .json, .gexf or .graphml (or drop the file on the page)',
    fr: 'Ouvrir un graphe : .json graphology, .gexf ou .graphml (ou déposer le fichier sur la page)',
  },
  dropHere: { en: 'Drop a .json, .gexf or .graphml graph', fr: 'Déposer un graphe .json, .gexf ou .graphml' },
  unsupportedFile: {
    en: 'not a .json, .gexf or .graphml file',
    fr: "ce n'est pas un fichier .json, .gexf ou .graphml",
  },
  exportGexf: { en: 'Export GEXF', fr: 'Exporter GEXF' },
  dates: { en: 'Dates', fr: 'Dates' },
  from: { en: 'From', fr: 'Du' },
  to: { en: 'To', fr: 'Au' },
  timelineHint: { en: 'Click a month to keep only it', fr: 'Cliquer un mois pour ne garder que lui' },
  resetFilters: { en: 'Reset filters', fr: 'Réinitialiser les filtres' },
  layout: { en: 'Layout', fr: 'Spatialiser' },
  stopLayout: { en: 'Stop layout', fr: 'Arrêter' },
  exportJson: { en: 'Export JSON', fr: 'Exporter JSON' },
  exportPng: { en: 'Export PNG', fr: 'Exporter PNG' },
  language: { en: 'Français', fr: 'English' },
  loading: { en: 'Loading graph…', fr: 'Chargement du graphe…' },
  loadError: { en: 'Could not load the graph', fr: 'Impossible de charger le graphe' },
  emptySelection: {
    en: 'Click a node or an edge to see its relations and the sentences behind them.',
    fr: 'Cliquer un nœud ou un lien pour voir ses relations et les phrases qui les fondent.',
  },
  close: { en: 'Close', fr: 'Fermer' },
  aliases: { en: 'Aliases', fr: 'Alias' },
  documents: { en: 'Documents', fr: 'Documents' },
  mentions: { en: 'Mentions', fr: 'Mentions' },
  outgoing: { en: 'Outgoing', fr: 'Sortantes' },
  incoming: { en: 'Incoming', fr: 'Entrantes' },
  noRelation: { en: 'No visible relation.', fr: 'Aucune relation visible.' },
  hiddenRelations: { en: 'hidden by filters', fr: 'masquées par les filtres' },
  evidence: { en: 'evidence', fr: 'preuves' },
  moreEvidence: { en: 'more evidence', fr: 'autres preuves' },
  saidBy: { en: 'according to', fr: 'selon' },
  nodes: { en: 'nodes', fr: 'nœuds' },
  edges: { en: 'edges', fr: 'liens' },
  untitled: { en: '(untitled)', fr: '(sans titre)' },
  table: { en: 'Table', fr: 'Tableau' },
  tableHint: {
    en: 'Show the visible entities and relations as a table',
    fr: 'Afficher en tableau les entités et relations visibles',
  },
  tableEntities: { en: 'Entities', fr: 'Entités' },
  tableRelations: { en: 'Relations', fr: 'Relations' },
  tableSearch: { en: 'Filter rows…', fr: 'Filtrer les lignes…' },
  /** `{shown}` and `{total}` are replaced by the numbers. */
  tableShowing: { en: 'showing {shown} of {total}', fr: '{shown} affichées sur {total}' },
  exportCsv: { en: 'Export CSV', fr: 'Exporter CSV' },
  colLabel: { en: 'Label', fr: 'Libellé' },
  colType: { en: 'Type', fr: 'Type' },
  colDegree: { en: 'Degree', fr: 'Degré' },
  colSubject: { en: 'Subject', fr: 'Sujet' },
  colPredicate: { en: 'Predicate', fr: 'Prédicat' },
  colObject: { en: 'Object', fr: 'Objet' },
  colEvidence: { en: 'Evidence', fr: 'Preuves' },
  colInDegree: { en: 'In-degree', fr: 'Degré entrant' },
  colOutDegree: { en: 'Out-degree', fr: 'Degré sortant' },
  colPagerank: { en: 'PageRank', fr: 'PageRank' },
  colBetweenness: { en: 'Betweenness', fr: 'Intermédiarité' },
  colCommunity: { en: 'Community', fr: 'Communauté' },
  metrics: { en: 'Metrics', fr: 'Métriques' },
  metricsHint: { en: 'Over the whole graph, filters aside', fr: 'Sur tout le graphe, sans les filtres' },
  weightedDegree: { en: 'Weighted degree', fr: 'Degré pondéré' },
  metricsPending: { en: 'Computing…', fr: 'Calcul en cours…' },
  notComputed: { en: 'not computed (graph too large)', fr: 'non calculée (graphe trop grand)' },
  colFirstDate: { en: 'First date', fr: 'Première date' },
  colLastDate: { en: 'Last date', fr: 'Dernière date' },
  // metrics
  metricsFailed: { en: 'Metrics could not be computed', fr: 'Les métriques n’ont pas pu être calculées' },
  approximate: { en: 'approximate (sampled)', fr: 'approchée (échantillonnée)' },
  // layout panel
  layoutPanel: { en: 'Layout', fr: 'Spatialisation' },
  layoutGravity: { en: 'Gravity', fr: 'Gravité' },
  layoutScaling: { en: 'Scaling', fr: 'Échelle' },
  layoutSlowDown: { en: 'Slow down', fr: 'Ralentissement' },
  layoutEdgeWeight: { en: 'Edge weight influence', fr: 'Influence du poids des liens' },
  layoutBarnesHut: { en: 'Barnes-Hut approximation', fr: 'Approximation de Barnes-Hut' },
  layoutBarnesHutHint: {
    en: 'Much faster on large graphs, slightly less precise',
    fr: 'Bien plus rapide sur les grands graphes, un peu moins précis',
  },
  layoutLinLog: { en: 'LinLog mode', fr: 'Mode LinLog' },
  layoutLinLogHint: { en: 'Tighter, more separated clusters', fr: 'Groupes plus serrés et plus séparés' },
  layoutStrongGravity: { en: 'Strong gravity', fr: 'Gravité forte' },
  layoutStrongGravityHint: { en: 'Keeps the picture compact', fr: "Garde l'image compacte" },
  layoutDissuadeHubs: { en: 'Dissuade hubs', fr: 'Dissuader les hubs' },
  layoutDissuadeHubsHint: { en: 'Pushes hubs to the borders', fr: 'Repousse les hubs vers les bords' },
  layoutStart: { en: 'Start ForceAtlas2', fr: 'Lancer ForceAtlas2' },
  layoutStop: { en: 'Stop ForceAtlas2', fr: 'Arrêter ForceAtlas2' },
  layoutNoverlap: { en: 'Spread overlaps', fr: 'Écarter les chevauchements' },
  layoutNoverlapHint: {
    en: 'Move apart the nodes that sit on each other',
    fr: 'Écarter les nœuds posés les uns sur les autres',
  },
  layoutCircular: { en: 'Circular by community', fr: 'Cercle par communauté' },
  layoutCircularHint: {
    en: 'Place the nodes on a circle, community after community',
    fr: 'Placer les nœuds sur un cercle, communauté après communauté',
  },
  layoutReset: { en: 'Reset settings', fr: 'Réinitialiser les réglages' },
  // table
  tableSearchLabel: { en: 'Filter the rows', fr: 'Filtrer les lignes' },
  /** `{start}`, `{end}` and `{total}` are replaced by the numbers. */
  tableRange: { en: 'rows {start}–{end} of {total}', fr: 'lignes {start} à {end} sur {total}' },
  tablePrevious: { en: 'Previous', fr: 'Précédentes' },
  tableNext: { en: 'Next', fr: 'Suivantes' },
  /** The paging buttons' names; `{size}` is replaced by the rows per page. */
  tablePreviousHint: { en: 'Previous {size} rows', fr: '{size} lignes précédentes' },
  tableNextHint: { en: 'Next {size} rows', fr: '{size} lignes suivantes' },
  // changes mode
  graphRebuilt: { en: 'The graph was rebuilt.', fr: 'Le graphe a été reconstruit.' },
  reload: { en: 'Reload', fr: 'Recharger' },
  dismiss: { en: 'Dismiss', fr: 'Fermer' },
  changes: { en: 'Changes', fr: 'Changements' },
  changesSince: { en: 'Since', fr: 'Depuis' },
  changesHint: {
    en: 'What is new since this date, by the dates of the documents',
    fr: 'Ce qui est nouveau depuis cette date, selon la date des documents',
  },
  changesNone: { en: 'Nothing changed', fr: 'Aucun changement' },
  changesClear: { en: 'Leave the changes', fr: 'Quitter les changements' },
  changesGone: { en: 'no longer in the graph', fr: 'plus dans le graphe' },
  changesBaseline: { en: 'Compared with the snapshot of', fr: 'Comparé à la copie du' },
  changesRemovalsUnknown: {
    en: 'From one graph, what was removed cannot be known (keep snapshots: relata build --snapshot).',
    fr: 'Avec un seul graphe, on ne peut savoir ce qui a disparu (gardez des copies : relata build --snapshot).',
  },
  changeFulfilled: { en: 'pledge fulfilled', fr: 'promesse tenue' },
  changeDenied: { en: 'denied', fr: 'démenti' },
  changeModality: { en: 'modality changed', fr: 'modalité changée' },
  changeAdded: { en: 'new', fr: 'nouveau' },
  changeStrengthened: { en: 'more documents', fr: 'plus de documents' },
  changeRemoved: { en: 'removed', fr: 'disparu' },
  changeWeakened: { en: 'fewer documents', fr: 'moins de documents' },
  // appearance and filter stages
  noValue: { en: 'no value', fr: 'sans valeur' },
  others: { en: 'others', fr: 'autres' },
  stages: { en: 'Topology and ranges', fr: 'Topologie et plages' },
  addStage: { en: 'Add a filter…', fr: 'Ajouter un filtre…' },
  stageRange: { en: 'Range', fr: 'Plage' },
  stageEgo: { en: 'Ego network of the selection', fr: 'Réseau ego de la sélection' },
  stageComponent: { en: 'Largest connected component', fr: 'Plus grande composante connexe' },
  stageKcore: { en: 'k-core', fr: 'k-cœur' },
  stageGroup: { en: 'Picked group', fr: 'Groupe choisi' },
  stageGroupHint: {
    en: 'Shift + drag on the graph to pick a group',
    fr: 'Maj + glisser sur le graphe pour choisir un groupe',
  },
  stageLeft: { en: 'left', fr: 'restants' },
  depth: { en: 'Depth', fr: 'Profondeur' },
  rangeMin: { en: 'Min.', fr: 'Min.' },
  rangeMax: { en: 'Max.', fr: 'Max.' },
  removeStage: { en: 'Remove this filter', fr: 'Retirer ce filtre' },
  clearStages: { en: 'Remove all', fr: 'Tout retirer' },
} satisfies Table<string>;

export const ENTITY_TYPE_NAMES = {
  Person: { en: 'Person', fr: 'Personne' },
  Country: { en: 'Country', fr: 'Pays' },
  Organization: { en: 'Organization', fr: 'Organisation' },
  Group: { en: 'Group', fr: 'Groupe' },
  Location: { en: 'Location', fr: 'Lieu' },
  Equipment: { en: 'Equipment', fr: 'Équipement' },
  Aid: { en: 'Aid', fr: 'Aide' },
  Event: { en: 'Event', fr: 'Événement' },
  Unknown: { en: 'Untyped name', fr: 'Nom non typé' },
  unknown: { en: 'Unknown', fr: 'Inconnu' },
} satisfies Table<NodeType>;

export const PREDICATE_NAMES = {
  supplies: { en: 'supplies', fr: 'fournit' },
  pledges: { en: 'pledges', fr: 'promet' },
  supports: { en: 'supports', fr: 'soutient' },
  condemns: { en: 'condemns', fr: 'condamne' },
  attacks: { en: 'attacks', fr: 'attaque' },
  invades: { en: 'invades', fr: 'envahit' },
  threatens: { en: 'threatens', fr: 'menace' },
  thanks: { en: 'thanks', fr: 'remercie' },
  welcomes: { en: 'welcomes', fr: 'accueille' },
  requests: { en: 'requests', fr: 'demande' },
  informs: { en: 'informs', fr: 'informe' },
  meets: { en: 'meets', fr: 'rencontre' },
  chairs: { en: 'chairs', fr: 'préside' },
  discusses: { en: 'discusses', fr: 'discute' },
  proposes: { en: 'proposes', fr: 'propose' },
  leads: { en: 'leads', fr: 'dirige' },
  member_of: { en: 'member of', fr: 'membre de' },
  part_of: { en: 'part of', fr: 'fait partie de' },
  cooperates_with: { en: 'cooperates with', fr: 'coopère avec' },
  sanctions: { en: 'sanctions', fr: 'sanctionne' },
} satisfies Table<Predicate>;

export const MODALITY_NAMES = {
  asserted: { en: 'asserted', fr: 'affirmé' },
  reported: { en: 'reported', fr: 'rapporté' },
  hypothetical: { en: 'hypothetical', fr: 'hypothétique' },
  negated: { en: 'negated', fr: 'nié' },
} satisfies Table<Modality>;

export type StringKey = keyof typeof STRINGS;

export function t(lang: Lang, key: StringKey): string {
  return STRINGS[key][lang];
}

/** The first supported language among the browser's preferences (`fr-CA` → `fr`), else English. */
export function detectLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0]!;
    if ((LANGS as readonly string[]).includes(base)) return base as Lang;
  }
  return 'en';
}

/** The names of the attributes a graph of relata's has (metrics included); another file's attributes keep their own key. */
const ATTRIBUTE_NAMES: Partial<Record<string, StringKey>> = {
  type: 'colorType',
  docCount: 'documents',
  mentions: 'mentions',
  inDegree: 'colInDegree',
  outDegree: 'colOutDegree',
  weightedDegree: 'weightedDegree',
  pagerank: 'colPagerank',
  betweenness: 'colBetweenness',
  community: 'colorCommunity',
};

export function attributeName(lang: Lang, key: string): string {
  const name = ATTRIBUTE_NAMES[key];
  return name ? t(lang, name) : key;
}
