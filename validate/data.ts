// Real operands for `tpe validate --data m.safetensors#NAME [--a activations.npy]`: tensors
// read through workload/ (one reader for .npy, .safetensors and sharded indexes), turned into
// the GEMM's orientation (A is M x K, B is K x N), and either kept as floats for a quantized
// scheme to quantize (--quant) or made the design's integer operands: integers as they are
// (checked against the operand type), floats quantized to it (workload/ readTensor's rules).
import type { Design, IntMatrix, IntType, Result } from '../ir/index.js';
import type { QuantScheme } from '../quant/index.js';
import { openTensor, parseTensorRef, tensorMatrix, type Quantize, type TensorSource } from '../workload/index.js';
import { vError } from './diagnostics.js';

export type ALayout = 'mk' | 'km';
export type BLayout = 'nk' | 'kn';

/** One operand read from a file, in GEMM orientation. */
export interface TensorOperand {
  /** The reference as given (`file#name`). */
  readonly ref: string;
  /** How it was read, for the report: dtype, stored shape, orientation, quantization. */
  readonly note: string;
  readonly rows: number;
  readonly cols: number;
  /** Integer operand in the design's type (without a quantized scheme). */
  readonly ints?: IntMatrix;
  /** Float values, row-major rows x cols, for the scheme to quantize. */
  readonly floats?: Float32Array;
}

export interface OperandData {
  readonly a?: TensorOperand;
  readonly b: TensorOperand;
}

export interface LoadOperandsOptions {
  /** Weights (B), e.g. `model.safetensors#model.layers.0.mlp.down_proj.weight`. */
  readonly b: string;
  /** Activations (A); absent: generated. */
  readonly a?: string;
  /** How B is stored: nk ([out, in], a PyTorch Linear weight; default) or kn. */
  readonly bLayout?: BLayout;
  /** How A is stored: mk ([tokens, in]; default) or km. */
  readonly aLayout?: ALayout;
  /** The quantized scheme (float tensors only) or none (integers in the design's types). */
  readonly quant?: QuantScheme;
  /** Float tensors without a scheme: one scale per tensor (default) or per stored row. */
  readonly quantize?: Quantize;
  readonly cwd?: string;
}

const typeName = (t: IntType) => `${t.signed ? '' : 'u'}int${t.bits}`;

/** Reads the operand tensors; K of A and B must agree. */
export function loadOperands(d: Design, o: LoadOperandsOptions): Result<OperandData> {
  const b = loadOne(o.b, 'B', d.types.B, (o.bLayout ?? 'nk') === 'nk', o);
  if (!b.value) return { diagnostics: b.diagnostics };
  let a: TensorOperand | undefined;
  if (o.a !== undefined) {
    const r = loadOne(o.a, 'A', d.types.A, (o.aLayout ?? 'mk') === 'km', o);
    if (!r.value) return { diagnostics: r.diagnostics };
    a = r.value;
    if (a.cols !== b.value.rows) {
      return {
        diagnostics: [
          vError(
            'V0108',
            `A (${o.a}) is M x K = ${a.rows} x ${a.cols} but B (${o.b}) is K x N = ${b.value.rows} x ${b.value.cols}: K differs`,
            {
              expected: 'A with as many columns as B has rows',
              hint: 'A is read as stored [M, K]; --data takes a weight stored [out, in] = [N, K], --b one stored [K, N]',
            },
          ),
        ],
      };
    }
  }
  return { value: { ...(a ? { a } : {}), b: b.value }, diagnostics: [] };
}

function loadOne(ref: string, op: 'A' | 'B', t: IntType, transpose: boolean, o: LoadOperandsOptions): Result<TensorOperand> {
  const src = openTensor(parseTensorRef(ref), o.cwd);
  if (!src.value) return { diagnostics: src.diagnostics };
  const s = src.value;
  const stored = `${s.dtype} [${s.rows}, ${s.cols}]`;
  const [rows, cols] = transpose ? [s.cols, s.rows] : [s.rows, s.cols];
  const orient = `${op === 'A' ? 'M x K' : 'K x N'} = ${rows} x ${cols}${transpose ? ', transposed' : ''}`;
  if (o.quant) {
    if (!s.float) {
      return {
        diagnostics: [
          vError('V0108', `${ref} holds ${s.dtype} values: --quant ${o.quant} quantizes float tensors (f16, bf16, f32)`, {
            hint: "drop --quant to validate integer tensors as they are (they must fit the design's operand types)",
          }),
        ],
      };
    }
    const floats = orientFloats(s, transpose);
    for (let i = 0; i < floats.length; i++) {
      if (!Number.isFinite(floats[i])) {
        return {
          diagnostics: [
            vError('V0108', `${ref}: element [${Math.floor(i / cols)}, ${i % cols}] (${op}) is ${floats[i]}`, {
              hint: 'clean the tensor (torch.nan_to_num) first',
            }),
          ],
        };
      }
    }
    return { value: { ref, note: `${stored} as ${orient}, quantized by ${o.quant}`, rows, cols, floats }, diagnostics: [] };
  }
  const m = tensorMatrix(s, { as: t, quantize: o.quantize ?? 'tensor', transpose });
  if (!m.value) return { diagnostics: m.diagnostics.map((x) => ({ ...x, message: `${op}: ${x.message}` })) };
  let how = `values as they are (in ${typeName(t)})`;
  if (m.value.scale) {
    const sc = m.value.scale;
    const per = sc.length === 1 ? `per tensor (scale ${sc[0].toExponential(3)})` : `per stored row (${sc.length} scales)`;
    how = `quantized to ${typeName(t)} ${per}${t.signed ? '' : ' with a zero point'}`;
  }
  return { value: { ref, note: `${stored} as ${orient}, ${how}`, rows, cols, ints: m.value.matrix }, diagnostics: [] };
}

function orientFloats(s: TensorSource, transpose: boolean): Float32Array {
  const v = s.values as Float32Array;
  if (!transpose) return v;
  const out = new Float32Array(v.length);
  for (let r = 0; r < s.rows; r++) for (let c = 0; c < s.cols; c++) out[c * s.rows + r] = v[r * s.cols + c];
  return out;
}

/** The selected rows of a row-major rows x cols float matrix. */
export function floatRows(x: Float32Array, cols: number, sel: readonly number[]): Float32Array {
  const out = new Float32Array(sel.length * cols);
  sel.forEach((r, i) => out.set(x.subarray(r * cols, (r + 1) * cols), i * cols));
  return out;
}

/** The selected columns of a row-major rows x cols float matrix. */
export function floatCols(x: Float32Array, rows: number, cols: number, sel: readonly number[]): Float32Array {
  const out = new Float32Array(rows * sel.length);
  for (let r = 0; r < rows; r++) for (let j = 0; j < sel.length; j++) out[r * sel.length + j] = x[r * cols + sel[j]];
  return out;
}

/** The selected rows / columns of an integer matrix. */
export function intRows(m: IntMatrix, sel: readonly number[]): IntMatrix {
  const out = new Int32Array(sel.length * m.cols);
  sel.forEach((r, i) => out.set(m.data.subarray(r * m.cols, (r + 1) * m.cols), i * m.cols));
  return { rows: sel.length, cols: m.cols, data: out };
}

export function intCols(m: IntMatrix, sel: readonly number[]): IntMatrix {
  const out = new Int32Array(m.rows * sel.length);
  for (let r = 0; r < m.rows; r++) for (let j = 0; j < sel.length; j++) out[r * sel.length + j] = m.data[r * m.cols + sel[j]];
  return { rows: m.rows, cols: sel.length, data: out };
}
