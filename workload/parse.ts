// Workload text as the CLI and sweep specs write it, into GEMMs:
//   64x64x128                                  one GEMM, M x N x K
//   llama-3-8b:decode                          the block GEMMs of one decode step, batch 1
//   llama-3-8b:prefill:batch=4,tokens=512      prefill of 4 sequences of 512 tokens
//   qwen2.5-7b:decode:batch=8,lmhead           ... plus the LM head (runs once per pass)
// The canonical id (`WorkloadSet.id`) states every option that matters, so equal workloads
// print equally (sweep keys hash it).
import { parseGemmShape, type Result } from '../ir/index.js';
import { closest, wlError } from './diagnostics.js';
import { MODEL_PRESETS, findModel, modelGemms, type ModelPhase } from './models.js';

export interface WorkloadGemm {
  /** qkv, o, gate_up, down, lm_head for model presets; `gemm` for a plain shape. */
  readonly name: string;
  readonly M: number;
  readonly N: number;
  readonly K: number;
  /** Times per forward pass (1 for a plain shape): weights when aggregating over a model. */
  readonly count: number;
}

export interface WorkloadSet {
  /** Canonical text, e.g. `llama-3-8b:prefill:batch=4,tokens=512`. */
  readonly id: string;
  readonly model?: {
    readonly id: string;
    readonly phase: ModelPhase;
    readonly batch: number;
    readonly tokens?: number;
    readonly lmHead: boolean;
  };
  readonly gemms: readonly WorkloadGemm[];
}

const OPTIONS = ['batch', 'tokens', 'lmhead'];
const MAX_DIM = 1 << 24;

export function parseWorkload(text: string): Result<WorkloadSet> {
  const t = text.trim();
  const expected = 'MxNxK (e.g. 64x64x128) or MODEL:decode|prefill[:batch=B,tokens=T,lmhead] (e.g. llama-3-8b:decode)';
  if (/^\d+x\d+x\d+$/i.test(t)) {
    const s = parseGemmShape(t.toLowerCase());
    if (!s || s.M > MAX_DIM || s.N > MAX_DIM || s.K > MAX_DIM)
      return {
        diagnostics: [
          wlError('T0101', `bad GEMM shape '${text}'`, { expected: `positive integers up to ${MAX_DIM}`, hint: 'e.g. 64x64x128' }),
        ],
      };
    return { value: { id: `${s.M}x${s.N}x${s.K}`, gemms: [{ name: 'gemm', M: s.M, N: s.N, K: s.K, count: 1 }] }, diagnostics: [] };
  }
  const parts = t.split(':');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p.length === 0))
    return { diagnostics: [wlError('T0101', `cannot read workload '${text}'`, { expected })] };
  const model = findModel(parts[0]);
  if (!model) {
    const guess = closest(
      parts[0],
      MODEL_PRESETS.map((m) => m.id),
    );
    return {
      diagnostics: [
        wlError('T0102', `unknown model '${parts[0]}'`, {
          expected: `one of ${MODEL_PRESETS.map((m) => m.id).join(', ')}`,
          ...(guess ? { hint: `did you mean '${guess}'?` } : {}),
        }),
      ],
    };
  }
  const phase = parts[1].toLowerCase();
  if (phase !== 'decode' && phase !== 'prefill') {
    const guess = closest(phase, ['decode', 'prefill']);
    return {
      diagnostics: [
        wlError('T0101', `unknown phase '${parts[1]}' in '${text}'`, {
          expected: 'decode or prefill',
          ...(guess ? { hint: `did you mean '${guess}'?` } : {}),
        }),
      ],
    };
  }
  let batch = 1,
    tokens = 512,
    lmHead = false;
  for (const opt of (parts[2] ?? '').split(',').filter((o) => o.length > 0)) {
    const [k, v, ...rest] = opt.split('=');
    const key = k.trim().toLowerCase();
    if (!OPTIONS.includes(key) || rest.length > 0) {
      const guess = closest(key, OPTIONS);
      return {
        diagnostics: [
          wlError('T0101', `unknown workload option '${opt}' in '${text}'`, {
            expected: 'batch=B, tokens=T or lmhead',
            ...(guess ? { hint: `did you mean '${guess}'?` } : {}),
          }),
        ],
      };
    }
    if (key === 'lmhead') {
      if (v !== undefined && !['1', 'true', 'yes'].includes(v.trim()))
        return { diagnostics: [wlError('T0101', `'lmhead' takes no value (got '${opt}')`, { expected: 'lmhead' })] };
      lmHead = true;
      continue;
    }
    const n = v === undefined ? NaN : Number(v.trim());
    if (!(Number.isSafeInteger(n) && n >= 1 && n <= MAX_DIM))
      return {
        diagnostics: [
          wlError('T0101', `'${key}' needs a positive integer, got '${opt}'`, { expected: `${key}=N with 1 <= N <= ${MAX_DIM}` }),
        ],
      };
    if (key === 'batch') batch = n;
    else tokens = n;
  }
  if (phase === 'prefill' && batch * tokens > MAX_DIM)
    return { diagnostics: [wlError('T0101', `batch x tokens = ${batch * tokens} is too large`, { expected: `at most ${MAX_DIM} rows` })] };
  const gemms = modelGemms(model, phase, { batch, tokens, lmHead }).map((g) => ({ name: g.name, M: g.M, N: g.N, K: g.K, count: g.count }));
  const id = `${model.id}:${phase}:batch=${batch}${phase === 'prefill' ? `,tokens=${tokens}` : ''}${lmHead ? ',lmhead' : ''}`;
  return {
    value: { id, model: { id: model.id, phase, batch, ...(phase === 'prefill' ? { tokens } : {}), lmHead }, gemms },
    diagnostics: [],
  };
}
