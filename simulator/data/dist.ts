// Value distributions for generated operands: uniform over the type's range, normal(mean, std)
// and laplace(b) (zero mean), each rounded to the nearest integer and clamped into the type, and
// an empirical distribution (the value histogram of a real tensor, workload/), so the fast path's
// digit statistics can come from real data.
import { intRange, type IntType, type Result } from '../../ir/index.js';
import { simError } from '../diagnostics.js';

export type Dist =
  | { readonly kind: 'uniform' }
  | { readonly kind: 'normal'; readonly mean: number; readonly std: number }
  | { readonly kind: 'laplace'; readonly b: number }
  | EmpiricalDist;

/**
 * Integer values with their weights (a histogram; weights need not sum to 1). `label` names the
 * source (a content hash, so equal histograms format equally); values outside a type are clamped.
 */
export interface EmpiricalDist {
  readonly kind: 'empirical';
  readonly label: string;
  readonly values: Int32Array;
  readonly weights: Float64Array;
}

const NUM = '[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?';

/** Parses `uniform`, `normal:mean,std` or `laplace:b`. */
export function parseDist(s: string): Result<Dist> {
  const t = s.trim();
  if (t === 'uniform') return { value: { kind: 'uniform' }, diagnostics: [] };
  let m = new RegExp(`^normal:(${NUM}),(${NUM})$`).exec(t);
  if (m) {
    const mean = Number(m[1]),
      std = Number(m[2]);
    if (std > 0 && Number.isFinite(mean)) return { value: { kind: 'normal', mean, std }, diagnostics: [] };
  }
  m = new RegExp(`^laplace:(${NUM})$`).exec(t);
  if (m && Number(m[1]) > 0) return { value: { kind: 'laplace', b: Number(m[1]) }, diagnostics: [] };
  return {
    diagnostics: [
      simError('S0107', `unknown distribution '${s}'`, {
        expected: 'uniform, normal:MEAN,STD (STD > 0) or laplace:B (B > 0)',
        hint: 'e.g. --dist normal:0,20',
      }),
    ],
  };
}

export function formatDist(d: Dist): string {
  return d.kind === 'uniform'
    ? 'uniform'
    : d.kind === 'normal'
      ? `normal:${d.mean},${d.std}`
      : d.kind === 'laplace'
        ? `laplace:${d.b}`
        : `empirical:${d.label}`;
}

/**
 * Probability of each integer of the type under the distribution after rounding and clamping
 * (index v - min). Used by the fast path's expected-value cycle estimates.
 */
export function distPmf(d: Dist, t: IntType): Float64Array {
  const r = intRange(t);
  const lo = Number(r.min),
    hi = Number(r.max);
  const out = new Float64Array(hi - lo + 1);
  if (d.kind === 'uniform') return out.fill(1 / out.length);
  if (d.kind === 'empirical') {
    let sum = 0;
    for (let i = 0; i < d.values.length; i++) sum += d.weights[i];
    if (!(sum > 0)) return out.fill(1 / out.length);
    for (let i = 0; i < d.values.length; i++) out[Math.min(hi, Math.max(lo, d.values[i])) - lo] += d.weights[i] / sum;
    return out;
  }
  const cdf = (x: number): number => (d.kind === 'normal' ? normalCdf((x - d.mean) / d.std) : laplaceCdf(x, d.b));
  for (let v = lo; v <= hi; v++) {
    const a = v === lo ? 0 : cdf(v - 0.5);
    const b = v === hi ? 1 : cdf(v + 0.5);
    out[v - lo] = Math.max(0, b - a);
  }
  return out;
}

function laplaceCdf(x: number, b: number): number {
  return x < 0 ? 0.5 * Math.exp(x / b) : 1 - 0.5 * Math.exp(-x / b);
}

/** Standard normal CDF via erf (Abramowitz-Stegun 7.1.26, |error| < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
}
