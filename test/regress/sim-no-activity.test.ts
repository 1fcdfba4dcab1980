// Regression: `tpe sim --no-activity` printed toggle counts of 0 as if they had been measured.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('tpe sim --no-activity', () => {
  it('says the toggles were not counted, and JSON has null', async () => {
    const t = await run(['sim', 'examples/sa_os.tpe', '--gemm', '4x4x4', '--no-activity']);
    expect(t.code).toBe(0);
    expect(t.out).toMatch(/^toggles +not counted \(--no-activity\)$/m);
    const j = await run(['sim', 'examples/sa_os.tpe', '--gemm', '4x4x4', '--no-activity', '--json']);
    expect(JSON.parse(j.out).toggles).toBeNull();
  });
  it('with activity the counts are there and nonzero', async () => {
    const j = await run(['sim', 'examples/sa_os.tpe', '--gemm', '4x4x4', '--json']);
    expect(JSON.parse(j.out).toggles.operandRegs).toBeGreaterThan(0);
  });
});
