// What the timing stages of every architecture share: operand widths, the component each digit
// scheme's encoder and selector are priced as, the select path and compressor-tree levels.
import { digitCount, digitRadix, productWidth, type Design, type DigitEncoding } from '../ir/index.js';
import type { ComponentId } from './tech/recipes.js';
import type { PathElement } from './types.js';

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
  return {
    wa: A.bits,
    wb: B.bits,
    wacc: acc.bits,
    d: digitCount(A, scheme),
    shift: Math.log2(digitRadix(scheme)),
    scheme,
    wp: productWidth(des),
  };
}

export function selectorComponent(scheme: DigitEncoding): ComponentId {
  return scheme === 'binary' ? 'and2' : 'booth_sel';
}

export function encoderComponent(scheme: DigitEncoding): ComponentId | undefined {
  return scheme === 'booth4' ? 'booth_enc' : scheme === 'ent' ? 'ent_enc' : undefined;
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
