/**
 * The node and edge attributes that GEXF, GraphML and the spreadsheet CSV write: one table, so
 * the three formats carry the same set under the same names and values (graph/README.md
 * documents the graph itself; README "Exporting" lists where each format puts them).
 *
 * Lists (aliases, docs) are one string, items joined by `|` (LIST_SEPARATOR) in every format:
 * GraphML has no list type and networkx reads a GEXF `liststring` as unparsed text, so a joined
 * string is the one form every reader gives back alike. `|` is one character, which pandas'
 * `str.split` takes literally (a longer separator is a regular expression there); a `|` inside an
 * item becomes `¦`. Aliases are `text@language`, most frequent first.
 *
 * `docs` means what it means in graph.json: the ids of the documents, sorted (a node's: those that
 * mention it; an edge's: those of its evidence sentences); their number is `docCount`, on nodes
 * and edges. `evidence` is the number of an edge's evidence sentences (the sentences themselves
 * are in evidence.csv, the RDF and the Neo4j exports). An absent value, an empty list or a
 * non-finite number is not written (an empty cell in CSV).
 */
import { compareStrings, splitSentenceId, type EdgeAttributes, type NodeAttributes } from '../graph/model.ts';
import { sortedAliases } from './order.ts';

/** The value types, named as GraphML names them (GEXF: string, integer, double). */
export type AttributeType = 'string' | 'int' | 'double';

export interface Attribute<A> {
  readonly name: string;
  readonly type: AttributeType;
  readonly value: (attributes: A) => string | number | undefined;
}

export const LIST_SEPARATOR = '|';

/** Items joined by LIST_SEPARATOR (a separator inside an item becomes `¦`); undefined for no items. */
export function joinList(items: readonly unknown[]): string | undefined {
  return items.length
    ? items.map((item) => String(item).replaceAll(LIST_SEPARATOR, '¦')).join(LIST_SEPARATOR)
    : undefined;
}

/** The ids of the documents an edge's evidence comes from, sorted. */
const edgeDocs = (evidence: EdgeAttributes['evidence']): string[] =>
  [...new Set(evidence.map((ev) => splitSentenceId(ev.sentence)[0]))].sort(compareStrings);

export const NODE_ATTRIBUTES: readonly Attribute<NodeAttributes>[] = [
  { name: 'label', type: 'string', value: (a) => a.label },
  { name: 'type', type: 'string', value: (a) => a.type },
  {
    name: 'aliases',
    type: 'string',
    value: (a) => joinList(sortedAliases(a.aliases).map((al) => `${al.text}@${al.language}`)),
  },
  { name: 'mentions', type: 'int', value: (a) => a.mentions },
  { name: 'docCount', type: 'int', value: (a) => a.docs.length },
  { name: 'docs', type: 'string', value: (a) => joinList([...a.docs].sort(compareStrings)) },
  { name: 'x', type: 'double', value: (a) => a.x },
  { name: 'y', type: 'double', value: (a) => a.y },
  { name: 'size', type: 'double', value: (a) => a.size },
  { name: 'color', type: 'string', value: (a) => a.color },
];

export const EDGE_ATTRIBUTES: readonly Attribute<EdgeAttributes>[] = [
  { name: 'label', type: 'string', value: (a) => a.label },
  { name: 'predicate', type: 'string', value: (a) => a.predicate },
  { name: 'code', type: 'string', value: (a) => a.code },
  { name: 'role', type: 'string', value: (a) => a.role },
  { name: 'modality', type: 'string', value: (a) => a.modality },
  { name: 'weight', type: 'double', value: (a) => a.weight },
  { name: 'docCount', type: 'int', value: (a) => a.docCount },
  { name: 'evidence', type: 'int', value: (a) => a.evidence.length },
  { name: 'docs', type: 'string', value: (a) => joinList(edgeDocs(a.evidence)) },
  { name: 'firstDate', type: 'string', value: (a) => a.firstDate },
  { name: 'lastDate', type: 'string', value: (a) => a.lastDate },
  { name: 'size', type: 'double', value: (a) => a.size },
];

/** The values of `table` for one node or edge, in table order; absent, empty and non-finite ones left out. */
export function attributeValues<A>(table: readonly Attribute<A>[], attributes: A): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const { name, value } of table) {
    const v = value(attributes);
    if (v !== undefined && v !== '' && !(typeof v === 'number' && !Number.isFinite(v))) out[name] = v;
  }
  return out;
}
