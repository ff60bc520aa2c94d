/**
 * GEXF 1.3 for Gephi: labels, types, colours, positions and sizes on nodes; predicate,
 * weight, modality, docCount and the number of evidence sentences on edges. Evidence text
 * stays out (it would multiply the file size, see STACK.md). Nodes and edges are written in
 * key order through a sorted copy, so the output is as deterministic as graph.json.
 *
 * Time: the graph is `mode="dynamic" timeformat="date"` and each edge carries one spell per
 * day its evidence documents are dated (`2024-08` covers the month, `2024` the year;
 * overlapping spells merged), so Gephi's timeline plays the graph. Edges without dated
 * evidence and all nodes have no spell, which GEXF reads as "always present".
 * graphology-gexf writes no spells, so they are added to its output (after each edge's
 * attvalues, the first child it writes).
 */
import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import { compareStrings, splitSentenceId, type EdgeAttributes, type NodeAttributes, type RelataGraph } from '../graph/model.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/** The day interval an ISO date (full or partial) covers, or undefined for anything else. */
export function dateSpan(date: string): [string, string] | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (d) return [date, date];
  if (mo) return [`${y}-${mo}-01`, `${y}-${mo}-${pad(new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate())}`];
  return [`${y}-01-01`, `${y}-12-31`];
}

/** Sorted, merged day intervals of an edge's evidence documents. */
export function edgeSpells(evidence: EdgeAttributes['evidence'], dates: Map<string, string | undefined>): [string, string][] {
  const spans = evidence
    .flatMap((ev) => {
      const span = dateSpan(dates.get(splitSentenceId(ev.sentence)[0]) ?? '');
      return span ? [span] : [];
    })
    .sort((a, b) => compareStrings(a[0], b[0]) || compareStrings(a[1], b[1]));
  const merged: [string, string][] = [];
  for (const [start, end] of spans) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = end > last[1] ? end : last[1];
    else merged.push([start, end]);
  }
  return merged;
}

export function toGEXF(graph: RelataGraph): string {
  const dates = new Map(graph.getAttribute('documents').map((d) => [d.id, d.date]));
  const edges = graph.edges().sort(compareStrings);
  return withSpells(writeStatic(graph), edges.map((e) => edgeSpells(graph.getEdgeAttribute(e, 'evidence'), dates)));
}

/** Mark the graph dynamic and insert each edge's spells (edges come in key order in both). */
function withSpells(xml: string, spells: [string, string][][]): string {
  let i = 0;
  const head = xml.replace('<graph defaultedgetype="directed">', '<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
  return head.replace(/(<edge [^>]*>\s*<attvalues>[\s\S]*?<\/attvalues>)(\s*)/g, (_, edge: string, space: string) => {
    const list = spells[i++];
    if (!list.length) return edge + space;
    const items = list.map(([start, end]) => `${space}  <spell start="${start}" end="${end}"/>`).join('');
    return `${edge}${space}<spells>${items}${space}</spells>${space}`;
  });
}

function writeStatic(graph: RelataGraph): string {
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
