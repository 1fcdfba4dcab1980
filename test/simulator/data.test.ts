// Operand generators and .npy I/O.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intRange } from '../../ir/index.js';
import { generateMatrix, parseDist, parseNpy, readNpyMatrix, writeNpy } from '../../simulator/index.js';
import { fcSeed } from './seed.js';

describe('generateMatrix', () => {
  it('is deterministic per seed and stays inside the type', () => {
    fc.assert(
      fc.property(
        fc.record({ signed: fc.boolean(), bits: fc.integer({ min: 2, max: 16 }) }),
        fc.constantFrom('uniform', 'normal:0,20', 'normal:100,3000', 'laplace:5', 'laplace:1e6'),
        fc.nat(),
        (t, ds, seed) => {
          const dist = parseDist(ds).value!;
          const x = generateMatrix(3, 5, t, dist, seed),
            y = generateMatrix(3, 5, t, dist, seed);
          expect(Array.from(x.data)).toEqual(Array.from(y.data));
          const r = intRange(t);
          for (const v of x.data) {
            expect(v).toBeGreaterThanOrEqual(Number(r.min));
            expect(v).toBeLessThanOrEqual(Number(r.max));
          }
        },
      ),
      { seed: fcSeed('generate'), numRuns: 200 },
    );
  });

  it('normal(0, 20) has about that mean and spread; different seeds differ', () => {
    const m = generateMatrix(100, 100, { signed: true, bits: 8 }, { kind: 'normal', mean: 0, std: 20 }, 1);
    const mean = m.data.reduce((s, v) => s + v, 0) / m.data.length;
    const sd = Math.sqrt(m.data.reduce((s, v) => s + (v - mean) ** 2, 0) / m.data.length);
    expect(Math.abs(mean)).toBeLessThan(1);
    expect(Math.abs(sd - 20)).toBeLessThan(1);
    expect(Array.from(generateMatrix(2, 2, { signed: true, bits: 8 }, { kind: 'uniform' }, 2).data)).not.toEqual(
      Array.from(generateMatrix(2, 2, { signed: true, bits: 8 }, { kind: 'uniform' }, 3).data),
    );
  });

  it('parseDist rejects malformed distributions with S0107', () => {
    for (const s of ['gauss', 'normal:0', 'normal:0,-1', 'laplace:0', 'laplace:', 'uniform:3'])
      expect(parseDist(s).diagnostics[0]?.code).toBe('S0107');
  });
});

describe('.npy', () => {
  it('round-trips int8/uint8/int16/int32 operands and int64 results', () => {
    const m = { rows: 2, cols: 3, data: new Int32Array([-128, 0, 127, 5, -7, 100]) };
    for (const dt of ['int8', 'int16', 'int32'] as const)
      expect(Array.from(readNpyMatrix(writeNpy(m, dt)).value!.data)).toEqual(Array.from(m.data));
    const u = { rows: 1, cols: 2, data: new Int32Array([0, 255]) };
    expect(Array.from(readNpyMatrix(writeNpy(u, 'uint8')).value!.data)).toEqual([0, 255]);
    const w = { rows: 1, cols: 2, data: new BigInt64Array([-(2n ** 40n), 2n ** 62n]) };
    const back = parseNpy(writeNpy(w, 'int64')).value!;
    expect(back.shape).toEqual([1, 2]);
    expect(Array.from(back.data as BigInt64Array)).toEqual([-(2n ** 40n), 2n ** 62n]);
    // numpy's layout: magic, version 1.0, header padded so data starts at a multiple of 64.
    const bytes = writeNpy(m, 'int32');
    expect(Array.from(bytes.subarray(0, 8))).toEqual([0x93, 78, 85, 77, 80, 89, 1, 0]);
    expect((10 + (bytes[8] | (bytes[9] << 8))) % 64).toBe(0);
    expect(new TextDecoder().decode(bytes.subarray(10, 80))).toContain("'descr': '<i4', 'fortran_order': False, 'shape': (2, 3)");
  });

  it('reads a file written by numpy 1.x (hand-assembled header) and rejects bad ones with S0108', () => {
    const hdr = "{'descr': '<i2', 'fortran_order': False, 'shape': (2, 2), }";
    const pad = hdr.padEnd(118, ' ') + '\n';
    const buf = new Uint8Array(10 + pad.length + 8);
    buf.set([0x93, 78, 85, 77, 80, 89, 1, 0, pad.length & 255, pad.length >> 8]);
    for (let i = 0; i < pad.length; i++) buf[10 + i] = pad.charCodeAt(i);
    new DataView(buf.buffer).setInt16(10 + pad.length, -300, true);
    expect(Array.from(readNpyMatrix(buf).value!.data)).toEqual([-300, 0, 0, 0]);
    const bad = (b: Uint8Array) => readNpyMatrix(b, 'x.npy').diagnostics[0];
    expect(bad(new TextEncoder().encode('hello world')).code).toBe('S0108');
    expect(bad(buf.subarray(0, buf.length - 3)).message).toContain('truncated');
    const f = new Uint8Array(buf);
    f.set(new TextEncoder().encode("{'descr': '<i2', 'fortran_order': True, "), 10);
    expect(bad(f).message).toContain('Fortran');
    const be = new Uint8Array(buf);
    be.set(new TextEncoder().encode("{'descr': '>i2'"), 10);
    expect(bad(be).message).toContain("'>i2'");
    const f4 = new Uint8Array(buf);
    f4.set(new TextEncoder().encode("{'descr': '<f4'"), 10);
    expect(bad(f4).message).toContain('not supported');
    const one = new Uint8Array(buf);
    one.set(new TextEncoder().encode("{'descr': '<i2', 'fortran_order': False, 'shape': (4,), }"), 10);
    expect(bad(one).message).toContain('2-D');
  });
});
