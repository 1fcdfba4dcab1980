// Output tiles of a validation: a tile is one array-sized block of C (the design's spatial m
// extent x its spatial n extent; 1 along a temporal loop), computed at the full K. A sample is
// deterministic for a seed: the first and the last tile (the ragged edges) always, the rest
// drawn without replacement by the shared counter-based hash.
import { spatialSize, type Design } from '../ir/index.js';
import { genKey, hashAt } from '../quant/index.js';

export interface TileGrid {
  /** Tile extent along m and n. */
  readonly tm: number;
  readonly tn: number;
  readonly gridM: number;
  readonly gridN: number;
  readonly total: number;
}

export interface Tile {
  readonly index: number;
  readonly m0: number;
  readonly n0: number;
  readonly rows: number;
  readonly cols: number;
}

export function tileGrid(d: Design, M: number, N: number): TileGrid {
  const tm = Math.max(1, spatialSize(d, 'm')),
    tn = Math.max(1, spatialSize(d, 'n'));
  const gridM = Math.ceil(M / tm),
    gridN = Math.ceil(N / tn);
  return { tm, tn, gridM, gridN, total: gridM * gridN };
}

export function tileAt(g: TileGrid, M: number, N: number, index: number): Tile {
  const m0 = Math.floor(index / g.gridN) * g.tm,
    n0 = (index % g.gridN) * g.tn;
  return { index, m0, n0, rows: Math.min(g.tm, M - m0), cols: Math.min(g.tn, N - n0) };
}

/** `count` distinct tiles (all of them when count >= total), sorted by index. */
export function sampleTiles(g: TileGrid, M: number, N: number, count: number, seed: number): Tile[] {
  if (count >= g.total) return Array.from({ length: g.total }, (_, i) => tileAt(g, M, N, i));
  const picked = new Set<number>([0]);
  if (count > 1) picked.add(g.total - 1);
  const key = genKey(seed >>> 0, 7);
  // Partial Fisher-Yates over the tiles 1..total-2, swaps kept in a map (total can be large).
  const swaps = new Map<number, number>();
  const lo = 1,
    n = g.total - 2;
  for (let i = 0; picked.size < count; i++) {
    const j = i + Math.floor((hashAt(i, key) * (n - i)) / 4294967296);
    const vj = swaps.get(j) ?? j,
      vi = swaps.get(i) ?? i;
    swaps.set(j, vi);
    swaps.set(i, vj);
    picked.add(lo + vj);
  }
  return [...picked].sort((a, b) => a - b).map((i) => tileAt(g, M, N, i));
}

/** Sorted, distinct rows and columns the tiles cover. */
export function tileSpan(tiles: readonly Tile[]): { rows: number[]; cols: number[] } {
  const rs = new Set<number>(),
    cs = new Set<number>();
  for (const t of tiles) {
    for (let r = 0; r < t.rows; r++) rs.add(t.m0 + r);
    for (let c = 0; c < t.cols; c++) cs.add(t.n0 + c);
  }
  return { rows: [...rs].sort((a, b) => a - b), cols: [...cs].sort((a, b) => a - b) };
}
