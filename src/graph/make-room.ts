/**
 * Room for new nodes in a kept layout: a new node that overlaps another moves to the nearest
 * free place, and every other node stays exactly where the stored picture has it (noverlap,
 * which moves them all, spreads a fresh layout). Deterministic: the new nodes move in the order
 * given, each searching rings around where it stands, from the angle it is given.
 */

/** A node as laid out: its position and its size. */
export interface Placed {
  x: number;
  y: number;
  size?: number;
}

/** Rings searched at the most, each a radius further out; past them a node stays where it is. */
const MAX_RINGS = 500;

/**
 * Moves each node of `moving` (keys of `nodes`) that overlaps another to the free place nearest
 * to it, on rings around it one radius apart: none of them then overlaps any node. `radiusOf`
 * gives a node's circle; `angle`, in turns, where a node starts its search on each ring.
 */
export function makeRoom(
  nodes: ReadonlyMap<string, Placed>,
  moving: readonly string[],
  radiusOf: (node: Placed) => number,
  angle: (key: string) => number,
): void {
  const radius = new Map<string, number>();
  let widest = 0;
  for (const [key, node] of nodes) {
    const r = radiusOf(node);
    radius.set(key, r);
    widest = Math.max(widest, r);
  }
  // cells as wide as the widest circle's diameter: two circles that meet are in neighbouring cells
  const side = 2 * widest;
  const cell = (x: number, y: number) => `${Math.floor(x / side)},${Math.floor(y / side)}`;
  const grid = new Map<string, string[]>();
  const put = (key: string) => {
    const { x, y } = nodes.get(key)!;
    const keys = grid.get(cell(x, y));
    if (keys) keys.push(key);
    else grid.set(cell(x, y), [key]);
  };
  const take = (key: string) => {
    const { x, y } = nodes.get(key)!;
    const keys = grid.get(cell(x, y))!;
    keys.splice(keys.indexOf(key), 1);
  };
  /** Whether a circle of radius `r` at (x, y) meets any node's. */
  const taken = (x: number, y: number, r: number) => {
    const cx = Math.floor(x / side);
    const cy = Math.floor(y / side);
    for (let i = cx - 1; i <= cx + 1; i++)
      for (let j = cy - 1; j <= cy + 1; j++)
        for (const other of grid.get(`${i},${j}`) ?? []) {
          const o = nodes.get(other)!;
          if (Math.hypot(x - o.x, y - o.y) < r + radius.get(other)!) return true;
        }
    return false;
  };
  for (const key of nodes.keys()) put(key);

  for (const key of moving) {
    const node = nodes.get(key)!;
    const r = radius.get(key)!;
    take(key);
    const start = 2 * Math.PI * angle(key);
    search: for (let ring = 0; ring <= MAX_RINGS; ring++) {
      const around = ring === 0 ? 1 : 8 * ring;
      for (let k = 0; k < around; k++) {
        const turn = start + (2 * Math.PI * k) / around;
        const x = node.x + ring * r * Math.cos(turn);
        const y = node.y + ring * r * Math.sin(turn);
        if (taken(x, y, r)) continue;
        node.x = x;
        node.y = y;
        break search;
      }
    }
    put(key);
  }
}
