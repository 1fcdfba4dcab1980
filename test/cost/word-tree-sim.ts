// Word-level compressor trees as the RTL builds them (rtl/model/datapath.ts: 4:2 rows while four
// or more vectors remain, a 3:2 row for three), counted bit by bit with the simplifications any
// synthesis tool performs: constant-zero inputs turn full adders into half adders or wires, and
// adders with identical inputs are built once (structural hashing) — which is what happens to
// the sign-extension bits that sign-extended partial products repeat across many columns.

/** A bit: 0 is the constant zero; any other number names a distinct signal. */
export type Bit = number;
export type Vec = Bit[];

export class BitPool {
  private next = 1;
  private readonly fas = new Map<string, [Bit, Bit]>();
  private readonly has = new Map<string, [Bit, Bit]>();
  fa = 0;
  ha = 0;

  fresh(): Bit {
    return this.next++;
  }

  /** A full adder on three bits (sum, carry), simplified and shared. */
  add3(a: Bit, b: Bit, c: Bit): [Bit, Bit] {
    const v = [a, b, c].filter((x) => x !== 0).sort((x, y) => x - y);
    if (v.length === 0) return [0, 0];
    if (v.length === 1) return [v[0], 0];
    if (v.length === 2) return this.add2(v[0], v[1]);
    // x + x + y = y + 2x: no gate.
    if (v[0] === v[1]) return [v[2], v[0]];
    if (v[1] === v[2]) return [v[0], v[1]];
    const key = v.join(',');
    let r = this.fas.get(key);
    if (!r) { r = [this.fresh(), this.fresh()]; this.fas.set(key, r); this.fa++; }
    return r;
  }

  add2(a: Bit, b: Bit): [Bit, Bit] {
    if (a === 0) return [b, 0];
    if (b === 0) return [a, 0];
    if (a === b) return [0, a];
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    let r = this.has.get(key);
    if (!r) { r = [this.fresh(), this.fresh()]; this.has.set(key, r); this.ha++; }
    return r;
  }
}

export function zeros(w: number): Vec {
  return new Array<Bit>(w).fill(0);
}

export function freshVec(pool: BitPool, w: number): Vec {
  return Array.from({ length: w }, () => pool.fresh());
}

/** 3:2 row at width w: carry of bit i lands at i+1; the top carry leaves the word. */
export function csa3(pool: BitPool, x: Vec, y: Vec, z: Vec): [Vec, Vec] {
  const w = x.length;
  const s = zeros(w);
  const c = zeros(w);
  for (let i = 0; i < w; i++) {
    const [si, ci] = pool.add3(x[i], y[i], z[i]);
    s[i] = si;
    if (i + 1 < w) c[i + 1] = ci;
  }
  return [s, c];
}

export interface WordTree {
  s: Vec;
  c: Vec;
  /** 3:2 rows on the longest path. */
  levels: number;
}

/** The RTL's schedule: per level, 4:2 (two chained 3:2 rows) on groups of four, 3:2 on a trailing three. */
export function compressWords(pool: BitPool, ins: readonly Vec[]): WordTree {
  let cur = ins.map((v) => ({ v, d: 0 }));
  if (cur.length === 0) throw new Error('compressWords: no inputs');
  while (cur.length > 2) {
    const next: { v: Vec; d: number }[] = [];
    let i = 0;
    while (cur.length - i >= 3) {
      if (cur.length - i >= 4) {
        const [s1, c1] = csa3(pool, cur[i].v, cur[i + 1].v, cur[i + 2].v);
        const d1 = Math.max(cur[i].d, cur[i + 1].d, cur[i + 2].d) + 1;
        const [s, c] = csa3(pool, s1, c1, cur[i + 3].v);
        const d = Math.max(d1, cur[i + 3].d) + 1;
        next.push({ v: s, d }, { v: c, d });
        i += 4;
      } else {
        const [s, c] = csa3(pool, cur[i].v, cur[i + 1].v, cur[i + 2].v);
        const d = Math.max(cur[i].d, cur[i + 1].d, cur[i + 2].d) + 1;
        next.push({ v: s, d }, { v: c, d });
        i += 3;
      }
    }
    while (i < cur.length) next.push(cur[i++]);
    cur = next;
  }
  const w = ins[0].length;
  return { s: cur[0].v, c: cur[1]?.v ?? zeros(w), levels: Math.max(...cur.map((x) => x.d)) };
}

/**
 * One partial-product row as the RTL's ppgen makes it: `shift` zero bits, then the wb+1 bits of
 * the selected magnitude (B or 2B, inverted when negative), then the sign repeated to width w.
 * Returns the row and the number of distinct selector outputs it needs.
 */
export function ppRow(pool: BitPool, w: number, wb: number, shift: number): { row: Vec; selectors: number } {
  const row = zeros(w);
  let sel = 0;
  let ext: Bit | undefined;
  for (let i = shift; i < w; i++) {
    const k = i - shift;
    if (k <= wb) { row[i] = pool.fresh(); sel++; } else {
      if (ext === undefined) { ext = pool.fresh(); sel++; }
      row[i] = ext;
    }
  }
  return { row, selectors: sel };
}

/** Sign extension of a vector of width wIn to w (the top bit repeated). */
export function signExtend(v: Vec, w: number): Vec {
  const out = v.slice(0, w);
  while (out.length < w) out.push(v[v.length - 1]);
  return out;
}
