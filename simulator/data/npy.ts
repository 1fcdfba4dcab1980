// NumPy .npy files (format versions 1.0-3.0): read 2-D C-order int8/int16/int32/uint8 (and
// int64 for results) arrays, write int32/int64 results. Little-endian only; errors are data.
import type { IntMatrix, Result, WideMatrix } from '../../ir/index.js';
import { simError } from '../diagnostics.js';

export type NpyDtype = 'int8' | 'uint8' | 'int16' | 'int32' | 'int64';

const DESCR: Record<string, NpyDtype> = {
  '|i1': 'int8',
  '<i1': 'int8',
  i1: 'int8',
  '|u1': 'uint8',
  '<u1': 'uint8',
  u1: 'uint8',
  '<i2': 'int16',
  '<i4': 'int32',
  '<i8': 'int64',
};
const SIZE: Record<NpyDtype, number> = { int8: 1, uint8: 1, int16: 2, int32: 4, int64: 8 };

export interface NpyArray {
  readonly dtype: NpyDtype;
  readonly shape: readonly number[];
  /** int64 arrays come as BigInt64Array, the others as Int32Array. */
  readonly data: Int32Array | BigInt64Array;
}

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY

export function parseNpy(buf: Uint8Array, file = '<npy>'): Result<NpyArray> {
  const bad = (why: string, hint?: string): Result<NpyArray> => ({
    diagnostics: [
      simError('S0108', `${file}: ${why}`, {
        expected: 'a little-endian C-order 2-D .npy array of int8, uint8, int16 or int32',
        ...(hint ? { hint } : {}),
      }),
    ],
  });
  if (buf.length < 10 || !MAGIC.every((b, i) => buf[i] === b))
    return bad('not a .npy file (missing \\x93NUMPY magic)', 'save it with numpy.save()');
  const major = buf[6];
  let hlen: number, hstart: number;
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (major === 1) {
    hlen = dv.getUint16(8, true);
    hstart = 10;
  } else if (major === 2 || major === 3) {
    if (buf.length < 12) return bad('truncated header');
    hlen = dv.getUint32(8, true);
    hstart = 12;
  } else return bad(`unsupported .npy format version ${major}`);
  if (hstart + hlen > buf.length) return bad('truncated header');
  const header = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(buf.subarray(hstart, hstart + hlen));
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(header)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(header)?.[1];
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(header)?.[1];
  if (descr === undefined || fortran === undefined || shapeText === undefined)
    return bad('malformed header (needs descr, fortran_order and shape)');
  const dtype = DESCR[descr];
  if (!dtype)
    return bad(
      `dtype '${descr}' is not supported`,
      descr.startsWith('>') ? 'convert to little-endian: a.astype(a.dtype.newbyteorder("<"))' : 'convert with a.astype(numpy.int32)',
    );
  if (fortran === 'True') return bad('Fortran-order arrays are not supported', 'save numpy.ascontiguousarray(a)');
  const shape = shapeText
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map(Number);
  if (shape.some((d) => !Number.isSafeInteger(d) || d < 0)) return bad(`bad shape (${shapeText})`);
  const count = shape.reduce((x, y) => x * y, 1);
  const off = hstart + hlen;
  const need = count * SIZE[dtype];
  if (buf.length - off < need) return bad(`data truncated: ${buf.length - off} bytes for ${count} ${dtype} values (${need} bytes)`);
  let data: Int32Array | BigInt64Array;
  if (dtype === 'int64') {
    data = new BigInt64Array(count);
    for (let i = 0; i < count; i++) data[i] = dv.getBigInt64(off + 8 * i, true);
  } else {
    data = new Int32Array(count);
    for (let i = 0; i < count; i++) {
      const o = off + i * SIZE[dtype];
      data[i] =
        dtype === 'int8'
          ? dv.getInt8(o)
          : dtype === 'uint8'
            ? dv.getUint8(o)
            : dtype === 'int16'
              ? dv.getInt16(o, true)
              : dv.getInt32(o, true);
    }
  }
  return { value: { dtype, shape, data }, diagnostics: [] };
}

/** An operand matrix (2-D, not int64). */
export function npyToMatrix(arr: NpyArray, file = '<npy>'): Result<IntMatrix> {
  if (arr.shape.length !== 2)
    return {
      diagnostics: [
        simError('S0108', `${file}: expected a 2-D array, got shape (${arr.shape.join(', ')})`, { hint: 'reshape to (rows, cols)' }),
      ],
    };
  if (arr.dtype === 'int64' || !(arr.data instanceof Int32Array))
    return {
      diagnostics: [
        simError('S0108', `${file}: int64 operands are not supported (operands are at most 16 bits)`, {
          hint: 'convert with a.astype(numpy.int16)',
        }),
      ],
    };
  return { value: { rows: arr.shape[0], cols: arr.shape[1], data: arr.data }, diagnostics: [] };
}

export function readNpyMatrix(buf: Uint8Array, file = '<npy>'): Result<IntMatrix> {
  const r = parseNpy(buf, file);
  return r.value ? npyToMatrix(r.value, file) : { diagnostics: r.diagnostics };
}

function header(descr: string, shape: readonly number[]): Uint8Array {
  const dims = shape.length === 1 ? `${shape[0]},` : shape.join(', ');
  let h = `{'descr': '${descr}', 'fortran_order': False, 'shape': (${dims}), }`;
  // Magic(6) + version(2) + length(2) + header + '\n' padded to a multiple of 64 bytes.
  const total = Math.ceil((10 + h.length + 1) / 64) * 64;
  h = h.padEnd(total - 10 - 1, ' ') + '\n';
  const out = new Uint8Array(10 + h.length);
  out.set(MAGIC, 0);
  out[6] = 1;
  out[7] = 0;
  out[8] = h.length & 0xff;
  out[9] = h.length >> 8;
  for (let i = 0; i < h.length; i++) out[10 + i] = h.charCodeAt(i);
  return out;
}

/** Writes an int32 or int64 2-D array (C-order). */
export function writeNpy(m: WideMatrix | IntMatrix, dtype: 'int32' | 'int64' | 'int8' | 'int16' | 'uint8'): Uint8Array {
  const descr = { int8: '|i1', uint8: '|u1', int16: '<i2', int32: '<i4', int64: '<i8' }[dtype];
  const h = header(descr, [m.rows, m.cols]);
  const n = m.rows * m.cols;
  const size = SIZE[dtype];
  const out = new Uint8Array(h.length + n * size);
  out.set(h, 0);
  const dv = new DataView(out.buffer);
  const off = h.length;
  for (let i = 0; i < n; i++) {
    const v = m.data[i];
    const o = off + i * size;
    if (dtype === 'int64') dv.setBigInt64(o, BigInt(v), true);
    else {
      const x = Number(v);
      if (dtype === 'int32') dv.setInt32(o, x, true);
      else if (dtype === 'int16') dv.setInt16(o, x, true);
      else if (dtype === 'int8') dv.setInt8(o, x);
      else dv.setUint8(o, x);
    }
  }
  return out;
}

/** The narrowest result dtype that holds every value of the accumulator type. */
export function resultDtype(accBits: number, signed: boolean): 'int32' | 'int64' {
  return accBits < 32 || (accBits === 32 && signed) ? 'int32' : 'int64';
}
