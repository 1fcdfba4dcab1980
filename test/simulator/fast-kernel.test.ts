// The fast level's exact integer GEMM (simulator/fast/gemm.ts): the WebAssembly module is a
// deterministic, valid build of its generator; C equals the plain integer GEMM for every
// operand width and signedness (digit split, transposed and JavaScript routes), on one thread
// and on worker threads, including from compiled JavaScript; the prefix checks never miss an
// element whose running sum leaves the range.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intRange, type IntMatrix, type IntType } from '../../ir/index.js';
import { exactGemm, generateMatrix, referenceGemm } from '../../simulator/index.js';
import { gemmModuleBytes } from '../../simulator/wasm/gemm-module.js';
import { fcSeed } from './seed.js';

const ROOT = resolve(import.meta.dirname, '../..');
const W64 = { signed: true, bits: 64 };

function extreme(rows: number, cols: number, t: IntType, mode: 'min' | 'max' | 'mixed' | 'uniform', seed: number): IntMatrix {
  if (mode === 'uniform') return generateMatrix(rows, cols, t, { kind: 'uniform' }, seed);
  const r = intRange(t),
    lo = Number(r.min),
    hi = Number(r.max);
  const data = new Int32Array(rows * cols);
  for (let i = 0; i < data.length; i++) data[i] = mode === 'min' ? lo : mode === 'max' ? hi : (i * 7 + seed) % 3 === 0 ? lo : hi;
  return { rows, cols, data };
}

const typeArb = fc.record({ signed: fc.boolean(), bits: fc.integer({ min: 2, max: 16 }) });

describe('WebAssembly module', () => {
  it('is a valid module and the same bytes on every build', () => {
    const a = gemmModuleBytes(),
      b = gemmModuleBytes();
    expect(WebAssembly.validate(a)).toBe(true);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const exports = WebAssembly.Module.exports(new WebAssembly.Module(a))
      .map((e) => e.name)
      .sort();
    expect(exports).toEqual(['gemm_d1_check', 'gemm_d1_plain', 'gemm_d2_check', 'gemm_d2_plain', 'wrap_s', 'wrap_u']);
    // Printed so a deliberate generator change shows its new digest in the log.
    console.log(`[fast kernel] module ${a.length} bytes, sha256 ${createHash('sha256').update(a).digest('hex')}`);
  });
});

describe('exactGemm', () => {
  it('equals the plain integer GEMM for widths 2..16, signed and unsigned, random and extreme data, 1 and 2 threads', () => {
    const arb = fc.record({
      A: typeArb,
      B: typeArb,
      M: fc.integer({ min: 1, max: 30 }),
      N: fc.integer({ min: 1, max: 30 }),
      K: fc.integer({ min: 1, max: 600 }),
      fa: fc.constantFrom('min', 'max', 'mixed', 'uniform' as const),
      fb: fc.constantFrom('min', 'max', 'mixed', 'uniform' as const),
      threads: fc.constantFrom(1, 2),
      seed: fc.integer({ min: 0, max: 1000 }),
    });
    fc.assert(
      fc.property(arb, (o) => {
        const a = extreme(o.M, o.K, o.A, o.fa, o.seed),
          b = extreme(o.K, o.N, o.B, o.fb, o.seed + 1);
        const r = exactGemm(a, b, { A: o.A, B: o.B }, { threads: o.threads });
        expect(Array.from(r.c)).toEqual(Array.from(referenceGemm(a, b, W64, false).value!.data));
        // The route follows the types: a uint16 B is transposed, uint16 x uint16 is JavaScript.
        const u16 = (t: IntType) => !t.signed && t.bits === 16;
        expect(r.route.kind).toBe(u16(o.A) && u16(o.B) ? 'js' : 'wasm-simd');
      }),
      { seed: fcSeed('exactGemm vs reference'), numRuns: 150 },
    );
  });

  it('int16 x int16 at the extremes and K across chunk boundaries (the digit split)', () => {
    const t = { signed: true, bits: 16 };
    for (const K of [1, 2, 3, 127, 128, 129, 255, 256, 257, 511, 512, 1025]) {
      for (const mode of ['min', 'max', 'mixed'] as const) {
        const a = extreme(5, K, t, mode, K),
          b = extreme(K, 13, t, mode === 'mixed' ? 'min' : mode, K + 1);
        const r = exactGemm(a, b, { A: t, B: t }, { threads: 2 });
        expect(r.route).toMatchObject({ kind: 'wasm-simd', digits: 2 });
        expect(Array.from(r.c)).toEqual(Array.from(referenceGemm(a, b, W64, false).value!.data));
      }
    }
  });

  it('wraps to the accumulator in place when asked', () => {
    const t = { signed: true, bits: 8 };
    const a = extreme(7, 300, t, 'min', 1),
      b = extreme(300, 9, t, 'mixed', 2);
    for (const acc of [
      { signed: true, bits: 16 },
      { signed: true, bits: 20 },
      { signed: false, bits: 12 },
    ]) {
      const r = exactGemm(a, b, { A: t, B: t }, { wrapTo: acc });
      expect(Array.from(r.c)).toEqual(Array.from(referenceGemm(a, b, acc, true).value!.data));
    }
  });

  it('prefix checks: an element not reported as a suspect never leaves the range (K over many chunks)', () => {
    const arb = fc.record({
      A: typeArb,
      B: typeArb,
      M: fc.integer({ min: 1, max: 8 }),
      N: fc.integer({ min: 1, max: 16 }),
      K: fc.integer({ min: 1, max: 6000 }),
      slack: fc.double({ min: 0.2, max: 1.2, noNaN: true }),
      seed: fc.integer({ min: 0, max: 1000 }),
      threads: fc.constantFrom(1, 2),
      drift: fc.boolean(),
    });
    let clean = 0,
      flagged = 0;
    fc.assert(
      fc.property(arb, (o) => {
        const a = generateMatrix(o.M, o.K, o.A, { kind: 'uniform' }, o.seed),
          b = generateMatrix(o.K, o.N, o.B, { kind: 'uniform' }, o.seed + 1);
        // With drift the sums grow steadily (same-sign operands), so elements cross the range late.
        if (o.drift) {
          a.data.forEach((v, i) => {
            a.data[i] = Math.abs(v) >> 1;
          });
          b.data.forEach((v, i) => {
            b.data[i] = Math.abs(v) >> 1;
          });
        }
        // A range around the typical running sum, so some elements cross it and some do not.
        const ref = referenceGemm(a, b, W64, false).value!.data;
        let big = 1n;
        for (const v of ref) {
          const x = v < 0n ? -v : v;
          if (x > big) big = x;
        }
        const lim = BigInt(Math.max(1, Math.floor(Number(big) * o.slack)));
        const r = exactGemm(a, b, { A: o.A, B: o.B }, { prefixRange: { lo: -lim, hi: lim }, threads: o.threads });
        const suspect = new Uint8Array(o.M * o.N);
        for (const s of r.suspects) for (let m = s.m0; m < s.m1; m++) for (let n = s.n0; n < s.n1; n++) suspect[m * o.N + n] = 1;
        for (let m = 0; m < o.M; m++)
          for (let n = 0; n < o.N; n++) {
            if (suspect[m * o.N + n]) {
              flagged++;
              continue;
            }
            clean++;
            let s = 0;
            for (let k = 0; k < o.K; k++) {
              s += a.data[m * o.K + k] * b.data[k * o.N + n];
              expect(BigInt(s) <= lim && BigInt(s) >= -lim).toBe(true);
            }
          }
      }),
      { seed: fcSeed('prefix checks are sound'), numRuns: 60 },
    );
    console.log(`[fast kernel] prefix checks: ${clean} elements cleared by bounds, ${flagged} left to exact replay`);
  });

  it('prefix checks clear the elements that stay far from the range and flag those that reach it', () => {
    // Row m of A is m + 1 everywhere, B is 1: C(k) = (m + 1) k grows linearly; range +-10^6.
    const t = { signed: true, bits: 8 },
      K = 4000,
      M = 8,
      N = 24;
    const a = { rows: M, cols: K, data: Int32Array.from({ length: M * K }, (_, i) => Math.floor(i / K) + 1) };
    const b = { rows: K, cols: N, data: new Int32Array(K * N).fill(1) };
    const r = exactGemm(a, b, { A: t, B: t }, { prefixRange: { lo: -1000000n, hi: 1000000n } });
    // Margin per chunk: 256 k x max product 8 = 2048. Rows 1..4 end at 4000..16000: far inside.
    // Rows crossing 10^6 - 2048 would be flagged; none do here, so everything is cleared...
    expect(r.suspects).toEqual([]);
    // ...and with a range the last rows reach (C(K) = 8 * 4000 = 32000 > 30000), their micro-tile is flagged.
    const r2 = exactGemm(a, b, { A: t, B: t }, { prefixRange: { lo: -30000n, hi: 30000n } });
    expect(r2.suspects.length).toBeGreaterThan(0);
    expect(r2.suspects.every((x) => x.m0 >= 4)).toBe(true);
  });

  it('runs its worker threads from an esbuild bundle (as dist/ is built: ESM, require shimmed)', async () => {
    const { build } = await import('esbuild');
    const out = mkdtempSync(join(tmpdir(), 'tpe-fast-bundle-'));
    await build({
      absWorkingDir: ROOT,
      entryPoints: { gemm: 'simulator/fast/gemm.ts' },
      outdir: out,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'silent',
      banner: { js: "import { createRequire as __tpeRequire } from 'node:module'; const require = __tpeRequire(import.meta.url);" },
    });
    const script = join(out, 'run.mjs');
    writeFileSync(
      script,
      `import { exactGemm } from './gemm.js';
const t = { signed: true, bits: 8 };
const a = { rows: 40, cols: 300, data: Int32Array.from({ length: 12000 }, (_, i) => ((i * 37) % 255) - 127) };
const b = { rows: 300, cols: 30, data: Int32Array.from({ length: 9000 }, (_, i) => ((i * 91) % 255) - 127) };
const r = exactGemm(a, b, { A: t, B: t }, { threads: 2 });
let s = 0n; for (let k = 0; k < 300; k++) s += BigInt(a.data[39 * 300 + k] * b.data[k * 30 + 29]);
console.log(JSON.stringify({ threads: r.route.threads, ok: r.c[39 * 30 + 29] === s }));
`,
    );
    const res = JSON.parse(execFileSync(process.execPath, [script], { encoding: 'utf8', timeout: 60_000 })) as {
      threads: number;
      ok: boolean;
    };
    expect(res).toEqual({ threads: 2, ok: true });
  });

  it('runs its worker threads from compiled JavaScript too (tsc output)', () => {
    const out = mkdtempSync(join(tmpdir(), 'tpe-fast-js-'));
    execFileSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/typescript/bin/tsc'),
        '--outDir',
        out,
        '--rootDir',
        ROOT,
        '--module',
        'NodeNext',
        '--moduleResolution',
        'NodeNext',
        '--target',
        'ES2022',
        '--strict',
        '--skipLibCheck',
        '--types',
        'node',
        join(ROOT, 'simulator/fast/gemm.ts'),
      ],
      { stdio: 'pipe' },
    );
    writeFileSync(join(out, 'package.json'), '{"type":"module"}');
    const script = join(out, 'run.mjs');
    writeFileSync(
      script,
      `import { exactGemm } from './simulator/fast/gemm.js';
const t = { signed: true, bits: 8 }, K = 700;
const a = { rows: 70, cols: K, data: Int32Array.from({ length: 70 * K }, (_, i) => ((i * 37) % 255) - 127) };
const b = { rows: K, cols: 50, data: Int32Array.from({ length: K * 50 }, (_, i) => ((i * 91) % 255) - 127) };
const r = exactGemm(a, b, { A: t, B: t }, { threads: 3 });
let s = 0n; for (let k = 0; k < K; k++) s += BigInt(a.data[69 * K + k] * b.data[k * 50 + 49]);
console.log(JSON.stringify({ route: r.route, ok: r.c[69 * 50 + 49] === s }));
`,
    );
    const res = JSON.parse(execFileSync(process.execPath, [script], { encoding: 'utf8' })) as { route: { threads: number }; ok: boolean };
    expect(res).toEqual({ route: { kind: 'wasm-simd', digits: 1, transposed: false, chunk: 256, threads: 3 }, ok: true });
  });
});
