/**
 * relata's own GEXF writer (src/export/gexf.ts) at its two levels. Full against the writer it
 * replaced, graphology-gexf's `write()` with spells added afterwards (gexf-previous.ts): read back
 * by graphology-gexf's parser, both give the same nodes, edges, attributes and colours, on the demo
 * corpus and on a graph of hostile text, full adding each edge's kind and the JSON that reopens the
 * graph (a graph rebuilt from it equals the one written), and every edge carries the spells its
 * evidence dates give. The differences allowed are the old writer's faults on hostile text: it let
 * through characters XML 1.0 does not allow (the new one leaves them out), wrote NEL and LS raw
 * (read back as spaces; the new one writes references) and put spells on the wrong edges after an
 * id holding `>`. Compact (the default) against full: the same values for the attributes it keeps,
 * defaults applied, one interval per edge, under 240 bytes an edge. Then the chunks: joined they
 * are `toGEXF`, and each is about CHUNK long.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-gexf';
import { beforeAll, describe, expect, it } from 'vitest';
import { edgeSpells, envelope } from '../../src/export/gexf-spells.ts';
import { CHUNK, gexfChunks, toGEXF } from '../../src/export/gexf.ts';
import { sortedAliases } from '../../src/export/order.ts';
import { EXPORT_CHUNKS } from '../../src/export/index.ts';
import { createGraph, type RelataGraph } from '../../src/graph/index.ts';
import {
  splitSentenceId,
  type DocumentRecord,
  type EdgeAttributes,
  type Evidence,
  type NodeAttributes,
  type SentenceRecord,
} from '../../src/graph/model.ts';
import { documentDates } from '../../src/graph/merge.ts';
import { buildGraph as buildCorpus } from '../../src/index.ts';
import { CORPUS, E, buildGraph, makeDoc } from '../graph/fixtures.ts';
import { SANCTIONS } from '../query/fixture.ts';
import { previousGEXF } from './gexf-previous.ts';
import { parseXml, xmlErrors } from './helpers.ts';
import { syntheticGraph } from './synthetic.ts';

/** Characters XML 1.0 does not allow: C0 controls but tab, LF and CR; U+FFFE, U+FFFF; with `u`, unpaired surrogates only. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/u;
const NOT_XML_ALL = new RegExp(NOT_XML.source, 'gu');

/** [what, text written, text read back] */
const HOSTILE: [string, string, string][] = [
  ['quotes', `He said "no" and 'yes'`, `He said "no" and 'yes'`],
  ['markup', '<b>AT&T</b> & <i>co</i> ]]> &amp; &#65;', '<b>AT&T</b> & <i>co</i> ]]> &amp; &#65;'],
  ['white space', 'tab\there\nline\r\ncrlf  two  spaces ', 'tab\there\nline\r\ncrlf  two  spaces '],
  [
    'controls',
    'nul\u0000soh\u0001bs\u0008vt\u000bff\u000cesc\u001b del\u007f nel\u0085 ls\u2028',
    'nulsohbsvtffesc del\u007f nel\u0085 ls\u2028',
  ],
  ['emoji', 'Zelensky 🇺🇦 👩‍👩‍👧 𝔘𝔫𝔦 é ß ﬁ zero\u200bwidth', 'Zelensky 🇺🇦 👩‍👩‍👧 𝔘𝔫𝔦 é ß ﬁ zero\u200bwidth'],
  ['non-characters', 'bad\ufffe\uffff lone\ud800high lone\udc00low', 'bad lonehigh lonelow'],
  ['very long', 'Ministère de la Défense « & » '.repeat(8_000), 'Ministère de la Défense « & » '.repeat(8_000)],
];

/** A document whose id, an entity's key and label, and the edge between them are hostile text. */
const ODD = makeDoc(
  'wire/"odd" & <id>\u0001 🇺🇦.txt',
  ['Germany supplies AT&T to Ukraine.'],
  [
    [
      {
        s: E.germany,
        p: 'supplies',
        o: { id: 'organization:at&t-"quoted"-<x>-\u0001-🇺🇦', label: 'AT&T', type: 'Organization' },
      },
    ],
  ],
  { date: '2024-05' },
);

/** The fixture corpus with every hostile text as a node label, an alias and an edge label. */
function hostileGraph(): RelataGraph {
  const graph = buildGraph([CORPUS.en1, CORPUS.fr1, SANCTIONS, ODD]);
  const nodes = graph.nodes().sort();
  const edges = graph.edges().sort();
  if (nodes.length < HOSTILE.length || edges.length < HOSTILE.length)
    throw new Error('test fixture: too few nodes or edges for the hostile texts');
  HOSTILE.forEach(([, text], i) => {
    graph.setNodeAttribute(nodes[i], 'label', text);
    graph.getNodeAttribute(nodes[i], 'aliases').push({ text, language: 'en', count: 99 });
    graph.setEdgeAttribute(edges[i], 'label', text);
  });
  return graph;
}

/** Every string in `value`, keys included, changed by `change`. */
function mapStrings<T>(value: T, change: (text: string) => string): T {
  if (typeof value === 'string') return change(value) as T;
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, change)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [change(k), mapStrings(v, change)])) as T;
  return value;
}

/** Without the characters XML 1.0 does not allow: what the new writer writes of a text. */
const withoutNonXml = <T>(value: T): T => mapStrings(value, (text) => text.replace(NOT_XML_ALL, ''));

/**
 * What both writers can carry of a text: the previous one wrote NEL and LS raw, which the parser
 * reads as spaces (XML 1.1 line ends), where the new one writes references, kept as they are.
 */
const comparable = <T>(value: T): T =>
  mapStrings(value, (text) => text.replace(NOT_XML_ALL, '').replace(/[\u0085\u2028]/g, ' '));

const FULL = { evidence: 'full' } as const;

/** What graphology-gexf reads: the graph as graphology's serialisation. */
const readBack = (xml: string) => parse(MultiDirectedGraph, xml).export();

/** Without what full adds to the attributes the previous writer wrote: edge kinds and the JSON. */
function withoutAdditions(graph: ReturnType<typeof readBack>) {
  const strip = (attributes: Record<string, unknown> = {}) =>
    Object.fromEntries(Object.entries(attributes).filter(([name]) => name !== 'kind' && !name.endsWith('Json')));
  return {
    ...graph,
    nodes: graph.nodes.map((n) => ({ ...n, attributes: strip(n.attributes) })),
    edges: graph.edges.map((e) => ({ ...e, attributes: strip(e.attributes) })),
  };
}

/** Each edge's spells as `edgeSpells` computes them from its evidence, in key order (compact: their envelope). */
function expectedSpells(graph: RelataGraph, level: 'compact' | 'full') {
  const dates = documentDates(graph);
  return graph
    .edges()
    .sort()
    .map((edge) => {
      const spells = edgeSpells(graph.getEdgeAttribute(edge, 'evidence'), dates);
      return level === 'full' ? spells : envelope(spells);
    });
}

/** The spells of each edge in file order (one spell may be the edge's own start and end), and the graph's time mode. */
function timeOf(xml: string) {
  const doc = parseXml(xml);
  const graph = doc.getElementsByTagName('graph')[0];
  const spells = Array.from(doc.getElementsByTagName('edge')).map((edge) =>
    edge.hasAttribute('start')
      ? [[edge.getAttribute('start'), edge.getAttribute('end')]]
      : Array.from(edge.getElementsByTagName('spell')).map((s) => [s.getAttribute('start'), s.getAttribute('end')]),
  );
  return { mode: graph.getAttribute('mode'), timeformat: graph.getAttribute('timeformat'), spells };
}

/** The declared attributes, `class:title` → type (and default, if any). */
function declared(xml: string): Record<string, string> {
  return Object.fromEntries(
    Array.from(parseXml(xml).getElementsByTagName('attributes')).flatMap((list) =>
      Array.from(list.getElementsByTagName('attribute')).map((a) => {
        const fallback = a.getElementsByTagName('default')[0]?.textContent;
        return [
          `${list.getAttribute('class')}:${a.getAttribute('title')}`,
          a.getAttribute('type')! + (fallback ? ` = ${fallback}` : ''),
        ];
      }),
    ),
  );
}

const EVIDENCE_FIELDS = [
  'sentence',
  'modality',
  'attributedTo',
  'rule',
  'cue',
  'confidence',
  'subject',
  'object',
] as const;
const pick = <T extends object>(value: Record<string, unknown>, names: readonly string[]) =>
  Object.fromEntries(names.filter((name) => value[name] !== undefined).map((name) => [name, value[name]])) as T;

/**
 * A relata graph rebuilt from a full GEXF, as relata's viewer would reopen it: the shared
 * attributes, lists and evidence from the JSON, the sentences and documents tables from the
 * evidence items (without what full does not carry: documents' sha256, source, sentence counts).
 */
function reopen(xml: string) {
  const back = parse(MultiDirectedGraph, xml);
  const nodes = new Map<string, Partial<NodeAttributes>>();
  back.forEachNode((key, a) =>
    nodes.set(key, {
      label: a.label,
      type: a.type,
      aliases: JSON.parse(a.aliasesJson ?? '[]'),
      mentions: a.mentions,
      docs: JSON.parse(a.docsJson ?? '[]'),
      x: a.x,
      y: a.y,
      size: a.size,
    }),
  );
  const edges = new Map<string, Partial<EdgeAttributes>>();
  const sentences = new Map<string, SentenceRecord>();
  const documents = new Map<string, Partial<DocumentRecord>>();
  back.forEachEdge((key, a) => {
    const items: Record<string, unknown>[] = JSON.parse(a.evidenceJson ?? '[]');
    for (const item of items) {
      const [doc, index] = splitSentenceId(item.sentence as string);
      if (item.text !== undefined)
        sentences.set(item.sentence as string, {
          id: item.sentence as string,
          doc,
          index,
          ...pick<Omit<SentenceRecord, 'id' | 'doc' | 'index'>>(item, ['start', 'end', 'text', 'language']),
        });
      documents.set(doc, { id: doc, ...pick(item, ['date', 'title', 'url', 'path']) });
    }
    const shared = pick<Partial<EdgeAttributes>>(a, [
      'predicate',
      'label',
      'code',
      'role',
      'weight',
      'docCount',
      'modality',
      'firstDate',
      'lastDate',
    ]);
    edges.set(key, {
      ...shared,
      size: a.thickness,
      evidence: items.map((item) => pick<Evidence>(item, EVIDENCE_FIELDS)),
    });
  });
  return { nodes, edges, sentences: [...sentences.values()], documents: [...documents.values()] };
}

let demo: RelataGraph;
beforeAll(async () => {
  ({ graph: demo } = await buildCorpus([join(import.meta.dirname, '../../examples/corpus')], {
    out: mkdtempSync(join(tmpdir(), 'relata-gexf-demo-')),
  }));
});

const GRAPHS = [
  ['the demo corpus', () => demo],
  ['a graph of hostile text', hostileGraph],
] as const;

describe.each(GRAPHS)('on %s, the full GEXF reads back as the previous writer’s did', (_, graphOf) => {
  let ours: string;
  let previous: string;
  beforeAll(() => {
    ours = toGEXF(graphOf(), FULL);
    previous = previousGEXF(graphOf());
  });

  it('is well-formed XML with no character XML 1.0 does not allow', () => {
    expect(xmlErrors(ours)).toEqual([]);
    expect(ours).not.toMatch(NOT_XML);
  });

  it('gives the same nodes, edges, attributes and colours to graphology-gexf, plus kinds and JSON', () => {
    const back = readBack(ours);
    expect(back.nodes.length).toBe(graphOf().order);
    expect(back.edges.length).toBe(graphOf().size);
    expect(comparable(withoutAdditions(back))).toEqual(comparable(readBack(previous)));
    const graph = graphOf();
    expect(back.edges.map((edge) => edge.attributes?.kind)).toEqual(
      graph
        .edges()
        .sort()
        .map((edge) => graph.getEdgeAttribute(edge, 'predicate')),
    );
  });

  it('carries each edge’s evidence dates as spells, in dynamic mode', () => {
    expect(timeOf(ours)).toEqual({
      mode: 'dynamic',
      timeformat: 'date',
      spells: withoutNonXml(expectedSpells(graphOf(), 'full')),
    });
    expect(timeOf(ours).spells.some((spells) => spells.length > 1)).toBe(true);
  });

  it('declares every attribute of the table, typed as before, then the JSON', () => {
    expect(declared(ours)).toMatchObject(declared(previous));
    expect(Object.keys(declared(ours))).toEqual([
      ...['type', 'aliases', 'mentions', 'docCount', 'docs', 'aliasesJson', 'docsJson'].map((name) => `node:${name}`),
      ...[
        'predicate',
        'code',
        'role',
        'modality',
        'docCount',
        'evidence',
        'docs',
        'firstDate',
        'lastDate',
        'evidenceJson',
      ].map((name) => `edge:${name}`),
    ]);
  });

  it('joins its chunks into toGEXF', () => {
    expect([...gexfChunks(graphOf(), FULL)].join('')).toBe(ours);
  });
});

describe('full GEXF reopens as the graph it was written from', () => {
  it('on the demo corpus: nodes with their aliases and documents, edges with their evidence, the sentences and documents behind it', () => {
    const back = reopen(toGEXF(demo, FULL));
    const written = (a: NodeAttributes) => ({
      ...pick<Partial<NodeAttributes>>(a, ['label', 'type', 'mentions', 'x', 'y', 'size']),
      aliases: sortedAliases(a.aliases),
      docs: [...a.docs].sort(),
    });
    expect(Object.fromEntries(back.nodes)).toEqual(
      Object.fromEntries(demo.nodes().map((node) => [node, written(demo.getNodeAttributes(node))])),
    );
    expect(Object.fromEntries(back.edges)).toEqual(
      Object.fromEntries(
        demo
          .edges()
          .map((edge) => [
            edge,
            pick(demo.getEdgeAttributes(edge), [
              'predicate',
              'label',
              'code',
              'role',
              'weight',
              'docCount',
              'modality',
              'firstDate',
              'lastDate',
              'size',
              'evidence',
            ]),
          ]),
      ),
    );
    expect(back.sentences.sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual(
      [...demo.getAttribute('sentences')].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    const cited = new Set(back.sentences.map((s) => s.doc));
    expect(back.documents.sort((a, b) => (a.id! < b.id! ? -1 : 1))).toEqual(
      demo
        .getAttribute('documents')
        .filter((d) => cited.has(d.id))
        .map((d) => pick(d, ['id', 'date', 'title', 'url', 'path'])),
    );
    expect(back.sentences.length).toBeGreaterThan(10);
  });

  it('on hostile text: aliases and evidence come back as written, JSON keeping even control characters (U+FFFE, U+FFFF left out)', () => {
    const graph = hostileGraph();
    const back = reopen(toGEXF(graph, FULL));
    const kept = <T>(value: T): T => mapStrings(value, (text) => text.replace(/[\ufffe\uffff]/g, ''));
    for (const node of graph.nodes())
      expect(back.nodes.get(withoutNonXml(node))?.aliases).toEqual(
        kept(sortedAliases(graph.getNodeAttribute(node, 'aliases'))),
      );
    for (const edge of graph.edges())
      expect(back.edges.get(withoutNonXml(edge))?.evidence).toEqual(kept(graph.getEdgeAttribute(edge, 'evidence')));
    expect(back.nodes.get('organization:at&t-"quoted"-<x>--🇺🇦')?.docs).toEqual(['wire/"odd" & <id>\u0001 🇺🇦.txt']);
  });
});

describe.each(GRAPHS)('on %s, the compact GEXF', (_, graphOf) => {
  let compact: string;
  let full: ReturnType<typeof parse>;
  beforeAll(() => {
    compact = toGEXF(graphOf());
    full = parse(MultiDirectedGraph, toGEXF(graphOf(), FULL));
  });

  it('is the default, well-formed XML with no character XML 1.0 does not allow', () => {
    expect(toGEXF(graphOf(), { evidence: 'compact' })).toBe(compact);
    expect(xmlErrors(compact)).toEqual([]);
    expect(compact).not.toMatch(NOT_XML);
  });

  it('declares type, aliases and docCount on nodes; modality and docCount with their defaults, and role, on edges', () => {
    expect(declared(compact)).toEqual({
      'node:type': 'string',
      'node:aliases': 'string',
      'node:docCount': 'integer',
      'edge:modality': 'string = asserted',
      'edge:docCount': 'integer = 1',
      'edge:role': 'string',
    });
  });

  it('gives graphology-gexf every node under its key, with the values of full for what it keeps, and the aliases but the label', () => {
    const back = parse(MultiDirectedGraph, compact);
    expect(back.order).toBe(graphOf().order);
    back.forEachNode((node, { aliases, ...attributes }) => {
      const fullNode = full.getNodeAttributes(node);
      expect(attributes).toEqual(pick(fullNode, ['label', 'type', 'docCount', 'color', 'size', 'x', 'y']));
      const others = String(fullNode.aliases ?? '')
        .split('|')
        .filter((item) => item !== '' && item.slice(0, item.lastIndexOf('@')) !== fullNode.label);
      expect(aliases ? String(aliases).split('|') : []).toEqual(others);
    });
  });

  it('gives it every edge without an id, its relata key `source|kind|target`, with the values of full for what it keeps (defaults applied, weight 1 by default)', () => {
    const back = parse(MultiDirectedGraph, compact);
    const edges = back.mapEdges((_, a, source, target) => {
      const key = `${source}|${a.kind}|${target}`;
      expect({ ...a, weight: a.weight ?? 1 }).toEqual(
        pick(full.getEdgeAttributes(key), ['kind', 'label', 'weight', 'modality', 'docCount', 'role']),
      );
      return key;
    });
    expect(edges.sort()).toEqual(withoutNonXml(graphOf().edges()).sort());
  });

  it('gives each edge one interval, from the first day of its evidence documents to the last', () => {
    expect(timeOf(compact)).toEqual({
      mode: 'dynamic',
      timeformat: 'date',
      spells: withoutNonXml(expectedSpells(graphOf(), 'compact')),
    });
    expect(timeOf(compact).spells.every((spells) => spells.length <= 1)).toBe(true);
  });
});

it('on the demo corpus, the full GEXF writes the spells the previous writer wrote', () => {
  expect(timeOf(toGEXF(demo, FULL))).toEqual(timeOf(previousGEXF(demo)));
});

describe('size', () => {
  const graph = syntheticGraph(20_000);
  const bytes = (xml: string) => Buffer.byteLength(xml) / graph.size;

  it('compact stays under 240 bytes an edge on the synthetic graph (60 MB for its 250,000 edges; 745 bytes before)', () => {
    expect(bytes(toGEXF(graph))).toBeLessThan(240);
  });

  it('full is the larger, with every attribute and the evidence', () => {
    const [full, compact] = [toGEXF(graph, FULL), toGEXF(graph)];
    expect(bytes(full)).toBeGreaterThan(4 * bytes(compact));
    // the declarations (read from the head alone): compact's and more, the evidence JSON among them
    const head = (xml: string) => Object.keys(declared(`${xml.slice(0, xml.indexOf('<nodes'))}</graph></gexf>`));
    expect(head(full)).toEqual(expect.arrayContaining([...head(compact), 'edge:evidenceJson']));
    // and every edge carries its evidence
    const evidence = /<attribute id="(\d+)" title="evidenceJson"/.exec(full)![1];
    expect(full.slice(full.indexOf('<edges')).split(`<attvalue for="${evidence}" value="[{`).length - 1).toBe(
      graph.size,
    );
  });
});

describe('hostile text', () => {
  const graph = hostileGraph();
  const xml = toGEXF(graph, FULL);
  const back = parse(MultiDirectedGraph, xml);
  const compact = parse(MultiDirectedGraph, toGEXF(graph));
  const nodes = graph.nodes().sort();
  const edges = graph.edges().sort();

  it.each(HOSTILE.map(([what, written, read], i) => [what, i, written, read] as const))(
    '%s comes back as written, less what XML 1.0 does not allow',
    (_, i, written, read) => {
      expect(graph.getNodeAttribute(nodes[i], 'label')).toBe(written);
      const [node, edge] = withoutNonXml([nodes[i], edges[i]]); // a key too can hold what XML does not allow
      expect(back.getNodeAttribute(node, 'label')).toBe(read);
      expect(back.getNodeAttribute(node, 'aliases').split('|')).toContain(`${read}@en`);
      expect(back.getEdgeAttribute(edge, 'label')).toBe(read);
      expect(compact.getNodeAttribute(node, 'label')).toBe(read);
      expect(
        compact.findEdge((_, a, source, target) => `${source}|${a.kind}|${target}` === edge && a.label === read),
      ).toBeDefined();
    },
  );

  it('in keys and document ids: ids, sources, targets and docs read back, spells included', () => {
    const key = 'organization:at&t-"quoted"-<x>--🇺🇦';
    const edge = `country:germany|supplies|${key}`;
    expect(back.hasNode(key)).toBe(true);
    expect(back.getNodeAttribute(key, 'docs')).toBe('wire/"odd" & <id> 🇺🇦.txt');
    expect(back.extremities(edge)).toEqual(['country:germany', key]);
    expect(timeOf(xml).spells[withoutNonXml(edges).indexOf(edge)]).toEqual([['2024-05-01', '2024-05-31']]);
    expect(compact.hasNode(key)).toBe(true);
  });

  it('broke the previous writer: characters XML does not allow let through, spells on the wrong edges after an id with `>`', () => {
    const previous = previousGEXF(graph);
    expect(previous).toMatch(NOT_XML);
    expect(timeOf(previous).spells).not.toEqual(withoutNonXml(expectedSpells(graph, 'full')));
  });
});

describe('gexfChunks', () => {
  const graph = syntheticGraph(3_000);
  const chunks = [...gexfChunks(graph)];

  it('is the gexf entry of EXPORT_CHUNKS, which `relata export -f gexf -o` writes piece by piece', () => {
    expect(EXPORT_CHUNKS.gexf).toBe(gexfChunks);
  });

  it('joins into toGEXF, in pieces of about CHUNK characters ending at a line end', () => {
    const longest = Math.max(
      ...toGEXF(graph)
        .split('\n')
        .map((line) => line.length + 1),
    );
    expect(chunks.join('')).toBe(toGEXF(graph));
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks.slice(0, -1)) {
      expect(chunk.length).toBeGreaterThanOrEqual(CHUNK);
      expect(chunk.length).toBeLessThan(CHUNK + longest);
      expect(chunk.endsWith('\n')).toBe(true);
    }
    expect(chunks.at(-1)!.endsWith('</gexf>\n')).toBe(true);
  });

  it('writes one line per node and per edge', () => {
    const lines = chunks.join('').split('\n');
    expect(lines.filter((line) => line.startsWith('<node ')).length).toBe(graph.order);
    expect(lines.filter((line) => line.startsWith('<edge ')).length).toBe(graph.size);
  });

  it('gives the same bytes for the same graph, whatever the order it was built in', () => {
    const reversed = createGraph();
    reversed.replaceAttributes(graph.getAttributes());
    for (const node of graph.nodes().reverse()) reversed.addNode(node, graph.getNodeAttributes(node));
    for (const edge of graph.edges().reverse())
      reversed.addDirectedEdgeWithKey(edge, graph.source(edge), graph.target(edge), graph.getEdgeAttributes(edge));
    expect([...gexfChunks(reversed)]).toEqual(chunks);
    expect(toGEXF(syntheticGraph(3_000))).toBe(chunks.join(''));
  });

  it('writes an empty graph as a valid document', () => {
    const xml = toGEXF(createGraph());
    expect(xmlErrors(xml)).toEqual([]);
    expect(parse(MultiDirectedGraph, xml, { respectInputGraphType: true }).order).toBe(0); // with no edge to tell, the parser would guess a mixed graph
  });
});
