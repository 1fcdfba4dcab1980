// Dadda reduction of a bit matrix to two rows, counted exactly on column heights: the full
// adder (3:2 counter) and half adder count and the number of levels. Pure; no bits are moved,
// only counted, because cost depends on heights alone.

export interface TreeCount {
  fa: number;
  ha: number;
  /** 3:2 levels on the longest path (Dadda stages). */
  levels: number;
  /** Columns of the two output rows (the final CPA's width). */
  width: number;
  /** Bits entering the tree. */
  inputBits: number;
}

/** Dadda's stage heights 2, 3, 4, 6, 9, 13, ... (d_{j+1} = floor(1.5 d_j)). */
function daddaTargets(maxHeight: number): number[] {
  const t = [2];
  while (t[t.length - 1] < maxHeight) t.push(Math.floor(t[t.length - 1] * 1.5));
  return t;
}

/**
 * heights[c] = number of bits of weight 2^c. Returns counters used by Dadda's algorithm: at each
 * stage, each column is reduced to the target height using FAs (3 -> 1 here, 1 carry out to c+1)
 * and at most one HA, counting incoming carries from the column below.
 */
export function daddaCount(heights: readonly number[]): TreeCount {
  const h = heights.slice();
  const inputBits = h.reduce((a, b) => a + b, 0);
  let fa = 0;
  let ha = 0;
  const maxH = Math.max(0, ...h);
  const targets = daddaTargets(maxH).filter((t) => t < maxH).reverse();
  for (const d of targets) {
    let carryIn = 0;
    for (let c = 0; c < h.length || carryIn > 0; c++) {
      if (c >= h.length) h.push(0);
      const height = h[c] + carryIn;
      let excess = height - d;
      let f = 0;
      let hh = 0;
      while (excess > 0) {
        if (excess >= 2) { f++; excess -= 2; } else { hh++; excess -= 1; }
      }
      fa += f;
      ha += hh;
      h[c] = height - 2 * f - hh;
      carryIn = f + hh;
    }
  }
  while (h.length > 0 && h[h.length - 1] === 0) h.pop();
  return { fa, ha, levels: targets.length, width: h.length, inputBits };
}

/** A row of `width` bits starting at weight 2^offset. */
export interface BitRow {
  offset: number;
  width: number;
}

export function columnHeights(rows: readonly BitRow[], extraBits: readonly number[] = []): number[] {
  const h: number[] = [];
  const add = (c: number) => { while (h.length <= c) h.push(0); h[c]++; };
  for (const r of rows) for (let i = 0; i < r.width; i++) add(r.offset + i);
  for (const c of extraBits) add(c);
  return h;
}
