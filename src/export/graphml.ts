/**
 * GraphML for yEd, Cytoscape, NetworkX, igraph and Gephi: one typed <key> per attribute of
 * attributes.ts (the same set, names and values as GEXF and the CSV: lists joined by `|`, `docs`
 * the ids of the documents), nodes and edges in key order. Evidence stays out, as in GEXF (its
 * count is `evidence`); the colour is the graph's CSS colour as a string.
 */
import { compareStrings, type RelataGraph } from '../graph/model.ts';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, attributeValues } from './attributes.ts';
import { xmlEscape } from './xml.ts';

const data = (prefix: string, values: Record<string, string | number>) =>
  Object.entries(values)
    .map(([k, v]) => `\n      <data key="${prefix}_${k}">${xmlEscape(v)}</data>`)
    .join('');

export function toGraphML(graph: RelataGraph): string {
  const keys = [
    ...NODE_ATTRIBUTES.map(
      ({ name, type }) => `  <key id="n_${name}" for="node" attr.name="${name}" attr.type="${type}"/>`,
    ),
    ...EDGE_ATTRIBUTES.map(
      ({ name, type }) => `  <key id="e_${name}" for="edge" attr.name="${name}" attr.type="${type}"/>`,
    ),
  ];
  const nodes = graph
    .nodes()
    .sort(compareStrings)
    .map(
      (key) =>
        `    <node id="${xmlEscape(key)}">${data('n', attributeValues(NODE_ATTRIBUTES, graph.getNodeAttributes(key)))}\n    </node>`,
    );
  const edges = graph
    .edges()
    .sort(compareStrings)
    .map((key) => {
      const [s, t] = graph.extremities(key);
      const values = attributeValues(EDGE_ATTRIBUTES, graph.getEdgeAttributes(key));
      return `    <edge id="${xmlEscape(key)}" source="${xmlEscape(s)}" target="${xmlEscape(t)}">${data('e', values)}\n    </edge>`;
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
