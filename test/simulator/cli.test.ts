// `tpe sim` through main(argv, io): outputs, .npy in/out, trace, and every bad input's exit code.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.js';
import { loadDesign, printDesign } from '../../dsl/index.js';
import { intMatrix, presetDesign, zeroSkipping } from '../../ir/index.js';
import { fastCycles, generateMatrix, parseNpy, referenceGemm, writeNpy } from '../../simulator/index.js';

const ROOT = resolve(import.meta.dirname, '../..');
const EX = join(ROOT, 'examples');

async function tpe(args: string[], cwd = ROOT): Promise<{ code: number; out: string; err: string }> {
  let out = '',
    err = '';
  const code = await main(args, {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
    cwd,
    isTTY: false,
  });
  return { code, out, err };
}

describe('tpe sim', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tpe-sim-'));

  it('prints a readable table for a generated GEMM (sa_os 8x8 on 2x2x3: 3 + 8 + 8 - 1 = 18 cycles)', async () => {
    const r = await tpe(['sim', 'examples/sa_os.tpe', '--gemm', '2x2x3', '--seed', '5']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^design\s+sa_os \(systolic-os\), 8x8 PEs$/m);
    expect(r.out).toMatch(/^cycles\s+18 \(fill 14, steady 3, drain 1, stalls 0\) over 1 tile\(s\)$/m);
    expect(r.out).toContain('equal to the plain integer GEMM');
    // Deterministic: same input, same bytes.
    expect((await tpe(['sim', 'examples/sa_os.tpe', '--gemm', '2x2x3', '--seed', '5'])).out).toBe(r.out);
  });

  it('--json gives the full result; C matches the reference on the same generated data', async () => {
    const r = await tpe(['sim', 'examples/sa_os.tpe', '--gemm', '3x4x5', '--dist', 'normal:0,20', '--seed', '9', '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    const d = loadDesign(join(EX, 'sa_os.tpe')).value!;
    const a = generateMatrix(3, 5, d.types.A, { kind: 'normal', mean: 0, std: 20 }, 9);
    const b = generateMatrix(5, 4, d.types.B, { kind: 'normal', mean: 0, std: 20 }, 10);
    expect(j.c).toEqual(Array.from(referenceGemm(a, b, d.types.acc, false).value!.data, Number));
    expect(j.cycles.total).toBe(5 + 8 + 8 - 1);
    expect(j.tiles).toHaveLength(1);
    expect(j.peBusy).toHaveLength(64);
    expect(Object.keys(j.toggles).sort()).toEqual([
      'accumulatorRegs',
      'compressorOutputs',
      'operandRegs',
      'partialProducts',
      'pipelineRegs',
    ]);
  });

  it('reads --a/--b .npy, writes --out C.npy (int32) and a --trace', async () => {
    const a = intMatrix(3, 4, (r, c) => (r * 4 + c) * 9 - 50),
      b = intMatrix(4, 2, (r, c) => r - c * 3);
    writeFileSync(join(dir, 'a.npy'), writeNpy(a, 'int8'));
    writeFileSync(join(dir, 'b.npy'), writeNpy(b, 'int16'));
    const r = await tpe(['sim', join(EX, 'cube_opt1.tpe'), '--a', 'a.npy', '--b', 'b.npy', '--out', 'c.npy', '--trace', 't.jsonl'], dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const c = parseNpy(readFileSync(join(dir, 'c.npy'))).value!;
    expect(c.dtype).toBe('int32');
    expect(c.shape).toEqual([3, 2]);
    expect(Array.from(c.data as Int32Array).map(BigInt)).toEqual(
      Array.from(referenceGemm(a, b, { signed: true, bits: 32 }, false).value!.data),
    );
    const lines = readFileSync(join(dir, 't.jsonl'), 'utf8').trim().split('\n');
    expect(JSON.parse(lines[0])).toMatchObject({ tile: 0, cycle: 0 });
  });

  it('every example design simulates; data-independent ones match the fast path', async () => {
    for (const f of readdirSync(EX)
      .filter((x) => x.endsWith('.tpe'))
      .sort()) {
      const r = await tpe(['sim', join('examples', f), '--gemm', '5x6x7', '--json', '--no-activity']);
      expect(r.err, f).toBe('');
      expect(r.code, f).toBe(0);
      const d = loadDesign(join(EX, f)).value!;
      if (zeroSkipping(d)) continue;
      expect(JSON.parse(r.out).cycles.total, f).toBe(fastCycles(d, { M: 5, N: 6, K: 7 }).value!.total);
    }
  });

  it('bad inputs: clear errors, exit 1', async () => {
    writeFileSync(
      join(dir, 'a.npy'),
      writeNpy(
        intMatrix(2, 3, () => 1),
        'int8',
      ),
    );
    writeFileSync(
      join(dir, 'b.npy'),
      writeNpy(
        intMatrix(4, 2, () => 1),
        'int8',
      ),
    );
    writeFileSync(
      join(dir, 'big.npy'),
      writeNpy(
        intMatrix(3, 2, (r) => (r === 1 ? 300 : 1)),
        'int16',
      ),
    );
    writeFileSync(join(dir, 'junk.npy'), 'not numpy');
    const sa = join(EX, 'sa_os.tpe');
    const cases: [string[], string][] = [
      [['sim', sa, '--a', 'a.npy', '--b', 'b.npy'], 'S0101'],
      [['sim', sa, '--a', 'a.npy', '--b', 'big.npy'], 'S0102'],
      [['sim', sa, '--a', 'a.npy', '--b', 'missing.npy'], 'no such file'],
      [['sim', sa, '--a', 'a.npy', '--b', 'junk.npy'], 'S0108'],
      [['sim', sa, '--a', 'a.npy', '--b', 'big.npy', '--gemm', '2x2x2'], 'S0101'],
      [['sim', sa, '--gemm', '2x0x3'], 'S0106'],
      [['sim', sa, '--gemm', 'banana'], 'S0106'],
      [['sim', sa, '--gemm', '2x2x2', '--dist', 'normal:0'], 'S0107'],
      [['sim', 'nope.tpe', '--gemm', '2x2x2'], 'nope.tpe'],
    ];
    for (const [args, want] of cases) {
      const r = await tpe(args, dir);
      expect(r.code, args.join(' ')).toBe(/S010[67]/.test(want) ? 2 : 1); // bad option values are usage errors
      expect(r.err, args.join(' ')).toContain(want);
      expect(r.err).not.toMatch(/at .*\.ts:\d+/); // never a stack trace
    }
    const big = await tpe(['sim', sa, '--a', 'a.npy', '--b', 'big.npy'], dir);
    expect(big.err).toContain('B[1][0] = 300 is outside int8 (-128..127)');
  });

  it('overflow names the element and cycle; --wrap wraps and exits 0', async () => {
    const d = presetDesign('systolic-os', 'baseline', { rows: 2, cols: 2, acc: { signed: true, bits: 16 } });
    writeFileSync(join(dir, 'small.tpe'), printDesign(d));
    writeFileSync(
      join(dir, 'ma.npy'),
      writeNpy(
        intMatrix(2, 3, () => 127),
        'int8',
      ),
    );
    writeFileSync(
      join(dir, 'mb.npy'),
      writeNpy(
        intMatrix(3, 2, () => 127),
        'int8',
      ),
    );
    const r = await tpe(['sim', 'small.tpe', '--a', 'ma.npy', '--b', 'mb.npy'], dir);
    expect(r.code).toBe(1);
    expect(r.err).toContain('error[S0103]: accumulator overflow: C[0][0] left the int16 range at cycle 2');
    // Located at the accumulator declaration, where the fix goes.
    const line =
      printDesign(d)
        .split('\n')
        .findIndex((l) => /^\s*C: int16/.test(l)) + 1;
    expect(r.err).toMatch(new RegExp(`^small\\.tpe:${line}:\\d+: error\\[S0103\\]`, 'm'));
    expect(r.err).toContain('--wrap');
    const w = await tpe(['sim', 'small.tpe', '--a', 'ma.npy', '--b', 'mb.npy', '--wrap'], dir);
    expect(w.code).toBe(0);
    expect(w.out).toMatch(/overflow\s+4 wrapped \(first C\[0\]\[0\] at cycle 2\)/);
  });

  it('warns (exit 0) when K passes the declared workload bound', async () => {
    const bound = loadDesign(join(EX, 'sa_os.tpe')).value!.workload!.k;
    const r = await tpe(['sim', 'examples/sa_os.tpe', '--gemm', `1x1x${bound + 1}`, '--no-activity']);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`warning[S0110]: K = ${bound + 1} exceeds the design's declared workload K <= ${bound}`);
  });

  it('usage errors exit 2', async () => {
    for (const args of [
      ['sim', 'examples/sa_os.tpe'],
      ['sim', 'examples/sa_os.tpe', '--a', 'x.npy'],
      ['sim', 'examples/sa_os.tpe', '--gemm', '2x2x2', '--bogus'],
      ['sim', 'examples/sa_os.tpe', '--gemm', '2x2x2', '--seed', 'x'],
    ]) {
      expect((await tpe(args)).code, args.join(' ')).toBe(2);
    }
  });
});
