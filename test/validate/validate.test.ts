// `tpe validate`: every example at a layer-like shape on sampled tiles against the numpy
// reference, the same against the in-process TypeScript reference (same data, same answer),
// quantized schemes, model workloads, mismatch detection, and every bad input's exit code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.js';
import { loadDesign } from '../../dsl/index.js';
import {
  fittingSchemes,
  sampleTiles,
  tileGrid,
  validateDesign,
  defaultSimulate,
  pythonCommand,
  type SimulateFn,
} from '../../validate/index.js';

const ROOT = resolve(import.meta.dirname, '../..');
const EX = join(ROOT, 'examples');
const EXAMPLES = readdirSync(EX)
  .filter((f) => f.endsWith('.tpe'))
  .sort();

async function tpe(args: string[], env?: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  let out = '',
    err = '';
  const saved: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(env ?? {})) {
    saved[k] = process.env[k];
    process.env[k] = v;
  }
  try {
    const code = await main(args, {
      stdout: (s) => {
        out += s;
      },
      stderr: (s) => {
        err += s;
      },
      cwd: ROOT,
      isTTY: false,
    });
    return { code, out, err };
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

const dir = mkdtempSync(join(tmpdir(), 'tpe-validate-'));
// A layer-like GEMM: K = 4096 as in a 7B-8B model's projections, 16 tokens, 1024 output columns.
const LAYER = ['--gemm', '16x1024x4096', '--sample-tiles', '3', '--time-budget', '0'];

describe('tpe validate --ref numpy on every example (layer-like shape, sampled tiles)', () => {
  for (const f of EXAMPLES) {
    it(f, async () => {
      const r = await tpe(['validate', `examples/${f}`, ...LAYER]);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/^reference\s+numpy \S+ on cpu: \d+ int8 GEMMs? \(/m);
      expect(r.out).toMatch(/^gemm\s+16x1024x4096 {2}3 of \d+ tiles \(\d+x\d+ blocks of C at the full K\): (\d+) of \1 values match$/m);
      expect(r.out).toMatch(/^result\s+OK: all \d+ simulated accumulators equal the reference$/m);
    });
  }
});

describe('tpe validate', () => {
  it('--ref ts regenerates the same operands in process: the same tiles, the same values', async () => {
    const args = [
      'validate',
      'examples/sa_ws_opt1.tpe',
      '--gemm',
      '20x40x300',
      '--sample-tiles',
      '5',
      '--time-budget',
      '0',
      '--seed',
      '7',
      '--json',
    ];
    const np = JSON.parse((await tpe([...args, '--ref', 'numpy'])).out),
      ts = JSON.parse((await tpe([...args, '--ref', 'ts'])).out);
    expect(ts.gemms[0].compared).toBe(np.gemms[0].compared);
    expect(ts.ok && np.ok).toBe(true);
    // Deterministic: same input, same bytes.
    expect((await tpe([...args, '--ref', 'ts'])).out).toBe(JSON.stringify(ts, null, 2) + '\n');
  });

  it('the whole GEMM when it fits the budget, extreme data, a bit-slice design', async () => {
    const r = await tpe(['validate', 'examples/bitslice_opt4c.tpe', '--gemm', '9x17x130', '--dist', 'extreme']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^gemm\s+9x17x130 {2}whole GEMM \(19890 MACs within the 10 s budget\): 153 of 153 values match$/m);
  });

  it('quantized schemes on the designs that hold them: exact C, dequantized errors', async () => {
    expect(fittingSchemes(loadDesign(join(EX, 'sa_os.tpe')).value!)).toEqual(['w8a8', 'w4a8', 'w4a4', 'int6']);
    for (const q of ['w8a8', 'w4a8', 'w4a4', 'int6']) {
      const r = await tpe([
        'validate',
        'examples/sa_os.tpe',
        '--quant',
        q,
        '--gemm',
        '16x256x1024',
        '--sample-tiles',
        '4',
        '--time-budget',
        '0',
      ]);
      expect(r.code, q).toBe(0);
      expect(r.out).toMatch(/^gemm error\s+dequantized vs bf16: max abs \S+, rel RMS \S+; vs fp64: .*\(whole GEMM\)$/m);
    }
    // W4A16 needs int16 activations: a 16-bit-A, uint4-B variant of sa_os.
    const src = readFileSync(join(EX, 'sa_os.tpe'), 'utf8')
      .replace('A: int8 ', 'A: int16')
      .replace('B: int8', 'B: uint4')
      .replace('C: int32 ', 'C: int48 ')
      .replace('forall j 4', 'forall j 8');
    writeFileSync(join(dir, 'a16w4.tpe'), src);
    for (const ref of ['numpy', 'ts']) {
      const r = await tpe([
        'validate',
        join(dir, 'a16w4.tpe'),
        '--quant',
        'w4a16',
        '--gemm',
        '4x64x512',
        '--ref',
        ref,
        '--ref-type',
        'fp16',
      ]);
      expect(r.code, ref).toBe(0);
      expect(r.out).toMatch(/dequantized vs fp16: max abs/);
    }
  });

  it('--workload llama-3-8b:decode: the four block GEMMs at full size (sampled tiles, TypeScript reference)', async () => {
    const r = await tpe([
      'validate',
      'examples/sa_os.tpe',
      '--workload',
      'llama-3-8b:decode',
      '--ref',
      'ts',
      '--sample-tiles',
      '2',
      '--time-budget',
      '0',
    ]);
    expect(r.code).toBe(0);
    expect(r.out.match(/^(qkv|o|gate_up|down)\s+1x(6144|4096|28672)x(4096|14336)/gm)).toHaveLength(4);
    expect(r.out).toMatch(/^down\s+1x4096x14336 {2}2 of 512 tiles \(1x8 blocks of C at the full K\): 16 of 16 values match$/m);
  });

  it('a wrong simulated value is reported with its element and both values, and fails', () => {
    const d = loadDesign(join(EX, 'cube.tpe')).value!;
    const broken: SimulateFn = (des, a, b) => {
      const r = defaultSimulate(des, a, b);
      if (r.value && a.rows * b.cols > 3) r.value.c.data[3] += 1n;
      return r;
    };
    const r = validateDesign(d, {
      gemms: [{ name: 'g', M: 8, N: 12, K: 64 }],
      ref: 'ts',
      sampleTiles: 4,
      timeBudgetS: 10,
      seed: 3,
      intDist: 'uniform',
      group: 128,
      refType: 'bf16',
      workDir: dir,
      simulate: broken,
    });
    expect(r.value!.ok).toBe(false);
    const g = r.value!.gemms[0];
    expect(g.matches).toBe(g.compared - 1);
    expect(g.firstMismatch).toMatchObject({ m: 0, n: 3 });
    expect(g.firstMismatch!.simulated - g.firstMismatch!.reference).toBe(1n);
  });

  it('tile samples are deterministic, distinct, include both corners', () => {
    const d = loadDesign(join(EX, 'sa_os.tpe')).value!;
    const g = tileGrid(d, 100, 1000);
    const s = sampleTiles(g, 100, 1000, 20, 5);
    expect(s).toHaveLength(20);
    expect(new Set(s.map((t) => t.index)).size).toBe(20);
    expect(s[0].index).toBe(0);
    expect(s.at(-1)!.index).toBe(g.total - 1);
    expect(s.at(-1)!.rows).toBe(100 - 12 * 8);
    expect(sampleTiles(g, 100, 1000, 20, 5)).toEqual(s);
    expect(sampleTiles(g, 100, 1000, 20, 6)).not.toEqual(s);
  });
});

describe('tpe validate: bad input', () => {
  it('usage errors exit 2', async () => {
    for (const args of [
      ['--gemm', '4x4'],
      ['--workload', 'llama-9:decode'],
      ['--workload', 'llama-3-8b:train'],
      ['--gemm', '4x4x4', '--workload', 'llama-3-8b:decode'],
      [],
      ['--gemm', '4x4x4', '--ref', 'cuda'],
      ['--gemm', '4x4x4', '--quant', 'w3a3'],
      ['--gemm', '4x4x4', '--sample-tiles', '0'],
      ['--gemm', '4x4x4', '--ref-type', 'fp8'],
    ]) {
      const r = await tpe(['validate', 'examples/sa_os.tpe', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).not.toMatch(/internal error|at .*\.ts:\d+/);
    }
  });

  it('a scheme the design cannot hold, K off the group size, a missing design, an overflowing accumulator: exit 1', async () => {
    let r = await tpe(['validate', 'examples/sa_os.tpe', '--quant', 'w4a16', '--gemm', '4x8x128']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/error\[V0102\]: w4a16 gives A values in -32767\.\.32767 \(int16\), but the design declares A: int8/);
    r = await tpe(['validate', 'examples/sa_os.tpe', '--quant', 'w4a8', '--gemm', '4x8x100']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/error\[V0103\]: gemm: K = 100 is not a multiple of the w4a8 group size 128/);
    r = await tpe(['validate', 'examples/nope.tpe', '--gemm', '4x8x100']);
    expect(r.code).toBe(1);
    const narrow = readFileSync(join(EX, 'sa_os.tpe'), 'utf8').replace('C: int32 ', 'C: int16 ').replace('K <= 4096', 'K <= 1');
    writeFileSync(join(dir, 'c16.tpe'), narrow);
    r = await tpe(['validate', join(dir, 'c16.tpe'), '--gemm', '4x16x4096', '--ref', 'ts']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/error\[S0103\]: gemm 4x16x4096: accumulator overflow/);
    expect(r.err).toMatch(/C: int16/); // points at the declaration
  });

  it('a missing Python exits 3 with the fix; --ref torch without PyTorch exits 3', async () => {
    let r = await tpe(['validate', 'examples/sa_os.tpe', '--gemm', '17x8x16'], { TPE_PYTHON: '/nonexistent/python3' });
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/error\[V0201\]: the Python interpreter '\/nonexistent\/python3' was not found/);
    const hasTorch = spawnSync(pythonCommand(), ['-c', 'import torch'], { encoding: 'utf8' }).status === 0;
    r = await tpe(['validate', 'examples/sa_os.tpe', '--gemm', '17x8x16', '--ref', 'torch']);
    if (hasTorch) expect(r.code).toBe(0);
    else {
      expect(r.code).toBe(3);
      expect(r.err).toMatch(/error\[V0203\]: .*PyTorch is not installed/);
    }
  });
});
