/**
 * Graphs and readers shared by the GEXF tests (gexf*.test.ts), a plain module (importing it
 * registers no tests): the demo corpus, a graph of hostile text, and what the tests read of a GEXF
 * (its spells and time mode, its declared attributes) or expect of it.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { edgeSpells, envelope } from '../../src/export/gexf-spells.ts';
import type { RelataGraph } from '../../src/graph/index.ts';
import { documentDates } from '../../src/graph/derive.ts';
import { buildGraph as buildCorpus } from '../../src/index.ts';
import { CORPUS, E, buildGraph, makeDoc } from '../graph/fixtures.ts';
import { SANCTIONS } from '../query/fixture.ts';
import { parseXml } from './helpers.ts';

/** Characters XML 1.0 does not allow: C0 controls but tab, LF and CR; U+FFFE, U+FFFF; with `u`, unpaired surrogates only. */
export const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/u;
const NOT_XML_ALL = new RegExp(NOT_XML.source, 'gu');

/** [what, text written, text read back] */
export const HOSTILE: [string, string, string][] = [
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
export function hostileGraph(): RelataGraph {
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
export function mapStrings<T>(value: T, change: (text: string) => string): T {
  if (typeof value === 'string') return change(value) as T;
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, change)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [change(k), mapStrings(v, change)])) as T;
  return value;
}

/** Without the characters XML 1.0 does not allow: what the new writer writes of a text. */
export const withoutNonXml = <T>(value: T): T => mapStrings(value, (text) => text.replace(NOT_XML_ALL, ''));

/**
 * What both writers can carry of a text: the previous one wrote NEL and LS raw, which the parser
 * reads as spaces (XML 1.1 line ends), where the new one writes references, kept as they are.
 */
export const comparable = <T>(value: T): T =>
  mapStrings(value, (text) => text.replace(NOT_XML_ALL, '').replace(/[\u0085\u2028]/g, ' '));

export const FULL = { evidence: 'full' } as const;

/** The graph of the demo corpus (examples/corpus), built afresh. */
export async function buildDemo(): Promise<RelataGraph> {
  return (
    await buildCorpus([join(import.meta.dirname, '../../examples/corpus')], {
      out: mkdtempSync(join(tmpdir(), 'relata-gexf-demo-')),
    })
  ).graph;
}

/** The two graphs the writers are compared on, for `describe.each`: the demo corpus (as `demo` gives it) and hostile text. */
export const graphsUnderTest = (demo: () => RelataGraph) =>
  [
    ['the demo corpus', demo],
    ['a graph of hostile text', hostileGraph],
  ] as const;

/** Each edge's spells as `edgeSpells` computes them from its evidence, in key order (compact: their envelope). */
export function expectedSpells(graph: RelataGraph, level: 'compact' | 'full') {
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
export function timeOf(xml: string) {
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
export function declared(xml: string): Record<string, string> {
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

/** The named members of `value` that are defined. */
export const pick = <T extends object>(value: Record<string, unknown>, names: readonly string[]) =>
  Object.fromEntries(names.filter((name) => value[name] !== undefined).map((name) => [name, value[name]])) as T;
