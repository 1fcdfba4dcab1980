// Building blocks shared by every architecture's inventory: operand widths, the partial
// products of one product (as the RTL's ppgen builds them), encoders, word-level compressor
// trees, CPAs and registers.
import { digitCount, productWidth, type Design, type DigitEncoding } from '../ir/index.js';
import type { ComponentId } from './tech/recipes.js';
import type { InventoryItem, PathElement, Scope } from './types.js';
import { compressWords, ppRow, zeros, type BitPool, type Vec, type WordTree } from './word-tree.js';

export interface Operands {
  wa: number;
  wb: number;
  wacc: number;
  /** Digits of the encoded operand (A). */
  d: number;
  /** log2 of the digit radix. */
  shift: number;
  scheme: DigitEncoding;
  /** Width that holds every product exactly (as the RTL sizes it). */
  wp: number;
}

export function operands(des: Design): Operands {
  const scheme = des.encoders[0]?.scheme ?? 'booth4';
  const { A, B, acc } = des.types;
  return { wa: A.bits, wb: B.bits, wacc: acc.bits, d: digitCount(A, scheme), shift: scheme === 'binary' ? 1 : 2, scheme, wp: productWidth(des) };
}

/**
 * Partial products of one product at width w plus the row of negation corrections (bit j*shift
 * of the correction row is digit j's sign). Returns the rows and how many selector bits they need.
 */
export function productVecs(pool: BitPool, o: Operands, w: number): { vecs: Vec[]; selectors: number } {
  const vecs: Vec[] = [];
  const corr = zeros(w);
  let selectors = 0;
  for (let j = 0; j < o.d; j++) {
    const sh = j * o.shift;
    if (sh >= w) break;
    const r = ppRow(pool, w, o.wb, sh);
    vecs.push(r.row);
    selectors += r.selectors;
    corr[sh] = pool.fresh();
  }
  vecs.push(corr);
  return { vecs, selectors };
}

export function selectorComponent(scheme: DigitEncoding): ComponentId {
  return scheme === 'binary' ? 'and2' : 'booth_sel';
}

export function encoderComponent(scheme: DigitEncoding): ComponentId | undefined {
  return scheme === 'booth4' ? 'booth_enc' : scheme === 'ent' ? 'ent_enc' : undefined;
}

/** Full and half adders a pool has built since `before`. */
export function adderItems(block: string, pool: BitPool, before: { fa: number; ha: number }, units: number, scope: Scope, note: string): InventoryItem[] {
  const out: InventoryItem[] = [];
  const fa = pool.fa - before.fa;
  const ha = pool.ha - before.ha;
  if (fa) out.push({ block, component: 'fa', perUnit: fa, units, scope, note });
  if (ha) out.push({ block, component: 'ha', perUnit: ha, units, scope, note: 'full adders with a constant-zero input' });
  return out;
}

/** Full and half adders read from the RTL model (rtl-reading.ts). */
export function readAdderItems(block: string, r: { fa: number; ha: number }, units: number, scope: Scope, note: string): InventoryItem[] {
  const out: InventoryItem[] = [];
  if (r.fa) out.push({ block, component: 'fa', perUnit: r.fa, units, scope, note });
  if (r.ha) out.push({ block, component: 'ha', perUnit: r.ha, units, scope, note: 'full adders with a constant-zero input' });
  return out;
}

export function treeOf(pool: BitPool, vecs: Vec[]): WordTree {
  return compressWords(pool, vecs);
}

export function cpaItem(block: string, width: number, units: number, scope: Scope, note?: string): InventoryItem {
  return { block, component: 'cpa_bit', perUnit: width, units, scope, width, note: note ?? `${width}-bit carry-propagate adder` };
}

export function regItem(block: string, bits: number, units: number, scope: Scope, role: InventoryItem['register'], note?: string): InventoryItem {
  return { block, component: 'dff', perUnit: bits, units, scope, width: bits, register: role, ...(note ? { note } : {}) };
}

/** Path through encoder -> fan-out of the select lines -> selector. */
export function selectPath(o: Operands, encoded: boolean): PathElement[] {
  const p: PathElement[] = [];
  const enc = encoderComponent(o.scheme);
  if (enc && encoded) p.push({ kind: 'component', component: enc, times: 1, what: 'digit encoder' });
  p.push({ kind: 'fanout', loads: o.wb + 2, what: 'digit select lines to one row of selectors' });
  p.push({ kind: 'component', component: selectorComponent(o.scheme), times: 1, what: 'partial-product selector' });
  return p;
}

export function treePath(levels: number, what: string): PathElement[] {
  return levels > 0 ? [{ kind: 'component', component: 'fa', times: levels, what: `${what} (${levels} 3:2 levels)` }] : [];
}

export { clog2 } from '../ir/index.js';
