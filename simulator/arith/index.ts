// Exact bit-level arithmetic and the hardware counts it used (reused by the cost model).
export { encodeDigits, decodeDigits, digitTable, type Encoded, type DigitTable } from './encode.js';
export { popcount32, lowMask, POP16 } from './popcount.js';
export { partialProducts, toBitMatrix, partialProductHeights, addendsToBitMatrix, productWidth, type PartialProducts, type PartialProductRow } from './partial-products.js';
export { reduceTree, compressorTreeCounts, type TreeKind, type TreeCounts, type TreeResult } from './compressor-tree.js';
export { cpa, rippleAdd, type CpaResult } from './cpa.js';
export { multiplyBitLevel, multiplierCounts, type MultiplierCounts } from './multiplier.js';
