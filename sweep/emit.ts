// Rows as bytes: one function builds every row in the field order of sweep/row.ts with fixed
// precision, so equal points give equal lines whatever worker or shard produced them.
import { createHash } from 'node:crypto';
import { METRIC_DIGITS, type MetricName, type RowMetrics, type SweepRow } from './row.js';

export const POW = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];

/** x rounded to d decimals (the nearest double to k / 10^d: JSON prints it shortest). */
export function fix(x: number, d: number): number {
  if (!Number.isFinite(x)) return x;
  const p = POW[d];
  const v = Math.round(x * p) / p;
  return v === 0 ? 0 : v; // no -0
}

/** Fixed significant digits for breakdown entries (they span many magnitudes). */
export function sig(x: number, digits = 4): number {
  if (x === 0 || !Number.isFinite(x)) return x === 0 ? 0 : x;
  const d = sigDecimals(x, digits);
  return d <= 8 ? fix(x, d) : Number(x.toPrecision(digits));
}

/** The decimals `sig` rounds a finite non-zero x to (fix(x, d) when at most 8). */
export function sigDecimals(x: number, digits = 4): number {
  return Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(x))));
}

export const REQUIRED_METRICS: readonly MetricName[] = ['areaUm2', 'fmaxMHz', 'cycles', 'energyPerMacPj', 'topsPerMm2', 'topsPerW'];
const ALL_METRICS = Object.keys(METRIC_DIGITS) as MetricName[];

/** Metrics rounded to their fixed precision, in METRIC_DIGITS order, restricted to `keep`. */
export function roundMetrics(m: RowMetrics, keep?: ReadonlySet<MetricName>): RowMetrics {
  const out: Record<string, number | null> = {};
  for (const k of ALL_METRICS) {
    if (keep && !keep.has(k)) continue;
    const v = m[k];
    out[k] = v === null || v === undefined ? null : fix(v, METRIC_DIGITS[k]);
  }
  return out as unknown as RowMetrics;
}

/** The JSON line of a row (no newline). Key order is fixed by the literal below. */
export function rowLine(r: SweepRow): string {
  const o: Record<string, unknown> = {
    key: r.key,
    id: r.id,
    index: r.index,
    status: r.status,
    level: r.level,
    design: { name: r.design.name, file: r.design.file },
    params: r.params,
    workload: r.workload,
  };
  if (r.metrics) o.metrics = r.metrics;
  if (r.detail) o.detail = r.detail;
  if (r.diagnostic) o.diagnostic = r.diagnostic;
  return JSON.stringify(o);
}

export const sha16 = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

/**
 * A 64-bit hash of a string as 16 hex digits: two 32-bit FNV-1a lanes with different offsets,
 * each finished by MurmurHash3's avalanche. Not cryptographic; used for the per-point row keys
 * and ids, where sha256 would cost a fifth of a fast-level point. Inputs embed a sha256 of the
 * design IR, so content addressing still rests on sha256.
 */
export function hash64(s: string, from: HashState = HASH_START): string {
  let a = from[0],
    b = from[1];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a = fmix(a ^ (s.length + from[2]));
  b = fmix(b ^ a);
  return hex16(a, b);
}

const HEX = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
/** Two 32-bit words as 16 lowercase hex digits, one flat string (toString(16) + padStart cost 20x more). */
function hex16(a: number, b: number): string {
  return String.fromCharCode(
    HEX[a >>> 28],
    HEX[(a >>> 24) & 15],
    HEX[(a >>> 20) & 15],
    HEX[(a >>> 16) & 15],
    HEX[(a >>> 12) & 15],
    HEX[(a >>> 8) & 15],
    HEX[(a >>> 4) & 15],
    HEX[a & 15],
    HEX[b >>> 28],
    HEX[(b >>> 24) & 15],
    HEX[(b >>> 20) & 15],
    HEX[(b >>> 16) & 15],
    HEX[(b >>> 12) & 15],
    HEX[(b >>> 8) & 15],
    HEX[(b >>> 4) & 15],
    HEX[b & 15],
  );
}

/** The two lanes and the length after a prefix: hash64(suffix, hashState(prefix)) = hash64(prefix + suffix). */
export type HashState = readonly [number, number, number];
const HASH_START: HashState = [0x811c9dc5, 0x01000193 ^ 0x5bd1e995, 0];
export function hashState(prefix: string, from: HashState = HASH_START): HashState {
  let a = from[0],
    b = from[1];
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [a, b, from[2] + prefix.length];
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
