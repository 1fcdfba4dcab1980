// GEMM workloads of real language models: the four linear layers of one transformer block,
// each as [K, N] (weights K x N), with M = batch for decode (one new token per sequence) and
// M = batch x tokens for prefill. Q, K and V projections are fused into one GEMM, as are the
// gate and up projections of the MLP, as serving kernels run them. `count` is how many times the
// GEMM runs per forward pass (once per layer), so totals over a model weight each GEMM by it.
//
// Shapes from each model's published config.json (hidden_size, intermediate_size,
// num_attention_heads, num_key_value_heads, head_dim = hidden / heads, num_hidden_layers):
//   Llama-2-7B   4096, 11008, 32 heads, 32 KV heads, 32 layers  (QKV N = 3 x 4096)
//   Llama-3-8B   4096, 14336, 32 heads,  8 KV heads, 32 layers  (QKV N = 4096 + 2 x 1024)
//   Mistral-7B   4096, 14336, 32 heads,  8 KV heads, 32 layers  (same block shapes as Llama-3-8B)
//   Qwen2.5-7B   3584, 18944, 28 heads,  4 KV heads, 28 layers  (head_dim 128: QKV N = 3584 + 2 x 512)
// The attention score GEMMs (Q.K^T, P.V) depend on the sequence length and are not included;
// the LM head is listed separately (`lmHead`) because it runs once, not per layer.

export type ModelPhase = 'decode' | 'prefill';

export interface LayerGemm {
  /** Stable name within the model: qkv, o, gate_up, down, lm_head. */
  readonly name: string;
  readonly K: number;
  readonly N: number;
  /** Times per forward pass. */
  readonly count: number;
}

export interface ModelPreset {
  readonly id: string;
  readonly title: string;
  readonly hidden: number;
  readonly intermediate: number;
  readonly layers: number;
  readonly heads: number;
  readonly kvHeads: number;
  readonly vocab: number;
  /** Per-block GEMMs (count = layers). */
  readonly block: readonly LayerGemm[];
  readonly lmHead: LayerGemm;
}

function preset(
  id: string,
  title: string,
  hidden: number,
  intermediate: number,
  layers: number,
  heads: number,
  kvHeads: number,
  vocab: number,
): ModelPreset {
  const headDim = hidden / heads;
  const kv = kvHeads * headDim;
  return {
    id,
    title,
    hidden,
    intermediate,
    layers,
    heads,
    kvHeads,
    vocab,
    block: [
      { name: 'qkv', K: hidden, N: hidden + 2 * kv, count: layers },
      { name: 'o', K: hidden, N: hidden, count: layers },
      { name: 'gate_up', K: hidden, N: 2 * intermediate, count: layers },
      { name: 'down', K: intermediate, N: hidden, count: layers },
    ],
    lmHead: { name: 'lm_head', K: hidden, N: vocab, count: 1 },
  };
}

export const MODEL_PRESETS: readonly ModelPreset[] = [
  preset('llama-2-7b', 'Llama-2-7B', 4096, 11008, 32, 32, 32, 32000),
  preset('llama-3-8b', 'Llama-3-8B', 4096, 14336, 32, 32, 8, 128256),
  preset('mistral-7b', 'Mistral-7B', 4096, 14336, 32, 32, 8, 32000),
  preset('qwen2.5-7b', 'Qwen2.5-7B', 3584, 18944, 28, 28, 4, 152064),
];

export function findModel(id: string): ModelPreset | undefined {
  const k = id.toLowerCase();
  return MODEL_PRESETS.find((m) => m.id === k);
}

export interface ModelGemm {
  readonly name: string;
  readonly M: number;
  readonly N: number;
  readonly K: number;
  readonly count: number;
}

/**
 * The GEMMs of one forward pass: decode has M = batch, prefill M = batch x tokens.
 * `lmHead` adds the output projection (once per pass).
 */
export function modelGemms(
  m: ModelPreset,
  phase: ModelPhase,
  opts: { batch?: number; tokens?: number; lmHead?: boolean } = {},
): ModelGemm[] {
  const batch = opts.batch ?? 1;
  const tokens = opts.tokens ?? 512;
  const M = phase === 'decode' ? batch : batch * tokens;
  const layers = opts.lmHead ? [...m.block, m.lmHead] : m.block;
  return layers.map((g) => ({ name: g.name, M, N: g.N, K: g.K, count: g.count }));
}
