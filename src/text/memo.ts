/** `f` remembered by argument: words and names come back by the same few thousand. */

/** Past this many arguments the memory starts afresh, so that a long run's odd words do not pile up. */
const MAX = 100_000;

/** `f`, with its results for up to MAX arguments remembered. */
export function memo<T>(f: (s: string) => T): (s: string) => T {
  const known = new Map<string, T>();
  return (s) => {
    let value = known.get(s);
    if (value === undefined) {
      if (known.size >= MAX) known.clear();
      known.set(s, (value = f(s)));
    }
    return value;
  };
}
