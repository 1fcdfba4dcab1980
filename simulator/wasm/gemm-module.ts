// The exact integer GEMM kernel as a WebAssembly SIMD module (built by builder.ts).
//
// Operands arrive packed as 16-bit lanes (gemm.ts): A in micro-panels of MR rows, one 32-bit
// word per (row, k pair) holding A[r][2p] and A[r][2p+1]; B in panels of NR = 4 * NV columns,
// per k pair NV vectors whose 32-bit lane j holds B[2p][n] and B[2p+1][n]. For one MR x NR
// micro-tile and one chunk of k pairs the kernel keeps MR * NV i32x4 accumulators in registers
// and per k pair broadcasts each row's word (v128.load32_splat) and adds
// i32x4.dot_i16x8_s(a, b) = A[r][2p] * B[2p][n] + A[r][2p+1] * B[2p+1][n] per lane. The chunk
// is short enough that no lane can leave int32 (gemm.ts chooses it from the operand ranges),
// then it is added into C as int64 (C[r][n] in memory, row stride in bytes).
//
// With DIGITS = 2, A's rows come in pairs (high digit, low digit) of one row of the real A
// (A = hi * 256 + lo, so 16-bit operands never overflow a lane): the flush adds
// (hi << 8) + lo. With CHECK, the flush also compares each element's C before the chunk with
// [lo, hi] (the accumulator range narrowed by the most the chunk can move it) and sets the
// micro-tile's flag word when one is outside: such elements are replayed exactly by the caller.
import { FuncBuilder, I32, I64, V128, buildModule, type ValType } from './builder.js';

/** Register tile: MR rows x NV vectors of 4 columns; UNROLL k pairs per loop iteration. */
export const MR = 4,
  NV = 3,
  NR = 4 * NV,
  UNROLL = 2;
/** Page limit of the imported shared memory (4 GiB). */
export const MAX_PAGES = 65536;

export type KernelName = `gemm_d${1 | 2}_${'check' | 'plain'}`;

export const KERNEL_PARAMS: [string, ValType][] = [
  ['aPtr', I32],
  ['aMtStride', I32],
  ['nMt', I32],
  ['bPtr', I32],
  ['nPairs', I32],
  ['cPtr', I32],
  ['cRowStride', I32],
  ['cMtStride', I32],
  ['flagPtr', I32],
  ['flagMtStride', I32],
  ['lo', I64],
  ['hi', I64],
];

function kernel(digits: 1 | 2, check: boolean): FuncBuilder {
  const f = new FuncBuilder(`gemm_d${digits}_${check ? 'check' : 'plain'}`, KERNEL_PARAMS);
  const acc = (i: number, j: number) => `acc${i}_${j}`;
  for (let i = 0; i < MR; i++) for (let j = 0; j < NV; j++) f.local(acc(i, j), V128);
  for (let j = 0; j < NV; j++) f.local(`b${j}`, V128);
  f.local('a', V128);
  f.local('ap', I32);
  f.local('bp', I32);
  f.local('n', I32);
  f.local('cr', I32);
  f.local('x', V128);
  f.local('old', V128);
  if (check) {
    f.local('loV', V128);
    f.local('hiV', V128);
    f.local('flag', V128);
  }
  if (check) {
    f.get('lo').simd('i64x2.splat').set('loV');
    f.get('hi').simd('i64x2.splat').set('hiV');
  }
  f.open('loop'); // over micro-tiles (rows) of the task
  for (let i = 0; i < MR; i++) for (let j = 0; j < NV; j++) f.v128Zero().set(acc(i, j));
  f.get('aPtr').set('ap');
  f.get('bPtr').set('bp');
  f.get('nPairs').set('n');
  f.open('loop'); // over k pairs, UNROLL per iteration
  for (let u = 0; u < UNROLL; u++) {
    for (let j = 0; j < NV; j++)
      f.get('bp')
        .simd('v128.load', (u * NV + j) * 16)
        .set(`b${j}`);
    for (let i = 0; i < MR; i++) {
      f.get('ap')
        .simd('v128.load32_splat', (u * MR + i) * 4)
        .set('a');
      for (let j = 0; j < NV; j++) f.get(acc(i, j)).get('a').get(`b${j}`).simd('i32x4.dot_i16x8_s').simd('i32x4.add').set(acc(i, j));
    }
  }
  f.get('ap')
    .i32(UNROLL * MR * 4)
    .op('i32.add')
    .set('ap');
  f.get('bp')
    .i32(UNROLL * NV * 16)
    .op('i32.add')
    .set('bp');
  f.get('n').i32(UNROLL).op('i32.sub').tee('n').brIf(0);
  f.end();
  // Flush: C[row][n] += chunk (int64), optionally checking C before the chunk.
  if (check) f.v128Zero().set('flag');
  f.get('cPtr').set('cr');
  for (let r = 0; r < MR / digits; r++) {
    for (let j = 0; j < NV; j++) {
      for (const half of [0, 1] as const) {
        const ext = half === 0 ? 'i64x2.extend_low_i32x4_s' : 'i64x2.extend_high_i32x4_s';
        if (digits === 1) f.get(acc(r, j)).simd(ext).set('x');
        else {
          f.get(acc(2 * r, j))
            .simd(ext)
            .i32(8)
            .simd('i64x2.shl');
          f.get(acc(2 * r + 1, j))
            .simd(ext)
            .simd('i64x2.add')
            .set('x');
        }
        const off = j * 32 + half * 16;
        f.get('cr').get('cr').simd('v128.load', off).tee('old').get('x').simd('i64x2.add').simd('v128.store', off);
        if (check) {
          f.get('flag').get('old').get('loV').simd('i64x2.lt_s').simd('v128.or');
          f.get('old').get('hiV').simd('i64x2.gt_s').simd('v128.or').set('flag');
        }
      }
    }
    f.get('cr').get('cRowStride').op('i32.add').set('cr');
  }
  if (check) {
    f.get('flag').simd('v128.any_true').open('if');
    f.get('flagPtr').i32(1).mem('i32.store');
    f.end();
    f.get('flagPtr').get('flagMtStride').op('i32.add').set('flagPtr');
  }
  f.get('aPtr').get('aMtStride').op('i32.add').set('aPtr');
  f.get('cPtr').get('cMtStride').op('i32.add').set('cPtr');
  f.get('nMt').i32(1).op('i32.sub').tee('nMt').brIf(0);
  f.end();
  return f;
}

/** Wraps `pairs` x 2 int64 values in place to acc.bits: (v << shift) >> shift, shift = 64 - bits, arithmetic or logical. */
function wrapKernel(signed: boolean): FuncBuilder {
  const f = new FuncBuilder(signed ? 'wrap_s' : 'wrap_u', [
    ['ptr', I32],
    ['pairs', I32],
    ['shift', I32],
  ]);
  f.get('pairs').op('i32.eqz').open('if').br(1).end();
  f.open('loop');
  f.get('ptr')
    .get('ptr')
    .simd('v128.load')
    .get('shift')
    .simd('i64x2.shl')
    .get('shift')
    .simd(signed ? 'i64x2.shr_s' : 'i64x2.shr_u')
    .simd('v128.store');
  f.get('ptr').i32(16).op('i32.add').set('ptr');
  f.get('pairs').i32(1).op('i32.sub').tee('pairs').brIf(0);
  f.end();
  return f;
}

/** The module's bytes: four GEMM kernels (digits 1 or 2, with or without range checks) and the wrap passes. */
export function gemmModuleBytes(): Uint8Array<ArrayBuffer> {
  return buildModule([kernel(1, false), kernel(1, true), kernel(2, false), kernel(2, true), wrapKernel(true), wrapKernel(false)], {
    min: 1,
    max: MAX_PAGES,
  });
}
