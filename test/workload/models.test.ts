import { describe, expect, it } from 'vitest';
import { findModel, MODEL_PRESETS, modelGemms } from '../../workload/models.js';

describe('model presets', () => {
  it('Llama-3-8B block GEMMs are the published [K, N] shapes', () => {
    const m = findModel('Llama-3-8B')!;
    expect(m.block.map((g) => [g.K, g.N])).toEqual([
      [4096, 6144],
      [4096, 4096],
      [4096, 28672],
      [14336, 4096],
    ]);
  });
  it('decode has M = batch, prefill M = batch x tokens; counts are the layer count', () => {
    for (const m of MODEL_PRESETS) {
      const d = modelGemms(m, 'decode', { batch: 8 });
      const p = modelGemms(m, 'prefill', { batch: 2, tokens: 128, lmHead: true });
      expect(d.every((g) => g.M === 8 && g.count === m.layers)).toBe(true);
      expect(p.every((g) => g.M === 256)).toBe(true);
      expect(p.at(-1)).toMatchObject({ name: 'lm_head', N: m.vocab, count: 1 });
    }
  });
  it('Qwen2.5-7B uses 128-wide heads with 4 KV heads', () => {
    expect(findModel('qwen2.5-7b')!.block[0]).toMatchObject({ K: 3584, N: 4608 });
  });
});
