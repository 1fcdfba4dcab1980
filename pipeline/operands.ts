// The operands of a run, one way for every command: the GEMM shape (`--gemm`, one size limit),
// the seed rule (an integer 0..MAX_SEED; A is drawn with the seed, B with seed + 1), the default
// data distribution, generated operands and .npy files (one reader, one error code: S0108).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gemmSizeProblem, parseGemmShape, type Design, type Diagnostic, type GemmShape, type IntMatrix, type Result } from '../ir/index.js';
import { MAX_SEED, formatDist, generateMatrix, npyToMatrix, parseDist, parseNpy, simError, type Dist } from '../simulator/index.js';

/** The documented default data distribution of sim, estimate, compare and flow. */
export const DEFAULT_DIST = 'normal:0,20';
export const DEFAULT_SEED = '1';
/** The seed rule, as the commands' --help says it. */
export const SEED_HELP = `PRNG seed 0..${MAX_SEED} (A uses seed, B seed+1)`;
export const DIST_HELP = 'operand distribution: uniform | normal:MEAN,STD | laplace:B';

/** Parses `MxNxK`: positive integers, and no matrix past the one size limit (ir MAX_MATRIX_ELEMENTS). */
export function parseGemm(text: string): Result<GemmShape> {
  const s = parseGemmShape(text);
  if (!s)
    return {
      diagnostics: [
        simError('S0106', `--gemm expects MxNxK with positive integers (e.g. 64x64x128), got "${text}"`, {
          expected: 'MxNxK, e.g. 64x64x128',
        }),
      ],
    };
  const big = gemmSizeProblem(s);
  if (big)
    return {
      diagnostics: [
        simError('S0106', `--gemm ${big}`, {
          hint: 'simulate a smaller GEMM; the fast path and `tpe estimate` without --gemm need no operands',
        }),
      ],
    };
  return { value: s, diagnostics: [] };
}

/** Comma-separated shapes (`tpe verify --gemm 5x7x9,17x3x33`), each by parseGemm. */
export function parseGemmList(text: string): Result<GemmShape[]> {
  const out: GemmShape[] = [];
  for (const part of text.split(',').filter((x) => x !== '')) {
    const g = parseGemm(part);
    if (!g.value) return { diagnostics: g.diagnostics };
    out.push(g.value);
  }
  // `--gemm ""` or `--gemm ,`: no shape at all is bad input, not a run of zero cases that passes.
  if (out.length === 0)
    return {
      diagnostics: [
        simError('S0106', `--gemm expects one or more MxNxK shapes, comma separated (e.g. 5x7x9,17x3x33), got "${text}"`, {
          expected: 'MxNxK[,MxNxK...]',
        }),
      ],
    };
  return { value: out, diagnostics: [] };
}

/** The one seed rule: an integer 0..MAX_SEED (the PRNG keeps 32 bits and B uses seed + 1). */
export function parseSeed(text: string): Result<number> {
  if (!/^\d+$/.test(text) || Number(text) > MAX_SEED) {
    return {
      diagnostics: [
        simError('S0111', `--seed expects an integer in 0..${MAX_SEED}, got "${text}"`, { expected: `an integer in 0..${MAX_SEED}` }),
      ],
    };
  }
  return { value: Number(text), diagnostics: [] };
}

/** Parses a distribution (S0107); the default is DEFAULT_DIST. */
export function parseDistribution(text: string = DEFAULT_DIST): Result<Dist> {
  return parseDist(text);
}

/** Generated operands of a GEMM: A from the seed, B from seed + 1. */
export function generateOperands(d: Design, shape: GemmShape, dist: Dist, seed: number): { a: IntMatrix; b: IntMatrix } {
  return {
    a: generateMatrix(shape.M, shape.K, d.types.A, dist, seed),
    b: generateMatrix(shape.K, shape.N, d.types.B, dist, seed + 1),
  };
}

/** How generated operands are described in reports: `normal:0,20 seed 1`. */
export function describeGenerated(dist: Dist, seed: number | string): string {
  return `${formatDist(dist)} seed ${seed}`;
}

/** Reads one operand from a .npy file (2-D, int8/uint8/int16/int32); every problem is S0108. */
export function readOperand(file: string, name: 'A' | 'B', cwd = process.cwd()): Result<IntMatrix> {
  let buf: Uint8Array;
  try {
    buf = readFileSync(resolve(cwd, file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (code ?? String(e));
    return {
      diagnostics: [
        simError('S0108', `cannot read ${name} from ${file}: ${why}`, { hint: `pass an existing .npy file to --${name.toLowerCase()}` }),
      ],
    };
  }
  const p = parseNpy(buf, file);
  if (!p.value) return { diagnostics: p.diagnostics };
  return npyToMatrix(p.value, file);
}

/** Both operands from .npy files; the errors of both are reported together. */
export function readOperands(aFile: string, bFile: string, cwd = process.cwd()): Result<{ a: IntMatrix; b: IntMatrix }> {
  const a = readOperand(aFile, 'A', cwd),
    b = readOperand(bFile, 'B', cwd);
  const diagnostics: Diagnostic[] = [...a.diagnostics, ...b.diagnostics];
  if (!a.value || !b.value) return { diagnostics };
  return { value: { a: a.value, b: b.value }, diagnostics };
}
