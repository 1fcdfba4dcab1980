// Dense row-major integer matrices shared by the simulator, the RTL testbenches and the
// reference GEMM. Operands are at most 16 bits, so Int32Array holds them exactly; results can
// need up to 64 bits, so they are BigInt64Array (values always stored sign-extended).

export interface IntMatrix {
  readonly rows: number;
  readonly cols: number;
  /** Row-major, length rows*cols. */
  readonly data: Int32Array;
}

export interface WideMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: BigInt64Array;
}

export function intMatrix(rows: number, cols: number, fill: (r: number, c: number) => number = () => 0): IntMatrix {
  const data = new Int32Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) data[r * cols + c] = fill(r, c);
  return { rows, cols, data };
}

export function at(m: IntMatrix, r: number, c: number): number {
  return m.data[r * m.cols + c];
}

/** GEMM shape M x N x K: C[M][N] = A[M][K] * B[K][N]. */
export interface GemmShape {
  readonly M: number;
  readonly N: number;
  readonly K: number;
}

/** Largest operand or result matrix the tools accept (elements): 2^26, 256 MiB as Int32Array. */
export const MAX_MATRIX_ELEMENTS = 2 ** 26;

/** Parses "MxNxK" (e.g. "64x64x128"); undefined if malformed. */
export function parseGemmShape(s: string): GemmShape | undefined {
  const m = /^\s*(\d+)\s*[xX]\s*(\d+)\s*[xX]\s*(\d+)\s*$/.exec(s);
  if (!m) return undefined;
  const [M, N, K] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (![M, N, K].every((v) => Number.isSafeInteger(v) && v >= 1)) return undefined;
  return { M, N, K };
}

/** Why a GEMM is too large to hold in memory (a matrix past `max` elements), or undefined. */
export function gemmSizeProblem(s: GemmShape, max = MAX_MATRIX_ELEMENTS): string | undefined {
  const big = (
    [
      ['M x K', s.M * s.K],
      ['K x N', s.K * s.N],
      ['M x N', s.M * s.N],
    ] as const
  ).find(([, n]) => n > max);
  return big ? `${s.M}x${s.N}x${s.K} is too large: ${big[0]} has ${big[1]} elements, at most ${max} fit` : undefined;
}
