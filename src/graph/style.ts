/** Display attributes: colours by entity type and predicate, sizes from weights. */
import type { EntityType, Predicate } from '../types.ts';

/** A categorical palette (Tableau 10 hues) readable on white and on dark grey. */
export const TYPE_COLORS = {
  Person: '#4e79a7',
  Country: '#e15759',
  Organization: '#f28e2b',
  Group: '#b07aa1',
  Location: '#59a14f',
  Equipment: '#76b7b2',
  Aid: '#edc948',
  Event: '#9c755f',
  Unknown: '#bab0ac',
} as const satisfies Record<EntityType, string>;

/** Hostile relations in reds, support in greens, talk in blues, structure in greys/purples. */
export const PREDICATE_COLORS = {
  supplies: '#2ca02c',
  pledges: '#98df8a',
  supports: '#59a14f',
  condemns: '#ff9896',
  attacks: '#d62728',
  invades: '#8c1c13',
  threatens: '#e377c2',
  thanks: '#bcbd22',
  welcomes: '#dbdb8d',
  requests: '#17becf',
  informs: '#9edae5',
  meets: '#1f77b4',
  chairs: '#aec7e8',
  discusses: '#6baed6',
  proposes: '#ff7f0e',
  leads: '#9467bd',
  member_of: '#7f7f7f',
  part_of: '#c7c7c7',
  cooperates_with: '#8c564b',
  sanctions: '#f28e2b',
} as const satisfies Record<Predicate, string>;

export const round2 = (n: number): number => Math.round(n * 100) / 100;

/** Node display size from its weighted degree (sum of the weights of its edges). */
export const nodeSize = (weightedDegree: number): number => round2(4 + 3 * Math.sqrt(weightedDegree));

/** Edge thickness from its weight (number of supporting sentences). */
export const edgeSize = (weight: number): number => round2(1 + Math.log2(Math.max(weight, 1)));
