/**
 * GEXF 1.3 for Gephi, Gephi Lite and networkx, written by relata itself as a stream of text
 * (`gexfChunks`; `toGEXF` joins it), at one of two levels (`evidence`, `relata export -f gexf
 * --evidence compact|full`):
 *
 * **compact** (the default), for Gephi: what it shows, filters and plays, in a quarter of the size
 * of everything (on the benchmark graph of 250,000 edges, 59 MB against 191 MB before; full: 364 MB).
 * - node: `id` the relata key (a file matches back to its graph by it), `label`; `viz:color`,
 *   `viz:size`, `viz:position`; <attvalue>s `type`, `aliases` (joined as in the full level, the
 *   label's left out: reopened in the viewer, any of its other names finds the entity) and `docCount`.
 * - edge: no `id` (GEXF 1.3 makes it optional; relata's key is `source|kind|target`); `kind` the
 *   predicate, which Gephi reads as the edge type: parallel edges of different predicates stay
 *   apart (without a kind Gephi merges them into one) and "Edge Type" colours and filters by it;
 *   `label` the predicate too, for the readers that know no kind (networkx, relata's viewer);
 *   `weight` (the number of evidence sentences; left out when 1, GEXF's default); `start` and `end`,
 *   the first and last day of its evidence documents, so Gephi's timeline shows the edge from its
 *   first report to its last; <attvalue>s `modality` and `docCount`, declared with the defaults
 *   `asserted` and `1` and written only where they differ (Gephi and graphology-gexf apply
 *   defaults; networkx keeps them in `G.graph['edge_default']`), and `role`.
 * - left out: mentions, the document ids (`docs`), `code`, the evidence count (the weight
 *   is that count), `firstDate`/`lastDate` (the interval), the edge `size` (`viz:thickness`, which
 *   Gephi does not read; relata's is 1 + log2(weight)), a spell per evidence day.
 *
 * **full**, to reopen the graph in relata: the whole attribute table of attributes.ts (the same set
 * and values as GraphML and the CSV), then what its joined lists lose, as JSON text:
 * - node: `label`, viz as above; <attvalue>s `type`, `aliases`, `mentions`, `docCount`, `docs`,
 *   and `aliasesJson` (graph.json's `aliases`: `[{"text","language","count"}]`, most frequent
 *   first) and `docsJson` (the document ids, sorted: `["wire/a.txt"]`).
 * - edge: `id` the relata key, `kind`, `label`, `weight`, `viz:thickness` (the edge `size`); a
 *   spell per day its evidence documents are dated (`2024-08` covers the month, `2024` the year;
 *   overlapping and consecutive days merged; one spell is written as the edge's `start` and `end`);
 *   <attvalue>s `predicate`, `code`, `role`, `modality`, `docCount`, `evidence` (the count),
 *   `docs`, `firstDate`, `lastDate`, and `evidenceJson`: graph.json's evidence items (`sentence`,
 *   the sentence id `doc#index`; `modality`, `attributedTo`, `rule`, `cue`, `confidence`, and
 *   `subject`, `object`, the mentions' `[start, end]` offsets in the document), each with its
 *   sentence's `text`, `language`, `start` and `end` (offsets in the document) from the sentences
 *   table and its document's `date`, `title`, `url`, `author` and `path` from the documents table, when
 *   known. Documents' `sha256`, `source` and sentence counts are not carried.
 *
 * Both levels: attributes declared with ids `0`, `1`… in the order above, titled by name, typed
 * string, integer or double (graphology-gexf and networkx give a value under its attribute's
 * title); `mode="dynamic" timeformat="date"`; nodes and edges without a date have no interval,
 * which GEXF reads as "always present". Nodes and edges are written in key order, so the output
 * is as deterministic as graph.json: the same graph gives the same bytes. One line per node and
 * per edge, not indented (a diff still shows which node or edge changed). Text goes out in pieces
 * of about 64 KiB (CHUNK), so a graph of any size is written without holding its GEXF in one string.
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
 * Until this writer, graphology-gexf's `write()` wrote relata's GEXF (over a sorted copy of the
 * graph, spells added to its output afterwards by a regular expression): one string for the whole
 * file, several times slower (`npm run bench`), raw control characters that made the file invalid,
 * and spells misplaced after an id holding `>`. Its parser still reads the output back in the tests.
 *
 * The attribute tables are in gexf-columns.ts, the spells in gexf-spells.ts, the escaping in gexf-text.ts.
 */
import { chunked } from '../chunks.ts';
import type { EdgeAttributes, NodeAttributes, RelataGraph } from '../graph/model.ts';
import type { GexfEvidence } from './formats.ts';
import { attvalues, declarations, EDGE, levelOf, NODE, type Level } from './gexf-columns.ts';
import { dateSpan, envelope, mergedSpells } from './gexf-spells.ts';
import { escapeXml, present, xmlAttribute } from './gexf-text.ts';

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
    if (parts.length < 3 || parts.length > 4 || !parts.every((p) => /^[+-]?(\d+\.?\d*|\.\d+)%?$/.test(p)))
      return undefined;
    rgb = parts.slice(0, 3).map((p) => Math.round(channel(p, 255)));
    if (parts[3]) a = channel(parts[3], 1);
  } else return undefined;
  // three channels: three hex pairs or digits, or three to four parts
  const [r, g, b] = [rgb[0]!, rgb[1]!, rgb[2]!];
  a = Math.round(a * 1000) / 1000;
  return a < 1 ? { r, g, b, a } : { r, g, b };
}

/** Pieces of about this many characters (64 KiB of ASCII): few writes, little memory. */
export const CHUNK = 64 * 1024;

function nodeLine(level: Level, key: string, a: NodeAttributes): string {
  const color = NODE.color(a);
  const rgba = typeof color === 'string' ? rgbaOf(color) : undefined;
  const size = NODE.size(a);
  const position = xmlAttribute('x', NODE.x(a)) + xmlAttribute('y', NODE.y(a));
  return (
    `<node id="${escapeXml(key)}"${xmlAttribute('label', NODE.label(a))}>` +
    attvalues(level.nodes, a) +
    (rgba
      ? `<viz:color r="${rgba.r}" g="${rgba.g}" b="${rgba.b}"${rgba.a === undefined ? '' : ` a="${rgba.a}"`}/>`
      : '') +
    (present(size) ? `<viz:size value="${escapeXml(size)}"/>` : '') +
    (position ? `<viz:position${position}/>` : '') +
    '</node>\n'
  );
}

function edgeLine(
  level: Level,
  key: string,
  source: string,
  target: string,
  a: EdgeAttributes,
  spells: [string, string][],
): string {
  const weight = EDGE.weight(a);
  const size = level.full ? EDGE.size(a) : undefined;
  let spellList = '';
  if (spells.length > 1) for (const [start, end] of spells) spellList += `<spell start="${start}" end="${end}"/>`;
  const open =
    `<edge${level.full ? ` id="${escapeXml(key)}"` : ''} source="${escapeXml(source)}" target="${escapeXml(target)}"` +
    `${xmlAttribute('kind', EDGE.predicate(a))}${xmlAttribute('label', EDGE.label(a))}` +
    // GEXF's default weight is 1: compact leaves it out
    (level.full || weight !== 1 ? xmlAttribute('weight', weight) : '') +
    // one spell as the edge's own start and end, which Gephi and networkx read: 25 bytes fewer than <spells>
    (spells.length === 1 ? ` start="${spells[0]![0]}" end="${spells[0]![1]}"` : '');
  const content =
    attvalues(level.edges, a) +
    (spellList && `<spells>${spellList}</spells>`) +
    (present(size) ? `<viz:thickness value="${escapeXml(size)}"/>` : '');
  return content ? `${open}>${content}</edge>\n` : `${open}/>\n`;
}

const HEAD =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">\n' +
  '<graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n';

export interface GexfOptions {
  /** `compact` (the default): for Gephi; `full`: everything relata needs to reopen the graph. */
  evidence?: GexfEvidence;
}

/**
 * The GEXF document in pieces of about CHUNK characters, written straight from the graph, nodes
 * then edges in key order; `[...gexfChunks(graph, options)].join('')` is `toGEXF(graph, options)`.
 */
export function* gexfChunks(graph: RelataGraph, options: GexfOptions = {}): Generator<string> {
  yield* chunked(gexfLines(graph, levelOf(graph, options.evidence ?? 'compact')), CHUNK);
}

/** The document line by line: the frame, one line per node, one per edge. */
function* gexfLines(graph: RelataGraph, level: Level): Generator<string> {
  const spans = new Map<string, [string, string] | undefined>();
  for (const { id, date } of graph.getAttribute('documents')) spans.set(id, dateSpan(date ?? ''));
  const spanOf = (doc: string) => spans.get(doc);
  // Key order. The default sort compares strings by UTF-16 code units, the order of
  // compareStrings (and of graph.json), in a third less time than with a comparator.
  const nodes = graph.nodes().sort();
  const edges = graph.edges().sort();

  yield HEAD + declarations('node', level.nodes) + declarations('edge', level.edges);
  yield '<nodes>\n';
  for (const key of nodes) yield nodeLine(level, key, graph.getNodeAttributes(key));
  yield '</nodes>\n';
  yield '<edges>\n';
  for (const key of edges) {
    const attributes = graph.getEdgeAttributes(key);
    const [source, target] = graph.extremities(key);
    const spells = mergedSpells(attributes.evidence, spanOf);
    // compact: one interval; a spell per evidence day would add 30 bytes an edge on the benchmark graph
    yield edgeLine(level, key, source, target, attributes, level.full ? spells : envelope(spells));
  }
  yield '</edges>\n';
  yield '</graph>\n';
  yield '</gexf>\n';
}

/** The whole GEXF document as one string (for a large graph, prefer writing `gexfChunks`). */
export function toGEXF(graph: RelataGraph, options: GexfOptions = {}): string {
  return [...gexfChunks(graph, options)].join('');
}
