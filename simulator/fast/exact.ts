// The fast exact simulation level: the same SimResult as the stepped engine for the values and
// cycles, at GEMM-kernel speed.
//  - C: the exact integer GEMM (gemm.ts: WebAssembly SIMD on all cores), wrapped to the
//    accumulator with opts.wrap.
//  - Overflow, exactly as the stepped engine reports it: every register value the design
//    range-checks (docs/CYCLES.md: the accumulator after each k, or each cube/zero-skip step;
//    WS partial sums down a column and the output buffer that adds k-tiles; adder-tree
//    outputs) is either provably inside the accumulator's range — from the data's largest
//    products, or per element by the kernel's prefix checks — or replayed exactly for that
//    element in the design's order with wrapping. That gives the exact overflow count; the
//    first overflows (element, cycle, where) come from replaying only the tiles that hold them
//    on the stepped engine.
//  - Cycles: every tile's cycles from the closed form (zero-skip designs from the operands'
//    digits), checked against fastCycles().
//  - Toggles: stepped simulation of a seeded, stratified sample of tiles (all tiles when the
//    budget allows, then exact), scaled per stratum, with the estimated standard error.
import { designErrors, intRange, maxSafeK, type Design, type Diagnostic, type IntMatrix, type Result } from '../../ir/index.js';
import { mulberry32 } from '../data/prng.js';
import { simError } from '../diagnostics.js';
import { SimContext, type Problem } from '../engine/context.js';
import { checkOperand, engineSpec, simulate } from '../engine/index.js';
import { runAdderTree } from '../engine/adder-tree.js';
import type { EngineSpec } from '../engine/spec.js';
import { runSystolicWs } from '../engine/systolic-ws.js';
import type { OverflowInfo, SimOptions, SimResult, ToggleCounts } from '../types.js';
import { fastCycles } from './index.js';
import { digitStatsFromData } from './digit-stats.js';
import { exactGemm, type ExactGemmResult, type SuspectRect } from './gemm.js';
import { engineKindOf, tilePlan, type EngineKind, type TileGeom, type TilePlan } from './tile-plan.js';
import { defaultThreads } from '../wasm/pool.js';

export type SimLevel = 'stepped' | 'fast';

export interface FastSimOptions extends Omit<SimOptions, 'trace'> {
  /** Threads for the GEMM kernel (the caller included); default every core. */
  readonly threads?: number;
  /** Stepped MACs spent on sampled tiles for toggle activity (default 2^24). */
  readonly sampleMacs?: number;
  /** Seed of the tile sample (default 1). */
  readonly sampleSeed?: number;
}

/** How toggle activity was obtained on the fast level. */
export interface ActivitySample {
  /** Tiles simulated stepped with toggle counting, out of all tiles. */
  readonly tilesSampled: number;
  readonly tiles: number;
  readonly macsSampled: number;
  readonly seed: number;
  /** True when every tile was stepped: the toggles are then exactly the stepped engine's. */
  readonly exact: boolean;
  /** Tiles are grouped by their extent (full tiles, edge tiles); each group is sampled uniformly without replacement. */
  readonly strata: number;
  /** Estimated relative standard error of each toggle class (0 where exact). */
  readonly relStdErr: ToggleCounts;
}

export interface FastSimResult extends SimResult {
  readonly level: 'fast';
  /** Absent with activity: false. */
  readonly activitySample?: ActivitySample;
  readonly kernel: ExactGemmResult['route'];
  /** Output elements whose range checks were replayed exactly (0 when the data cannot overflow). */
  readonly replayed: number;
}

/** Default stepped-MAC budget of the toggle sample (about a second with toggles on). */
export const DEFAULT_SAMPLE_MACS = 2 ** 24;

const TOGGLE_KEYS = ['operandRegs', 'partialProducts', 'compressorOutputs', 'accumulatorRegs', 'pipelineRegs'] as const;

export function simulateFast(design: Design, a: IntMatrix, b: IntMatrix, opts: FastSimOptions = {}): Result<FastSimResult> {
  const diags: Diagnostic[] = [];
  if (a.cols !== b.rows) {
    return {
      diagnostics: [
        simError('S0101', `A is ${a.rows}x${a.cols} but B is ${b.rows}x${b.cols}: A's columns must equal B's rows (K)`, {
          expected: `B with ${a.cols} rows`,
        }),
      ],
    };
  }
  if (a.rows < 1 || a.cols < 1 || b.cols < 1)
    return { diagnostics: [simError('S0101', `empty GEMM ${a.rows}x${b.cols}x${a.cols}`, { expected: 'M, N, K >= 1' })] };
  for (const [n, m] of [
    ['A', a],
    ['B', b],
  ] as const) {
    const e = checkOperand(n, m, design);
    if (e) diags.push(e);
  }
  // A design the IR's rules accept is one the engines implement (docs/CYCLES.md).
  diags.push(...designErrors(design));
  if (diags.length > 0) return { diagnostics: diags };
  const { kind, lanes } = engineKindOf(design);
  const M = a.rows,
    K = a.cols,
    N = b.cols;
  const acc = design.types.acc;
  const range = intRange(acc);
  const wrap = opts.wrap === true;
  const threads = opts.threads;
  const base = engineSpec(design);
  const swap = (kind === 'bitslice-sparse' || kind === 'bitslice' || kind === 'term-lanes') && base.encOperand === 'B';
  const flip = (v: EngineSpec['rowVar']) => (v === 'm' ? 'n' : v === 'n' ? 'm' : v);
  const spec: EngineSpec = swap ? { ...base, rowVar: flip(base.rowVar), colVar: flip(base.colVar) } : base;

  // Can any checked register leave the range? Prefix sums lie in K x [min product, max product]
  // of the data; k-tile partial sums (WS, adder tree) in kTile x the same.
  const [pMin, pMax] = dataProductBounds(a, b);
  const plan = tilePlan(design, kind, lanes, spec, swap, a, b, threads ?? defaultThreads());
  const lo = Number(range.min),
    hi = Number(range.max);
  const fits = (len: number) =>
    BigInt(len) * BigInt(Math.min(0, pMin)) >= range.min && BigInt(len) * BigInt(Math.max(0, pMax)) <= range.max;
  const prefixSafe = fits(K);
  const tiledK = kind === 'k-chain' || kind === 'k-tree';
  const partialSafe = !tiledK || fits(Math.min(plan.kTile, K));
  const gemm = exactGemm(a, b, design.types, {
    ...(threads !== undefined ? { threads } : {}),
    ...(!prefixSafe && partialSafe ? { prefixRange: { lo: range.min, hi: range.max } } : {}),
    ...(wrap ? { wrapTo: acc } : {}),
  });
  const suspects: readonly SuspectRect[] = prefixSafe && partialSafe ? [] : !partialSafe ? [{ m0: 0, m1: M, n0: 0, n1: N }] : gemm.suspects;

  // Exact replay of the suspects' range checks (count per tile).
  const schedule = checkSchedule(kind, spec, lanes, plan);
  const perTile = new Map<number, number>();
  let replayed = 0,
    overflowCount = 0;
  for (const r of suspects) {
    replayed += (r.m1 - r.m0) * (r.n1 - r.n0);
    overflowCount +=
      acc.bits <= 52
        ? replayF64(a, b, r, schedule, lo, hi, plan, perTile)
        : replayBig(a, b, r, schedule, range.min, range.max, plan, perTile);
  }
  // The first overflows, from the tiles that hold them, stepped in tile order.
  const overflows: OverflowInfo[] = [];
  if (overflowCount > 0) {
    const want = wrap ? 16 : 1;
    for (const t of [...perTile.keys()].sort((x, y) => x - y)) {
      const got = replayTile(design, kind, spec, a, b, plan, t, threads);
      if (got.count !== perTile.get(t))
        throw new Error(`fast level: tile ${t} has ${got.count} overflows stepped, ${perTile.get(t)} by replay`);
      overflows.push(...got.first.slice(0, 16 - overflows.length));
      if (overflows.length >= want) break;
    }
    if (!wrap) {
      const o = overflows[0];
      return {
        diagnostics: [
          simError(
            'S0103',
            `accumulator overflow: C[${o.m}][${o.n}] left the ${acc.signed ? 'int' : 'uint'}${acc.bits} range at cycle ${o.cycle} (${o.where})` +
              (overflowCount > 1 ? `; ${overflowCount - 1} more overflow(s)` : ''),
            {
              span: design.span,
              hint: `widen the accumulator (max safe K for these types is ${maxSafeK(design)}), or pass --wrap to wrap like the hardware`,
            },
          ),
        ],
      };
    }
  }

  // Cycles: the tiles' closed forms, held equal to fastCycles().
  let fill = 0,
    steady = 0,
    drain = 0,
    stalls = 0;
  for (const t of plan.records) {
    fill += t.fill;
    steady += t.steady;
    drain += t.drain;
    stalls += t.stalls;
  }
  const total = fill + steady + drain + stalls;
  const fc = fastCycles(
    design,
    { M, N, K },
    kind === 'bitslice' || kind === 'bitslice-sparse' || kind === 'term-lanes' ? digitStatsFromData(design, a, b) : undefined,
  );
  if (!fc.value || fc.value.total !== total || fc.value.tiles !== plan.records.length) {
    throw new Error(
      `fast level: tile cycles ${total} over ${plan.records.length} tiles differ from the closed form ${fc.value?.total} over ${fc.value?.tiles}`,
    );
  }

  const activity = opts.activity !== false;
  const sample = activity ? sampleToggles(design, a, b, plan, opts.sampleMacs ?? DEFAULT_SAMPLE_MACS, opts.sampleSeed ?? 1) : undefined;
  const macs = M * N * K;
  return {
    value: {
      level: 'fast',
      shape: { M, N, K },
      c: { rows: M, cols: N, data: gemm.c },
      cycles: { total, fill, steady, drain, stalls },
      tiles: plan.records,
      utilization: macs / (spec.R * spec.C * spec.depth * total),
      macs,
      array: { rows: spec.R, cols: spec.C, depth: spec.depth },
      peBusy: plan.peBusy,
      toggles: sample?.toggles ?? { operandRegs: 0, partialProducts: 0, compressorOutputs: 0, accumulatorRegs: 0, pipelineRegs: 0 },
      overflows,
      overflowCount,
      ...(sample ? { activitySample: sample.info } : {}),
      kernel: gemm.route,
      replayed,
    },
    diagnostics: [],
  };
}

function dataProductBounds(a: IntMatrix, b: IntMatrix): [number, number] {
  const mm = (d: Int32Array): [number, number] => {
    let lo = 0,
      hi = 0;
    for (let i = 0; i < d.length; i++) {
      const v = d[i];
      if (v < lo) lo = v;
      else if (v > hi) hi = v;
    }
    return [lo, hi];
  };
  const [a0, a1] = mm(a.data),
    [b0, b1] = mm(b.data);
  const c = [a0 * b0, a0 * b1, a1 * b0, a1 * b1];
  return [Math.min(...c), Math.max(...c)];
}

/**
 * Which sums a design range-checks, in k order: 'steps' — the running sum after every `step`
 * k-elements (1: systolic OS, 2D-Matrix, bit-slice baseline; Kp: cube; E*g: zero-skip);
 * 'ws' — per k-tile of `tile` rows the partial sum after each k, then the output buffer;
 * 'tree' — per k-tile the tree output, then the output buffer.
 */
type Schedule = { kind: 'steps'; step: number; where: string } | { kind: 'ws' | 'tree'; tile: number };

function checkSchedule(kind: EngineKind, spec: EngineSpec, lanes: number, plan: TilePlan): Schedule {
  switch (kind) {
    case 'output-stationary':
      return { kind: 'steps', step: spec.depth, where: 'accumulator' };
    case 'bitslice':
      return { kind: 'steps', step: 1, where: 'accumulator' };
    case 'bitslice-sparse':
      return { kind: 'steps', step: lanes * spec.group, where: 'accumulator' };
    case 'term-lanes':
      // Lanes add in carry-save within a step; the accumulator is checked after each step.
      return { kind: 'steps', step: Math.max(1, spec.depth), where: 'accumulator' };
    case 'k-chain':
      return { kind: 'ws', tile: plan.kTile };
    case 'k-tree':
      return { kind: 'tree', tile: plan.kTile };
  }
}

/**
 * Replays the range checks of the elements in r (float64: exact for accumulators up to 52
 * bits, whose wrapped values stay below 2^52), counting overflows per tile. Returns the count.
 */
function replayF64(
  a: IntMatrix,
  b: IntMatrix,
  r: SuspectRect,
  sch: Schedule,
  lo: number,
  hi: number,
  plan: TilePlan,
  perTile: Map<number, number>,
): number {
  const K = a.cols,
    N = b.cols,
    A = a.data,
    B = b.data;
  const w = r.n1 - r.n0;
  const mod = hi - lo + 1;
  const s = new Float64Array(w),
    out = new Float64Array(w);
  let count = 0;
  const hit = (m: number, j: number, k: number, v: number): number => {
    count++;
    const t = plan.tileOf(m, r.n0 + j, k);
    perTile.set(t, (perTile.get(t) ?? 0) + 1);
    return v - mod * Math.floor((v - lo) / mod);
  };
  for (let m = r.m0; m < r.m1; m++) {
    s.fill(0);
    out.fill(0);
    if (sch.kind === 'steps') {
      const step = sch.step;
      let dirty = false;
      for (let k = 0; k < K; k++) {
        const av = A[m * K + k];
        if (av !== 0) {
          dirty = true;
          const bo = k * N + r.n0;
          for (let j = 0; j < w; j++) s[j] += av * B[bo + j];
        }
        if (dirty && ((k + 1) % step === 0 || k === K - 1)) {
          for (let j = 0; j < w; j++) if (s[j] > hi || s[j] < lo) s[j] = hit(m, j, k, s[j]);
          dirty = false;
        }
      }
    } else {
      for (let k0 = 0; k0 < K; k0 += sch.tile) {
        s.fill(0);
        const k1 = Math.min(K, k0 + sch.tile);
        for (let k = k0; k < k1; k++) {
          const av = A[m * K + k];
          if (av === 0) continue;
          const bo = k * N + r.n0;
          for (let j = 0; j < w; j++) s[j] += av * B[bo + j];
          if (sch.kind === 'ws') for (let j = 0; j < w; j++) if (s[j] > hi || s[j] < lo) s[j] = hit(m, j, k, s[j]);
        }
        if (sch.kind === 'tree') for (let j = 0; j < w; j++) if (s[j] > hi || s[j] < lo) s[j] = hit(m, j, k0, s[j]);
        if (k0 === 0) out.set(s);
        else
          for (let j = 0; j < w; j++) {
            const v = out[j] + s[j];
            out[j] = v > hi || v < lo ? hit(m, j, k0, v) : v;
          }
      }
    }
  }
  return count;
}

/** The same replay in BigInt, for accumulators wider than 52 bits (slow; only near-overflow data gets here). */
function replayBig(
  a: IntMatrix,
  b: IntMatrix,
  r: SuspectRect,
  sch: Schedule,
  lo: bigint,
  hi: bigint,
  plan: TilePlan,
  perTile: Map<number, number>,
): number {
  const K = a.cols,
    N = b.cols,
    A = a.data,
    B = b.data;
  const mod = hi - lo + 1n;
  let count = 0;
  const fix = (v: bigint, m: number, n: number, k: number): bigint => {
    if (v <= hi && v >= lo) return v;
    count++;
    const t = plan.tileOf(m, n, k);
    perTile.set(t, (perTile.get(t) ?? 0) + 1);
    return ((((v - lo) % mod) + mod) % mod) + lo;
  };
  for (let m = r.m0; m < r.m1; m++) {
    for (let n = r.n0; n < r.n1; n++) {
      if (sch.kind === 'steps') {
        let s = 0n;
        for (let k = 0; k < K; k++) {
          s += BigInt(A[m * K + k] * B[k * N + n]);
          if ((k + 1) % sch.step === 0 || k === K - 1) s = fix(s, m, n, k);
        }
      } else {
        let out = 0n;
        for (let k0 = 0; k0 < K; k0 += sch.tile) {
          let s = 0n;
          for (let k = k0; k < Math.min(K, k0 + sch.tile); k++) {
            s += BigInt(A[m * K + k] * B[k * N + n]);
            if (sch.kind === 'ws') s = fix(s, m, n, k);
          }
          if (sch.kind === 'tree') s = fix(s, m, n, k0);
          out = k0 === 0 ? s : fix(out + s, m, n, k0);
        }
      }
    }
  }
  return count;
}

function sliceRows(x: IntMatrix, r0: number, rows: number): IntMatrix {
  return { rows, cols: x.cols, data: x.data.slice(r0 * x.cols, (r0 + rows) * x.cols) };
}

function sliceBlock(x: IntMatrix, r0: number, rows: number, c0: number, cols: number): IntMatrix {
  const out = new Int32Array(rows * cols);
  for (let r = 0; r < rows; r++) out.set(x.data.subarray((r0 + r) * x.cols + c0, (r0 + r) * x.cols + c0 + cols), r * cols);
  return { rows, cols, data: out };
}

/** The operands of one tile as a problem of its own (one tile of the same design). */
function tileOperands(a: IntMatrix, b: IntMatrix, g: TileGeom): [IntMatrix, IntMatrix] {
  const sa = g.k0 === 0 && g.kLen === a.cols ? sliceRows(a, g.m0, g.mLen) : sliceBlock(a, g.m0, g.mLen, g.k0, g.kLen);
  return [sa, sliceBlock(b, g.k0, g.kLen, g.n0, g.nLen)];
}

/** Steps one tile with wrapping and returns its overflow count and first (up to 16) overflows, in global cycles. */
function replayTile(
  design: Design,
  kind: EngineKind,
  spec: EngineSpec,
  a: IntMatrix,
  b: IntMatrix,
  plan: TilePlan,
  t: number,
  threads: number | undefined,
): { count: number; first: OverflowInfo[] } {
  const g = plan.tiles[t],
    rec = plan.records[t];
  const [sa, sb] = tileOperands(a, b, g);
  if (kind === 'k-chain' || kind === 'k-tree') {
    // The output buffer after the earlier k-tiles: the wrapped sum over k < k0 (all adds wrap
    // modulo 2^bits), preloaded so the tile adds to it and checks there as it does in the run.
    const acc = design.types.acc,
      range = intRange(acc);
    const c = new Float64Array(g.mLen * g.nLen);
    if (g.k0 > 0) {
      const pre = exactGemm(sliceBlock(a, 0, a.rows, 0, g.k0), sliceBlock(b, 0, g.k0, g.n0, g.nLen), design.types, {
        ...(threads !== undefined ? { threads } : {}),
        wrapTo: acc,
      });
      for (let i = 0; i < c.length; i++) c[i] = Number(pre.c[i]);
    }
    const problem: Problem = { M: g.mLen, N: g.nLen, K: g.kLen, a: sa, b: sb, c, accumulate: g.k0 > 0 };
    const ctx = new SimContext({
      accBits: acc.bits,
      accMin: Number(range.min),
      accMax: Number(range.max),
      wrap: true,
      activity: false,
      N: g.nLen,
      pes: spec.R * spec.C,
    });
    ctx.cycleBase = rec.start;
    (kind === 'k-chain' ? runSystolicWs : runAdderTree)(ctx, problem, spec);
    return { count: ctx.overflowCount, first: ctx.overflows.map((o) => ({ ...o, n: o.n + g.n0 })) };
  }
  const r = simulate(design, sa, sb, { wrap: true, activity: false }).value!;
  return {
    count: r.overflowCount,
    first: r.overflows.map((o) => ({ m: o.m + g.m0, n: o.n + g.n0, cycle: o.cycle + rec.start, where: o.where })),
  };
}

/**
 * Toggle activity from a stratified sample of tiles: tiles grouped by extent (mLen x nLen x kLen;
 * edge tiles differ from full ones); each group sampled uniformly without replacement with a
 * share of the MAC budget (at least two tiles, or all), stepped with toggle counting, its sum
 * scaled by group size / sample size. Stratified sampling without replacement: the variance
 * estimate includes the finite-population correction, so a fully sampled group adds none.
 */
function sampleToggles(
  design: Design,
  a: IntMatrix,
  b: IntMatrix,
  plan: TilePlan,
  budget: number,
  seed: number,
): { toggles: ToggleCounts; info: ActivitySample } {
  const groups = new Map<string, number[]>();
  plan.tiles.forEach((g, i) => {
    const key = `${g.mLen}x${g.nLen}x${g.kLen}`;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  const macsTotal = a.rows * a.cols * b.cols;
  const frac = Math.min(1, budget / macsTotal);
  if (frac >= 1) {
    // Every tile: one stepped run of the whole problem counts exactly the same toggles.
    const r = simulate(design, a, b, { wrap: true, activity: true }).value!;
    const zero = { operandRegs: 0, partialProducts: 0, compressorOutputs: 0, accumulatorRegs: 0, pipelineRegs: 0 };
    return {
      toggles: { ...r.toggles },
      info: {
        tilesSampled: plan.tiles.length,
        tiles: plan.tiles.length,
        macsSampled: macsTotal,
        seed,
        exact: true,
        strata: groups.size,
        relStdErr: zero,
      },
    };
  }
  const rnd = mulberry32(seed);
  const est: Record<string, number> = {},
    variance: Record<string, number> = {};
  for (const k of TOGGLE_KEYS) {
    est[k] = 0;
    variance[k] = 0;
  }
  let sampled = 0,
    macsSampled = 0;
  for (const list of groups.values()) {
    const n = list.length;
    const s = Math.min(n, Math.max(2, Math.ceil(n * frac)));
    // Partial Fisher-Yates: the first s of a seeded shuffle.
    const idx = list.slice();
    for (let i = 0; i < s; i++) {
      const j = i + Math.floor(rnd() * (n - i));
      const t = idx[i];
      idx[i] = idx[j];
      idx[j] = t;
    }
    const vals: Record<string, number[]> = {};
    for (const k of TOGGLE_KEYS) vals[k] = [];
    for (let i = 0; i < s; i++) {
      const g = plan.tiles[idx[i]];
      const [sa, sb] = tileOperands(a, b, g);
      const r = simulate(design, sa, sb, { wrap: true, activity: true }).value!;
      for (const k of TOGGLE_KEYS) vals[k].push(r.toggles[k]);
      macsSampled += g.mLen * g.nLen * g.kLen;
    }
    sampled += s;
    for (const k of TOGGLE_KEYS) {
      const v = vals[k];
      const mean = v.reduce((x, y) => x + y, 0) / s;
      est[k] += n * mean;
      if (s < n && s > 1) {
        const sv = v.reduce((x, y) => x + (y - mean) ** 2, 0) / (s - 1);
        variance[k] += (n * n * (1 - s / n) * sv) / s;
      }
    }
  }
  const toggles = {} as ToggleCounts,
    rel = {} as ToggleCounts;
  for (const k of TOGGLE_KEYS) {
    toggles[k] = Math.round(est[k]);
    rel[k] = est[k] > 0 ? Math.sqrt(variance[k]) / est[k] : 0;
  }
  return {
    toggles,
    info: {
      tilesSampled: sampled,
      tiles: plan.tiles.length,
      macsSampled,
      seed,
      exact: sampled === plan.tiles.length,
      strata: groups.size,
      relStdErr: rel,
    },
  };
}
