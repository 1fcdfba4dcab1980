// Quantities derived from the IR that every back end needs. Pure functions, no state.
import { architectureOf, type OptName } from './architectures.js';
import type { Design, DigitEncoding, IntType, Loop, LoopVar, Movement, OperandName } from './types.js';

export type { OptName };

/** Ceiling division of non-negative integers (tiles, steps, groups). */
export const cdiv = (a: number, b: number): number => Math.ceil(a / b);

export function intRange(t: IntType): { min: bigint; max: bigint } {
  const b = BigInt(t.bits);
  return t.signed ? { min: -(1n << (b - 1n)), max: (1n << (b - 1n)) - 1n } : { min: 0n, max: (1n << b) - 1n };
}

/**
 * Number of digits the encoding yields for a value of type t.
 * binary: one per bit. booth4: ceil(w/2) signed, ceil((w+1)/2) unsigned (a zero is prepended).
 * ent: sign-magnitude; |x| <= 2^(w-1) for signed so ceil(w/2) radix-4 digits hold it with the
 * top digit in {0,1,2}; unsigned magnitudes up to 2^w-1 can carry out once more.
 */
export function digitCount(t: IntType, scheme: DigitEncoding): number {
  switch (scheme) {
    case 'binary':
      return t.bits;
    case 'booth4':
    case 'ent':
      return t.signed ? Math.ceil(t.bits / 2) : Math.ceil((t.bits + 1) / 2);
  }
}

/** Radix of the encoding: the weight of digit j is radix^j. */
export function digitRadix(scheme: DigitEncoding): 2 | 4 {
  return scheme === 'binary' ? 2 : 4;
}

export function loopOf(d: Design, v: LoopVar): Loop | undefined {
  return d.loops.find((l) => l.var === v);
}

/** Spatial size of m/n/k (1 when the loop is temporal or absent). */
export function spatialSize(d: Design, v: LoopVar): number {
  const l = loopOf(d, v);
  return l && l.mapping === 'spatial' ? (l.size ?? 1) : 1;
}

/**
 * The PE array as laid out by the nest: the first spatial loop among m/n/k indexes rows, the
 * second indexes columns; a third (cube) is the depth inside each PE.
 */
export function arrayShape(d: Design): { rows: number; cols: number; depth: number; rowVar: LoopVar; colVar: LoopVar } {
  const sp = d.loops.filter((l) => l.mapping === 'spatial' && (l.var === 'm' || l.var === 'n' || l.var === 'k'));
  const rowVar = sp[0]?.var ?? 'm';
  const colVar = sp[1]?.var ?? 'n';
  const depthVar = sp[2]?.var;
  return {
    rows: sp[0]?.size ?? 1,
    cols: sp[1]?.size ?? 1,
    depth: depthVar ? (sp[2].size ?? 1) : 1,
    rowVar,
    colVar,
  };
}

export function peCount(d: Design): number {
  const s = arrayShape(d);
  return s.rows * s.cols;
}

/** How an operand (or the partial sums C) moves along the spatial loop it travels, if stated. */
export function movementOf(d: Design, operand: OperandName | 'C'): Movement | undefined {
  return d.flows.find((f) => f.operand === operand)?.movement;
}

/** The encoder of the j loop (the operand whose digits are the bit-weight loop). */
export function primaryEncoder(d: Design) {
  return d.encoders[0];
}

export function otherOperand(o: OperandName): OperandName {
  return o === 'A' ? 'B' : 'A';
}

/** Signed width that holds every product A*B exactly (the RTL's product words, the simulator's product registers). */
export function productWidth(d: Design): number {
  const { A, B } = d.types;
  return A.bits + B.bits + (A.signed === B.signed ? (A.signed ? 0 : 1) : 0);
}

/** ceil(log2 n): address bits of n things, 0 for n <= 1. */
export function clog2(n: number): number {
  return n <= 1 ? 0 : Math.ceil(Math.log2(n));
}

/** Bits of a counter or select over 0..n-1: clog2(n), but at least 1 (a register has a bit). */
export function indexBits(n: number): number {
  return Math.max(1, clog2(n));
}

/** Extreme products of one A*B multiplication. */
export function productRange(d: Design): { min: bigint; max: bigint } {
  const a = intRange(d.types.A);
  const b = intRange(d.types.B);
  const c = [a.min * b.min, a.min * b.max, a.max * b.min, a.max * b.max];
  return { min: c.reduce((x, y) => (y < x ? y : x)), max: c.reduce((x, y) => (y > x ? y : x)) };
}

/**
 * The largest K for which no sum of K products can overflow the accumulator. A K beyond this
 * may still be fine for real data; the simulator detects actual overflow.
 */
export function maxSafeK(d: Design): number {
  const acc = intRange(d.types.acc);
  const p = productRange(d);
  let k = Number.MAX_SAFE_INTEGER;
  if (p.max > 0n) k = Math.min(k, Number(acc.max / p.max));
  if (p.min < 0n) k = Math.min(k, Number(acc.min / p.min));
  return k;
}

/** Which of the paper's optimizations the design embodies (derived, never stored). */
export function appliedOptimizations(d: Design): OptName[] {
  const out: OptName[] = [];
  const j = loopOf(d, 'j');
  const hasI = loopOf(d, 'i') !== undefined;
  if (architectureOf(d).optimizations.includes('opt1') && d.reduction.k === 'carry-save' && d.reduction.finalCpa !== 'per-product')
    out.push('opt1');
  if (d.reduction.order === 'bitweight-outer') out.push('opt2');
  const opt3 = j?.mapping === 'temporal' && j.skipZeros === true && d.sparse !== undefined && !hasI;
  if (opt3) out.push('opt3');
  const enc = primaryEncoder(d);
  if (opt3 && enc && (enc.placement === 'row' || enc.placement === 'column')) out.push('opt4c');
  if (architectureOf(d).optimizations.includes('opt4e') && d.peGroup !== undefined && d.peGroup > 1) out.push('opt4e');
  return out;
}

/**
 * How a bit-serial design skips zero digits: 'terms' steps through the nonzero digit pairs of
 * both operands (loops j and i); 'groups' scans A's digits by sparse groups of k-elements
 * (OPT3/OPT4). Undefined for designs that build every digit in parallel.
 */
export function zeroSkipping(d: Design): 'terms' | 'groups' | undefined {
  if (!loopOf(d, 'j')?.skipZeros) return undefined;
  return d.sparse ? 'groups' : 'terms';
}

/**
 * The resolve stage of a design whose final CPA is `shared` (docs/CYCLES.md, "shared resolve
 * stage"): the PEs keep only their (sum, carry) pairs; after a tile's last k step, `lanes` CPA
 * lanes outside the array read the finished pairs in the order the PEs finish (ties by row, then
 * column), one PE per lane per step and one step per cycle. Step s reads order[s * lanes + l] on
 * lane l. The first step waits `offset` cycles after the first accumulator is final, so that no
 * step reads a PE before its last accumulation: offset = max over steps of (latest lag in the step
 * - s). Undefined for other final CPAs.
 */
export interface ResolveSchedule {
  readonly lanes: number;
  /** Columns of the array (PE index = row * cols + col). */
  readonly cols: number;
  readonly steps: number;
  /** PE indices (row * cols + col) in read order. */
  readonly order: readonly number[];
  /** Per PE (row * cols + col): its resultLag. */
  readonly lag: readonly number[];
  /** Cycles between the first accumulator that could be read and the first step. */
  readonly offset: number;
  /** The largest lag (the last accumulation of the tile). */
  readonly maxLag: number;
}

const SCHEDULES = new WeakMap<Design, ResolveSchedule>();

export function resolveSchedule(d: Design): ResolveSchedule | undefined {
  if (d.reduction.finalCpa !== 'shared') return undefined;
  let s = SCHEDULES.get(d);
  if (s) return s;
  const { rows: R, cols: C } = arrayShape(d);
  const def = architectureOf(d);
  const lanes = Math.max(1, Math.min(R * C, d.reduction.lanes ?? R));
  const lag = Array.from({ length: R * C }, (_, i) => def.resultLag(d, Math.floor(i / C), i % C));
  const order = lag.map((_, i) => i).sort((a, b) => lag[a] - lag[b] || a - b);
  const steps = Math.ceil(order.length / lanes);
  let offset = 0;
  for (let st = 0; st < steps; st++) {
    let latest = 0;
    for (let l = st * lanes; l < Math.min(order.length, (st + 1) * lanes); l++) latest = Math.max(latest, lag[order[l]]);
    offset = Math.max(offset, latest - st);
  }
  s = { lanes, cols: C, steps, order, lag, offset, maxLag: Math.max(...lag) };
  SCHEDULES.set(d, s);
  return s;
}
