// Host side of pe-module.ts: one memory and instance per thread, the engines' multiplier
// tables copied in once each, and a scratch area the engines lay a tile's streams out in.
import { PAIRS_PARAMS, PE_MAX_PAGES, STATIONARY_PARAMS, WS_PARAMS, peModuleBytes } from './pe-module.js';

type Fn = (...args: (number | bigint)[]) => number;

export class PeRuntime {
  private static one: PeRuntime | undefined;
  static get(): PeRuntime {
    PeRuntime.one ??= new PeRuntime();
    return PeRuntime.one;
  }

  private readonly memory = new WebAssembly.Memory({ initial: 16, maximum: PE_MAX_PAGES });
  private readonly fns: { stationary: Fn; wsTile: Fn; pairsConst: Fn };
  private readonly tables = new Map<Int32Array, number>();
  /** End of the tables; the scratch area starts here. */
  private tablesEnd = 64;
  private top = 64;
  i32 = new Int32Array(0);
  f64 = new Float64Array(0);
  i64 = new BigInt64Array(0);

  private constructor() {
    const inst = new WebAssembly.Instance(new WebAssembly.Module(peModuleBytes()), { env: { mem: this.memory } });
    this.fns = inst.exports as unknown as { stationary: Fn; wsTile: Fn; pairsConst: Fn };
    this.views();
    this.warmUp();
  }

  /**
   * Runs each kernel once over a long zero stream: V8 starts WebAssembly in its baseline
   * compiler and optimizes a function in the background once it has run enough, so this makes
   * the optimized code ready (or on its way) before the first real tile.
   */
  private warmUp(): void {
    const n = 40000;
    const z = this.alloc((n + 8) * 4),
      zt = this.alloc(16),
      res = this.alloc(24),
      f = this.alloc(64);
    const zero = { lo: -1n, hi: 1n, mask64: -1n };
    this.stationary({
      R: 1,
      C: 1,
      K: n,
      lanes: 1,
      nSteps: n,
      tEnd: n,
      skew: 0,
      LS: n + 2,
      pad: 1,
      wv: z,
      wk: z,
      nv: z,
      nk: z,
      pt: zt,
      prodMask: -1,
      cs: 1,
      csMask: -1,
      ...zero,
      accOut: f,
      sOut: f + 8,
      cOut: f + 16,
      res,
    });
    this.wsTile({
      R: 1,
      C: 1,
      M: n,
      tEnd: n + 1,
      LS: n + 2,
      pad: 1,
      av: z,
      ak: z,
      wv: z,
      wk: z,
      pt: zt,
      prodMask: -1,
      cs: 1,
      csMask: -1,
      ...zero,
      ps: this.alloc(n * 8),
      sArr: this.alloc(n * 4),
      cArr: this.alloc(n * 4),
      out: this.alloc(n * 8),
      res,
    });
    this.pairsConst({ R: 1, C: 1, vis: n, LS: n + 2, pad: 1, av: z, ak: z, wv: z, wk: z, pt: zt, prodMask: -1, res });
    this.reset();
  }

  private views(): void {
    const b = this.memory.buffer;
    if (this.i32.buffer === b) return;
    this.i32 = new Int32Array(b);
    this.f64 = new Float64Array(b);
    this.i64 = new BigInt64Array(b);
  }

  private grow(end: number): void {
    const have = this.memory.buffer.byteLength;
    if (end > have) this.memory.grow(Math.ceil((end - have) / 65536));
    this.views();
  }

  /** Byte offset of a packed multiplier table (copied on first use). */
  table(t: Int32Array): number {
    let off = this.tables.get(t);
    if (off === undefined) {
      off = this.tablesEnd;
      this.grow(off + t.length * 4);
      this.i32.set(t, off / 4);
      this.tablesEnd = off + Math.ceil((t.length * 4) / 8) * 8;
      this.tables.set(t, off);
      this.top = this.tablesEnd;
    }
    return off;
  }

  /** Starts a new scratch layout (previous offsets become invalid). */
  reset(): void {
    this.top = this.tablesEnd;
  }

  /** Reserves `bytes` of scratch (8-aligned); views are refreshed, so take them after allocating. */
  alloc(bytes: number): number {
    const off = this.top;
    this.top += Math.ceil(bytes / 8) * 8;
    this.grow(this.top);
    return off;
  }

  stationary(p: Record<(typeof STATIONARY_PARAMS)[number], number | bigint>): number {
    return this.fns.stationary(...STATIONARY_PARAMS.map((k) => p[k]));
  }

  wsTile(p: Record<(typeof WS_PARAMS)[number], number | bigint>): number {
    return this.fns.wsTile(...WS_PARAMS.map((k) => p[k]));
  }

  pairsConst(p: Record<(typeof PAIRS_PARAMS)[number], number>): void {
    this.fns.pairsConst(...PAIRS_PARAMS.map((k) => p[k]));
  }

  /** The i64 counters a kernel left at `res`. */
  counts(res: number): [number, number, number] {
    const o = res / 8;
    return [Number(this.i64[o]), Number(this.i64[o + 1]), Number(this.i64[o + 2])];
  }
}

/** mask64 of an accumulator's toggles: its low word masked by loMask, its high word by hiMask. */
export function accMask64(loMask: number, hiMask: number): bigint {
  return (BigInt(hiMask >>> 0) << 32n) | BigInt(loMask >>> 0);
}
