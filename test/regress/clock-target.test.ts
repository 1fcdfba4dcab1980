// Regressions from what a new user hit (issue 14) with clocks and the technology-free table:
// the header's `clock` was parsed and ignored; `--freq` above fmax was silent; `synth --clock 2`
// exited 0 with a negative slack; the `generic` table priced leakage at a fictional 1 MHz, so
// 73-81% of every generic energy figure was leakage.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.js';
import { printDesign } from '../../dsl/index.js';
import { presetDesign } from '../../ir/index.js';
import { staStatus } from '../../synth/index.js';

const ROOT = join(import.meta.dirname, '..', '..');

async function run(argv: string[], cwd = ROOT): Promise<{ code: number; out: string; err: string }> {
  let out = '',
    err = '';
  const code = await main(argv, {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
    cwd,
    isTTY: false,
  });
  return { code, out, err };
}

describe('clock targets are used and a miss is said', () => {
  it('the header clock is parsed and used: estimate reports the area at it and warns when it is missed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpe-clk-'));
    const d = presetDesign('systolic-os', 'baseline', { rows: 2, cols: 2, technology: 'ihp-sg13g2', name: 'os2' });
    writeFileSync(join(dir, 'slow.tpe'), printDesign({ ...d, clockNs: 20 }));
    writeFileSync(join(dir, 'fast.tpe'), printDesign({ ...d, clockNs: 1 }));
    const slow = JSON.parse((await run(['estimate', 'slow.tpe', '--json'], dir)).out);
    const fast = await run(['estimate', 'fast.tpe', '--json'], dir);
    expect(slow.clockNs).toBe(20);
    expect(slow.meetsClock).toBe(true);
    expect(JSON.parse(fast.out).clockNs).toBe(1);
    expect(JSON.parse(fast.out).meetsClock).toBe(false);
    expect(fast.err).toMatch(/misses its 1 ns clock \(the design's clock\): limiting stage/);
    expect(fast.code).toBe(0);
    // A relaxed clock keeps ripple adders: less area than at a tight one.
    expect(slow.areaUm2).toBeLessThan(JSON.parse(fast.out).areaUm2);
  });

  it('--freq above fmax is no longer silent', async () => {
    const r = await run(['estimate', 'examples/sa_os.tpe', '--clock', '10', '--freq', '5000']);
    expect(r.err).toMatch(/--freq 5000 MHz is above the estimated fmax/);
  });

  it.skipIf(!staStatus().ok)('synth --clock 2 with negative slack exits 1 (a 1x1 MAC, OpenSTA sign-off)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tpe-clk-'));
    writeFileSync(
      join(dir, 'one.tpe'),
      printDesign(presetDesign('systolic-os', 'baseline', { rows: 1, cols: 1, technology: 'ihp-sg13g2', name: 'one' })),
    );
    const r = await run(['synth', 'one.tpe', '--clock', '2', '--json'], dir);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j.met).toBe(false);
    expect(j.opensta.slackPs).toBeLessThan(0);
    expect(r.err).toMatch(/misses the 2 ns clock/);
  });
});

describe("the generic table prices leakage at the design's clock", () => {
  it('leakage is a negligible share of a generic energy figure at 2 ns, as in the library itself', async () => {
    const r = await run(['estimate', 'examples/sa_os.tpe', '--gemm', '8x8x8', '--tech', 'generic', '--json']);
    const j = JSON.parse(r.out);
    for (const p of [j.power.atFmax, j.power.atClock]) {
      expect(p.leakage).toBeGreaterThan(0);
      expect(p.leakage / p.total).toBeLessThan(0.01);
    }
    expect(j.power.atClock.freqMHz).toBe(500);
  });
});
