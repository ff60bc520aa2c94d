/**
 * GEXF 1.3 for Gephi, Gephi Lite and networkx, written by relata itself as a stream of text
 * (`gexfChunks`; `toGEXF` joins it): the attributes of attributes.ts (the same set and values as
 * GraphML and the CSV), each where GEXF has a place for it: a node's `label` and an edge's `label`
 * and `weight` as XML attributes; a node's position, size and colour and an edge's size as
 * `viz:position`, `viz:size`, `viz:color` and `viz:thickness`; the rest as <attvalue>s of the
 * declared <attributes> (ids `0`, `1`… in table order, titled by name, typed string, integer or
 * double; graphology-gexf and networkx give a value under its attribute's title, so they read
 * the same names as from the ids-as-names graphology-gexf wrote, in fewer bytes).
 * Evidence text stays out (it would multiply the file size). Nodes and edges are written in key
 * order, so the output is as deterministic as graph.json: the same graph gives the same bytes.
 *
 * Layout: one line per node and per edge, the frame indented: a quarter smaller than the one
 * element per line that graphology-gexf writes, and a diff still shows which node or edge changed.
 * Text goes out in pieces of about 64 KiB (CHUNK), so a graph of any size is written without
 * holding its GEXF in one string.
 *
 * Text and attribute values are escaped (`&`, `<`, `>`, `"`; tab, line feed, carriage return, NEL
 * and line separator as character references, which every XML reader keeps as they are);
 * characters XML 1.0 does not allow (C0 controls but tab, LF and CR; U+FFFE, U+FFFF; unpaired
 * surrogates) are left out, so the file is valid XML whatever the text of the news.
 *
 * Colours are `<viz:color r="…" g="…" b="…"/>`, with `a` only for a colour with transparency.
 * GEXF 1.3 also allows `hex="#…"`, but networkx's `read_gexf` reads only r, g and b (a colour
 * without `r` fails to load), and r/g/b is the form every GEXF version and reader knows.
 * graphology-gexf's parser reads it back as `rgb(r,g,b)`.
 *
 * Time: the graph is `mode="dynamic" timeformat="date"` and each edge carries one spell per
 * day its evidence documents are dated (`2024-08` covers the month, `2024` the year;
 * overlapping spells merged), so Gephi's timeline plays the graph. Edges without dated
 * evidence and all nodes have no spell, which GEXF reads as "always present".
 *
 * Until this writer, graphology-gexf's `write()` wrote relata's GEXF (over a sorted copy of the
 * graph, spells added to its output afterwards by a regular expression): one string for the whole
 * file, several times slower (`npm run bench`), raw control characters that made the file invalid,
 * and spells misplaced after an id holding `>`. Its parser still reads the output back in the tests.
 */
import { compareStrings, splitSentenceId, type EdgeAttributes, type NodeAttributes, type RelataGraph } from '../graph/model.ts';
import { EDGE_ATTRIBUTES, NODE_ATTRIBUTES, type Attribute, type AttributeType } from './attributes.ts';
import { chunked } from '../chunks.ts';

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
  return mergedSpells(evidence, (doc) => dateSpan(dates.get(doc) ?? ''));
}

function mergedSpells(evidence: EdgeAttributes['evidence'], spanOf: (doc: string) => [string, string] | undefined): [string, string][] {
  if (evidence.length === 1) {
    const span = spanOf(splitSentenceId(evidence[0].sentence)[0]);
    return span ? [[span[0], span[1]]] : [];
  }
  const spans: [string, string][] = [];
  let previous: string | undefined;
  for (const ev of evidence) {
    const doc = splitSentenceId(ev.sentence)[0];
    if (doc === previous) continue; // evidence comes sorted by document: one look-up per document
    previous = doc;
    const span = spanOf(doc);
    if (span) spans.push(span);
  }
  spans.sort((a, b) => compareStrings(a[0], b[0]) || compareStrings(a[1], b[1]));
  const merged: [string, string][] = [];
  for (const [start, end] of spans) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = end > last[1] ? end : last[1];
    else merged.push([start, end]);
  }
  return merged;
}

/** Pieces of about this many characters (64 KiB of ASCII): few writes, little memory. */
export const CHUNK = 64 * 1024;

/** Characters that XML escapes or does not allow, NEL, LS and surrogates (most often paired: valid), for a quick test. */
const SUSPECT = /[&<>"\u0000-\u001f\u0085\u2028\ud800-\udfff\ufffe\uffff]/;
/** What is written escaped and what XML 1.0 does not allow (with `u`, a surrogate pair is one character, a lone one matches). */
const UNSAFE = /[&<>"\t\n\r\u0085\u2028\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/gu;
/**
 * Tab, LF and CR as references, which attribute-value normalisation keeps; so are NEL and LS,
 * legal in XML 1.0 but line ends in XML 1.1, which some readers (xmldom, graphology-gexf's) apply.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
  '\u0085': '&#133;',
  '\u2028': '&#8232;',
};

/** A value for an XML attribute: escaped, characters XML 1.0 does not allow left out (a number needs neither). */
function escapeXml(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return SUSPECT.test(value) ? value.replace(UNSAFE, (c) => ENTITIES[c] ?? '') : value;
}

/** A value attributes.ts writes: not absent, not empty, not a non-finite number. */
const present = (value: string | number | undefined): value is string | number =>
  value !== undefined && value !== '' && (typeof value !== 'number' || Number.isFinite(value));

const GEXF_TYPES = { string: 'string', int: 'integer', double: 'double' } as const satisfies Record<AttributeType, string>;

/** The table's attributes that GEXF writes as <attvalue>s (the others have places of their own). */
function attvalueTable<A>(table: readonly Attribute<A>[], own: readonly string[]) {
  return table.filter((attribute) => !own.includes(attribute.name)).map((attribute, i) => ({ ...attribute, id: String(i) }));
}

/** The value getter of one attribute of the table, for the places GEXF has for it. */
function getter<A>(table: readonly Attribute<A>[], name: string): Attribute<A>['value'] {
  const attribute = table.find((a) => a.name === name);
  if (!attribute) throw new Error(`relata/export: no attribute "${name}" in the attribute table`);
  return attribute.value;
}

const NODE_VALUES = attvalueTable(NODE_ATTRIBUTES, ['label', 'x', 'y', 'size', 'color']);
const EDGE_VALUES = attvalueTable(EDGE_ATTRIBUTES, ['label', 'weight', 'size']);
const NODE = { label: getter(NODE_ATTRIBUTES, 'label'), x: getter(NODE_ATTRIBUTES, 'x'), y: getter(NODE_ATTRIBUTES, 'y'), size: getter(NODE_ATTRIBUTES, 'size'), color: getter(NODE_ATTRIBUTES, 'color') };
const EDGE = { label: getter(EDGE_ATTRIBUTES, 'label'), weight: getter(EDGE_ATTRIBUTES, 'weight'), size: getter(EDGE_ATTRIBUTES, 'size') };

function declarations(kind: 'node' | 'edge', table: readonly { id: string; name: string; type: AttributeType }[]): string {
  const lines = table.map(({ id, name, type }) => `      <attribute id="${id}" title="${escapeXml(name)}" type="${GEXF_TYPES[type]}"/>\n`);
  return `    <attributes class="${kind}">\n${lines.join('')}    </attributes>\n`;
}

function attvalues<A>(table: readonly { id: string; value: Attribute<A>['value'] }[], attributes: A): string {
  let out = '';
  for (const { id, value } of table) {
    const v = value(attributes);
    if (present(v)) out += `<attvalue for="${id}" value="${escapeXml(v)}"/>`;
  }
  return out && `<attvalues>${out}</attvalues>`;
}

/** ` name="value"` for a value attributes.ts writes, else nothing. */
const xmlAttribute = (name: string, value: string | number | undefined): string => (present(value) ? ` ${name}="${escapeXml(value)}"` : '');

function nodeLine(key: string, a: NodeAttributes): string {
  const color = NODE.color(a);
  const rgba = typeof color === 'string' ? rgbaOf(color) : undefined;
  const size = NODE.size(a);
  const position = xmlAttribute('x', NODE.x(a)) + xmlAttribute('y', NODE.y(a));
  return (
    `      <node id="${escapeXml(key)}"${xmlAttribute('label', NODE.label(a))}>` +
    attvalues(NODE_VALUES, a) +
    (rgba ? `<viz:color r="${rgba.r}" g="${rgba.g}" b="${rgba.b}"${rgba.a === undefined ? '' : ` a="${rgba.a}"`}/>` : '') +
    (present(size) ? `<viz:size value="${escapeXml(size)}"/>` : '') +
    (position ? `<viz:position${position}/>` : '') +
    '</node>\n'
  );
}

function edgeLine(key: string, source: string, target: string, a: EdgeAttributes, spells: [string, string][]): string {
  const size = EDGE.size(a);
  let spellList = '';
  for (const [start, end] of spells) spellList += `<spell start="${start}" end="${end}"/>`;
  return (
    `      <edge id="${escapeXml(key)}" source="${escapeXml(source)}" target="${escapeXml(target)}"` +
    `${xmlAttribute('weight', EDGE.weight(a))}${xmlAttribute('label', EDGE.label(a))}>` +
    attvalues(EDGE_VALUES, a) +
    (spellList && `<spells>${spellList}</spells>`) +
    (present(size) ? `<viz:thickness value="${escapeXml(size)}"/>` : '') +
    '</edge>\n'
  );
}

const HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">\n' +
  '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n' +
  declarations('node', NODE_VALUES) +
  declarations('edge', EDGE_VALUES);

/**
 * The GEXF document in pieces of about CHUNK characters, written straight from the graph, nodes
 * then edges in key order; `[...gexfChunks(graph)].join('')` is `toGEXF(graph)`.
 */
export function* gexfChunks(graph: RelataGraph): Generator<string> {
  yield* chunked(gexfLines(graph), CHUNK);
}

/** The document line by line: the frame, one line per node, one per edge. */
function* gexfLines(graph: RelataGraph): Generator<string> {
  const spans = new Map<string, [string, string] | undefined>();
  for (const { id, date } of graph.getAttribute('documents')) spans.set(id, dateSpan(date ?? ''));
  const spanOf = (doc: string) => spans.get(doc);
  // Key order. The default sort compares strings by UTF-16 code units, the order of
  // compareStrings (and of graph.json), in a third less time than with a comparator.
  const nodes = graph.nodes().sort();
  const edges = graph.edges().sort();

  yield HEAD;
  yield '    <nodes>\n';
  for (const key of nodes) yield nodeLine(key, graph.getNodeAttributes(key));
  yield '    </nodes>\n';
  yield '    <edges>\n';
  for (const key of edges) {
    const attributes = graph.getEdgeAttributes(key);
    const [source, target] = graph.extremities(key);
    yield edgeLine(key, source, target, attributes, mergedSpells(attributes.evidence, spanOf));
  }
  yield '    </edges>\n';
  yield '  </graph>\n';
  yield '</gexf>\n';
}

/** The whole GEXF document as one string (for a large graph, prefer writing `gexfChunks`). */
export function toGEXF(graph: RelataGraph): string {
  return [...gexfChunks(graph)].join('');
}
