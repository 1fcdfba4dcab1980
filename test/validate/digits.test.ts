// `tpe digits`: digit statistics of real tensors (safetensors and .npy written here), the
// in-process count against gpu/tpe_gpu on numpy field for field, a hand-counted case, and bad input.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.js';
import { genFloatMatrix, genIntMatrix } from '../../quant/index.js';
import { writeNpy } from '../../simulator/index.js';
import { pythonCommand } from '../../validate/index.js';
import { encodeSafetensors, tensorDigitStats } from '../../workload/index.js';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'tpe-digits-'));
const bytes = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

async function tpe(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '',
    err = '';
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
}

// Tensors of several types with a ragged K (not a multiple of the group).
const cases = [
  {
    name: 'i8',
    type: 'int8',
    dtype: 'I8',
    rows: 7,
    cols: 45,
    arr: (v: Int32Array) => Int8Array.from(v),
    t: { signed: true, bits: 8 },
    std: 20,
  },
  {
    name: 'u8',
    type: 'uint8',
    dtype: 'U8',
    rows: 5,
    cols: 33,
    arr: (v: Int32Array) => Uint8Array.from(v),
    t: { signed: false, bits: 8 },
    std: 40,
  },
  {
    name: 'i5',
    type: 'int5',
    dtype: 'I8',
    rows: 6,
    cols: 19,
    arr: (v: Int32Array) => Int8Array.from(v),
    t: { signed: true, bits: 5 },
    std: 4,
  },
  {
    name: 'i16',
    type: 'int16',
    dtype: 'I16',
    rows: 4,
    cols: 50,
    arr: (v: Int32Array) => Int16Array.from(v),
    t: { signed: true, bits: 16 },
    std: 3000,
  },
  {
    name: 'u16',
    type: 'uint16',
    dtype: 'U16',
    rows: 3,
    cols: 21,
    arr: (v: Int32Array) => Uint16Array.from(v),
    t: { signed: false, bits: 16 },
    std: 9000,
  },
] as const;
const st = join(dir, 'm.safetensors');
const data = cases.map(
  (c, i) =>
    genIntMatrix(c.t, { seed: 60 + i, dist: 'normal', std: c.std, mean: c.t.signed ? 0 : 2 ** (c.t.bits - 2) }, c.rows, c.cols).data,
);
writeFileSync(
  st,
  encodeSafetensors(cases.map((c, i) => ({ name: c.name, dtype: c.dtype, shape: [c.rows, c.cols], data: bytes(c.arr(data[i])) }))),
);

describe('tpe digits', () => {
  it('the in-process statistics equal gpu/tpe_gpu on numpy field for field: five types, three encodings, groups of 4 and 3, both layouts (up to 16 bits)', async () => {
    for (const c of cases) {
      for (const extra of c.t.bits === 16 ? [[]] : [[], ['--group', '3'], ['--layout', 'kn']]) {
        const r = await tpe(['digits', `${st}#${c.name}`, '--type', c.type, '--ref', 'ts,numpy', '--json', ...extra]);
        expect(r.err, c.name).toBe('');
        expect(r.code, `${c.name} ${extra.join(' ')}`).toBe(0);
        const j = JSON.parse(r.out);
        expect(j.equal).toBe(true);
        expect(j.stats.map((s: { scheme: string }) => s.scheme)).toEqual(['ent', 'booth4', 'binary']);
        expect(j.stats[0].values).toBe(c.rows * c.cols);
      }
    }
  });

  it('a hand-counted row: EN-T digits of 0, 1, -3, 2 and one group of 4', async () => {
    const s = tensorDigitStats({ rows: 1, cols: 4, data: Int32Array.from([0, 1, -3, 2]) }, { signed: true, bits: 8 }, 'ent');
    // 1 = [1], -3 = -(4 - 1) = [1, -1] (digit 0 is +1 after the sign), 2 = [2]: p0 three values, p1 one.
    expect(s).toMatchObject({ digits: 4, valueHist: [1, 2, 1, 0, 0], positionNonzero: [3, 1, 0, 0], meanNonzero: 1, groups: 1 });
    expect(s.groupPositionHist.map((h) => h.indexOf(1))).toEqual([3, 1, 0, 0]);
    expect(s.groupCyclesHist[6]).toBe(1); // 3 + 1 + 1 + 1
    const npy = join(dir, 'row.npy');
    writeFileSync(npy, writeNpy({ rows: 1, cols: 4, data: Int32Array.from([0, 1, -3, 2]) }, 'int8'));
    const r = await tpe(['digits', npy, '--encoding', 'ent', '--ref', 'numpy,ts']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^reference\s+numpy \(numpy \S+ on cpu\), ts \(in process\): equal statistics$/m);
    expect(r.out).toMatch(/^ent\s+4\s+1\.000\s+0\.750 0\.250 0\.000 0\.000\s+6\.000 \(4\.\.16\)$/m);
    expect(r.out).toMatch(/^ent: values by nonzero digits {2}0: 25\.0%, 1: 50\.0%, 2: 25\.0%$/m);
  });

  it('a bf16 weight is quantized to the type first (the same integers for every reference)', async () => {
    const f = genFloatMatrix({ seed: 9, dist: 'normal', std: 0.02 }, 16, 40);
    const u = new Uint32Array(Float32Array.from(f).buffer);
    writeFileSync(
      join(dir, 'w.safetensors'),
      encodeSafetensors([{ name: 'w', dtype: 'BF16', shape: [16, 40], data: bytes(Uint16Array.from(u, (x) => x >>> 16)) }]),
    );
    const r = await tpe(['digits', join(dir, 'w.safetensors'), '--type', 'int6', '--quantize', 'row', '--ref', 'ts,numpy']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^tensor\s+\S+w\.safetensors: bf16 \[16, 40\], quantized to int6 per stored row \(16 scales\)$/m);
    expect(r.out).toMatch(/equal statistics$/m);
  });

  it('bad input: usage errors exit 2, bad tensors exit 1, --ref torch without PyTorch exits 3', async () => {
    for (const args of [
      ['--type', 'int17'],
      ['--type', 'float8'],
      ['--encoding', 'csd'],
      ['--group', '0'],
      ['--layout', 'nm'],
      ['--ref', 'cuda'],
      ['--ref', 'ts,ts'],
      ['--quantize', 'col'],
    ]) {
      const r = await tpe(['digits', `${st}#i8`, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
    }
    let r = await tpe(['digits', `${st}#i16`, '--type', 'int8']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/error\[T0107\]: .*#i16: value -?\d+ at \[\d+, \d+\] does not fit int8/);
    r = await tpe(['digits', `${st}#i9`]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/error\[T0104\]: .*no tensor 'i9'/);
    r = await tpe(['digits', join(dir, 'none.npy')]);
    expect(r.code).toBe(1);
    const hasTorch = spawnSync(pythonCommand(), ['-c', 'import torch'], { encoding: 'utf8' }).status === 0;
    r = await tpe(['digits', `${st}#i8`, '--ref', 'torch']);
    expect(r.code).toBe(hasTorch ? 0 : 3);
    if (!hasTorch) expect(r.err).toMatch(/error\[V0203\]: .*PyTorch is not installed/);
  });
});
