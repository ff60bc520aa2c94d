/**
 * GraphML for yEd, Cytoscape, NetworkX, igraph and Gephi: one typed <key> per attribute
 * (string, int, double), nodes and edges in key order. Aliases are one string,
 * `text@language` joined by ` | `; evidence stays out, as in GEXF (its count is `evidence`).
 */
import { compareStrings, type RelataGraph } from '../graph/model.ts';
import { xmlEscape } from './xml.ts';
import { sortedAliases } from './order.ts';

type KeyType = 'string' | 'int' | 'double';

const NODE_KEYS: [string, KeyType][] = [
  ['label', 'string'], ['type', 'string'], ['aliases', 'string'], ['mentions', 'int'], ['docs', 'int'],
  ['x', 'double'], ['y', 'double'], ['size', 'double'], ['color', 'string'],
];
const EDGE_KEYS: [string, KeyType][] = [
  ['label', 'string'], ['predicate', 'string'], ['modality', 'string'], ['weight', 'double'], ['docCount', 'int'],
  ['evidence', 'int'], ['firstDate', 'string'], ['lastDate', 'string'], ['role', 'string'], ['code', 'string'],
];

const data = (prefix: string, values: Record<string, unknown>, keys: [string, KeyType][]) =>
  keys
    .filter(([k]) => values[k] !== undefined)
    .map(([k]) => `\n      <data key="${prefix}_${k}">${xmlEscape(values[k])}</data>`)
    .join('');

export function toGraphML(graph: RelataGraph): string {
  const keys = [
    ...NODE_KEYS.map(([k, t]) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`),
    ...EDGE_KEYS.map(([k, t]) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`),
  ];
  const nodes = graph
    .nodes()
    .sort(compareStrings)
    .map((key) => {
      const a = graph.getNodeAttributes(key);
      const values = { ...a, aliases: sortedAliases(a.aliases).map((al) => `${al.text}@${al.language}`).join(' | '), docs: a.docs.length };
      return `    <node id="${xmlEscape(key)}">${data('n', values, NODE_KEYS)}\n    </node>`;
    });
  const edges = graph
    .edges()
    .sort(compareStrings)
    .map((key) => {
      const a = graph.getEdgeAttributes(key);
      const [s, t] = graph.extremities(key);
      return `    <edge id="${xmlEscape(key)}" source="${xmlEscape(s)}" target="${xmlEscape(t)}">${data('e', { ...a, evidence: a.evidence.length }, EDGE_KEYS)}\n    </edge>`;
    });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    '  <graph id="relata" edgedefault="directed">',
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
