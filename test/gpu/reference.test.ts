// gpu/tpe_gpu on numpy against the TypeScript references: the exact integer GEMM for every
// operand width 2..16 and signedness on random and extreme data (padding, offsets, digit
// splitting, K chunks under the int32 bound, the float64 method), each quantized scheme bit for
// bit (operands, scales, C, dequantized Y), digit statistics, and bad requests.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { intMatrix, type IntType } from '../../ir/index.js';
import {
  genFloatMatrix,
  genIntMatrix,
  lowPrecisionGemm,
  parseFloatNpy,
  quantizeGemm,
  QUANT_SCHEMES,
  writeFloat32Npy,
  type FloatGen,
  type IntGen,
  type QuantScheme,
} from '../../quant/index.js';
import { digitTable, parseNpy, referenceGemm, writeNpy } from '../../simulator/index.js';
import { gpuPackageDir, pythonCommand, runGpuRequest } from '../../validate/python.js';
import type { GemmRequest, GpuRequest, GpuResult, QuantRequest } from '../../validate/protocol.js';

const typeName = (t: IntType) => `${t.signed ? '' : 'u'}int${t.bits}`;
const TYPES: IntType[] = [];
for (let bits = 2; bits <= 16; bits++) for (const signed of [true, false]) TYPES.push({ signed, bits });
const SHAPES = [
  [19, 13, 70],
  [3, 9, 33],
  [17, 8, 8],
  [1, 1, 1],
  [40, 24, 129],
] as const;

function ints(dir: string, file: string): { shape: readonly number[]; data: Int32Array | BigInt64Array } {
  const p = parseNpy(readFileSync(join(dir, file)), file);
  if (!p.value) throw new Error(p.diagnostics.map((d) => d.message).join('; '));
  return p.value;
}
function floats(dir: string, file: string): Float32Array | Float64Array {
  const p = parseFloatNpy(readFileSync(join(dir, file)), file);
  if (!p.value) throw new Error(p.diagnostics.map((d) => d.message).join('; '));
  return p.value.data;
}
const big = (a: ArrayLike<number | bigint>) => Array.from(a, (v) => BigInt(v));

interface GemmCase {
  name: string;
  req: GemmRequest;
  ta: IntType;
  tb: IntType;
  ga: IntGen;
  gb: IntGen;
}
interface QuantCase {
  name: string;
  req: QuantRequest;
  gx?: FloatGen;
  xData?: Float32Array;
  gw: FloatGen;
  rows: number[];
  cols: number[];
}

const dir = mkdtempSync(join(tmpdir(), 'tpe-gpu-'));
const gemmCases: GemmCase[] = [];
const quantCases: QuantCase[] = [];
const digitCases: {
  name: string;
  t: IntType;
  scheme: 'binary' | 'booth4' | 'ent';
  g: IntGen;
  rows: number;
  cols: number;
  group: number;
}[] = [];
let batch: GpuResult;

function addGemm(
  name: string,
  ta: IntType,
  tb: IntType,
  ga: IntGen,
  gb: IntGen,
  M: number,
  N: number,
  K: number,
  method: 'int8' | 'float64' = 'int8',
) {
  gemmCases.push({
    name,
    ta,
    tb,
    ga,
    gb,
    req: {
      version: 1,
      kind: 'gemm',
      shape: { M, N, K },
      a: { type: typeName(ta), gen: ga },
      b: { type: typeName(tb), gen: gb },
      method,
      outputs: { dir: name, operands: true },
    },
  });
}

beforeAll(() => {
  TYPES.forEach((t, i) => {
    const [M, N, K] = SHAPES[i % SHAPES.length];
    addGemm(`u_${typeName(t)}`, t, t, { seed: 10 + i, dist: 'uniform' }, { seed: 100 + i, dist: 'uniform' }, M, N, K);
    addGemm(`x_${typeName(t)}`, t, t, { seed: 20 + i, dist: 'extreme' }, { seed: 200 + i, dist: 'extreme' }, N + 16, M, K);
    // Mixed widths: every type against the widest signed and unsigned ones.
    addGemm(
      `m_${typeName(t)}`,
      t,
      { signed: !t.signed, bits: 16 },
      { seed: 30 + i, dist: 'extreme' },
      { seed: 300 + i, dist: 'uniform' },
      18,
      11,
      45,
    );
  });
  addGemm(
    'normal_int12',
    { signed: true, bits: 12 },
    { signed: true, bits: 7 },
    { seed: 5, dist: 'normal', std: 300 },
    { seed: 6, dist: 'normal', std: 20, mean: 3 },
    21,
    17,
    64,
  );
  // The int32 bound: K x 128 x 128 passes 2^31 at K = 131072, so these run in K chunks.
  addGemm(
    'ksplit_int8',
    { signed: true, bits: 8 },
    { signed: true, bits: 8 },
    { seed: 7, dist: 'extreme' },
    { seed: 8, dist: 'extreme' },
    17,
    8,
    140_000,
  );
  addGemm(
    'ksplit_int16',
    { signed: true, bits: 16 },
    { signed: false, bits: 16 },
    { seed: 9, dist: 'extreme' },
    { seed: 10, dist: 'extreme' },
    3,
    5,
    140_000,
  );
  addGemm(
    'f64_int16',
    { signed: true, bits: 16 },
    { signed: false, bits: 16 },
    { seed: 11, dist: 'uniform' },
    { seed: 12, dist: 'extreme' },
    20,
    9,
    100,
    'float64',
  );

  const gx: FloatGen = { seed: 41, dist: 'normal', std: 1, outliers: { fraction: 0.03, scale: 25 } };
  const gw: FloatGen = { seed: 42, dist: 'normal', std: 0.02 };
  const M = 5,
    N = 37,
    K = 256,
    rows = [0, 2, 4],
    cols = [0, 7, 36];
  for (const scheme of QUANT_SCHEMES) {
    quantCases.push({
      name: `q_${scheme}`,
      gx,
      gw,
      rows,
      cols,
      req: {
        version: 1,
        kind: 'quant',
        scheme,
        shape: { M, N, K },
        x: { gen: gx },
        w: { gen: gw },
        group: 128,
        ref: 'bf16',
        outputs: { dir: `q_${scheme}`, rows, cols },
      },
    });
  }
  // A zero activation row (scale 1 by definition), read from a file; fp16 scales for W4A16.
  const x = genFloatMatrix({ seed: 43, dist: 'uniform', lo: -3, hi: 3 }, 4, 128);
  x.fill(0, 128, 256);
  writeFileSync(join(dir, 'x_zero.npy'), writeFloat32Npy(x, [4, 128]));
  for (const scheme of ['w8a8', 'w4a16', 'w4a8'] as const) {
    quantCases.push({
      name: `qz_${scheme}`,
      xData: x,
      gw,
      rows: [0, 1, 2, 3],
      cols: [1, 2, 19],
      req: {
        version: 1,
        kind: 'quant',
        scheme,
        shape: { M: 4, N: 20, K: 128 },
        x: { file: 'x_zero.npy' },
        w: { gen: gw },
        group: 64,
        ref: 'fp16',
        outputs: { dir: `qz_${scheme}`, rows: [0, 1, 2, 3], cols: [1, 2, 19] },
      },
    });
  }
  for (const t of [
    { signed: true, bits: 8 },
    { signed: false, bits: 8 },
    { signed: true, bits: 5 },
    { signed: true, bits: 16 },
  ] as IntType[]) {
    for (const scheme of ['binary', 'booth4', 'ent'] as const) {
      digitCases.push({
        name: `d_${typeName(t)}_${scheme}`,
        t,
        scheme,
        g: { seed: 50 + t.bits, dist: 'normal', std: 2 ** (t.bits - 3), mean: t.signed ? 0 : 2 ** (t.bits - 2) },
        rows: 9,
        cols: 37,
        group: 4,
      });
    }
  }
  const requests: GpuRequest[] = [
    ...gemmCases.map((c) => c.req),
    ...quantCases.map((c) => c.req),
    ...digitCases.map((c) => ({
      version: 1 as const,
      kind: 'digits' as const,
      scheme: c.scheme,
      group: c.group,
      shape: { rows: c.rows, cols: c.cols },
      x: { type: typeName(c.t), gen: c.g },
    })),
  ];
  const r = runGpuRequest({ version: 1, kind: 'batch', requests }, { backend: 'numpy', dir });
  expect(r.diagnostics.map((d) => d.message)).toEqual([]);
  batch = r.value!;
}, 120_000);

describe('gpu/tpe_gpu (numpy) against the TypeScript references', () => {
  it('exact integer GEMM: every width 2..16, signed and unsigned, uniform / extreme / normal data, mixed widths, K chunks, float64', () => {
    let checked = 0;
    gemmCases.forEach((c, i) => {
      const res = batch.results![i];
      expect(res.error, c.name).toBeUndefined();
      const { M, N, K } = c.req.shape;
      const out = join(dir, c.name);
      const a = genIntMatrix(c.ta, c.ga, M, K),
        b = genIntMatrix(c.tb, c.gb, K, N);
      // The generator is shared: numpy's operands are TypeScript's, value for value.
      expect(big(ints(out, 'a.npy').data), `${c.name} A`).toEqual(big(a.data));
      expect(big(ints(out, 'b.npy').data), `${c.name} B`).toEqual(big(b.data));
      const ref = referenceGemm(a, b, { signed: true, bits: 64 }, false).value!;
      const got = ints(out, 'c.npy');
      expect(got.shape).toEqual([M, N]);
      expect(Array.from(got.data as BigInt64Array), c.name).toEqual(Array.from(ref.data));
      checked += M * N;
    });
    const plan = (name: string) => batch.results![gemmCases.findIndex((c) => c.name === name)].plan!;
    expect(plan('u_int8')).toMatchObject({ method: 'int8', int8Gemms: 1, digitsA: 1, digitsB: 1 });
    expect(plan('ksplit_int16')).toMatchObject({ digitsA: 2, digitsB: 2 });
    expect(plan('ksplit_int16').int8Gemms).toBe(4 * plan('ksplit_int16').kChunks!);
    expect(plan('u_uint8')).toMatchObject({ digitsA: 1, digitsB: 1, offsetA: expect.any(Number) });
    expect(plan('ksplit_int8').kChunks).toBeGreaterThanOrEqual(2);
    expect(plan('ksplit_int16').kChunks).toBeGreaterThanOrEqual(2);
    expect(plan('f64_int16').method).toBe('float64');
    expect(checked).toBeGreaterThan(1000);
  });

  it('quantized schemes: operands, scales, exact C and dequantized Y equal the TypeScript reference bit for bit', () => {
    quantCases.forEach((c, i) => {
      const res = batch.results![gemmCases.length + i];
      expect(res.error, c.name).toBeUndefined();
      const { M, N, K } = c.req.shape;
      const out = join(dir, c.name);
      const x = c.xData
        ? c.rows.flatMap((r) => Array.from(c.xData!.subarray(r * K, (r + 1) * K)))
        : Array.from(genFloatMatrix(c.gx!, M, K, c.rows));
      const w = genFloatMatrix(c.gw, K, N, undefined, c.cols);
      const q = quantizeGemm({
        scheme: c.req.scheme,
        x: Float32Array.from(x),
        w,
        rows: c.rows.length,
        cols: c.cols.length,
        K,
        group: c.req.group!,
        ref: c.req.ref!,
      });
      expect(big(ints(out, 'a.npy').data), `${c.name} A`).toEqual(big(q.A.data));
      expect(big(ints(out, 'b.npy').data), `${c.name} B`).toEqual(big(q.B.data));
      expect(Array.from(ints(out, 'c.npy').data as BigInt64Array), `${c.name} C`).toEqual(Array.from(q.C.data));
      expect(Array.from(floats(out, 'y.npy')), `${c.name} Y`).toEqual(Array.from(q.Y));
      expect(Array.from(floats(out, 'sa.npy')), `${c.name} sa`).toEqual(Array.from(q.sa));
      const s = c.req.scheme as QuantScheme;
      if (q.sw) expect(Array.from(floats(out, 'sw.npy'))).toEqual(Array.from(q.sw));
      if (s === 'w4a8') {
        expect(Array.from(floats(out, 's1.npy'))).toEqual(Array.from(q.s1!));
        expect(big(ints(out, 's2.npy').data)).toEqual(big(q.s2!));
        expect(big(ints(out, 'z.npy').data)).toEqual(big(q.zInt!));
        expect(big(ints(out, 'q4.npy').data)).toEqual(big(q.q4!));
        expect(q.B.data.every((v) => v >= -128 && v <= 127)).toBe(true);
      }
      if (s === 'w4a16') {
        expect(Array.from(floats(out, 's.npy'))).toEqual(Array.from(q.s!));
        expect(Array.from(floats(out, 'z.npy'))).toEqual(Array.from(q.zFloat!));
        expect(Array.from(ints(out, 'p.npy').data as BigInt64Array)).toEqual(Array.from(q.P!));
      }
      // The low-precision reference: the same ideal GEMM up to float64 summation order.
      const yref = floats(out, 'yref.npy');
      const mine = lowPrecisionGemm(Float32Array.from(x), w, c.rows.length, c.cols.length, K, c.req.ref!);
      for (let j = 0; j < mine.length; j++) expect(Math.abs(yref[j] - mine[j])).toBeLessThanOrEqual(Math.abs(mine[j]) * 2 ** -7);
      const e = res.errors!;
      expect(e.yVsFp64.relRms).toBeGreaterThan(0);
      expect(e.refVsFp64.relRms).toBeLessThan(0.01);
    });
    // Fewer bits, larger error: W8A8 < INT6 < W4A4 on the same data.
    const rel = (s: QuantScheme) => batch.results![gemmCases.length + QUANT_SCHEMES.indexOf(s)].errors!.yVsFp64.relRms;
    expect(rel('w8a8')).toBeLessThan(rel('int6'));
    expect(rel('int6')).toBeLessThan(rel('w4a4'));
  });

  it('digit statistics equal the simulator encoders counted in TypeScript', () => {
    digitCases.forEach((c, i) => {
      const res = batch.results![gemmCases.length + quantCases.length + i];
      expect(res.error, c.name).toBeUndefined();
      const x = genIntMatrix(c.t, c.g, c.rows, c.cols);
      const tab = digitTable(c.t, c.scheme),
        d = tab.count,
        g = c.group,
        G = Math.ceil(c.cols / g);
      const valueHist = new Array(d + 1).fill(0),
        pos = new Array(d).fill(0);
      const gpos = Array.from({ length: d }, () => new Array(g + 1).fill(0)),
        gcyc = new Array(d * g + 1).fill(0);
      for (let r = 0; r < c.rows; r++) {
        for (let gi = 0; gi < G; gi++) {
          const cnt = new Array(d).fill(0);
          for (let k = gi * g; k < Math.min(c.cols, (gi + 1) * g); k++) {
            const v = x.data[r * c.cols + k] - tab.min;
            valueHist[tab.nonzero[v]]++;
            for (let p = 0; p < d; p++)
              if (tab.digits[v * d + p] !== 0) {
                pos[p]++;
                cnt[p]++;
              }
          }
          for (let p = 0; p < d; p++) gpos[p][cnt[p]]++;
          gcyc[cnt.reduce((s, n) => s + Math.max(1, n), 0)]++;
        }
      }
      expect(res.stats, c.name).toMatchObject({
        digits: d,
        valueHist,
        positionNonzero: pos,
        groupPositionHist: gpos,
        groupCyclesHist: gcyc,
      });
    });
  });
});

describe('bad requests: a clear coded error and exit 1', () => {
  const run = (name: string, req: unknown, raw?: string, env: NodeJS.ProcessEnv = {}) => {
    const p = join(dir, `${name}.json`);
    writeFileSync(p, raw ?? JSON.stringify(req));
    const r = spawnSync(pythonCommand(), ['-m', 'tpe_gpu', 'run', p, '--backend', 'numpy'], {
      env: { ...process.env, PYTHONPATH: gpuPackageDir(), ...env },
      encoding: 'utf8',
    });
    return { code: r.status, err: r.stderr, res: JSON.parse(r.stdout) as GpuResult };
  };
  const shape = { M: 2, N: 3, K: 4 };
  const gen = { type: 'int8', gen: { seed: 1, dist: 'uniform' } };

  it('wrong dtype, shape mismatch, value out of range, missing file, malformed JSON, unknown fields', () => {
    writeFileSync(join(dir, 'f.npy'), writeFloat32Npy([1, 2, 3, 4, 5, 6, 7, 8], [2, 4]));
    writeFileSync(
      join(dir, 'i.npy'),
      writeNpy(
        intMatrix(2, 4, (r, c) => r - c),
        'int8',
      ),
    );
    const cases: [string, unknown, string, RegExp, string?][] = [
      [
        'dtype',
        { version: 1, kind: 'gemm', shape, a: { type: 'int8', file: 'f.npy' }, b: gen },
        'G0104',
        /f\.npy: dtype float32 is not an integer type/,
      ],
      [
        'shape',
        { version: 1, kind: 'gemm', shape: { M: 3, N: 3, K: 4 }, a: { type: 'int8', file: 'i.npy' }, b: gen },
        'G0105',
        /shape \(2, 4\), expected \(3, 4\)/,
      ],
      ['missing', { version: 1, kind: 'gemm', shape, a: { type: 'int8', file: 'nope.npy' }, b: gen }, 'G0103', /no such file .*nope\.npy/],
      [
        'badtype',
        { version: 1, kind: 'gemm', shape, a: { type: 'int17', gen: { seed: 1, dist: 'uniform' } }, b: gen },
        'G0102',
        /bad integer type 'int17'/,
      ],
      ['kind', { version: 1, kind: 'conv', shape }, 'G0102', /unknown kind 'conv'/],
      ['json', undefined, 'G0101', /not valid JSON/, '{"kind": '],
      [
        'scheme',
        {
          version: 1,
          kind: 'quant',
          scheme: 'w3a3',
          shape,
          x: { gen: { seed: 1, dist: 'normal', std: 1 } },
          w: { gen: { seed: 1, dist: 'normal', std: 1 } },
        },
        'G0102',
        /unknown scheme 'w3a3'/,
      ],
      [
        'group',
        {
          version: 1,
          kind: 'quant',
          scheme: 'w4a16',
          shape: { M: 2, N: 8, K: 100 },
          x: { gen: { seed: 1, dist: 'normal', std: 1 } },
          w: { gen: { seed: 1, dist: 'normal', std: 1 } },
        },
        'G0105',
        /K = 100 is not a multiple of the group size 128/,
      ],
      ['int8', { version: 1, kind: 'gemm', shape, a: gen, b: gen, int8: 'cublas' }, 'G0102', /int8: unknown int8 primitive 'cublas'/],
      ['int8type', { version: 1, kind: 'gemm', shape, a: gen, b: gen, int8: 3 }, 'G0102', /'int8' must be a string/],
    ];
    for (const [name, req, code, msg, raw] of cases) {
      const r = run(name, req, raw);
      expect(r.code, name).toBe(1);
      expect(r.res.ok).toBe(false);
      expect(r.res.error!.code, name).toBe(code);
      expect(r.err, name).toMatch(msg);
      expect(r.err).not.toMatch(/Traceback/);
    }
  });

  it('the int8 primitive: TPE_GPU_INT8 is checked; a request naming one runs the same plan on numpy', () => {
    const bad = run('int8env', { version: 1, kind: 'gemm', shape, a: gen, b: gen }, undefined, { TPE_GPU_INT8: 'bogus' });
    expect(bad.code).toBe(1);
    expect(bad.res.error).toMatchObject({ code: 'G0102', where: 'TPE_GPU_INT8' });
    expect(bad.err).toMatch(/unknown int8 primitive 'bogus'/);
    const req = {
      version: 1,
      kind: 'gemm',
      shape: { M: 5, N: 7, K: 300 },
      a: { type: 'uint8', gen: { seed: 3, dist: 'uniform' } },
      b: gen,
      outputs: { hash: true },
    };
    const plain = run('int8plain', req);
    const named = run('int8named', { ...req, int8: 'triton' });
    expect(plain.code).toBe(0);
    expect(named.code).toBe(0);
    expect(named.res.outputs!.c.sha256).toBe(plain.res.outputs!.c.sha256);
    expect(named.res.plan).toEqual(plain.res.plan);
  });

  it('a value outside the declared type names the element', () => {
    const p = join(dir, 'wide.npy');
    // int16 data declared int8: element [1][2] = 300.
    const hdr = "{'descr': '<i2', 'fortran_order': False, 'shape': (2, 4), }";
    const h = hdr.padEnd(64 - 11, ' ') + '\n';
    const buf = Buffer.alloc(10 + h.length + 16);
    buf.set([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0, h.length, 0]);
    buf.write(h, 10, 'latin1');
    buf.writeInt16LE(300, 10 + h.length + 2 * 6);
    writeFileSync(p, buf);
    const r = run('range', { version: 1, kind: 'gemm', shape, a: { type: 'int8', file: 'wide.npy' }, b: gen });
    expect(r.code).toBe(1);
    expect(r.res.error).toMatchObject({ code: 'G0106', where: 'a.file' });
    expect(r.err).toMatch(/element \[1\]\[2\] = 300 is outside int8 \(-128\.\.127\)/);
  });

  it('the float64 method refuses sums past 2^53', () => {
    const r = run('f64', {
      version: 1,
      kind: 'gemm',
      method: 'float64',
      shape: { M: 1, N: 1, K: 4_300_000 },
      a: { type: 'int16', gen: { seed: 1, dist: 'extreme' } },
      b: { type: 'uint16', gen: { seed: 2, dist: 'extreme' } },
    });
    expect(r.code).toBe(1);
    expect(r.res.error!.code).toBe('G0107');
  });
});
