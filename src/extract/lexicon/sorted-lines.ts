/**
 * A word list as one string of sorted lines, `key` or `key<TAB>value`, looked up by binary
 * search. The package's compiled data (compiled.ts) hold their large lists so: a string is
 * parsed at once and nothing is built per entry, where a Map of the 100,000 place names took
 * longer to build than a whole small extraction.
 */
export class SortedLines {
  readonly #text: string;
  /** Where each line starts, found on the first look-up. */
  #starts: Uint32Array | undefined;

  /** `text`: lines sorted by key in UTF-16 code unit order (`<` on strings), no key holding a tab. */
  constructor(text: string) {
    this.#text = text;
  }

  /** Whether a line has this key. */
  has(key: string): boolean {
    return this.#find(key) >= 0;
  }

  /** The value of the line with this key (`''` for a key alone), if there is one. */
  get(key: string): string | undefined {
    const at = this.#find(key);
    if (at < 0) return undefined;
    const valueStart = at + key.length;
    if (this.#text.charCodeAt(valueStart) !== TAB) return '';
    const end = this.#text.indexOf('\n', valueStart);
    return this.#text.slice(valueStart + 1, end < 0 ? this.#text.length : end);
  }

  /** The offset of the line with this key, or −1. */
  #find(key: string): number {
    const starts = (this.#starts ??= lineStarts(this.#text));
    let low = 0;
    let high = starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const start = starts[middle]!;
      const order = this.#compare(key, start);
      if (order === 0) return start;
      if (order < 0) high = middle - 1;
      else low = middle + 1;
    }
    return -1;
  }

  /** `key` against the key of the line at `start`, in code unit order: negative, 0 or positive. */
  #compare(key: string, start: number): number {
    const text = this.#text;
    for (let i = 0; ; i++) {
      const c = start + i < text.length ? text.charCodeAt(start + i) : NEWLINE;
      const lineEnded = c === TAB || c === NEWLINE;
      if (i === key.length) return lineEnded ? 0 : -1;
      if (lineEnded) return 1;
      const d = key.charCodeAt(i) - c;
      if (d !== 0) return d;
    }
  }
}

const TAB = 9;
const NEWLINE = 10;

function lineStarts(text: string): Uint32Array {
  if (text.length === 0) return new Uint32Array(0);
  let count = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Uint32Array(count);
  let k = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts[k++] = i + 1;
  return starts;
}

/** Lines for `SortedLines`: each key (with its value), sorted by key; throws on a key with a tab or a newline. */
export function sortedLines(entries: Iterable<readonly [key: string, value?: string]>): string {
  const rows = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [key] of rows) if (/[\t\n]/.test(key)) throw new Error(`a word list key holds a tab or a newline: ${key}`);
  return rows.map(([key, value]) => (value === undefined ? key : `${key}\t${value}`)).join('\n');
}
