/**
 * relata's GEXF writer before its own streaming one (src/export/gexf.ts): graphology-gexf's
 * `write()` over a key-sorted copy of the graph, then each edge's spells inserted into the text
 * by a regular expression. A plain module (importing it registers no tests), kept as the oracle
 * that gexf.test.ts compares the new output with, read back by graphology-gexf's parser, and as
 * the baseline of `npm run bench`.
 */
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, attributeValues, type Attribute } from '../../src/export/attributes.ts';
import { edgeSpells } from '../../src/export/gexf-spells.ts';
import { rgbaOf } from '../../src/export/gexf.ts';
import { compareStrings, type EdgeAttributes, type NodeAttributes, type RelataGraph } from '../../src/graph/model.ts';

function vizColor(color: unknown): string | undefined {
  const c = typeof color === 'string' ? rgbaOf(color) : undefined;
  if (!c) return undefined;
  return c.a === undefined ? `rgb(${c.r},${c.g},${c.b})` : `rgba(${c.r},${c.g},${c.b},${c.a})`;
}

const NODE_OWN = new Set(['label', 'x', 'y', 'size', 'color']);
const EDGE_OWN = new Set(['label', 'weight', 'size']);

const attvalues = <A>(table: readonly Attribute<A>[], own: Set<string>, attributes: A) =>
  attributeValues(
    table.filter((attribute) => !own.has(attribute.name)),
    attributes,
  );

export function previousGEXF(graph: RelataGraph): string {
  const dates = new Map(graph.getAttribute('documents').map((d) => [d.id, d.date]));
  const edges = graph.edges().sort(compareStrings);
  return withSpells(
    writeStatic(graph),
    edges.map((e) => edgeSpells(graph.getEdgeAttribute(e, 'evidence'), dates)),
  );
}

function withSpells(xml: string, spells: [string, string][][]): string {
  let i = 0;
  const head = xml.replace(
    '<graph defaultedgetype="directed">',
    '<graph defaultedgetype="directed" mode="dynamic" timeformat="date">',
  );
  return head.replace(/(<edge [^>]*>\s*<attvalues>[\s\S]*?<\/attvalues>)(\s*)/g, (_, edge: string, space: string) => {
    const list = spells[i++];
    if (!list.length) return edge + space;
    const items = list.map(([start, end]) => `${space}  <spell start="${start}" end="${end}"/>`).join('');
    return `${edge}${space}<spells>${items}${space}</spells>${space}`;
  });
}

/** graphology-gexf's `write()` over a key-sorted copy of the graph. */
function writeStatic(graph: RelataGraph): string {
  const sorted = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const node of graph.nodes().sort(compareStrings)) sorted.addNode(node, graph.getNodeAttributes(node));
  for (const edge of graph.edges().sort(compareStrings)) {
    sorted.addDirectedEdgeWithKey(edge, graph.source(edge), graph.target(edge), graph.getEdgeAttributes(edge));
  }
  return write(sorted, WRITE_OPTIONS);
}

/** The options relata gave `write()`: GEXF 1.3, attributes.ts's attributes in GEXF's places. */
export const WRITE_OPTIONS: Parameters<typeof write<NodeAttributes, EdgeAttributes>>[1] = {
  version: '1.3',
  formatNode: (_, a) => ({
    label: a.label,
    viz: { color: vizColor(a.color), size: a.size, x: a.x, y: a.y },
    attributes: attvalues(NODE_ATTRIBUTES, NODE_OWN, a),
  }),
  formatEdge: (_, a) => ({
    label: a.label,
    weight: a.weight,
    viz: { thickness: a.size },
    attributes: attvalues(EDGE_ATTRIBUTES, EDGE_OWN, a),
  }),
};
