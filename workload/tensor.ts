// Real tensors as integer operand matrices: a 2-D tensor from a .npy file or a .safetensors
// checkpoint (one file or a sharded index), integer dtypes taken as they are (checked against
// the operand type), float dtypes (f16, bf16, f32; a float64 .npy as float32) quantized to it:
// symmetric per tensor (or per row) for signed types, min-max with a zero point for unsigned
// ones, ties rounded to even.
//   refs: `w.npy`, `model.safetensors#model.layers.0.mlp.down_proj.weight`,
//         `model.safetensors.index.json#lm_head.weight`
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { intRange, type IntMatrix, type IntType, type Result } from '../ir/index.js';
import { parseFloatNpy } from '../quant/index.js';
import { parseNpy, type EmpiricalDist } from '../simulator/index.js';
import { wlError } from './diagnostics.js';
import { findEntry, listSafetensors, readEntryBytes, SAFETENSORS_DTYPES, type SafetensorsDtype } from './safetensors.js';

export interface TensorRef {
  readonly file: string;
  /** Tensor name inside a safetensors checkpoint (absent for .npy). */
  readonly name?: string;
}

/** `file#name` -> { file, name }; a .npy path has no name. */
export function parseTensorRef(s: string): TensorRef {
  const i = s.lastIndexOf('#');
  return i > 0 ? { file: s.slice(0, i), name: s.slice(i + 1) } : { file: s };
}

export function formatTensorRef(r: TensorRef): string {
  return r.name !== undefined ? `${r.file}#${r.name}` : r.file;
}

export type TensorDtype = 'int8' | 'uint8' | 'int16' | 'uint16' | 'int32' | 'f16' | 'bf16' | 'f32' | 'f64';

/** A tensor's values in memory, undecoded beyond what its dtype needs. */
export interface TensorSource {
  readonly shown: string;
  readonly dtype: TensorDtype;
  /** As stored: rows x cols (a 1-D tensor reads as one row). */
  readonly rows: number;
  readonly cols: number;
  readonly float: boolean;
  /** Row-major values. */
  readonly values: Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Float32Array;
}

const ST_DTYPE: Record<SafetensorsDtype, TensorDtype> = {
  I8: 'int8',
  U8: 'uint8',
  I16: 'int16',
  U16: 'uint16',
  I32: 'int32',
  F16: 'f16',
  BF16: 'bf16',
  F32: 'f32',
};

/** A .npy header whose dtype is a float type ('<f2', '<f4', '<f8'). */
function isFloatNpy(buf: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(buf.subarray(0, Math.min(buf.length, 256)));
  return /'descr'\s*:\s*'[<|=]?f[248]'/.test(head);
}

/** IEEE half -> float. */
function halfToFloat(h: number): number {
  const s = h & 0x8000 ? -1 : 1,
    e = (h >> 10) & 0x1f,
    f = h & 0x3ff;
  if (e === 0) return s * f * 2 ** -24;
  if (e === 31) return f ? NaN : s * Infinity;
  return s * (1 + f / 1024) * 2 ** (e - 15);
}

function decode(bytes: Uint8Array, dtype: SafetensorsDtype): TensorSource['values'] {
  // Copy to an aligned buffer of its own (a Buffer may sit at any offset of a shared pool).
  const own = new Uint8Array(bytes.length);
  own.set(bytes);
  const b = own.buffer;
  switch (dtype) {
    case 'I8':
      return new Int8Array(b);
    case 'U8':
      return own;
    case 'I16':
      return new Int16Array(b);
    case 'U16':
      return new Uint16Array(b);
    case 'I32':
      return new Int32Array(b);
    case 'F32':
      return new Float32Array(b);
    case 'F16': {
      const h = new Uint16Array(b),
        out = new Float32Array(h.length);
      for (let i = 0; i < h.length; i++) out[i] = halfToFloat(h[i]);
      return out;
    }
    case 'BF16': {
      const h = new Uint16Array(b),
        u = new Uint32Array(h.length);
      for (let i = 0; i < h.length; i++) u[i] = h[i] << 16;
      return new Float32Array(u.buffer);
    }
  }
}

const shapeProblem = (shown: string, shape: readonly number[]): Result<never> => ({
  diagnostics: [
    wlError('T0106', `${shown}: expected a 2-D tensor (rows x cols), got shape [${shape.join(', ')}]`, {
      expected: 'a matrix, or a 1-D vector (read as one row)',
      hint: 'reshape it before saving, e.g. t.reshape(-1, t.shape[-1])',
    }),
  ],
});

/** Reads the tensor a ref names (relative paths from `cwd`). */
export function openTensor(ref: TensorRef, cwd = process.cwd()): Result<TensorSource> {
  const shown = formatTensorRef(ref);
  const path = resolve(cwd, ref.file);
  if (ref.file.endsWith('.npy')) {
    if (ref.name !== undefined) return { diagnostics: [wlError('T0101', `${shown}: a .npy file holds one array; drop '#${ref.name}'`)] };
    let buf: Buffer;
    try {
      buf = readFileSync(path);
    } catch {
      return { diagnostics: [wlError('T0104', `${ref.file}: no such file`, { hint: 'check the path' })] };
    }
    if (isFloatNpy(buf)) {
      // float16 / float32 / float64 arrays: values as float32 (float64 rounded, as gpu/ reads them).
      const f = parseFloatNpy(buf, ref.file);
      if (!f.value) return { diagnostics: f.diagnostics };
      const sh = f.value.shape;
      if (sh.length < 1 || sh.length > 2) return shapeProblem(shown, sh);
      const [rows, cols] = sh.length === 1 ? [1, sh[0]] : [sh[0], sh[1]];
      const values = f.value.data instanceof Float32Array ? f.value.data : Float32Array.from(f.value.data);
      return {
        value: {
          shown,
          dtype: f.value.dtype === 'float16' ? 'f16' : f.value.dtype === 'float32' ? 'f32' : 'f64',
          rows,
          cols,
          float: true,
          values,
        },
        diagnostics: [],
      };
    }
    const r = parseNpy(buf, ref.file);
    if (!r.value) return { diagnostics: r.diagnostics };
    const sh = r.value.shape;
    if (sh.length < 1 || sh.length > 2) return shapeProblem(shown, sh);
    if (!(r.value.data instanceof Int32Array))
      return {
        diagnostics: [
          wlError('T0105', `${ref.file}: int64 arrays are not operands (at most 16 bits)`, { hint: 'convert with a.astype(numpy.int16)' }),
        ],
      };
    const [rows, cols] = sh.length === 1 ? [1, sh[0]] : [sh[0], sh[1]];
    return { value: { shown, dtype: r.value.dtype as TensorDtype, rows, cols, float: false, values: r.value.data }, diagnostics: [] };
  }
  if (!ref.file.endsWith('.safetensors') && !ref.file.endsWith('.json')) {
    return {
      diagnostics: [
        wlError('T0103', `${ref.file}: not a tensor file`, { expected: '.npy, .safetensors, or a sharded *.safetensors.index.json' }),
      ],
    };
  }
  const list = listSafetensors(path, ref.file);
  if (!list.value) return { diagnostics: list.diagnostics };
  if (ref.name === undefined) {
    if (list.value.length !== 1)
      return {
        diagnostics: [
          wlError('T0104', `${ref.file} holds ${list.value.length} tensors: name one as ${ref.file}#NAME`, {
            hint: list.value.length ? `e.g. ${ref.file}#${list.value[0].name}` : 'the file is empty',
          }),
        ],
      };
  }
  const e = ref.name === undefined ? { value: list.value[0], diagnostics: [] } : findEntry(list.value, ref.name, ref.file);
  if (!e.value) return { diagnostics: e.diagnostics };
  const ent = e.value;
  if (!(SAFETENSORS_DTYPES as readonly string[]).includes(ent.dtype)) {
    return {
      diagnostics: [
        wlError('T0105', `${shown}: dtype ${ent.dtype} is not supported`, {
          expected: `one of ${SAFETENSORS_DTYPES.join(', ')}`,
          hint: 'convert it, e.g. t.to(torch.bfloat16) or t.to(torch.int8)',
        }),
      ],
    };
  }
  if (ent.shape.length < 1 || ent.shape.length > 2) return shapeProblem(shown, ent.shape);
  const [rows, cols] = ent.shape.length === 1 ? [1, ent.shape[0]] : [ent.shape[0], ent.shape[1]];
  const dt = ent.dtype as SafetensorsDtype;
  return {
    value: { shown, dtype: ST_DTYPE[dt], rows, cols, float: dt.startsWith('F') || dt === 'BF16', values: decode(readEntryBytes(ent), dt) },
    diagnostics: [],
  };
}

export type Quantize = 'tensor' | 'row';

export interface ReadTensorOptions {
  /** The operand type the values must fit (integers) or are quantized to (floats). */
  readonly as?: IntType;
  /** Float tensors: one scale per tensor (default) or per row as stored (per output channel). */
  readonly quantize?: Quantize;
  /** Return the transpose (e.g. a PyTorch Linear weight [out, in] as B = K x N). */
  readonly transpose?: boolean;
  readonly cwd?: string;
}

export interface IntTensor {
  readonly shown: string;
  readonly dtype: TensorDtype;
  readonly matrix: IntMatrix;
  /** Float tensors: real value = scale x (q - zeroPoint), per tensor or per stored row. */
  readonly scale?: readonly number[];
  readonly zeroPoint?: readonly number[];
}

/** Rounds to the nearest integer, ties to even (as numpy and PyTorch round when quantizing). */
export function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - Math.trunc(x)) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

const typeName = (t: IntType) => `${t.signed ? '' : 'u'}int${t.bits}`;

interface Quant {
  scale: number[];
  zero: number[];
  per: number;
}

function quantParams(src: TensorSource, as: IntType, mode: Quantize): Result<Quant> {
  const v = src.values,
    per = mode === 'row' ? src.rows : 1,
    len = mode === 'row' ? src.cols : v.length;
  const { min, max } = intRange(as);
  const qmax = Number(max),
    qmin = Number(min);
  const scale: number[] = [],
    zero: number[] = [];
  for (let g = 0; g < per; g++) {
    let lo = Infinity,
      hi = -Infinity;
    for (let i = g * len; i < (g + 1) * len; i++) {
      const x = v[i];
      if (!Number.isFinite(x))
        return {
          diagnostics: [
            wlError('T0108', `${src.shown}: value ${x} at flat index ${i} cannot be quantized`, {
              hint: 'clean the tensor (torch.nan_to_num) first',
            }),
          ],
        };
      if (x < lo) lo = x;
      if (x > hi) hi = x;
    }
    if (as.signed) {
      const a = Math.max(Math.abs(lo), Math.abs(hi));
      scale.push(a > 0 ? a / qmax : 1);
      zero.push(0);
    } else {
      const l = Math.min(lo, 0),
        h = Math.max(hi, 0);
      const s = h > l ? (h - l) / (qmax - qmin) : 1;
      scale.push(s);
      zero.push(roundHalfEven(-l / s));
    }
  }
  return { value: { scale, zero, per }, diagnostics: [] };
}

/** Integer values of the tensor in the operand type (as stored; no transpose). */
function integerValues(src: TensorSource, opts: ReadTensorOptions): Result<{ data: Int32Array; q?: Quant }> {
  const v = src.values;
  if (src.float) {
    if (!opts.as)
      return {
        diagnostics: [
          wlError('T0105', `${src.shown}: a ${src.dtype} tensor needs an integer type to be quantized to`, {
            hint: 'state the operand type (e.g. int8); values are quantized symmetrically per tensor',
          }),
        ],
      };
    const q = quantParams(src, opts.as, opts.quantize ?? 'tensor');
    if (!q.value) return { diagnostics: q.diagnostics };
    const { scale, zero, per } = q.value;
    const { min, max } = intRange(opts.as);
    const lo = Number(min),
      hi = Number(max),
      len = v.length / per;
    const data = new Int32Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const g = per === 1 ? 0 : Math.floor(i / len);
      data[i] = Math.min(hi, Math.max(lo, roundHalfEven(v[i] / scale[g]) + zero[g]));
    }
    return { value: { data, q: q.value }, diagnostics: [] };
  }
  const data = v instanceof Int32Array ? v : Int32Array.from(v as ArrayLike<number>);
  if (opts.as) {
    const { min, max } = intRange(opts.as);
    const lo = Number(min),
      hi = Number(max);
    for (let i = 0; i < data.length; i++) {
      if (data[i] < lo || data[i] > hi) {
        return {
          diagnostics: [
            wlError(
              'T0107',
              `${src.shown}: value ${data[i]} at [${Math.floor(i / src.cols)}, ${i % src.cols}] does not fit ${typeName(opts.as)} (${lo}..${hi})`,
              {
                expected: `${src.dtype} values inside the operand type`,
                hint: `use a wider operand type, or requantize the tensor to ${typeName(opts.as)}`,
              },
            ),
          ],
        };
      }
    }
  }
  return { value: { data }, diagnostics: [] };
}

/** Reads a tensor as an integer matrix (see ReadTensorOptions). Problems are diagnostics. */
export function readTensor(ref: TensorRef | string, opts: ReadTensorOptions = {}): Result<IntTensor> {
  const r = typeof ref === 'string' ? parseTensorRef(ref) : ref;
  const src = openTensor(r, opts.cwd);
  if (!src.value) return { diagnostics: src.diagnostics };
  return tensorMatrix(src.value, opts);
}

export function tensorMatrix(src: TensorSource, opts: ReadTensorOptions = {}): Result<IntTensor> {
  const iv = integerValues(src, opts);
  if (!iv.value) return { diagnostics: iv.diagnostics };
  let { data } = iv.value;
  let rows = src.rows,
    cols = src.cols;
  if (opts.transpose) {
    const t = new Int32Array(data.length);
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) t[c * rows + r] = data[r * cols + c];
    data = t;
    [rows, cols] = [cols, rows];
  }
  const q = iv.value.q;
  return {
    value: { shown: src.shown, dtype: src.dtype, matrix: { rows, cols, data }, ...(q ? { scale: q.scale, zeroPoint: q.zero } : {}) },
    diagnostics: [],
  };
}

/**
 * The tensor's value histogram in the operand type, as a distribution: the digit statistics of
 * the real data (per-position nonzero digit probabilities) drive the zero-skip designs' cycles
 * through it, and generated sample tiles follow it. Label: a hash of the histogram.
 */
export function tensorDist(src: TensorSource, as: IntType, quantize: Quantize = 'tensor'): Result<EmpiricalDist> {
  const { min, max } = intRange(as);
  const lo = Number(min),
    hi = Number(max),
    counts = new Float64Array(hi - lo + 1);
  let d: ArrayLike<number> = src.values;
  if (src.float) {
    const iv = integerValues(src, { as, quantize });
    if (!iv.value) return { diagnostics: iv.diagnostics };
    d = iv.value.data;
  }
  // Integers are counted in place (no widened copy of a large checkpoint tensor).
  for (let i = 0; i < d.length; i++) {
    const x = d[i];
    if (x < lo || x > hi) return integerValues(src, { as }) as Result<never>;
    counts[x - lo]++;
  }
  const vals: number[] = [],
    w: number[] = [];
  for (let i = 0; i < counts.length; i++)
    if (counts[i] > 0) {
      vals.push(i + lo);
      w.push(counts[i] / d.length);
    }
  const values = Int32Array.from(vals),
    weights = Float64Array.from(w);
  const h = createHash('sha256').update(Buffer.from(values.buffer)).update(Buffer.from(weights.buffer)).digest('hex').slice(0, 12);
  return { value: { kind: 'empirical', label: h, values, weights }, diagnostics: [] };
}

/** The stored shape and dtype of a tensor without reading its values (headers only for safetensors). */
export function tensorInfo(
  ref: TensorRef | string,
  cwd = process.cwd(),
): Result<{ shown: string; dtype: string; rows: number; cols: number; dataFile: string }> {
  const r = typeof ref === 'string' ? parseTensorRef(ref) : ref;
  if (r.file.endsWith('.npy')) {
    const t = openTensor(r, cwd);
    return t.value
      ? {
          value: { shown: t.value.shown, dtype: t.value.dtype, rows: t.value.rows, cols: t.value.cols, dataFile: resolve(cwd, r.file) },
          diagnostics: [],
        }
      : { diagnostics: t.diagnostics };
  }
  const shown = formatTensorRef(r);
  if (!r.file.endsWith('.safetensors') && !r.file.endsWith('.json'))
    return {
      diagnostics: [
        wlError('T0103', `${r.file}: not a tensor file`, { expected: '.npy, .safetensors, or a sharded *.safetensors.index.json' }),
      ],
    };
  const list = listSafetensors(resolve(cwd, r.file), r.file);
  if (!list.value) return { diagnostics: list.diagnostics };
  if (r.name === undefined && list.value.length !== 1)
    return { diagnostics: [wlError('T0104', `${r.file} holds ${list.value.length} tensors: name one as ${r.file}#NAME`)] };
  const e = r.name === undefined ? { value: list.value[0], diagnostics: [] } : findEntry(list.value, r.name, r.file);
  if (!e.value) return { diagnostics: e.diagnostics };
  if (!(SAFETENSORS_DTYPES as readonly string[]).includes(e.value.dtype))
    return {
      diagnostics: [
        wlError('T0105', `${shown}: dtype ${e.value.dtype} is not supported`, { expected: `one of ${SAFETENSORS_DTYPES.join(', ')}` }),
      ],
    };
  const s = e.value.shape;
  if (s.length < 1 || s.length > 2) return shapeProblem(shown, s);
  return {
    value: { shown, dtype: e.value.dtype, rows: s.length === 1 ? 1 : s[0], cols: s.length === 1 ? s[0] : s[1], dataFile: e.value.file },
    diagnostics: [],
  };
}
