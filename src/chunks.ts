/**
 * Joins pieces of text into strings of about `size` characters: what graph.json and the exports
 * write piece by piece, since a large graph outgrows one JavaScript string. Bytes (graph.json's
 * kept records: graph/record-text.ts) pass through as they are, between the strings.
 */
export function chunked(pieces: Iterable<string>, size: number): Generator<string>;
export function chunked(pieces: Iterable<string | Uint8Array>, size: number): Generator<string | Uint8Array>;
export function* chunked(pieces: Iterable<string | Uint8Array>, size: number): Generator<string | Uint8Array> {
  let chunk: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    if (typeof piece !== 'string') {
      if (chunk.length) yield chunk.join('');
      chunk = [];
      length = 0;
      yield piece;
      continue;
    }
    chunk.push(piece);
    length += piece.length;
    if (length >= size) {
      yield chunk.join('');
      chunk = [];
      length = 0;
    }
  }
  if (chunk.length) yield chunk.join('');
}
