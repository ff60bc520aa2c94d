/**
 * Joins pieces into strings of about `size` characters: what graph.json and the exports write
 * piece by piece, since a large graph outgrows one JavaScript string.
 */
export function* chunked(pieces: Iterable<string>, size: number): Generator<string> {
  let chunk: string[] = [];
  let length = 0;
  for (const piece of pieces) {
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
