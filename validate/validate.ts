// `tpe validate`: quantize (or generate) the operands of each GEMM, run the reference (gpu/tpe_gpu
// on PyTorch or numpy, or the in-process TypeScript reference), simulate the design on the whole
// GEMM when it fits the time budget, else on sampled output tiles at the full K, and compare
// every simulated accumulator with the reference.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { intRange, type Design, type Diagnostic, type IntMatrix, type IntType, type Result, type WideMatrix } from '../ir/index.js';
import {
  SCHEME_INFO,
  errorFigures,
  float64Gemm,
  genFloatMatrix,
  genIntMatrix,
  lowPrecisionGemm,
  quantizeGemm,
  type FloatGen,
  type IntGen,
  type LowPrecision,
  type QuantScheme,
  writeFloat32Npy,
} from '../quant/index.js';
import { parseNpy, referenceGemm, simulate, writeNpy } from '../simulator/index.js';
import { floatCols, floatRows, intCols, intRows, type OperandData, type TensorOperand } from './data.js';
import { vError } from './diagnostics.js';
import type { ErrorFigures, GpuBackend, GpuRequest, GpuResult } from './protocol.js';
import { runGpuRequest } from './python.js';
import { sampleTiles, tileGrid, tileSpan, type Tile } from './tiles.js';

/** One GEMM to validate (a workload/ parseWorkload GEMM without its count). */
export interface NamedGemm {
  readonly name: string;
  readonly M: number;
  readonly N: number;
  readonly K: number;
}

/** The one place validate simulates: a faster exact level can be passed in its stead. */
export type SimulateFn = (design: Design, a: IntMatrix, b: IntMatrix) => Result<{ readonly c: WideMatrix }>;
export const defaultSimulate: SimulateFn = (d, a, b) => simulate(d, a, b, { activity: false });

/**
 * Simulated multiply-accumulates per second budgeted for the whole-GEMM decision. A fixed figure
 * (the slowest stepped engines run about 4-10 M MAC/s here, activity off) keeps the decision,
 * and so the output, deterministic.
 */
export const SIM_MACS_PER_S = 5e6;

export type RefKind = GpuBackend | 'ts';

export interface ValidateOptions {
  readonly gemms: readonly NamedGemm[];
  readonly ref: RefKind;
  readonly quant?: QuantScheme;
  /** Tiles per GEMM when the whole GEMM is over the budget. */
  readonly sampleTiles: number;
  readonly timeBudgetS: number;
  readonly seed: number;
  /** Integer operands (no --quant): distribution over the design's types. */
  readonly intDist: 'uniform' | 'extreme';
  readonly group: number;
  readonly refType: LowPrecision;
  /** Real operands (loadOperands): B, and A when given, for the one GEMM in `gemms`. */
  readonly data?: OperandData;
  /** Scratch folder for requests and the reference's outputs. */
  readonly workDir: string;
  readonly simulate?: SimulateFn;
  readonly log?: (line: string) => void;
}

export interface Mismatch {
  readonly m: number;
  readonly n: number;
  readonly simulated: bigint;
  readonly reference: bigint;
}

export interface GemmReport {
  readonly name: string;
  readonly M: number;
  readonly N: number;
  readonly K: number;
  readonly mode: 'full' | 'sampled';
  readonly tile: { readonly tm: number; readonly tn: number; readonly total: number; readonly simulated: number };
  readonly compared: number;
  readonly matches: number;
  readonly firstMismatch?: Mismatch;
  readonly simulatedMacs: number;
  /** Dequantized output against the low-precision reference and float64 (quantized schemes). */
  readonly errors?: {
    readonly yVsRef: ErrorFigures;
    readonly yVsFp64: ErrorFigures;
    readonly refVsFp64: ErrorFigures;
    readonly scope: 'whole GEMM' | 'simulated tiles';
  };
  readonly plan?: Readonly<Record<string, unknown>>;
  readonly timing: { readonly referenceS: number; readonly simulateS: number };
}

export interface ValidateReport {
  readonly design: string;
  readonly ref: RefKind;
  readonly backend?: GpuResult['backend'];
  readonly quant?: QuantScheme;
  readonly seed: number;
  readonly data: string;
  /** The operands read from files, and how. */
  readonly operands?: { readonly a?: OperandNote; readonly b: OperandNote };
  readonly gemms: readonly GemmReport[];
  readonly ok: boolean;
  readonly timing: { readonly totalS: number; readonly referenceS: number };
}

export interface OperandNote {
  readonly ref: string;
  readonly note: string;
}

const typeName = (t: IntType) => `${t.signed ? '' : 'u'}int${t.bits}`;
export const ACTIVATIONS: FloatGen = { seed: 0, dist: 'normal', std: 1, outliers: { fraction: 0.01, scale: 10 } };
export const WEIGHTS: FloatGen = { seed: 0, dist: 'normal', std: 0.02 };

interface Plan {
  readonly g: NamedGemm;
  readonly mode: 'full' | 'sampled';
  readonly tiles: Tile[];
  readonly rows: number[];
  readonly cols: number[];
  readonly total: number;
  readonly tm: number;
  readonly tn: number;
  readonly seedA: number;
  readonly seedB: number;
}

/** Operands and reference C on the selection (rows x K, K x cols, rows x cols). */
interface Selected {
  readonly a: IntMatrix;
  readonly b: IntMatrix;
  readonly c: WideMatrix;
  readonly errors?: GemmReport['errors'];
  readonly plan?: Readonly<Record<string, unknown>>;
}

export function checkQuantFits(d: Design, scheme: QuantScheme): Diagnostic | undefined {
  const info = SCHEME_INFO[scheme];
  for (const [op, [lo, hi], want] of [
    ['A', info.aRange, info.a],
    ['B', info.bRange, info.b],
  ] as const) {
    const t = d.types[op];
    const r = intRange(t);
    if (BigInt(lo) < r.min || BigInt(hi) > r.max) {
      return vError(
        'V0102',
        `${scheme} gives ${op} values in ${lo}..${hi} (${typeName(want)}), but the design declares ${op}: ${typeName(t)} (${r.min}..${r.max})`,
        {
          hint: `validate ${scheme} on a design whose ${op} holds ${typeName(want)}, or pick a scheme that fits (${fittingSchemes(d).join(', ') || 'none fits'})`,
        },
      );
    }
  }
  return undefined;
}

export function fittingSchemes(d: Design): QuantScheme[] {
  return (Object.keys(SCHEME_INFO) as QuantScheme[]).filter((s) => {
    const i = SCHEME_INFO[s];
    const ra = intRange(d.types.A),
      rb = intRange(d.types.B);
    return BigInt(i.aRange[0]) >= ra.min && BigInt(i.aRange[1]) <= ra.max && BigInt(i.bRange[0]) >= rb.min && BigInt(i.bRange[1]) <= rb.max;
  });
}

function planGemm(d: Design, g: NamedGemm, i: number, o: ValidateOptions): Plan {
  const grid = tileGrid(d, g.M, g.N);
  const full = g.M * g.N * g.K <= o.timeBudgetS * SIM_MACS_PER_S || o.sampleTiles >= grid.total;
  const tiles = full ? [{ index: -1, m0: 0, n0: 0, rows: g.M, cols: g.N }] : sampleTiles(grid, g.M, g.N, o.sampleTiles, (o.seed + i) >>> 0);
  const span = full ? { rows: range(g.M), cols: range(g.N) } : tileSpan(tiles);
  return {
    g,
    mode: full ? 'full' : 'sampled',
    tiles,
    ...span,
    total: grid.total,
    tm: grid.tm,
    tn: grid.tn,
    seedA: (o.seed * 8 + 2 * i) >>> 0,
    seedB: (o.seed * 8 + 2 * i + 1) >>> 0,
  };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function dataText(o: ValidateOptions, d: Design): string {
  if (o.data) {
    const genA = o.data.a
      ? ''
      : o.quant
        ? `A: activations normal(0, 1) with ${ACTIVATIONS.outliers!.fraction * 100}% outlier channels x${ACTIVATIONS.outliers!.scale}, seed ${o.seed}`
        : `A (${typeName(d.types.A)}): ${o.intDist === 'extreme' ? 'at the extremes of its type' : 'uniform over its type'}, seed ${o.seed}`;
    const scheme = o.quant
      ? `${SCHEME_INFO[o.quant].title}${SCHEME_INFO[o.quant].grouped ? `, group ${o.group}` : ''}, reference ${o.refType}`
      : '';
    return [genA || 'A and B from tensor files', scheme].filter((x) => x.length > 0).join('; ');
  }
  if (!o.quant)
    return `A (${typeName(d.types.A)}) and B (${typeName(d.types.B)}) ${o.intDist === 'extreme' ? 'at the extremes of their types' : 'uniform over their types'}, seed ${o.seed}`;
  const out = ACTIVATIONS.outliers!;
  return `activations normal(0, 1) with ${out.fraction * 100}% outlier channels x${out.scale}, weights normal(0, 0.02), seed ${o.seed}; ${SCHEME_INFO[o.quant].title}${SCHEME_INFO[o.quant].grouped ? `, group ${o.group}` : ''}, reference ${o.refType}`;
}

export function validateDesign(d: Design, o: ValidateOptions): Result<ValidateReport> {
  const t0 = performance.now();
  if (o.data) {
    const g = o.gemms[0],
      a = o.data.a,
      b = o.data.b;
    if (o.gemms.length !== 1 || g.K !== b.rows || g.N !== b.cols || (a && (g.M !== a.rows || g.K !== a.cols))) {
      return {
        diagnostics: [
          vError(
            'V0108',
            `operand data do not fit the GEMM ${g ? `${g.M}x${g.N}x${g.K}` : '(none)'}: B is ${b.rows} x ${b.cols}${a ? `, A ${a.rows} x ${a.cols}` : ''}`,
            { hint: 'validate one GEMM whose K x N is the shape of B (and M x K that of A)' },
          ),
        ],
      };
    }
    if (!o.quant && (!b.ints || (a && !a.ints)))
      return { diagnostics: [vError('V0108', 'integer validation needs integer operand data (loadOperands without a scheme)')] };
    if (o.quant && (!b.floats || (a && !a.floats)))
      return { diagnostics: [vError('V0108', `--quant ${o.quant} needs float operand data (loadOperands with the scheme)`)] };
  }
  if (o.quant) {
    const e = checkQuantFits(d, o.quant);
    if (e) return { diagnostics: [e] };
    if (SCHEME_INFO[o.quant].grouped) {
      const bad = o.gemms.find((g) => g.K % o.group !== 0);
      if (bad)
        return {
          diagnostics: [
            vError('V0103', `${bad.name}: K = ${bad.K} is not a multiple of the ${o.quant} group size ${o.group}`, {
              hint: 'pick K as a multiple of the group size, or change it with --group',
            }),
          ],
        };
    }
  }
  const plans = o.gemms.map((g, i) => planGemm(d, g, i, o));
  const refT0 = performance.now();
  const refs = o.ref === 'ts' ? tsReferences(d, plans, o) : gpuReference(d, plans, o);
  const refS = (performance.now() - refT0) / 1000;
  if (!refs.value) return { diagnostics: refs.diagnostics };
  const sim = o.simulate ?? defaultSimulate;
  const gemms: GemmReport[] = [];
  let backend: GpuResult['backend'];
  for (let i = 0; i < plans.length; i++) {
    const p = plans[i],
      sel = refs.value.sel[i];
    backend ??= refs.value.backend;
    const s0 = performance.now();
    let compared = 0,
      matches = 0,
      macs = 0;
    let first: Mismatch | undefined;
    const rowAt = new Map(p.rows.map((r, j) => [r, j])),
      colAt = new Map(p.cols.map((c, j) => [c, j]));
    for (const t of p.tiles) {
      const a = subRows(sel.a, t.m0, t.rows, rowAt),
        b = subCols(sel.b, t.n0, t.cols, colAt);
      o.log?.(`${p.g.name}: simulating ${p.mode === 'full' ? 'the whole GEMM' : `tile ${t.index}`} (${t.rows}x${t.cols}x${p.g.K})`);
      const r = sim(d, a, b);
      if (!r.value) {
        const where = `${p.g.name} ${p.g.M}x${p.g.N}x${p.g.K}${p.mode === 'sampled' ? `, tile ${t.index} (C[${t.m0}..${t.m0 + t.rows - 1}][${t.n0}..${t.n0 + t.cols - 1}])` : ''}`;
        // Element indices inside a tile are local: the message names the tile's place in C.
        return {
          diagnostics: r.diagnostics.map((x) => ({
            ...x,
            message: `${where}: ${x.message}${p.mode === 'sampled' && x.code === 'S0103' ? ' (indices within the tile)' : ''}`,
            ...(x.code === 'S0103'
              ? { hint: 'widen the accumulator: validate compares exact values, so a sum that does not fit is a failure' }
              : {}),
          })),
        };
      }
      macs += t.rows * t.cols * p.g.K;
      for (let r0 = 0; r0 < t.rows; r0++) {
        for (let c0 = 0; c0 < t.cols; c0++) {
          const m = t.m0 + r0,
            n = t.n0 + c0;
          const v = r.value.c.data[r0 * t.cols + c0],
            ref = sel.c.data[rowAt.get(m)! * sel.c.cols + colAt.get(n)!];
          compared++;
          if (v === ref) matches++;
          else first ??= { m, n, simulated: v, reference: ref };
        }
      }
    }
    gemms.push({
      name: p.g.name,
      M: p.g.M,
      N: p.g.N,
      K: p.g.K,
      mode: p.mode,
      tile: { tm: p.tm, tn: p.tn, total: p.total, simulated: p.mode === 'full' ? p.total : p.tiles.length },
      compared,
      matches,
      ...(first ? { firstMismatch: first } : {}),
      simulatedMacs: macs,
      ...(sel.errors ? { errors: sel.errors } : {}),
      ...(sel.plan ? { plan: sel.plan } : {}),
      timing: { referenceS: refs.value.perGemmS[i], simulateS: (performance.now() - s0) / 1000 },
    });
  }
  const ok = gemms.every((g) => g.matches === g.compared);
  return {
    value: {
      design: d.name,
      ref: o.ref,
      ...(backend ? { backend } : {}),
      ...(o.quant ? { quant: o.quant } : {}),
      seed: o.seed,
      data: dataText(o, d),
      ...(o.data ? { operands: { ...(o.data.a ? { a: note(o.data.a) } : {}), b: note(o.data.b) } } : {}),
      gemms,
      ok,
      timing: { totalS: (performance.now() - t0) / 1000, referenceS: refS },
    },
    diagnostics: [],
  };
}

function note(t: TensorOperand): OperandNote {
  return { ref: t.ref, note: t.note };
}

function subRows(m: IntMatrix, r0: number, n: number, at: Map<number, number>): IntMatrix {
  const K = m.cols,
    s = at.get(r0)!;
  return { rows: n, cols: K, data: m.data.slice(s * K, (s + n) * K) };
}

function subCols(m: IntMatrix, c0: number, n: number, at: Map<number, number>): IntMatrix {
  const K = m.rows,
    s = at.get(c0)!,
    out = new Int32Array(K * n);
  for (let k = 0; k < K; k++) for (let c = 0; c < n; c++) out[k * n + c] = m.data[k * m.cols + s + c];
  return { rows: K, cols: n, data: out };
}

// ---- references ------------------------------------------------------------------------------

interface RefOut {
  readonly sel: Selected[];
  readonly backend?: GpuResult['backend'];
  readonly perGemmS: number[];
}

function combine(parts: Result<Selected>[], perGemmS: number[]): Result<RefOut> {
  const bad = parts.flatMap((p) => p.diagnostics);
  if (bad.length) return { diagnostics: bad };
  return { value: { sel: parts.map((p) => p.value!), perGemmS }, diagnostics: [] };
}

function tsReferences(d: Design, plans: Plan[], o: ValidateOptions): Result<RefOut> {
  const times: number[] = [];
  const parts = plans.map((p) => {
    const t = performance.now();
    o.log?.(`reference: TypeScript on ${p.g.name}`);
    const r = tsReference(d, p, o);
    times.push((performance.now() - t) / 1000);
    return r;
  });
  return combine(parts, times);
}

function tsReference(d: Design, p: Plan, o: ValidateOptions): Result<Selected> {
  const { M, N, K } = p.g;
  const da = o.data?.a,
    db = o.data?.b;
  if (!o.quant) {
    const a = da?.ints ? intRows(da.ints, p.rows) : genIntMatrix(d.types.A, intGen(o, p.seedA), M, K, p.rows);
    const b = db?.ints ? intCols(db.ints, p.cols) : genIntMatrix(d.types.B, intGen(o, p.seedB), K, N, undefined, p.cols);
    const c = referenceGemm(a, b, { signed: true, bits: 64 }, false);
    return c.value
      ? { value: { a, b, c: c.value, plan: { method: 'TypeScript exact GEMM' } }, diagnostics: [] }
      : { diagnostics: c.diagnostics };
  }
  const x = da?.floats ? floatRows(da.floats, K, p.rows) : genFloatMatrix({ ...ACTIVATIONS, seed: p.seedA }, M, K, p.rows);
  const w = db?.floats ? floatCols(db.floats, K, N, p.cols) : genFloatMatrix({ ...WEIGHTS, seed: p.seedB }, K, N, undefined, p.cols);
  const q = quantizeGemm({ scheme: o.quant, x, w, rows: p.rows.length, cols: p.cols.length, K, group: o.group, ref: o.refType });
  const yref = lowPrecisionGemm(x, w, p.rows.length, p.cols.length, K, o.refType);
  const y64 = float64Gemm(x, w, p.rows.length, p.cols.length, K);
  return {
    value: {
      a: q.A,
      b: q.B,
      c: q.C,
      plan: { method: 'TypeScript exact reference' },
      errors: {
        yVsRef: errorFigures(q.Y, yref),
        yVsFp64: errorFigures(q.Y, y64),
        refVsFp64: errorFigures(yref, y64),
        scope: 'simulated tiles',
      },
    },
    diagnostics: [],
  };
}

function intGen(o: ValidateOptions, seed: number): IntGen {
  return { seed, dist: o.intDist };
}

function gpuReference(d: Design, plans: Plan[], o: ValidateOptions): Result<RefOut> {
  mkdirSync(o.workDir, { recursive: true });
  // Operands from files travel as .npy beside the request (integers in the narrowest dtype).
  const file = (name: string, t: TensorOperand | undefined, type: IntType): string | undefined => {
    if (!t) return undefined;
    if (t.floats) writeFileSync(join(o.workDir, name), writeFloat32Npy(t.floats, [t.rows, t.cols]));
    else writeFileSync(join(o.workDir, name), writeNpy(t.ints!, npyDtype(type)));
    return name;
  };
  const fa = file(o.quant ? 'x.npy' : 'a.npy', o.data?.a, d.types.A),
    fb = file(o.quant ? 'w.npy' : 'b.npy', o.data?.b, d.types.B);
  const requests: GpuRequest[] = plans.map((p, i) => {
    const outputs = { dir: `g${i}`, rows: p.rows, cols: p.cols, operands: true };
    const shape = { M: p.g.M, N: p.g.N, K: p.g.K };
    const ta = typeName(d.types.A),
      tb = typeName(d.types.B);
    return o.quant
      ? {
          version: 1,
          kind: 'quant',
          scheme: o.quant,
          shape,
          x: fa ? { file: fa } : { gen: { ...ACTIVATIONS, seed: p.seedA } },
          w: fb ? { file: fb } : { gen: { ...WEIGHTS, seed: p.seedB } },
          group: o.group,
          ref: o.refType,
          outputs,
        }
      : {
          version: 1,
          kind: 'gemm',
          shape,
          a: fa ? { type: ta, file: fa } : { type: ta, gen: intGen(o, p.seedA) },
          b: fb ? { type: tb, file: fb } : { type: tb, gen: intGen(o, p.seedB) },
          outputs,
        };
  });
  o.log?.(`reference: ${o.ref} on ${plans.length} GEMM(s)`);
  const r = runGpuRequest({ version: 1, kind: 'batch', requests }, { backend: o.ref as GpuBackend, dir: o.workDir });
  if (!r.value) return { diagnostics: r.diagnostics };
  const results = r.value.results ?? [];
  const failed = results.find((x) => !x.ok);
  if (failed || results.length !== plans.length) {
    const e = failed?.error;
    const code = e?.code === 'G0002' ? 'V0203' : e?.code === 'G0001' ? 'V0202' : e?.code === 'G0900' ? 'V0204' : 'V0104';
    return {
      diagnostics: [
        vError(
          code,
          `reference (${o.ref}): ${e ? `${e.code} ${e.where ? `${e.where}: ` : ''}${e.message}` : 'missing results'}`,
          e?.hint ? { hint: e.hint } : {},
        ),
      ],
    };
  }
  const parts = plans.map((p, i) => readSelected(join(o.workDir, `g${i}`), results[i], p));
  const c = combine(
    parts,
    results.map((x) => x.timing?.total_s ?? 0),
  );
  if (!c.value) return c;
  return { value: { ...c.value, backend: results[0]?.backend }, diagnostics: [] };
}

function npyDtype(t: IntType): 'int8' | 'uint8' | 'int16' | 'int32' {
  if (t.bits <= 8) return t.signed ? 'int8' : 'uint8';
  return t.bits < 16 || (t.signed && t.bits === 16) ? 'int16' : 'int32';
}

function readInt(dir: string, file: string): Result<{ shape: readonly number[]; data: Int32Array | BigInt64Array }> {
  let buf: Buffer;
  try {
    buf = readFileSync(join(dir, file));
  } catch {
    return { diagnostics: [vError('V0107', `the reference wrote no ${file} in ${dir}`)] };
  }
  const p = parseNpy(buf, file);
  return p.value ? { value: p.value, diagnostics: [] } : { diagnostics: p.diagnostics };
}

function readSelected(dir: string, res: GpuResult, p: Plan): Result<Selected> {
  const a = readInt(dir, 'a.npy'),
    b = readInt(dir, 'b.npy'),
    c = readInt(dir, 'c.npy');
  const diags = [...a.diagnostics, ...b.diagnostics, ...c.diagnostics];
  if (diags.length) return { diagnostics: diags };
  const K = p.g.K,
    rows = p.rows.length,
    cols = p.cols.length;
  const shapeOk = (x: readonly number[], r: number, cc: number) => x.length === 2 && x[0] === r && x[1] === cc;
  if (
    !shapeOk(a.value!.shape, rows, K) ||
    !shapeOk(b.value!.shape, K, cols) ||
    !shapeOk(c.value!.shape, rows, cols) ||
    !(c.value!.data instanceof BigInt64Array)
  ) {
    return {
      diagnostics: [
        vError(
          'V0107',
          `the reference's outputs in ${dir} do not have the requested shapes (A ${rows}x${K}, B ${K}x${cols}, C ${rows}x${cols} int64)`,
        ),
      ],
    };
  }
  const toInt = (v: { data: Int32Array | BigInt64Array }) => (v.data instanceof Int32Array ? v.data : Int32Array.from(v.data, Number));
  return {
    value: {
      a: { rows, cols: K, data: toInt(a.value!) },
      b: { rows: K, cols, data: toInt(b.value!) },
      c: { rows, cols, data: c.value!.data as BigInt64Array },
      ...(res.plan ? { plan: res.plan } : {}),
      ...(res.errors ? { errors: { ...res.errors, scope: 'whole GEMM' as const } } : {}),
    },
    diagnostics: [],
  };
}
