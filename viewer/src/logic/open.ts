/**
 * Graph files the viewer opens: graphology JSON (relata's graph.json or any `graph.export()`),
 * GEXF and GraphML, all normalised (model.ts) so the rest of the viewer sees one shape. The
 * viewer's build maps `graphology-gexf` and `graphology-graphml` to their browser endpoints
 * (the DOM's own XML parser).
 *
 * A GEXF or GraphML relata wrote (src/export/gexf.ts, graphml.ts) first gets graph.json's shapes back from what it
 * carries: a `full` one its aliases, node documents and edge evidence from the JSON text
 * attributes, and the documents and sentences tables from the evidence items, each of which
 * holds its sentence and document; a `compact` one, or any with `|`-joined `aliases` and `docs`
 * (an older relata GEXF, a GraphML), its lists split. Counts written as text become numbers.
 * Another tool's file has none of these attributes and goes through unchanged, attributes and all.
 */

import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { AbstractGraph, Attributes } from 'graphology-types';
import { LIST_SEPARATOR } from '../../../src/export/attributes.ts';
import { compareSentenceIds, compareStrings, splitSentenceId } from '../../../src/graph/model.ts';
import type { Language } from '../../../src/types.ts';
import {
  normalizeGraph,
  type Alias,
  type DocumentRecord,
  type Evidence,
  type RelataGraph,
  type SentenceRecord,
} from './model.ts';

const GRAPH_FORMATS = ['json', 'gexf', 'graphml'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

/** The format a file name says, or null for anything else. */
export function formatOf(fileName: string): GraphFormat | null {
  const extension = /\.(json|gexf|graphml)$/i.exec(fileName)?.[1]?.toLowerCase();
  return (GRAPH_FORMATS as readonly (string | undefined)[]).includes(extension) ? (extension as GraphFormat) : null;
}

/**
 * In the browser, the XML document of a GEXF or a GraphML (`root`), or an error saying why it is
 * not one: the DOM's parser returns a `<parsererror>` document for a truncated file, which would
 * read as an empty graph. (Elsewhere the text is left to graphology's own parsers.)
 */
function xmlSource(text: string, root: 'gexf' | 'graphml'): Document | string {
  if (typeof DOMParser === 'undefined') return text;
  const xml = new DOMParser().parseFromString(text, 'application/xml');
  const error = xml.getElementsByTagName('parsererror')[0];
  if (error) {
    const reason = (error.textContent ?? '')
      .replace(/\s+/g, ' ')
      .replace(/^This page contains the following errors: ?/, '')
      .replace(/ Below is a rendering.*$/, '');
    throw new Error(`not well-formed XML${reason ? ` (${reason.trim()})` : ''}`);
  }
  const found = xml.documentElement.localName;
  if (found !== root || !xml.getElementsByTagName('graph')[0]) {
    throw new Error(
      `not a ${root === 'gexf' ? 'GEXF' : 'GraphML'} graph (its root element is <${found}>${found === root ? ' without <graph>' : ''})`,
    );
  }
  return xml;
}

/** A JSON array in a text attribute (`aliasesJson`, `docsJson`, `evidenceJson`), or undefined. */
function jsonList(value: unknown): unknown[] | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The items of a `|`-joined list (src/export/attributes.ts), or undefined when the value is not text. */
const joinedList = (value: unknown): string[] | undefined =>
  typeof value === 'string' ? value.split(LIST_SEPARATOR).filter((item) => item !== '') : undefined;

/**
 * `text@language` as an alias, split at the last `@` (a name may hold one). The joined list is
 * ordered but keeps no counts: 0 says the count is unknown.
 */
export function joinedAlias(item: string): Alias {
  const at = item.lastIndexOf('@');
  if (at <= 0 || at === item.length - 1) return { text: item, language: 'other', count: 0 };
  return { text: item.slice(0, at), language: item.slice(at + 1) as Language, count: 0 };
}

/** The named counts that a file gives as text (a GEXF declaring them `string`), as numbers. */
function counts(a: Attributes, names: readonly string[]): Attributes {
  const out: Attributes = {};
  for (const name of names) {
    const value: unknown = a[name];
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) out[name] = Number(value);
  }
  return out;
}

/** An evidence item of a full GEXF: graph.json's, with its sentence's and its document's fields when known. */
type CarriedEvidence = Evidence &
  Partial<
    Pick<SentenceRecord, 'text' | 'language' | 'start' | 'end'> &
      Pick<DocumentRecord, 'date' | 'title' | 'url' | 'author' | 'path'>
  >;

/** A node's GEXF attributes with its lists back: the JSON ones (with alias counts) rather than the joined ones. */
function gexfNodeAttributes(a: Attributes): Attributes {
  const { aliasesJson, docsJson, ...rest } = a;
  const aliases = jsonList(aliasesJson) ?? joinedList(a.aliases)?.map(joinedAlias);
  const docs = jsonList(docsJson) ?? joinedList(a.docs);
  return { ...rest, ...(aliases && { aliases }), ...(docs && { docs }), ...counts(a, ['mentions', 'docCount']) };
}

/**
 * An edge's GEXF attributes with graph.json's evidence (the count `evidence` of a full GEXF
 * replaced by the items), and the items as carried, for the tables. `viz:thickness`, which
 * graphology-gexf reads as `thickness`, is relata's edge size.
 */
function gexfEdgeAttributes(a: Attributes): [attributes: Attributes, carried: CarriedEvidence[]] {
  const { evidenceJson, ...rest } = a;
  const carried = (jsonList(evidenceJson) ?? []).filter(
    (item): item is CarriedEvidence => typeof (item as Partial<Evidence> | null)?.sentence === 'string',
  );
  const evidence = carried.map(
    ({ text: _t, language: _l, start: _s, end: _e, date: _d, title: _ti, url: _u, author: _a, path: _p, ...item }) =>
      item,
  );
  const docs = joinedList(a.docs);
  const size = rest.size === undefined && typeof rest.thickness === 'number' ? rest.thickness : undefined;
  return [
    {
      ...rest,
      ...(evidenceJson !== undefined && { evidence }),
      ...(docs && { docs }),
      ...(size !== undefined && { size }),
      ...counts(a, ['weight', 'docCount']),
    },
    carried,
  ];
}

/**
 * The documents and sentences tables, in graph.json's order, from the evidence items of a full
 * GEXF: every document an item comes from, every sentence whose text it carries.
 */
function gexfTables(carried: Iterable<CarriedEvidence>): { documents: DocumentRecord[]; sentences: SentenceRecord[] } {
  const documents = new Map<string, DocumentRecord>();
  const sentences = new Map<string, SentenceRecord>();
  for (const { sentence: id, text, language, start, end, date, title, url, author, path } of carried) {
    const [doc, index] = splitSentenceId(id);
    if (!documents.has(doc)) {
      documents.set(doc, {
        id: doc,
        ...(title !== undefined && { title }),
        ...(date !== undefined && { date }),
        ...(url !== undefined && { url }),
        ...(author !== undefined && { author }),
        ...(path !== undefined && { path }),
      });
    }
    if (typeof text === 'string' && typeof start === 'number' && typeof end === 'number' && !sentences.has(id)) {
      sentences.set(id, { id, doc, index, start, end, text, language: language ?? 'other' });
    }
  }
  return {
    documents: [...documents.values()].sort((a, b) => compareStrings(a.id, b.id)),
    sentences: [...sentences.values()].sort((a, b) => compareSentenceIds(a.id, b.id)),
  };
}

/** What a relata GEXF or GraphML carries back in graph.json's shapes, in place on the graph just parsed from it. */
function restoreRelataXml(graph: AbstractGraph): AbstractGraph {
  const carried: CarriedEvidence[] = [];
  graph.updateEachNodeAttributes((_, a) => gexfNodeAttributes(a));
  graph.updateEachEdgeAttributes((_, a) => {
    const [attributes, items] = gexfEdgeAttributes(a);
    for (const item of items) carried.push(item);
    return attributes;
  });
  return graph.mergeAttributes(gexfTables(carried));
}

/** Parse and normalise; throws with a short reason when the text is not a graph. */
export function parseGraph(text: string, format: GraphFormat): RelataGraph {
  if (format === 'gexf')
    return normalizeGraph(
      restoreRelataXml(
        parseGexf(Graph, xmlSource(text, 'gexf'), { addMissingNodes: true, allowUndeclaredAttributes: true }),
      ),
    );
  if (format === 'graphml')
    return normalizeGraph(restoreRelataXml(parseGraphml(Graph, xmlSource(text, 'graphml'), { addMissingNodes: true })));
  const data: unknown = JSON.parse(text);
  if (!data || typeof data !== 'object' || !Array.isArray((data as { nodes?: unknown }).nodes)) {
    throw new Error('not a graphology graph (no "nodes" array)');
  }
  return normalizeGraph(Graph.from(data as Parameters<typeof Graph.from>[0]));
}
