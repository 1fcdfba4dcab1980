// Test-only: an independent simulation of the word-level compressor trees rtl/model builds
// (rtl/model/datapath.ts: 4:2 rows while four or more vectors remain, a 3:2 row for three),
// counted bit by bit with constant folding and sharing, written from the schedule rather than
// from the model. test/cost/rtl-reading.test.ts checks the reading of the model against it.
import { digitCount, digitRadix, productWidth, type Design } from '../../ir/index.js';

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
    if (!r) {
      r = [this.fresh(), this.fresh()];
      this.fas.set(key, r);
      this.fa++;
    }
    return r;
  }

  add2(a: Bit, b: Bit): [Bit, Bit] {
    if (a === 0) return [b, 0];
    if (b === 0) return [a, 0];
    if (a === b) return [0, a];
    const key = a < b ? `${a},${b}` : `${b},${a}`;
    let r = this.has.get(key);
    if (!r) {
      r = [this.fresh(), this.fresh()];
      this.has.set(key, r);
      this.ha++;
    }
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
 * One partial-product row as the RTL's ppgen makes it: `shift` zero bits, then the selected
 * magnitude (B or 2B, inverted when negative): for a signed B, wb distinct bits and the sign
 * (bit wb of 2B is B's sign too) repeated to width w; for an unsigned B, wb + 1 distinct bits,
 * then the digit's sign (`neg`). Returns the row and its distinct selector outputs.
 */
export function ppRow(pool: BitPool, w: number, wb: number, shift: number, bSigned = true, neg?: Bit): { row: Vec; selectors: number } {
  const row = zeros(w);
  let sel = 0;
  let ext: Bit | undefined;
  for (let i = shift; i < w; i++) {
    const k = i - shift;
    if (k < wb || (!bSigned && k === wb)) {
      row[i] = pool.fresh();
      sel++;
    } else if (!bSigned) row[i] = neg ?? pool.fresh();
    else {
      if (ext === undefined) {
        ext = pool.fresh();
        sel++;
      }
      row[i] = ext;
    }
  }
  return { row, selectors: sel };
}

/**
 * The partial products of one product at width w (Booth or EN-T digits of A) and the row of
 * negation corrections. The top Booth digit of an unsigned A reads {0, 0, a[msb]}: its
 * magnitude is gates (AND), not selectors, and its sign is zero.
 */
export function productVecs(pool: BitPool, d: Design, w: number): { vecs: Vec[]; selectors: number } {
  const { A, B } = d.types;
  const scheme = d.encoders[0].scheme;
  const nd = digitCount(A, scheme);
  const shift = Math.log2(digitRadix(scheme));
  const vecs: Vec[] = [];
  const corr = zeros(w);
  let selectors = 0;
  for (let j = 0; j < nd; j++) {
    const sh = j * shift;
    if (sh >= w) break;
    // (A PE that receives digits from an edge encoder sees them as free signals.)
    const degenerate = scheme === 'booth4' && !A.signed && j === nd - 1 && d.encoders[0].placement === 'pe';
    const neg = degenerate ? 0 : pool.fresh();
    // A degenerate digit's magnitude is a[msb] & b (no 2B): a signed b's sign bit is its last distinct bit.
    const r = degenerate && B.signed ? ppRow(pool, w, B.bits - 1, sh, true, neg) : ppRow(pool, w, B.bits, sh, B.signed, neg);
    vecs.push(r.row);
    if (!degenerate) selectors += r.selectors;
    corr[sh] = neg;
  }
  vecs.push(corr);
  return { vecs, selectors };
}

export { productWidth };

/** Sign extension of a vector of width wIn to w (the top bit repeated). */
export function signExtend(v: Vec, w: number): Vec {
  const out = v.slice(0, w);
  while (out.length < w) out.push(v[v.length - 1]);
  return out;
}
