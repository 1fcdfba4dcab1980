// `tpe validate --data weight --a activations` (and `--b B`): real operands from .safetensors files (one file
// and a sharded index) and .npy arrays written here; the reference computes on exactly those
// values (its C is checked against a GEMM of the file's values), integers checked against the
// design's types, floats quantized to them or by a scheme, and every bad input's exit code.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.js';
import { bf16, genFloatMatrix, quantizeGemm, writeFloat32Npy } from '../../quant/index.js';
import { parseNpy, referenceGemm, writeNpy } from '../../simulator/index.js';
import { encodeSafetensors, readTensor } from '../../workload/index.js';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'tpe-vdata-'));
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

function ints(file: string): { shape: readonly number[]; data: Int32Array | BigInt64Array } {
  const p = parseNpy(readFileSync(file), file);
  if (!p.value) throw new Error(p.diagnostics.map((d) => d.message).join('; '));
  return p.value;
}

/** float32 values -> bfloat16 bits (round to nearest even). */
function bf16Bits(x: Float32Array): Uint16Array {
  const r = Float32Array.from(x, (v) => bf16(v));
  return Uint16Array.from(new Uint32Array(r.buffer), (u) => u >>> 16);
}

// A [out, in] = [N, K] int8 weight and a bf16 one beside it; int8 activations [M, K].
const N = 24,
  K = 96,
  M = 5;
const wI8 = Int8Array.from({ length: N * K }, (_, i) => ((i * 37 + 11) % 256) - 128);
const wF = genFloatMatrix({ seed: 3, dist: 'normal', std: 0.02 }, N, K);
const st = join(dir, 'model.safetensors');
writeFileSync(
  st,
  encodeSafetensors([
    { name: 'layers.0.mlp.down_proj.weight', dtype: 'I8', shape: [N, K], data: bytes(wI8) },
    { name: 'layers.0.mlp.up_proj.weight', dtype: 'BF16', shape: [N, K], data: bytes(bf16Bits(wF)) },
    { name: 'layers.0.wide', dtype: 'I16', shape: [N, K], data: bytes(Int16Array.from(wI8, (v) => v * 3)) },
  ]),
);
const aI8 = Int32Array.from({ length: M * K }, (_, i) => ((i * 53 + 7) % 256) - 128);
const aNpy = join(dir, 'a.npy');
writeFileSync(aNpy, writeNpy({ rows: M, cols: K, data: aI8 }, 'int8'));
const xF = genFloatMatrix({ seed: 4, dist: 'normal', std: 1, outliers: { fraction: 0.05, scale: 8 } }, M, K);
const xNpy = join(dir, 'x.npy');
writeFileSync(xNpy, writeFloat32Npy(xF, [M, K]));
// A sharded checkpoint: the bf16 weight in the second shard.
writeFileSync(
  join(dir, 'sh-00001-of-00002.safetensors'),
  encodeSafetensors([{ name: 'embed', dtype: 'I8', shape: [2, 2], data: bytes(Int8Array.from([1, 2, 3, 4])) }]),
);
writeFileSync(
  join(dir, 'sh-00002-of-00002.safetensors'),
  encodeSafetensors([{ name: 'layers.0.up.weight', dtype: 'BF16', shape: [N, K], data: bytes(bf16Bits(wF)) }]),
);
const idx = join(dir, 'sh.safetensors.index.json');
writeFileSync(
  idx,
  JSON.stringify({ weight_map: { embed: 'sh-00001-of-00002.safetensors', 'layers.0.up.weight': 'sh-00002-of-00002.safetensors' } }),
);

const transposeInt = (v: ArrayLike<number>, r: number, c: number) => {
  const out = new Int32Array(r * c);
  for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) out[j * r + i] = v[i * c + j];
  return out;
};

describe('tpe validate with real operands', () => {
  it("int8 weights and activations: the reference multiplies the files' values, the design matches (numpy and ts)", async () => {
    const keep = join(dir, 'keep-int');
    const args = ['validate', 'examples/sa_os.tpe', '--data', `${st}#layers.0.mlp.down_proj.weight`, '--a', aNpy];
    const r = await tpe([...args, '--keep', keep]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^A\s+\S+a\.npy: int8 \[5, 96\] as M x K = 5 x 96, values as they are \(in int8\)$/m);
    expect(r.out).toMatch(
      /^B\s+\S+#layers\.0\.mlp\.down_proj\.weight: int8 \[24, 96\] as K x N = 96 x 24, transposed, values as they are \(in int8\)$/m,
    );
    expect(r.out).toMatch(
      /^layers\.0\.mlp\.down_proj\.weight\s+5x24x96 {2}whole GEMM \(11520 MACs within the 10 s budget\): 120 of 120 values match$/m,
    );
    // The reference's C is A B of the files' values (B = W^T).
    const c = ints(join(keep, 'g0', 'c.npy'));
    const want = referenceGemm(
      { rows: M, cols: K, data: aI8 },
      { rows: K, cols: N, data: transposeInt(wI8, N, K) },
      { signed: true, bits: 64 },
      false,
    ).value!;
    expect(c.shape).toEqual([M, N]);
    expect([...c.data]).toEqual([...want.data]);
    const ts = await tpe([...args, '--ref', 'ts', '--json']),
      np = await tpe([...args, '--json']);
    expect(JSON.parse(ts.out).gemms[0]).toMatchObject({ compared: 120, matches: 120 });
    expect(JSON.parse(np.out).operands.b.ref).toBe(`${st}#layers.0.mlp.down_proj.weight`);
  });

  it('a bf16 weight in a sharded checkpoint with float activations, quantized by W8A8: C and the dequantized error equal the TypeScript scheme', async () => {
    const keep = join(dir, 'keep-q');
    const args = ['validate', 'examples/sa_os.tpe', '--data', `${idx}#layers.0.up.weight`, '--a', xNpy, '--quant', 'w8a8'];
    const r = await tpe([...args, '--keep', keep]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^B\s+\S+#layers\.0\.up\.weight: bf16 \[24, 96\] as K x N = 96 x 24, transposed, quantized by w8a8$/m);
    expect(r.out).toMatch(/^data\s+A and B from tensor files; W8A8/m);
    expect(r.out).toMatch(/^layers\.0\.up\.weight error\s+dequantized vs bf16: max abs \S+, rel RMS \S+; .*\(whole GEMM\)$/m);
    // What numpy computed from the files is the scheme applied to the same float32 values.
    const w = new Float32Array(K * N);
    const wb = Float32Array.from(wF, (v) => bf16(v));
    for (let n = 0; n < N; n++) for (let k = 0; k < K; k++) w[k * N + n] = wb[n * K + k];
    const q = quantizeGemm({ scheme: 'w8a8', x: xF, w, rows: M, cols: N, K, group: 128, ref: 'bf16' });
    expect([...ints(join(keep, 'g0', 'c.npy')).data]).toEqual([...q.C.data]);
    const ts = JSON.parse((await tpe([...args, '--ref', 'ts', '--json'])).out),
      np = JSON.parse((await tpe([...args, '--json'])).out);
    expect(ts.ok && np.ok).toBe(true);
    expect(ts.gemms[0].errors.yVsFp64).toEqual(np.gemms[0].errors.yVsFp64); // whole GEMM both ways here
  });

  it("a bf16 weight without a scheme is quantized to the design's int8 (per tensor, per row); kn layout; sampled tiles", async () => {
    const keep = join(dir, 'keep-f');
    let r = await tpe(['validate', 'examples/sa_os.tpe', '--data', `${st}#layers.0.mlp.up_proj.weight`, '--m', '3', '--keep', keep]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/: bf16 \[24, 96\] as K x N = 96 x 24, transposed, quantized to int8 per tensor \(scale \S+\)$/m);
    expect(r.out).toMatch(/^data\s+A \(int8\): uniform over its type, seed 1$/m);
    const want = readTensor(`${st}#layers.0.mlp.up_proj.weight`, { as: { signed: true, bits: 8 }, transpose: true }).value!.matrix;
    expect([...ints(join(keep, 'g0', 'b.npy')).data]).toEqual([...want.data]);
    r = await tpe(['validate', 'examples/sa_os.tpe', '--data', `${st}#layers.0.mlp.up_proj.weight`, '--quantize', 'row']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/quantized to int8 per stored row \(24 scales\)$/m);
    // --b takes B as stored, K x N (as `tpe sim --b`): the same tensor gives N = 96, K = 24.
    r = await tpe([
      'validate',
      'examples/sa_os.tpe',
      '--b',
      `${st}#layers.0.mlp.down_proj.weight`,
      '--time-budget',
      '0',
      '--sample-tiles',
      '3',
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^B\s+\S+: int8 \[24, 96\] as K x N = 24 x 96, values as they are \(in int8\)$/m);
    expect(r.out).toMatch(/^layers\.0\.mlp\.down_proj\.weight\s+16x96x24 {2}3 of \d+ tiles/m);
  });
});

describe('tpe validate with real operands: bad input', () => {
  it("values outside the design's type, K that differs, a missing tensor, integers with --quant, a missing file: exit 1", async () => {
    let r = await tpe(['validate', 'examples/sa_os.tpe', '--data', `${st}#layers.0.wide`]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/error\[T0107\]: B: \S+#layers\.0\.wide: value -351 at \[0, 0\] does not fit int8/);
    r = await tpe(['validate', 'examples/sa_os.tpe', '--b', `${st}#layers.0.mlp.down_proj.weight`, '--a', aNpy]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/error\[V0108\]: A \(\S+\) is M x K = 5 x 96 but B \(\S+\) is K x N = 24 x 96: K differs/);
    r = await tpe(['validate', 'examples/sa_os.tpe', '--data', `${st}#layers.0.mlp.down_proj.weigth`]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /error\[T0104\]: .*no tensor 'layers\.0\.mlp\.down_proj\.weigth'[\s\S]*did you mean 'layers\.0\.mlp\.down_proj\.weight'/,
    );
    r = await tpe(['validate', 'examples/sa_os.tpe', '--data', `${st}#layers.0.mlp.down_proj.weight`, '--quant', 'w8a8']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/error\[V0108\]: .* holds int8 values: --quant w8a8 quantizes float tensors/);
    r = await tpe(['validate', 'examples/sa_os.tpe', '--data', join(dir, 'absent.safetensors#w')]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/error\[T0104\]: .*absent\.safetensors: no such file/);
    for (const e of [r.err]) expect(e).not.toMatch(/internal error|at .*\.ts:\d+/);
  });

  it('options that do not go together: exit 2', async () => {
    const w = `${st}#layers.0.mlp.down_proj.weight`;
    for (const args of [
      ['--a', aNpy, '--gemm', '4x4x4'],
      ['--data', w, '--gemm', '4x4x4'],
      ['--b', w, '--data', w],
      ['--data', w, '--a', aNpy, '--m', '4'],
      ['--data', w, '--quantize', 'row', '--quant', 'w8a8'],
      ['--data', w, '--m', '0'],
      ['--gemm', '4x4x4', '--m', '3'],
      ['--data', w, '--workload', 'llama-3-8b:decode'],
    ]) {
      const r = await tpe(['validate', 'examples/sa_os.tpe', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).not.toMatch(/internal error/);
    }
  });
});
