// Float .npy arrays (float16/32/64, any rank, C order) for the quantized schemes' inputs and
// outputs; integer arrays go through simulator/data/npy.ts. Little-endian only; errors are data.
import type { Result } from '../ir/index.js';

export interface FloatArray {
  readonly dtype: 'float16' | 'float32' | 'float64';
  readonly shape: readonly number[];
  /** float16 values are widened to float32 exactly. */
  readonly data: Float32Array | Float64Array;
}

export const NPY_CODE = 'Q0101';

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59];

function halfToNumber(h: number): number {
  const s = h & 0x8000 ? -1 : 1,
    e = (h >> 10) & 0x1f,
    m = h & 0x3ff;
  if (e === 0) return s * m * 2 ** -24;
  if (e === 31) return m ? NaN : s * Infinity;
  return s * (1 + m / 1024) * 2 ** (e - 15);
}

export function parseFloatNpy(buf: Uint8Array, file = '<npy>'): Result<FloatArray> {
  const bad = (why: string, hint?: string): Result<FloatArray> => ({
    diagnostics: [
      {
        code: NPY_CODE,
        severity: 'error',
        message: `${file}: ${why}`,
        expected: 'a little-endian C-order .npy array of float16, float32 or float64',
        ...(hint ? { hint } : {}),
      },
    ],
  });
  if (buf.length < 10 || !MAGIC.every((b, i) => buf[i] === b))
    return bad('not a .npy file (missing \\x93NUMPY magic)', 'save it with numpy.save()');
  const dv = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const major = buf[6];
  let hlen: number, hstart: number;
  if (major === 1) {
    hlen = dv.getUint16(8, true);
    hstart = 10;
  } else if (major === 2 || major === 3) {
    if (buf.length < 12) return bad('truncated header');
    hlen = dv.getUint32(8, true);
    hstart = 12;
  } else return bad(`unsupported .npy format version ${major}`);
  if (hstart + hlen > buf.length) return bad('truncated header');
  const header = new TextDecoder('latin1').decode(buf.subarray(hstart, hstart + hlen));
  const descr = /'descr'\s*:\s*'([^']*)'/.exec(header)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(header)?.[1];
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(header)?.[1];
  if (descr === undefined || fortran === undefined || shapeText === undefined) return bad('malformed header');
  const dtype = ({ '<f2': 'float16', '<f4': 'float32', '<f8': 'float64' } as const)[descr as '<f2' | '<f4' | '<f8'];
  if (!dtype) return bad(`dtype '${descr}' is not a little-endian float type`, 'convert with a.astype(numpy.float32)');
  if (fortran === 'True') return bad('Fortran-order arrays are not supported', 'save numpy.ascontiguousarray(a)');
  const shape = shapeText
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map(Number);
  if (shape.some((d) => !Number.isSafeInteger(d) || d < 0)) return bad(`bad shape (${shapeText})`);
  const count = shape.reduce((x, y) => x * y, 1);
  const size = dtype === 'float16' ? 2 : dtype === 'float32' ? 4 : 8;
  const off = hstart + hlen;
  if (buf.length - off < count * size) return bad(`data truncated: ${buf.length - off} bytes for ${count} ${dtype} values`);
  let data: Float32Array | Float64Array;
  if (dtype === 'float64') {
    data = new Float64Array(count);
    for (let i = 0; i < count; i++) data[i] = dv.getFloat64(off + 8 * i, true);
  } else {
    data = new Float32Array(count);
    for (let i = 0; i < count; i++)
      data[i] = dtype === 'float32' ? dv.getFloat32(off + 4 * i, true) : halfToNumber(dv.getUint16(off + 2 * i, true));
  }
  return { value: { dtype, shape, data }, diagnostics: [] };
}

/** Writes a float32 array of any shape (C order). */
export function writeFloat32Npy(data: ArrayLike<number>, shape: readonly number[]): Uint8Array {
  const dims = shape.length === 1 ? `${shape[0]},` : shape.join(', ');
  let h = `{'descr': '<f4', 'fortran_order': False, 'shape': (${dims}), }`;
  const total = Math.ceil((10 + h.length + 1) / 64) * 64;
  h = h.padEnd(total - 10 - 1, ' ') + '\n';
  const out = new Uint8Array(10 + h.length + 4 * data.length);
  out.set(MAGIC, 0);
  out[6] = 1;
  out[7] = 0;
  out[8] = h.length & 0xff;
  out[9] = h.length >> 8;
  for (let i = 0; i < h.length; i++) out[10 + i] = h.charCodeAt(i);
  const dv = new DataView(out.buffer);
  for (let i = 0; i < data.length; i++) dv.setFloat32(10 + h.length + 4 * i, data[i], true);
  return out;
}
