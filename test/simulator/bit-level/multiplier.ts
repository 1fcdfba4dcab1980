// A whole multiplier at bit level: encode, select partial products, compress, CPA. A test
// reference: it proves the digit encodings and partial products reproduce the exact product
// the engines compute with Math.imul.
import type { DigitEncoding, IntType } from '../../../ir/types.js';
import { compressorTreeCounts, reduceTree, type TreeCounts, type TreeKind } from './compressor-tree.js';
import { cpa } from './cpa.js';
import { digitCount } from '../../../ir/derive.js';
import { partialProductHeights, partialProducts, productWidth, toBitMatrix } from './partial-products.js';

export interface MultiplierCounts {
  readonly digits: number;
  readonly partialProductRows: number;
  readonly rowWidth: number;
  readonly heights: readonly number[];
  readonly tree: TreeCounts;
  readonly cpaWidth: number;
}

export function multiplyBitLevel(
  x: number,
  tx: IntType,
  scheme: DigitEncoding,
  y: number,
  ty: IntType,
  kind: TreeKind = 'dadda',
): { product: bigint; nonzeroDigits: number; tree: TreeCounts } {
  const pp = partialProducts(x, tx, scheme, y, ty);
  const t = reduceTree(toBitMatrix(pp), kind);
  const r = cpa(t.sum, t.carry, pp.width, tx.signed || ty.signed);
  return { product: r.value, nonzeroDigits: pp.counts.nonzeroDigits, tree: t.counts };
}

export function multiplierCounts(tx: IntType, ty: IntType, scheme: DigitEncoding, kind: TreeKind = 'dadda'): MultiplierCounts {
  const heights = partialProductHeights(tx, ty, scheme);
  return {
    digits: digitCount(tx, scheme),
    partialProductRows: digitCount(tx, scheme),
    rowWidth: ty.bits + 2,
    heights,
    tree: compressorTreeCounts(heights, kind),
    cpaWidth: productWidth(tx, ty),
  };
}
