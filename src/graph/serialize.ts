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
  keptBytes,
  listSpan,
  pick,
  sentenceText,
  sortedEvidence,
  type KeptBytes,
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

/** A piece of graph.json: text, or bytes of the graph.json the graph was read from. */
export type Piece = string | Uint8Array;

/**
 * Records written in order, each behind its separator (`[` and a line end before the first, a
 * comma and a line end before the others, in a table; `[` or a comma in an evidence list): a
 * record whose bytes were kept (record-text.ts) is copied, behind the same separator there,
 * and consecutive ones are copied as one piece.
 */
class Writer {
  #start = -1;
  #end = -1;
  constructor(readonly source: KeptBytes | undefined) {}

  /** The pieces for `record` behind `separator`: none while a run of kept bytes goes on. */
  *record<T>(record: T, separator: string, text: (record: T) => string): Generator<Piece> {
    const k = typeof record === 'object' && record !== null ? this.source?.spans.get(record) : undefined;
    if (k !== undefined) yield* this.copy(k, separator);
    else {
      yield* this.flush();
      yield separator + text(record);
    }
  }

  /** The pieces for the kept span `k` behind `separator`. */
  *copy(k: number, separator: string): Generator<Piece> {
    const { bytes, starts, ends } = this.source!;
    const start = starts[k]!;
    const from = start - separator.length;
    // the same separator before it in the kept bytes (its first char tells: `[`, `,` or a line end)
    const same = from >= 0 && (separator === '' || bytes[from] === separator.charCodeAt(0));
    if (!same) {
      yield* this.flush();
      yield separator;
    }
    const at = same ? from : start;
    if (at !== this.#end) {
      yield* this.flush();
      this.#start = at;
    }
    this.#end = ends[k]!;
  }

  /** The run of kept bytes so far, as one piece. */
  *flush(): Generator<Piece> {
    if (this.#start < 0) return;
    yield this.source!.bytes.subarray(this.#start, this.#end);
    this.#start = this.#end = -1;
  }
}

/** A table with one record per line, `text` writing one not kept. */
function* table<T>(writer: Writer, records: Iterable<T>, text: (record: T) => string): Generator<Piece> {
  let first = true;
  for (const record of records) {
    yield* writer.record(record, first ? '[\n' : ',\n', text);
    first = false;
  }
  yield* writer.flush();
  yield first ? '[]' : '\n]';
}

/**
 * graph.json in pieces, in order: the whole text is never held at once, so a graph of a
 * book-length document costs its pieces only (an edge with many sentences comes out one piece
 * each). A graph read from graph.json's bytes copies those of the records it still holds.
 */
export function* serializedPieces(graph: RelataGraph): Generator<Piece> {
  const writer = new Writer(keptBytes(graph));
  const { documents, sentences } = graph.getAttributes();
  const docs = [...documents].sort((a, b) => compareStrings(a.id, b.id));
  const sents = [...sentences].sort((a, b) => compareSentenceIds(a.id, b.id));
  const head = `{"format":${JSON.stringify(GRAPH_FORMAT)},"version":${GRAPH_VERSION}`;
  yield `{"options":${JSON.stringify(OPTIONS)},"attributes":${head},"documents":`;
  yield* table(writer, docs, documentText);
  yield ',"sentences":';
  yield* table(writer, sents, sentenceText);
  yield '},"nodes":';
  yield* table(writer, graph.nodes().sort(compareStrings), (key) => {
    const a = graph.getNodeAttributes(key);
    const attributes = {
      ...pick(a, ['label', 'type']),
      aliases: sortedAliases(a.aliases).map((al) => pick(al, ['text', 'language', 'count'])),
      mentions: a.mentions,
      docs: [...a.docs].sort(compareStrings),
      ...pick(a, ['x', 'y', 'size', 'color']),
    };
    return JSON.stringify({ key, attributes });
  });
  yield ',"edges":';
  yield* edgeLines(graph, writer);
  yield '}\n';
}

/** The edges as `table` writes them, each as `{…,"attributes":{…,"evidence":`, its list, `}}`. */
function* edgeLines(graph: RelataGraph, writer: Writer): Generator<Piece> {
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
    yield `${n === 0 ? '[\n' : ',\n'}${open.slice(0, -2)},"evidence":`;
    const list = writer.source && listSpan(writer.source, a.evidence);
    if (list !== undefined) yield* writer.copy(list, '');
    else {
      for (const [i, ev] of sortedEvidence(a.evidence).entries())
        yield* writer.record(ev, i === 0 ? '[' : ',', evidenceItemText);
      if (a.evidence.length === 0) yield '[';
      yield* writer.flush();
      yield ']';
    }
    yield* writer.flush();
    yield '}}';
  }
  yield '\n]';
}

/** Same graph content, same bytes: independent of insertion order, no timestamps. */
export function serializeGraph(graph: RelataGraph): string {
  const decoder = new TextDecoder();
  let text = '';
  for (const piece of serializedPieces(graph)) text += typeof piece === 'string' ? piece : decoder.decode(piece);
  return text;
}

/**
 * Parse graph.json text, or its UTF-8 bytes; `file` names the source in error messages.
 * `trusted`: the text is what a build wrote (its build cache says so), so the schema's check of
 * every node and edge (about a tenth of an incremental build) is left out; the format and
 * version are still checked; and, given the bytes, the next save copies those of the records
 * the graph still holds.
 */
export function graphFromJSON(text: string | Uint8Array, file = GRAPH_FILE, trusted = false): RelataGraph {
  return parseGraph(text, file, trusted ? undefined : graphProblem);
}
