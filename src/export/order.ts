/** Deterministic order for what graph.json sorts on write but a graph in memory may not hold sorted. */
import { compareStrings, type Alias } from '../graph/model.ts';

/** Most frequent first, then text, then language: the order of graph.json. */
export const sortedAliases = (aliases: readonly Alias[]): Alias[] =>
  [...aliases].sort((a, b) => b.count - a.count || compareStrings(a.text, b.text) || compareStrings(a.language, b.language));
