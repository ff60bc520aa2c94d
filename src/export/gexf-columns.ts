/**
 * The attribute tables of GEXF (gexf.ts): the node and edge attributes each level declares and
 * writes, taken from the shared table of attributes.ts, and the JSON columns of the full level.
 */
import {
  compareStrings,
  splitSentenceId,
  type DocumentRecord,
  type EdgeAttributes,
  type NodeAttributes,
  type RelataGraph,
  type SentenceRecord,
} from '../graph/model.ts';
import { EDGE_ATTRIBUTES, joinList, NODE_ATTRIBUTES, type Attribute, type AttributeType } from './attributes.ts';
import type { GexfEvidence } from './formats.ts';
import { escapeXml, present } from './gexf-text.ts';
import { sortedAliases } from './order.ts';

/** One declared attribute and the <attvalue>s that give it. */
interface Column<A> {
  readonly title: string;
  readonly type: 'string' | 'integer' | 'double';
  readonly value: (attributes: A) => string | number | undefined;
  /** Declared as the attribute's <default>: the value is then written only where it differs. */
  readonly default?: string | number;
}

const GEXF_TYPES = { string: 'string', int: 'integer', double: 'double' } as const satisfies Record<
  AttributeType,
  string
>;

/** One attribute of the shared table, by name. */
function tableAttribute<A>(table: readonly Attribute<A>[], name: string): Attribute<A> {
  const attribute = table.find((a) => a.name === name);
  if (!attribute) throw new Error(`relata/export: no attribute "${name}" in the attribute table`);
  return attribute;
}

const getter = <A>(table: readonly Attribute<A>[], name: string) => tableAttribute(table, name).value;

/** Attributes of the shared table as columns, under their names; `defaults` by name. */
function shared<A>(
  table: readonly Attribute<A>[],
  names: readonly string[],
  defaults: Record<string, string | number> = {},
): Column<A>[] {
  return names.map((name) => {
    const { type, value } = tableAttribute(table, name);
    return { title: name, type: GEXF_TYPES[type], value, ...(name in defaults && { default: defaults[name] }) };
  });
}

/** The node attributes the writer puts in the element itself and its viz: children. */
export const NODE = {
  label: getter(NODE_ATTRIBUTES, 'label'),
  x: getter(NODE_ATTRIBUTES, 'x'),
  y: getter(NODE_ATTRIBUTES, 'y'),
  size: getter(NODE_ATTRIBUTES, 'size'),
  color: getter(NODE_ATTRIBUTES, 'color'),
};
/** The edge attributes the writer puts in the element itself. */
export const EDGE = {
  label: getter(EDGE_ATTRIBUTES, 'label'),
  predicate: getter(EDGE_ATTRIBUTES, 'predicate'),
  weight: getter(EDGE_ATTRIBUTES, 'weight'),
  size: getter(EDGE_ATTRIBUTES, 'size'),
};

/**
 * Compact: what Gephi shows, filters and plays. The defaults are the values most edges have; every
 * edge has a modality and a docCount, so one left out can only mean the default.
 */
const COMPACT_NODES: Column<NodeAttributes>[] = [
  ...shared(NODE_ATTRIBUTES, ['type']),
  // the other names: a search by any of them still finds the entity once the file is reopened
  {
    title: 'aliases',
    type: 'string',
    value: (a) =>
      joinList(sortedAliases(a.aliases).flatMap((al) => (al.text === a.label ? [] : [`${al.text}@${al.language}`]))),
  },
  ...shared(NODE_ATTRIBUTES, ['docCount']),
];
const COMPACT_EDGES = shared(EDGE_ATTRIBUTES, ['modality', 'docCount', 'role'], { modality: 'asserted', docCount: 1 });
/** Full: the whole shared table, as GraphML and the CSV write it, and the JSON below. */
const FULL_NODES = shared(NODE_ATTRIBUTES, ['type', 'aliases', 'mentions', 'docCount', 'docs']);
const FULL_EDGES = shared(EDGE_ATTRIBUTES, [
  'predicate',
  'code',
  'role',
  'modality',
  'docCount',
  'evidence',
  'docs',
  'firstDate',
  'lastDate',
]);

/** Graph.json's aliases and docs of a node, which the shared table joins into text. */
const NODE_JSON: Column<NodeAttributes>[] = [
  {
    title: 'aliasesJson',
    type: 'string',
    value: (a) => (a.aliases.length ? JSON.stringify(sortedAliases(a.aliases)) : undefined),
  },
  {
    title: 'docsJson',
    type: 'string',
    value: (a) => (a.docs.length ? JSON.stringify([...a.docs].sort(compareStrings)) : undefined),
  },
];

/** An edge's evidence as graph.json stores it, each item with its sentence and its document. */
function evidenceColumn(graph: RelataGraph): Column<EdgeAttributes> {
  const documents = new Map<string, DocumentRecord>(graph.getAttribute('documents').map((d) => [d.id, d]));
  const sentences = new Map<string, SentenceRecord>(graph.getAttribute('sentences').map((s) => [s.id, s]));
  return {
    title: 'evidenceJson',
    type: 'string',
    value: (a) =>
      a.evidence.length
        ? JSON.stringify(
            a.evidence.map((ev) => {
              const s = sentences.get(ev.sentence);
              const d = documents.get(splitSentenceId(ev.sentence)[0]);
              return {
                ...ev,
                ...(s && { text: s.text, language: s.language, start: s.start, end: s.end }),
                ...(d && { date: d.date, title: d.title, url: d.url, author: d.author, path: d.path }),
              };
            }),
          )
        : undefined,
  };
}

/** What one level writes: `full` also gives edges their ids, thicknesses, every weight and a spell per day. */
export interface Level {
  full: boolean;
  nodes: readonly (Column<NodeAttributes> & { id: string })[];
  edges: readonly (Column<EdgeAttributes> & { id: string })[];
}

const withIds = <A>(columns: readonly Column<A>[]) => columns.map((column, i) => ({ ...column, id: String(i) }));

/** The columns of one level, with their ids: `full` for the whole table and the JSON, else `compact`. */
export function levelOf(graph: RelataGraph, evidence: GexfEvidence): Level {
  return evidence === 'full'
    ? {
        full: true,
        nodes: withIds([...FULL_NODES, ...NODE_JSON]),
        edges: withIds([...FULL_EDGES, evidenceColumn(graph)]),
      }
    : { full: false, nodes: withIds(COMPACT_NODES), edges: withIds(COMPACT_EDGES) };
}

/** The <attributes> declaration of node or edge columns. */
export function declarations(kind: 'node' | 'edge', columns: Level['nodes'] | Level['edges']): string {
  const lines = columns.map(
    ({ id, title, type, default: value }) =>
      `<attribute id="${id}" title="${escapeXml(title)}" type="${type}"${value === undefined ? '/>' : `><default>${escapeXml(value)}</default></attribute>`}\n`,
  );
  return `<attributes class="${kind}">\n${lines.join('')}</attributes>\n`;
}

/** The <attvalues> of one node or edge: every present value but its default; nothing when none is. */
export function attvalues<A>(columns: readonly (Column<A> & { id: string })[], attributes: A): string {
  let out = '';
  for (const { id, value, default: fallback } of columns) {
    const v = value(attributes);
    if (present(v) && v !== fallback) out += `<attvalue for="${id}" value="${escapeXml(v)}"/>`;
  }
  return out && `<attvalues>${out}</attvalues>`;
}
