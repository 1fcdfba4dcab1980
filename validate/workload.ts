// `--workload MODEL:decode|prefill[:batch=B,tokens=T,lmhead]` into the GEMMs of one forward
// pass (the block's four GEMMs; the LM head with `lmhead`). Same text as workload/ and sweeps use.
import type { Result } from '../ir/index.js';
import { MODEL_PRESETS, findModel, modelGemms, type ModelPhase } from '../workload/models.js';
import { vError } from './diagnostics.js';

export interface NamedGemm {
  readonly name: string;
  readonly M: number;
  readonly N: number;
  readonly K: number;
}

export function parseModelWorkload(text: string): Result<{ id: string; gemms: NamedGemm[] }> {
  const expected = 'MODEL:decode|prefill[:batch=B,tokens=T,lmhead], e.g. llama-3-8b:decode';
  const parts = text.trim().split(':');
  if (parts.length < 2 || parts.length > 3 || parts.some((p) => p.length === 0)) return { diagnostics: [vError('V0101', `cannot read workload '${text}'`, { expected })] };
  const model = findModel(parts[0]);
  if (!model) return { diagnostics: [vError('V0101', `unknown model '${parts[0]}'`, { expected: `one of ${MODEL_PRESETS.map((m) => m.id).join(', ')}` })] };
  const phase = parts[1].toLowerCase();
  if (phase !== 'decode' && phase !== 'prefill') return { diagnostics: [vError('V0101', `unknown phase '${parts[1]}'`, { expected: 'decode or prefill' })] };
  let batch = 1, tokens = 512, lmHead = false;
  for (const opt of (parts[2] ?? '').split(',').filter((o) => o.length > 0)) {
    const [k, v, ...rest] = opt.split('=').map((s) => s.trim());
    const key = k.toLowerCase();
    if (key === 'lmhead' && v === undefined) { lmHead = true; continue; }
    const n = Number(v);
    if ((key !== 'batch' && key !== 'tokens') || rest.length > 0 || !Number.isSafeInteger(n) || n < 1 || n > 1 << 20) {
      return { diagnostics: [vError('V0101', `bad workload option '${opt}' in '${text}'`, { expected: 'batch=B, tokens=T (positive integers) or lmhead' })] };
    }
    if (key === 'batch') batch = n; else tokens = n;
  }
  const gemms = modelGemms(model, phase as ModelPhase, { batch, tokens, lmHead }).map(({ name, M, N, K }) => ({ name, M, N, K }));
  const id = `${model.id}:${phase}${batch !== 1 || phase === 'prefill' || lmHead ? `:${[`batch=${batch}`, ...(phase === 'prefill' ? [`tokens=${tokens}`] : []), ...(lmHead ? ['lmhead'] : [])].join(',')}` : ''}`;
  return { value: { id, gemms }, diagnostics: [] };
}
