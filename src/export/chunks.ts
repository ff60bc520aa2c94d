/** Joins pieces into strings of about `size` characters: large graphs outgrow one JavaScript string. */
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
