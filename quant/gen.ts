// The seeded, counter-based operand generator shared with gpu/tpe_gpu/gen.py (same values bit
// for bit): element i (row-major) of a tensor is h(i) = mix(mix(i ^ key) + key) with 32-bit
// arithmetic (mix: Wellons' lowbias32) and key = mix(seed ^ mix(stream + 0x9E3779B9)). Any
// element can be made alone, so a validation regenerates only the rows and columns it simulates.
import { intRange, type IntMatrix, type IntType } from '../ir/index.js';
import { rne } from './float.js';

const SQRT3 = 1.7320508075688772;
const OUTLIER_STREAM = 99;

function mix(x: number): number {
  x >>>= 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d) >>> 0;
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b) >>> 0;
  x ^= x >>> 16;
  return x >>> 0;
}

export function genKey(seed: number, stream: number): number {
  return mix((seed ^ mix((stream + 0x9e3779b9) >>> 0)) >>> 0);
}

export function hashAt(i: number, key: number): number {
  return mix((mix((i ^ key) >>> 0) + key) >>> 0);
}

/** Integer distributions: uniform over the type, extreme (only min and max), rounded normal. */
export type IntGen =
  | { readonly seed: number; readonly dist: 'uniform' }
  | { readonly seed: number; readonly dist: 'extreme' }
  | { readonly seed: number; readonly dist: 'normal'; readonly std: number; readonly mean?: number };

/** Float distributions (float32 values), optionally with outlier columns (activation channels). */
export type FloatGen =
  | { readonly seed: number; readonly dist: 'normal'; readonly std: number; readonly mean?: number; readonly outliers?: Outliers }
  | { readonly seed: number; readonly dist: 'uniform'; readonly lo?: number; readonly hi?: number; readonly outliers?: Outliers };

export interface Outliers {
  readonly fraction: number;
  readonly scale: number;
}

interface Keys {
  k0: number;
  k1: number;
  k2: number;
  k3: number;
}

function keys(seed: number): Keys {
  return { k0: genKey(seed, 0), k1: genKey(seed, 1), k2: genKey(seed, 2), k3: genKey(seed, 3) };
}

const unit = (h: number) => (h >>> 8) * 2 ** -24;

function normalAt(i: number, k: Keys, mean: number, std: number): number {
  let s = unit(hashAt(i, k.k0));
  s = s + unit(hashAt(i, k.k1));
  s = s + unit(hashAt(i, k.k2));
  s = s + unit(hashAt(i, k.k3));
  const z = (s - 2) * SQRT3;
  return z * std + mean;
}

/** Element i of an integer tensor of type t. */
export function intValueMaker(t: IntType, g: IntGen): (i: number) => number {
  const r = intRange(t);
  const lo = Number(r.min),
    hi = Number(r.max);
  const k = keys(g.seed);
  switch (g.dist) {
    case 'uniform': {
      const span = hi - lo + 1;
      return (i) => lo + Math.floor((hashAt(i, k.k0) * span) / 4294967296);
    }
    case 'extreme':
      return (i) => ((hashAt(i, k.k0) & 1) === 1 ? hi : lo);
    case 'normal': {
      const mean = g.mean ?? 0;
      return (i) => Math.min(hi, Math.max(lo, rne(normalAt(i, k, mean, g.std))));
    }
  }
}

/**
 * The selected rows and columns of a rows x cols integer tensor (undefined: all), as a dense
 * matrix of the selection.
 */
export function genIntMatrix(
  t: IntType,
  g: IntGen,
  rows: number,
  cols: number,
  rowSel?: readonly number[],
  colSel?: readonly number[],
): IntMatrix {
  const at = intValueMaker(t, g);
  const rs = rowSel ?? range(rows),
    cs = colSel ?? range(cols);
  const data = new Int32Array(rs.length * cs.length);
  let o = 0;
  for (const r of rs) for (const c of cs) data[o++] = at(r * cols + c);
  return { rows: rs.length, cols: cs.length, data };
}

/** The selected rows and columns of a rows x cols float32 tensor, row-major. */
export function genFloatMatrix(
  g: FloatGen,
  rows: number,
  cols: number,
  rowSel?: readonly number[],
  colSel?: readonly number[],
): Float32Array {
  const rs = rowSel ?? range(rows),
    cs = colSel ?? range(cols);
  const k = keys(g.seed);
  const lo = g.dist === 'uniform' ? (g.lo ?? -1) : 0,
    hi = g.dist === 'uniform' ? (g.hi ?? 1) : 0;
  const mean = g.dist === 'normal' ? (g.mean ?? 0) : 0,
    std = g.dist === 'normal' ? g.std : 0;
  let colMult: ((c: number) => number) | undefined;
  if (g.outliers) {
    const ko = genKey(g.seed, OUTLIER_STREAM);
    const thresh = rne(g.outliers.fraction * 2 ** 24);
    const scale = g.outliers.scale;
    colMult = (c) => (hashAt(c, ko) >>> 8 < thresh ? scale : 1);
  }
  const out = new Float32Array(rs.length * cs.length);
  let o = 0;
  for (const r of rs) {
    for (const c of cs) {
      const i = r * cols + c;
      let v = g.dist === 'normal' ? normalAt(i, k, mean, std) : unit(hashAt(i, k.k0)) * (hi - lo) + lo;
      if (colMult) v = v * colMult(c);
      out[o++] = v; // Float32Array stores round to nearest even
    }
  }
  return out;
}

export function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
