/**
 * graph.json as text: canonical serialization and checked parsing, no file access (store.ts
 * reads and writes the file).
 *
 * `serializeGraph` writes graphology's `export()` shape with everything sorted and a fixed
 * key order, one document / sentence / node / edge per line so diffs stay readable. Only
 * the attributes of graph/README.md are written: anything else set on the graph is dropped.
 */
import { parseGraph } from './parse.ts';
import {
  documentText,
  evidenceItemText,
  knownEvidenceText,
  pick,
  sentenceText,
  sortedEvidence,
} from './record-text.ts';
import { graphProblem } from './schema.ts';
import {
  GRAPH_FILE,
  GRAPH_FORMAT,
  GRAPH_VERSION,
  compareSentenceIds,
  compareStrings,
  sortedAliases,
  type RelataGraph,
} from './model.ts';

const OPTIONS = { type: 'directed', multi: true, allowSelfLoops: false } as const;

/** A JSON array with one item per line; `items` are already JSON. */
function* lines(items: Iterable<string>): Generator<string> {
  let first = true;
  for (const item of items) {
    yield first ? `[\n${item}` : `,\n${item}`;
    first = false;
  }
  yield first ? '[]' : '\n]';
}

function* map<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

/**
 * graph.json in pieces, in order: the whole text is never held at once, so a graph of a
 * book-length document costs its pieces only (an edge with many sentences comes out one piece each).
 */
export function* serializedPieces(graph: RelataGraph): Generator<string> {
  const { documents, sentences } = graph.getAttributes();
  const docs = [...documents].sort((a, b) => compareStrings(a.id, b.id));
  const sents = [...sentences].sort((a, b) => compareSentenceIds(a.id, b.id));
  const head = `{"format":${JSON.stringify(GRAPH_FORMAT)},"version":${GRAPH_VERSION}`;
  yield `{"options":${JSON.stringify(OPTIONS)},"attributes":${head},"documents":`;
  yield* lines(map(docs, documentText));
  yield ',"sentences":';
  yield* lines(map(sents, sentenceText));
  yield '},"nodes":';
  yield* lines(
    map(graph.nodes().sort(compareStrings), (key) => {
      const a = graph.getNodeAttributes(key);
      const attributes = {
        ...pick(a, ['label', 'type']),
        aliases: sortedAliases(a.aliases).map((al) => pick(al, ['text', 'language', 'count'])),
        mentions: a.mentions,
        docs: [...a.docs].sort(compareStrings),
        ...pick(a, ['x', 'y', 'size', 'color']),
      };
      return JSON.stringify({ key, attributes });
    }),
  );
  yield ',"edges":';
  yield* edgeLines(graph);
  yield '}\n';
}

/** The edges as `lines` writes them, each as `{…,"attributes":{…,"evidence":[`, one piece per evidence item, `]}}`. */
function* edgeLines(graph: RelataGraph): Generator<string> {
  const keys = graph.edges().sort(compareStrings);
  if (keys.length === 0) return yield '[]';
  for (const [n, key] of keys.entries()) {
    const a = graph.getEdgeAttributes(key);
    const attributes = pick(a, [
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
    ]);
    const open = JSON.stringify({ key, source: graph.source(key), target: graph.target(key), attributes });
    const opening = `${n === 0 ? '[\n' : ',\n'}${open.slice(0, -2)},"evidence":`;
    const known = knownEvidenceText(a.evidence);
    if (known !== undefined) {
      yield `${opening}${known}}}`;
      continue;
    }
    yield `${opening}[`;
    for (const [i, ev] of sortedEvidence(a.evidence).entries())
      yield i === 0 ? evidenceItemText(ev) : `,${evidenceItemText(ev)}`;
    yield ']}}';
  }
  yield '\n]';
}

/** Same graph content, same bytes: independent of insertion order, no timestamps. */
export function serializeGraph(graph: RelataGraph): string {
  let text = '';
  for (const piece of serializedPieces(graph)) text += piece;
  return text;
}

/**
 * Parse graph.json text; `file` names the source in error messages. `trusted`: the text is
 * what a build wrote (its build cache says so), so the schema's check of every node and edge
 * (about a tenth of an incremental build) is left out; the format and version are still checked.
 */
export function graphFromJSON(text: string, file = GRAPH_FILE, trusted = false): RelataGraph {
  return parseGraph(text, file, trusted ? undefined : graphProblem);
}
