// Safetensors files written here (the format's own layout: 8-byte header length, JSON header,
// data), read back as integer operand matrices; a sharded checkpoint through its index.
import { writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFloat32Npy } from '../../quant/index.js';
import { writeNpy } from '../../simulator/index.js';
import { digitSummary, encodeSafetensors, listSafetensors, openTensor, readTensor, tensorDist, tensorInfo } from '../../workload/index.js';

const dir = mkdtempSync(join(tmpdir(), 'tpe-st-'));
const bytes = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** float -> IEEE half bits (normal numbers and zero; enough for test values). */
function half(x: number): number {
  if (x === 0) return 0;
  const s = x < 0 ? 0x8000 : 0,
    a = Math.abs(x);
  const e = Math.floor(Math.log2(a));
  const f = Math.round((a / 2 ** e - 1) * 1024);
  return s | ((e + 15) << 10) | f;
}
const bf16 = (xs: number[]) => {
  const f = new Float32Array(xs);
  const u = new Uint32Array(f.buffer);
  return Uint16Array.from(u, (v) => v >>> 16);
};

const W = [
  [1, -2, 3],
  [0, 127, -128],
];
const file = join(dir, 'model.safetensors');
writeFileSync(
  file,
  encodeSafetensors(
    [
      { name: 'w.i8', dtype: 'I8', shape: [2, 3], data: bytes(Int8Array.from(W.flat())) },
      { name: 'w.u8', dtype: 'U8', shape: [2, 2], data: bytes(Uint8Array.from([0, 255, 7, 8])) },
      { name: 'w.i16', dtype: 'I16', shape: [1, 3], data: bytes(Int16Array.from([-300, 0, 300])) },
      { name: 'w.f16', dtype: 'F16', shape: [2, 2], data: bytes(Uint16Array.from([1, -0.5, 0.25, -1].map(half))) },
      { name: 'w.bf16', dtype: 'BF16', shape: [4], data: bytes(bf16([2, -4, 1, 0])) },
      { name: 'w.f64', dtype: 'F64', shape: [1], data: bytes(new Float64Array([1])) },
      { name: 'w.3d', dtype: 'I8', shape: [1, 1, 2], data: bytes(Int8Array.from([1, 2])) },
    ],
    { format: 'pt' },
  ),
);

describe('safetensors', () => {
  it('header: names, dtypes, shapes, byte ranges (metadata skipped)', () => {
    const l = listSafetensors(file).value!;
    expect(l.map((e) => [e.name, e.dtype, e.shape])).toEqual([
      ['w.3d', 'I8', [1, 1, 2]],
      ['w.bf16', 'BF16', [4]],
      ['w.f16', 'F16', [2, 2]],
      ['w.f64', 'F64', [1]],
      ['w.i16', 'I16', [1, 3]],
      ['w.i8', 'I8', [2, 3]],
      ['w.u8', 'U8', [2, 2]],
    ]);
  });

  it('integer dtypes as they are, checked against the operand type', () => {
    expect([...readTensor(`${file}#w.i8`, { as: { signed: true, bits: 8 } }).value!.matrix.data]).toEqual(W.flat());
    expect(readTensor(`${file}#w.i8`, { transpose: true }).value!.matrix).toMatchObject({ rows: 3, cols: 2 });
    expect([...readTensor(`${file}#w.i8`, { transpose: true }).value!.matrix.data]).toEqual([1, 0, -2, 127, 3, -128]);
    expect([...readTensor(`${file}#w.u8`).value!.matrix.data]).toEqual([0, 255, 7, 8]);
    expect([...readTensor(`${file}#w.i16`).value!.matrix.data]).toEqual([-300, 0, 300]);
    const r = readTensor(`${file}#w.i16`, { as: { signed: true, bits: 8 } });
    expect(r.diagnostics[0]).toMatchObject({ code: 'T0107' });
    expect(r.diagnostics[0].message).toContain('value -300 at [0, 0] does not fit int8');
  });

  it('f16 and bf16 are quantized to the operand type (symmetric, per tensor or per row)', () => {
    const i8 = { signed: true, bits: 8 };
    const f = readTensor(`${file}#w.f16`, { as: i8 }).value!;
    expect([...f.matrix.data]).toEqual([127, -64, 32, -127]);
    expect(f.scale![0]).toBeCloseTo(1 / 127, 9);
    const perRow = readTensor(`${file}#w.f16`, { as: i8, quantize: 'row' }).value!;
    expect([...perRow.matrix.data]).toEqual([127, -64, 32, -127]);
    expect(perRow.scale).toHaveLength(2);
    const b = readTensor(`${file}#w.bf16`, { as: { signed: true, bits: 4 } }).value!;
    expect(b.matrix).toMatchObject({ rows: 1, cols: 4 });
    expect([...b.matrix.data]).toEqual([4, -7, 2, 0]); // 2/4*7 = 3.5 rounds to 4
    expect(readTensor(`${file}#w.f16`).diagnostics[0].code).toBe('T0105'); // a float needs a type
  });

  it('clear errors: unknown name with a guess, unsupported dtype, shape, truncated file, not a file', () => {
    const miss = readTensor(`${file}#w.i9`);
    expect(miss.diagnostics[0]).toMatchObject({ code: 'T0104', hint: "did you mean 'w.i8'?" });
    expect(readTensor(`${file}#w.f64`).diagnostics[0]).toMatchObject({ code: 'T0105' });
    expect(readTensor(`${file}#w.3d`).diagnostics[0]).toMatchObject({ code: 'T0106' });
    expect(readTensor(file).diagnostics[0]).toMatchObject({ code: 'T0104' }); // several tensors, none named
    const torn = join(dir, 'torn.safetensors');
    writeFileSync(torn, encodeSafetensors([{ name: 'x', dtype: 'I8', shape: [4, 4], data: new Uint8Array(16) }]).subarray(0, 40));
    expect(readTensor(torn).diagnostics[0]).toMatchObject({ code: 'T0103' });
    writeFileSync(join(dir, 'junk.safetensors'), 'not a safetensors file at all');
    expect(readTensor(join(dir, 'junk.safetensors')).diagnostics[0].code).toBe('T0103');
    expect(readTensor(join(dir, 'absent.safetensors')).diagnostics[0].code).toBe('T0104');
  });

  it('a sharded checkpoint through model.safetensors.index.json', () => {
    const a = join(dir, 'model-00001-of-00002.safetensors'),
      b = join(dir, 'model-00002-of-00002.safetensors');
    writeFileSync(a, encodeSafetensors([{ name: 'layers.0.w', dtype: 'I8', shape: [2, 2], data: bytes(Int8Array.from([1, 2, 3, 4])) }]));
    writeFileSync(b, encodeSafetensors([{ name: 'layers.1.w', dtype: 'I8', shape: [2, 2], data: bytes(Int8Array.from([5, 6, 7, 8])) }]));
    const idx = join(dir, 'model.safetensors.index.json');
    writeFileSync(
      idx,
      JSON.stringify({
        metadata: { total_size: 8 },
        weight_map: { 'layers.0.w': 'model-00001-of-00002.safetensors', 'layers.1.w': 'model-00002-of-00002.safetensors' },
      }),
    );
    expect(listSafetensors(idx).value!.map((e) => e.name)).toEqual(['layers.0.w', 'layers.1.w']);
    expect([...readTensor(`${idx}#layers.1.w`).value!.matrix.data]).toEqual([5, 6, 7, 8]);
    expect(tensorInfo(`${idx}#layers.0.w`).value).toMatchObject({ rows: 2, cols: 2, dtype: 'I8' });
    writeFileSync(idx, JSON.stringify({ weight_map: { 'layers.0.w': 'model-00002-of-00002.safetensors' } }));
    expect(listSafetensors(idx).diagnostics[0].code).toBe('T0103'); // mapped to a shard that lacks it
  });

  it('.npy through the simulator reader; the value histogram and its digit statistics', () => {
    const npy = join(dir, 'a.npy');
    const vals = Int32Array.from({ length: 64 }, (_, i) => (i % 4 === 0 ? 0 : i % 2 === 0 ? 1 : -3));
    writeFileSync(npy, writeNpy({ rows: 8, cols: 8, data: vals }, 'int32'));
    const src = openTensor({ file: npy }).value!;
    expect(src).toMatchObject({ rows: 8, cols: 8, float: false });
    const d = tensorDist(src, { signed: true, bits: 8 }).value!;
    expect(d.kind).toBe('empirical');
    expect([...d.values]).toEqual([-3, 0, 1]);
    expect([...d.weights]).toEqual([0.5, 0.25, 0.25]);
    // EN-T digits: 0 has none, 1 has one, -3 (magnitude 3 = 4 - 1: digits -1, +1) has two.
    const s = digitSummary(d, { signed: true, bits: 8 }, 'ent');
    expect(s.meanNonzero).toBeCloseTo(0.25 * 1 + 0.5 * 2, 9);
    expect(readTensor(`${npy}#x`).diagnostics[0].code).toBe('T0101');
  });

  it('a float .npy is a float tensor: quantized like a float checkpoint entry', () => {
    const npy = join(dir, 'f.npy');
    writeFileSync(npy, writeFloat32Npy([0.5, -1, 0.25, 1], [2, 2]));
    expect(openTensor({ file: npy }).value).toMatchObject({ dtype: 'f32', rows: 2, cols: 2, float: true });
    const t = readTensor(npy, { as: { signed: true, bits: 8 } }).value!;
    expect([...t.matrix.data]).toEqual([64, -127, 32, 127]);
    expect(readTensor(npy).diagnostics[0].code).toBe('T0105'); // a float needs a type
  });
});
