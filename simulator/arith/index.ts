// Exact digit arithmetic the engines use: digit encodings and their tables, popcounts. (A
// bit-level multiplier — partial products, compressor trees, CPA — that checks the encodings
// against plain multiplication is a test reference: test/simulator/bit-level.)
export { encodeDigits, decodeDigits, digitTable, type Encoded, type DigitTable } from './encode.js';
export { popcount32, lowMask, POP16 } from './popcount.js';
