/**
 * GEXF 1.3 for Gephi: labels, types, colours, positions and sizes on nodes; predicate,
 * weight, modality, docCount and the number of evidence sentences on edges. Evidence text
 * stays out (it would multiply the file size, see STACK.md). Nodes and edges are written in
 * key order through a sorted copy, so the output is as deterministic as graph.json.
 */
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import { compareStrings, type EdgeAttributes, type NodeAttributes, type RelataGraph } from '../graph/model.ts';

export function toGEXF(graph: RelataGraph): string {
  const sorted = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const node of graph.nodes().sort(compareStrings)) sorted.addNode(node, graph.getNodeAttributes(node));
  for (const edge of graph.edges().sort(compareStrings)) {
    sorted.addDirectedEdgeWithKey(edge, graph.source(edge), graph.target(edge), graph.getEdgeAttributes(edge));
  }
  return write(sorted, {
    version: '1.3',
    formatNode: (_, a) => ({
      label: a.label,
      viz: { color: a.color, size: a.size, x: a.x, y: a.y },
      attributes: { type: a.type, mentions: a.mentions, docs: a.docs.length },
    }),
    formatEdge: (_, a) => ({
      label: a.label,
      weight: a.weight,
      viz: { thickness: a.size },
      attributes: {
        predicate: a.predicate,
        modality: a.modality,
        docCount: a.docCount,
        evidence: a.evidence.length,
        firstDate: a.firstDate,
        lastDate: a.lastDate,
      },
    }),
  });
}
