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
  pick,
  sentenceText,
  sortedEvidence,
  type KeptBytes,
  type KeptTable,
} from './record-text.ts';
import { graphProblem } from './schema.ts';
import {
  GRAPH_FILE,
  GRAPH_FORMAT,
  GRAPH_VERSION,
  compareSentenceIds,
  compareStrings,
  sortedAliases,
  type Evidence,
  type RelataGraph,
} from './model.ts';

const OPTIONS = { type: 'directed', multi: true, allowSelfLoops: false } as const;

/** A piece of graph.json: text, or bytes of the graph.json the graph was read from. */
export type Piece = string | Uint8Array;

/**
 * graph.json's pieces as they come: text, and the kept bytes of records read (record-text.ts),
 * each behind its separator (`[` and a line end before a table's first record, a comma and a
 * line end before the others; `[` or a comma in an evidence list). Kept bytes behind the same
 * separator there are copied with it, and consecutive ones as one piece.
 */
class Writer {
  #start = -1;
  #end = -1;
  constructor(readonly bytes: Uint8Array | undefined) {}

  /** The kept bytes `[start, end)` behind `separator`. */
  *copy(start: number, end: number, separator: string): Generator<Piece> {
    const from = start - separator.length;
    // the same separator before them (its first character tells: `[`, a comma, or nothing)
    const same = from >= 0 && (separator === '' || this.bytes![from] === separator.charCodeAt(0));
    if (!same) yield* this.text(separator);
    const at = same ? from : start;
    if (at !== this.#end) {
      yield* this.flush();
      this.#start = at;
    }
    this.#end = end;
  }

  *text(piece: string): Generator<Piece> {
    yield* this.flush();
    yield piece;
  }

  /** The run of kept bytes so far, as one piece. */
  *flush(): Generator<Piece> {
    if (this.#start < 0) return;
    yield this.bytes!.subarray(this.#start, this.#end);
    this.#start = this.#end = -1;
  }
}

/**
 * Finds the records being written among those kept, walking both in the same order: the place
 * of a kept record (the same object), or -1. `compare` is the order they are written in.
 */
function finder<T>(table: KeptTable<T> | undefined, compare?: (a: T, b: T) => number): (record: T) => number {
  if (!table || !compare) return () => -1;
  const { records } = table;
  let p = 0;
  return (record) => {
    while (p < records.length && records[p] !== record && compare(records[p]!, record) < 0) p++;
    return records[p] === record ? p++ : -1;
  };
}

const byId = (a: { id: string }, b: { id: string }) => compareStrings(a.id, b.id);
const bySentenceId = (a: { id: string }, b: { id: string }) => compareSentenceIds(a.id, b.id);
const bySentence = (a: Evidence, b: Evidence) => compareSentenceIds(a.sentence, b.sentence);

/** A table with one record per line, `text` writing a record not kept. */
function* table<T>(
  writer: Writer,
  records: Iterable<T>,
  text: (record: T) => string,
  kept?: KeptTable<T>,
  order?: (a: T, b: T) => number,
): Generator<Piece> {
  const find = finder(kept, order);
  let first = true;
  for (const record of records) {
    const separator = first ? '[\n' : ',\n';
    const k = find(record);
    if (k >= 0) yield* writer.copy(kept!.starts[k]!, kept!.ends[k]!, separator);
    else yield* writer.text(separator + text(record));
    first = false;
  }
  yield* writer.text(first ? '[]' : '\n]');
}

/**
 * graph.json in pieces, in order: the whole text is never held at once, so a graph of a
 * book-length document costs its pieces only (an edge with many sentences comes out one piece
 * each). A graph read from graph.json's bytes copies those of the records it still holds.
 */
export function* serializedPieces(graph: RelataGraph): Generator<Piece> {
  const kept = keptBytes(graph);
  const writer = new Writer(kept?.bytes);
  const { documents, sentences } = graph.getAttributes();
  const docs = [...documents].sort(byId);
  const sents = [...sentences].sort(bySentenceId);
  const head = `{"format":${JSON.stringify(GRAPH_FORMAT)},"version":${GRAPH_VERSION}`;
  yield `{"options":${JSON.stringify(OPTIONS)},"attributes":${head},"documents":`;
  yield* table(writer, docs, documentText, kept?.documents, byId);
  yield ',"sentences":';
  yield* table(writer, sents, sentenceText, kept?.sentences, bySentenceId);
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
  yield* edgeLines(graph, writer, kept);
  yield '}\n';
}

/** The edges as `table` writes them, each as `{…,"attributes":{…,"evidence":`, its list, `}}`. */
function* edgeLines(graph: RelataGraph, writer: Writer, kept: KeptBytes | undefined): Generator<Piece> {
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
    yield* writer.text(`${n === 0 ? '[\n' : ',\n'}${open.slice(0, -2)},"evidence":`);
    const read = kept?.edges.get(key);
    // the list as it was read, copied whole; or item by item, those read copied
    if (read && read.list === a.evidence && read.length === a.evidence.length)
      yield* writer.copy(read.start, read.end, '');
    else {
      const find = finder(read, bySentence);
      const items = sortedEvidence(a.evidence);
      for (const [i, ev] of items.entries()) {
        const separator = i === 0 ? '[' : ',';
        const k = find(ev);
        if (k >= 0) yield* writer.copy(read!.starts[k]!, read!.ends[k]!, separator);
        else yield* writer.text(separator + evidenceItemText(ev));
      }
      yield* writer.text(items.length === 0 ? '[]' : ']');
    }
    yield* writer.text('}}');
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
