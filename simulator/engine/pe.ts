// Building blocks of a PE shared by the engines: the accumulator bank (binary or carry-save),
// the product pipeline (design.pipeline stages) and the activity tracker of the multiplier
// (digit partial products and the product word). All state is typed arrays indexed by PE.
import { POP16 } from '../arith/popcount.js';
import type { DigitTable } from '../arith/encode.js';
import type { SimContext } from './context.js';
import type { EngineSpec } from './spec.js';

/** Accumulator registers of `n` PEs. Binary: one word; carry-save (OPT1): sum + carry words. */
export class AccBank {
  readonly val: Float64Array;
  /** Sum and carry words, updated by `toggles` (with activity counting, accumulators <= 32 bits). */
  readonly s: Int32Array;
  readonly c: Int32Array;
  readonly csMask: number;
  /** Carry-save words are modelled bit for bit only for accumulators up to 32 bits. */
  readonly csBits: boolean;

  constructor(
    private readonly ctx: SimContext,
    n: number,
    readonly carrySave: boolean,
  ) {
    this.val = new Float64Array(n);
    this.csBits = carrySave && ctx.activity && ctx.accBits <= 32;
    this.s = new Int32Array(this.csBits ? n : 0);
    this.c = new Int32Array(this.csBits ? n : 0);
    this.csMask = ctx.loMask;
  }

  reset(): void {
    this.val.fill(0);
    this.s.fill(0);
    this.c.fill(0);
  }

  /** Accumulate p into PE i at local cycle t, for output element (m, n). */
  add(i: number, p: number, m: number, n: number, t: number, checkRange = true): void {
    const ctx = this.ctx;
    const o = this.val[i];
    let v = o + p;
    if (checkRange && (v > ctx.accMax || v < ctx.accMin)) v = ctx.overflow(v, m, n, t, 'accumulator');
    this.val[i] = v;
    if (ctx.activity) ctx.toggles.accumulatorRegs += this.toggles(i, o, v, p);
  }

  /**
   * Register toggles of PE i's accumulator going from o to v by adding q; with carry-save words
   * also their 3:2 update (sum, carry, q). Does not store v. The engines' hot loops call this
   * directly (a small monomorphic method V8 inlines) and add the result to a local count.
   */
  toggles(i: number, o: number, v: number, q: number): number {
    if (this.csBits) {
      // 3:2 compression of (sum, carry, product): the real carry-save register update.
      const s = this.s[i],
        c = this.c[i],
        x = q | 0,
        k = this.csMask;
      const ns = (s ^ c ^ x) & k;
      const nc = (((s & c) | (s & x) | (c & x)) << 1) & k;
      const y1 = s ^ ns,
        y2 = c ^ nc;
      this.s[i] = ns;
      this.c[i] = nc;
      return POP16[y1 & 0xffff] + POP16[y1 >>> 16] + POP16[y2 & 0xffff] + POP16[y2 >>> 16];
    }
    if (this.ctx.hiMask === 0) {
      const z = (o ^ v) & this.ctx.loMask;
      return POP16[z & 0xffff] + POP16[z >>> 16];
    }
    return this.ctx.accToggles(o, v);
  }

  /** Range check of a value accumulated without checks (bit-slice: checked per product). */
  check(i: number, m: number, n: number, t: number, where = 'accumulator'): void {
    const v = this.val[i];
    const ctx = this.ctx;
    if (v > ctx.accMax || v < ctx.accMin) this.val[i] = ctx.overflow(v, m, n, t, where);
  }

  /**
   * The drain CPA: resolve PE i. In carry-save mode the sum + carry words must equal the exact
   * value modulo 2^bits — a self-check of the model (a mismatch is a simulator bug).
   */
  resolve(i: number): number {
    const v = this.val[i];
    if (this.csBits) {
      const ctx = this.ctx;
      const cpa = ((this.s[i] + this.c[i]) | 0) & this.csMask;
      const want = (v | 0) & this.csMask;
      if (cpa !== want) throw new Error(`carry-save accumulator of PE ${i} resolved to ${cpa}, expected ${want}`);
      void ctx;
    }
    return v;
  }
}

/**
 * The P pipeline stages between the multiplier and the accumulator: a ring of P words per PE.
 * push() stores the product made in cycle t and returns the one made in cycle t - P.
 */
export class ProductPipe {
  private readonly ring: Float64Array;
  constructor(
    readonly stages: number,
    private readonly n: number,
  ) {
    this.ring = new Float64Array(stages * n).fill(NaN);
  }
  /** Empty stages hold bubbles (NaN), not zero products. */
  reset(): void {
    this.ring.fill(NaN);
  }
  push(i: number, t: number, p: number): number {
    if (this.stages === 0) return p;
    const k = (t % this.stages) * this.n + i;
    const out = this.ring[k];
    this.ring[k] = p;
    return out;
  }
}

/** Packed partial-product tables, built once per (encoding, x type, y type). */
const PACKED = new Map<string, Int32Array>();

/** The multiplier activity tracker of n PEs of this design (x = the encoded operand). */
export function multiplierActivity(ctx: SimContext, n: number, s: EngineSpec): MultiplierActivity {
  const other = s.encOperand === 'A' ? s.design.types.B : s.design.types.A;
  return new MultiplierActivity(ctx, n, s.encTab, other.bits, s.prodBits, other.signed);
}

/**
 * Activity of the multipliers of `n` PEs: the d selected partial products d_j * y of the
 * encoded operand x, and the product word. Remembers the previous cycle's words per PE.
 * For small operand types (|X| * |Y| <= 2^18 pairs, e.g. int8 x int8) the partial products of
 * every (x, y) pair are precomputed, packed into 32-bit words (fields of wp bits), so one cycle
 * of one PE costs a few table loads and popcounts instead of d multiplies.
 */
export class MultiplierActivity {
  private readonly prevPp: Int32Array;
  readonly prevProd: Int32Array;
  readonly prevKey: Int32Array;
  private readonly d: number;
  private readonly ppMask: number;
  readonly prodMask: number;
  /**
   * Packed partial products per (x, y) pair: W words at [key * W], key = (x - xMin) * ySize +
   * (y - yMin); empty when not tabled. Hot loops (systolic-os, systolic-ws) read it inline.
   */
  readonly packed: Int32Array;
  readonly W: number;
  readonly yMin: number;
  readonly ySize: number;
  /** Toggles counted since the last flush() (plain fields: cheaper than the shared record). */
  ppToggles = 0;
  prodToggles = 0;

  constructor(
    private readonly ctx: SimContext,
    n: number,
    readonly tab: DigitTable,
    otherBits: number,
    prodBits: number,
    otherSigned = true,
  ) {
    this.d = tab.count;
    const wp = otherBits + 2; // |digit| <= 2: a partial product needs the other operand's width + 2 bits
    this.ppMask = wp >= 32 ? -1 : (1 << wp) - 1;
    this.prodMask = prodBits >= 32 ? -1 : (1 << prodBits) - 1;
    this.yMin = otherSigned ? -(2 ** (otherBits - 1)) : 0;
    this.ySize = 2 ** otherBits;
    const xSize = tab.nonzero.length;
    const perWord = Math.floor(32 / wp);
    const tabled = xSize * this.ySize <= 1 << 18 && perWord >= 1;
    this.W = tabled ? Math.ceil(this.d / perWord) : 0;
    const key = `${tab.scheme}:${tab.type.signed}:${tab.type.bits}:${otherBits}:${otherSigned}`;
    let packed = tabled ? PACKED.get(key) : new Int32Array(0);
    if (!packed) {
      packed = new Int32Array(xSize * this.ySize * this.W);
      for (let xi = 0; xi < xSize; xi++)
        for (let yi = 0; yi < this.ySize; yi++) {
          const y = this.yMin + yi,
            o = (xi * this.ySize + yi) * this.W;
          for (let j = 0; j < this.d; j++) {
            const f = Math.imul(tab.digits[xi * this.d + j], y) & this.ppMask;
            packed[o + Math.floor(j / perWord)] |= f << ((j % perWord) * wp);
          }
        }
      PACKED.set(key, packed);
    }
    this.packed = packed;
    this.prevPp = new Int32Array(tabled ? 0 : n * this.d);
    this.prevProd = new Int32Array(n);
    // Key of the all-zero pair (x = 0, y = 0): the reset state of every PE.
    this.prevKey = new Int32Array(n).fill(this.zeroKey());
  }

  private zeroKey(): number {
    return (0 - this.tab.min) * this.ySize + (0 - this.yMin);
  }

  /** Starts a tile: the PEs' multiplier words are cleared (and the counts so far flushed). */
  reset(): void {
    this.flush();
    this.prevPp.fill(0);
    this.prevProd.fill(0);
    this.prevKey.fill(this.zeroKey());
  }

  /** Adds the counts since the last flush to the shared record; engines call it at the end. */
  flush(): void {
    this.ctx.toggles.partialProducts += this.ppToggles;
    this.ctx.toggles.compressorOutputs += this.prodToggles;
    this.ppToggles = 0;
    this.prodToggles = 0;
  }

  /** PE i multiplies encoded x by y this cycle (product p). */
  step(i: number, x: number, y: number, p: number): void {
    if (this.W === 2) this.step2(i, x, y, p);
    else this.stepGeneric(i, x, y, p);
  }

  /** The common case (two packed words, e.g. int8 x int8): small enough for V8 to inline. */
  private step2(i: number, x: number, y: number, p: number): void {
    const T = this.packed;
    const key = (x - this.tab.min) * this.ySize + (y - this.yMin);
    const k2 = key * 2,
      pk = this.prevKey[i] * 2;
    const z0 = T[k2] ^ T[pk],
      z1 = T[k2 + 1] ^ T[pk + 1];
    const z = ((p | 0) ^ this.prevProd[i]) & this.prodMask;
    this.ppToggles += POP16[z0 & 0xffff] + POP16[z0 >>> 16] + POP16[z1 & 0xffff] + POP16[z1 >>> 16];
    this.prodToggles += POP16[z & 0xffff] + POP16[z >>> 16];
    this.prevKey[i] = key;
    this.prevProd[i] = p | 0;
  }

  private stepGeneric(i: number, x: number, y: number, p: number): void {
    let t = 0;
    if (this.W !== 0) {
      const W = this.W,
        T = this.packed;
      const key = (x - this.tab.min) * this.ySize + (y - this.yMin);
      const kw = key * W,
        pk = this.prevKey[i] * W;
      for (let w = 0; w < W; w++) {
        const z = T[kw + w] ^ T[pk + w];
        t += POP16[z & 0xffff] + POP16[z >>> 16];
      }
      this.prevKey[i] = key;
    } else {
      const tab = this.tab,
        d = this.d,
        pp = this.prevPp,
        mask = this.ppMask;
      const base = (x - tab.min) * d;
      const o = i * d;
      for (let j = 0; j < d; j++) {
        const w = Math.imul(tab.digits[base + j], y);
        const z = (w ^ pp[o + j]) & mask;
        t += POP16[z & 0xffff] + POP16[z >>> 16];
        pp[o + j] = w;
      }
    }
    const z = ((p | 0) ^ this.prevProd[i]) & this.prodMask;
    this.ppToggles += t;
    this.prodToggles += POP16[z & 0xffff] + POP16[z >>> 16];
    this.prevProd[i] = p | 0;
  }
}

/** Toggles of an operand register going from o to v: operands are at most 16 bits, so mask <= 0xffff. */
export function regToggles(o: number, v: number, mask: number): number {
  return POP16[(o ^ v) & mask];
}
