// Public face of quant/: the quantized GEMM schemes' exact TypeScript reference, the seeded
// operand generator shared with gpu/tpe_gpu, IEEE low-precision rounding and float .npy I/O.
export {
  QUANT_SCHEMES,
  SCHEME_INFO,
  quantizeGemm,
  errorFigures,
  lowPrecisionGemm,
  float64Gemm,
  type QuantScheme,
  type SchemeInfo,
  type QuantInput,
  type QuantOutput,
} from './schemes.js';
export { genKey, hashAt, intValueMaker, genIntMatrix, genFloatMatrix, range, type IntGen, type FloatGen, type Outliers } from './gen.js';
export { f32, rne, bf16, f16, roundTo, type LowPrecision } from './float.js';
export { parseFloatNpy, writeFloat32Npy, type FloatArray } from './npy.js';
