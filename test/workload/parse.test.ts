import { describe, expect, it } from 'vitest';
import { parseWorkload } from '../../workload/index.js';

describe('workload text', () => {
  it('a GEMM shape', () => {
    expect(parseWorkload('64x32x128').value).toEqual({ id: '64x32x128', gemms: [{ name: 'gemm', M: 64, N: 32, K: 128, count: 1 }] });
  });
  it('model presets: decode M = batch, prefill M = batch x tokens, canonical ids', () => {
    const d = parseWorkload('Llama-3-8B:decode').value!;
    expect(d.id).toBe('llama-3-8b:decode:batch=1');
    expect(d.gemms.map((g) => [g.name, g.M, g.K, g.N, g.count])).toEqual([
      ['qkv', 1, 4096, 6144, 32],
      ['o', 1, 4096, 4096, 32],
      ['gate_up', 1, 4096, 28672, 32],
      ['down', 1, 14336, 4096, 32],
    ]);
    const p = parseWorkload('llama-3-8b:prefill:tokens=512,batch=4,lmhead').value!;
    expect(p.id).toBe('llama-3-8b:prefill:batch=4,tokens=512,lmhead');
    expect(p.gemms.every((g) => g.M === 2048)).toBe(true);
    expect(p.gemms.at(-1)).toMatchObject({ name: 'lm_head', N: 128256, count: 1 });
    expect(parseWorkload('qwen2.5-7b:decode:batch=8').value!.gemms[0]).toMatchObject({ M: 8, K: 3584, N: 4608 });
  });
  it('errors say what was expected and guess', () => {
    expect(parseWorkload('llama-3-8x:decode').diagnostics[0]).toMatchObject({ code: 'T0102', hint: "did you mean 'llama-3-8b'?" });
    expect(parseWorkload('mistral-7b:decod').diagnostics[0]).toMatchObject({ code: 'T0101', hint: "did you mean 'decode'?" });
    expect(parseWorkload('mistral-7b:decode:bach=2').diagnostics[0]).toMatchObject({ code: 'T0101', hint: "did you mean 'batch'?" });
    for (const bad of ['', '64x64', 'llama-3-8b', 'llama-3-8b:decode:batch=0', 'llama-3-8b:decode:batch=x', '0x4x4'])
      expect(parseWorkload(bad).diagnostics[0]?.code, bad).toMatch(/^T010[12]$/);
  });
});
