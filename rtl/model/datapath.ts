// Datapath fragments shared by the PE builders: digit encoding, partial products, compressor
// trees (scheduled here, emitted as explicit compressor instances) and CPA chains.
import { digitCount, digitRadix, type Design, type IntType } from '../../ir/index.js';
import type { Lib } from './lib.js';
import { type Net, bit, slice } from './netlist.js';

export { productWidth } from '../../ir/index.js';

export interface DigitInfo {
  /** Digits of the encoded operand. */
  readonly count: number;
  /** log2 of the radix: digit j weighs 2^(j*shift). */
  readonly shift: number;
}

export function digitInfo(t: IntType, d: Design, which = 0): DigitInfo {
  const enc = d.encoders[which];
  return { count: digitCount(t, enc.scheme), shift: Math.log2(digitRadix(enc.scheme)) };
}

/** Concatenation of single bits, most significant first, runs of zeros merged. */
export function bitsConcat(bitsLsbFirst: readonly string[]): string {
  const parts: string[] = [];
  let zeros = 0;
  for (let i = bitsLsbFirst.length - 1; i >= 0; i--) {
    const b = bitsLsbFirst[i];
    if (b === "1'b0") {
      zeros++;
      continue;
    }
    if (zeros) parts.push(`${zeros}'b0`);
    zeros = 0;
    parts.push(b);
  }
  if (zeros) parts.push(`${zeros}'b0`);
  return parts.length === 1 ? parts[0] : `{${parts.join(', ')}}`;
}

/** Partial products of digits `dig` (3 bits each) times `b`, each `w` bits wide, plus the row of
 * negation corrections. Digits whose weight is at or beyond 2^w contribute nothing mod 2^w. */
export function partialProducts(
  net: Net,
  lib: Lib,
  p: string,
  dig: string,
  di: DigitInfo,
  b: string,
  bt: IntType,
  w: number,
): { pps: string[]; corr: string } {
  const pps: string[] = [];
  const corrBits: string[] = Array.from({ length: w }, () => "1'b0");
  for (let j = 0; j < di.count; j++) {
    const sh = j * di.shift;
    if (sh >= w) break;
    const pp = net.wire(`${p}pp${j}`, w);
    net.inst(lib.ppgen(bt, w, sh), `${p}u_pp${j}`, { dig: slice(dig, 3 * j, 3, 3 * di.count), b, pp });
    pps.push(pp);
    corrBits[sh] = bit(dig, 3 * j + 2);
  }
  const corr = net.wire(`${p}corr`, w, bitsConcat(corrBits));
  return { pps, corr };
}

/**
 * Reduces w-bit vectors to a (sum, carry) pair: 4:2 compressors while four or more remain in a
 * level, then a 3:2 for a remaining three (Wallace-style levels, computed here so synthesis sees
 * the carry-save structure as instances). Returns the pair and the number of levels.
 */
export function compressTree(net: Net, lib: Lib, p: string, ins: readonly string[], w: number): { s: string; c: string; levels: number } {
  let cur = [...ins];
  let level = 0;
  if (cur.length === 0) throw new Error('rtl model: empty compressor tree');
  while (cur.length > 2) {
    const next: string[] = [];
    let i = 0;
    let n = 0;
    while (cur.length - i >= 3) {
      const s = net.wire(`${p}t${level}_${n}s`, w);
      const c = net.wire(`${p}t${level}_${n}c`, w);
      if (cur.length - i >= 4) {
        net.inst(lib.csa42(w), `${p}u_t${level}_${n}`, { x0: cur[i], x1: cur[i + 1], x2: cur[i + 2], x3: cur[i + 3], s, c });
        i += 4;
      } else {
        net.inst(lib.csa3(w), `${p}u_t${level}_${n}`, { x: cur[i], y: cur[i + 1], z: cur[i + 2], s, c });
        i += 3;
      }
      next.push(s, c);
      n++;
    }
    while (i < cur.length) next.push(cur[i++]);
    cur = next;
    level++;
  }
  if (cur.length === 1) return { s: cur[0], c: `{${w}{1'b0}}`, levels: level };
  return { s: cur[0], c: cur[1], levels: level };
}

/** Sum of w-bit vectors through a balanced tree of CPAs (binary at every node). */
export function cpaTree(net: Net, lib: Lib, p: string, ins: readonly string[], w: number): string {
  let cur = [...ins];
  let level = 0;
  while (cur.length > 1) {
    const next: string[] = [];
    for (let i = 0; i + 1 < cur.length; i += 2) {
      const s = net.wire(`${p}a${level}_${i / 2}`, w);
      net.inst(lib.cpa(w), `${p}u_a${level}_${i / 2}`, { x: cur[i], y: cur[i + 1], s });
      next.push(s);
    }
    if (cur.length % 2) next.push(cur[cur.length - 1]);
    cur = next;
    level++;
  }
  return cur[0];
}

/** Resolves the digits of one product: a compressor tree (carry-save) or a chain of CPAs. */
export function reduceDigits(net: Net, lib: Lib, p: string, d: Design, ins: readonly string[], w: number): { s: string; c: string } {
  if (d.reduction.j === 'carry-save') return compressTree(net, lib, p, ins, w);
  let acc = ins[0];
  for (let i = 1; i < ins.length; i++) {
    const s = net.wire(`${p}ch${i}`, w);
    net.inst(lib.cpa(w), `${p}u_ch${i}`, { x: acc, y: ins[i], s });
    acc = s;
  }
  return { s: acc, c: `{${w}{1'b0}}` };
}

/** Registers `sigs` (name, width) when `times` > 0, once per stage (pipeline registers of `block`); returns the delayed names. */
export function stage(
  net: Net,
  p: string,
  sigs: readonly (readonly [string, number])[],
  times: number,
  block = 'pipeline registers',
): string[] {
  let cur = sigs.map((s) => s[0]);
  net.in({ ...net.block, name: block, role: 'pipeline' }, () => {
    for (let t = 0; t < times; t++) {
      cur = cur.map((s, i) => {
        const w = sigs[i][1];
        const base = s.replace(/[^A-Za-z0-9_]/g, '_').replace(/_+$/, '');
        return net.reg(`${p}${base.startsWith(p) ? base.slice(p.length) : base}_q${t}`, w, s);
      });
    }
  });
  return cur;
}
