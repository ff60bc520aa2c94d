/**
 * GEXF 1.3 for Gephi, Gephi Lite and networkx: the attributes of attributes.ts (the same set and
 * values as GraphML and the CSV), each where GEXF has a place for it: a node's `label` and an
 * edge's `label` and `weight` as XML attributes; a node's position, size and colour and an edge's
 * size as `viz:position`, `viz:size`, `viz:color` and `viz:thickness`; the rest as <attvalue>s.
 * Evidence text stays out (it would multiply the file size). Nodes and edges are written in key
 * order through a sorted copy, so the output is as deterministic as graph.json.
 *
 * Colours are `<viz:color r="…" g="…" b="…"/>`, with `a` only for a colour with transparency.
 * GEXF 1.3 also allows `hex="#…"`, which graphology-gexf writes for a `#` colour, but networkx's
 * `read_gexf` reads only r, g and b (a colour without `r` fails to load), and r/g/b is the form
 * every GEXF version and reader knows. graphology-gexf's parser reads it back as `rgb(r,g,b)`.
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
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, attributeValues, type Attribute } from './attributes.ts';

export type RGBA = { r: number; g: number; b: number; a?: number };

const channel = (text: string, max: number): number => {
  const n = text.endsWith('%') ? (Number(text.slice(0, -1)) * max) / 100 : Number(text);
  return Math.min(max, Math.max(0, n));
};

/**
 * A CSS colour (`#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb()`, `rgba()`) as GEXF's viz:color
 * channels: r, g, b from 0 to 255 and `a` from 0 to 1 (three decimals, enough for 8-bit alpha)
 * only when the colour is not opaque. Undefined for anything else (a colour name, `hsl()`): no
 * colour is written then, as a GEXF colour without r, g and b is invalid.
 */
export function rgbaOf(color: string): RGBA | undefined {
  const text = color.trim();
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(text)?.[1];
  const fn = /^rgba?\(([^()]*)\)$/i.exec(text)?.[1];
  let rgb: number[];
  let a = 1;
  if (hex) {
    const digits = hex.length <= 4 ? [...hex].map((c) => c + c) : hex.match(/../g)!;
    rgb = digits.slice(0, 3).map((d) => parseInt(d, 16));
    if (digits[3]) a = parseInt(digits[3], 16) / 255;
  } else if (fn) {
    const parts = fn.trim().split(/\s*[,/]\s*|\s+/);
    if (parts.length < 3 || parts.length > 4 || !parts.every((p) => /^[+-]?(\d+\.?\d*|\.\d+)%?$/.test(p))) return undefined;
    rgb = parts.slice(0, 3).map((p) => Math.round(channel(p, 255)));
    if (parts[3]) a = channel(parts[3], 1);
  } else return undefined;
  const [r, g, b] = rgb;
  a = Math.round(a * 1000) / 1000;
  return a < 1 ? { r, g, b, a } : { r, g, b };
}

/** The colour as `rgb()`/`rgba()`, from which graphology-gexf writes r/g/b(/a) attributes (never `hex`). */
function vizColor(color: unknown): string | undefined {
  const c = typeof color === 'string' ? rgbaOf(color) : undefined;
  if (!c) return undefined;
  return c.a === undefined ? `rgb(${c.r},${c.g},${c.b})` : `rgba(${c.r},${c.g},${c.b},${c.a})`;
}

/** What GEXF holds in places of its own (XML attributes, viz:*) rather than in <attvalue>s. */
const NODE_OWN = new Set(['label', 'x', 'y', 'size', 'color']);
const EDGE_OWN = new Set(['label', 'weight', 'size']);

const attvalues = <A>(table: readonly Attribute<A>[], own: Set<string>, attributes: A) =>
  attributeValues(
    table.filter((attribute) => !own.has(attribute.name)),
    attributes,
  );

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
      viz: { color: vizColor(a.color), size: a.size, x: a.x, y: a.y },
      attributes: attvalues(NODE_ATTRIBUTES, NODE_OWN, a),
    }),
    formatEdge: (_, a) => ({
      label: a.label,
      weight: a.weight,
      viz: { thickness: a.size },
      attributes: attvalues(EDGE_ATTRIBUTES, EDGE_OWN, a),
    }),
  });
}
