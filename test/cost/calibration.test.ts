// The cross-check in CI: every 2x2 baseline/OPT family the RTL emitter covers is synthesized
// with Yosys 0.55 (WASM) + ABC on the IHP liberty and compared with the estimate. The table is
// printed in full; the targets (area within 10%, critical path within 15%, same baseline-vs-OPT
// ordering) are asserted for every design except the misses listed here, which are reported
// honestly instead of hidden (docs/TECH.md, section 5). A new miss fails the test; a listed miss
// that starts meeting its target fails it too, so the list stays true.
import { describe, expect, it } from 'vitest';
import { calibrate, renderCalibration, subsetCases } from '../../scripts/calibration.js';

const AREA_MISSES = new Set(['cube_opt2']);
const DELAY_MISSES = new Set(['systolic_os_opt1_row']);
const ORDER_MISSES = new Set(['systolic_os_baseline vs systolic_os_opt1_row: delay']);

describe('calibration subset (2x2 designs, real Yosys)', () => {
  it('estimates agree with synthesis within the targets, except the listed misses', async () => {
    const r = await calibrate(subsetCases());
    expect(r.diagnostics).toEqual([]);
    const res = r.value!;
    console.log(renderCalibration(res));
    // Every family the emitter covers is in the table; the rest are skipped by name.
    expect(res.rows.length).toBeGreaterThanOrEqual(9);
    for (const s of res.skipped) expect(s.reason).toMatch(/no RTL template covers/);
    for (const row of res.rows) {
      expect(Math.abs(row.areaErrPct) <= 10, `${row.design}: area error ${row.areaErrPct}%`).toBe(!AREA_MISSES.has(row.design));
      expect(Math.abs(row.delayErrPct) <= 15, `${row.design}: delay error ${row.delayErrPct}%`).toBe(!DELAY_MISSES.has(row.design));
    }
    for (const p of res.pairs) {
      const key = `${p.baseline} vs ${p.opt}`;
      expect(p.areaSame, `${key}: area order`).toBe(!ORDER_MISSES.has(`${key}: area`));
      expect(p.delaySame, `${key}: delay order`).toBe(!ORDER_MISSES.has(`${key}: delay`));
    }
  }, 600_000);
});
