// The cross-check in CI: every 2x2 baseline/OPT family the RTL emitter covers is synthesized
// with Yosys 0.55 (WASM) + ABC on the IHP liberty and compared with the estimate — area of the
// area-oriented netlist; area at two clock targets against timing-driven synthesis signed off
// by OpenSTA; the critical path against OpenSTA's; energy per MAC against the toggle-accurate
// gate-level power of the workload. The table is printed in full; the targets (area within 10%,
// critical path within 15%, energy within 20%, the same baseline-vs-OPT ordering) are asserted
// for every design except the misses listed here, which are reported honestly instead of hidden
// (docs/TECH.md, section 5). A new miss fails the test; a listed miss that starts meeting its
// target is printed so the list can be shortened. Results are cached by content in
// .tpe-cache/synth (a rerun with unchanged RTL reads them back; CI starts cold).
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calibrate, fitN, orderPairs, renderCalibration, subsetCases, TIE_PCT } from '../../pipeline/calibrate.js';
import { staStatus } from '../../synth/index.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CI = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
if (!staStatus().ok && CI) throw new Error('OpenSTA (sta) is required in CI (.ci/run installs the opensta package)');

// Measured with the committed factors (docs/TECH.md, section 5), 2026-12-01 after the h17c
// refit (CPA items priced at their widths, small CPAs as ripples of adder cells, sizing per adder
// structure): every area-oriented and relaxed / mid clock point within 10% (largest
// adder_tree_opt2 2x2 relaxed -9.0%, cube_mac_baseline 2x2 mid -9.0%, laconic_baseline 2x2 relaxed +7.6%).
const AREA_MISSES = new Set<string>();
const CLOCK_AREA_MISSES = new Set<string>();
const STA_DELAY_MISSES = new Set<string>();
// Energy: every design within 20% since the operand term charges a broadcast operand in every PE
// of its line and the energy factors were refitted on this subset (2026-12-01, h20b: rms 8.4%,
// worst bitslice_opt3 2x2 -19.4%; Laconic 2x2 went from +22.2% to +5.9%). Issue 10 (zero-skip
// bit-slice terms counted at their weight): bitslice_opt3 2x2 -13.8%, worst now -13.8%. The CPA
// term (h27a, refit rms 6.3%): worst adder_tree_opt2 2x2 -13.5%.
const ENERGY_MISSES = new Set<string>();
// OpenSTA 2.0.17's report_power stops on this netlist ("can't use non-numeric floating-point value
// as operand of -": a NaN inside its propagated activity): the energy column keeps the toggle-
// accurate figure (it does not need OpenSTA) and shows OpenSTA's as unavailable, with the reason.
const OPENSTA_POWER_FAILS = new Set<string>(['bitslice_opt4c 2x2']);
// The CPA term (2026-12-03, h27a) lowered the product datapath factor, and that term does not see
// the adder tree OPT1 / OPT2 2x2 column compressor trees (one multiplier's tree depth): their
// estimates fell to -10.6 / -13.5% and the pairs, 1.08 / 1.12x at gate level, estimate 0.90x.
// Measured 2026-12-04 (h28b, docs/TECH.md section 5): most of the gate-level difference is in the
// column result registers' flip-flops (synthesis keeps 50 / 56, the reading 40: FLOP_MISSES below);
// pricing the column CPAs and refitting left the pairs at 0.98x, or ordered them at 1.003x only
// with a CPA factor that moved the reproduce pairs away from the gate level: not kept.
const ORDER_MISSES = new Set<string>([
  'adder_tree_baseline 2x2 vs adder_tree_opt1 2x2: energy',
  'adder_tree_baseline 2x2 vs adder_tree_opt2 2x2: energy',
]);
// The inventory is read from the RTL model with synthesis's simplifications; its flip-flops are
// synthesis's exactly, except where ABC proves only some of a CPA's sign-copy outputs equal (the
// adder tree's OPT1/OPT2 column sums: the reading merges all of them).
const FLOP_MISSES = new Set(['adder_tree_opt1 2x2', 'adder_tree_opt2 2x2']);

function check(ok: boolean, known: boolean, what: string): void {
  if (known && ok) console.log(`now within target (remove from the known misses): ${what}`);
  if (!known) expect(ok, what).toBe(true);
}

describe.skipIf(!staStatus().ok)(
  'calibration subset (2x2 designs, real Yosys, OpenSTA, gate-level power; skipped only where sta is not installed, CI requires it)',
  () => {
    it('estimates agree with synthesis, OpenSTA and gate-level power within the targets, except the listed misses', async () => {
      const r = await calibrate(subsetCases(), { clocks: 2, cacheDir: resolve(ROOT, '.tpe-cache', 'synth') });
      expect(r.diagnostics).toEqual([]);
      const res = r.value!;
      console.log(renderCalibration(res));
      // Every family the emitter covers is in the table; the rest are skipped by name.
      expect(res.rows.length).toBeGreaterThanOrEqual(9);
      for (const s of res.skipped) expect(s.reason).toMatch(/no RTL template covers/);
      for (const row of res.rows) {
        check(Math.abs(row.areaErrPct) <= 10, AREA_MISSES.has(row.design), `${row.design}: area error ${row.areaErrPct}%`);
        expect(row.clocks?.length, `${row.design}: clock columns`).toBe(2);
        for (const c of row.clocks!)
          check(
            Math.abs(c.areaErrPct) <= 10,
            CLOCK_AREA_MISSES.has(`${row.design} ${c.label}`),
            `${row.design} at ${c.clockNs} ns (${c.label}): area error ${c.areaErrPct}%`,
          );
        check(
          Math.abs(row.staDelayErrPct!) <= 15,
          STA_DELAY_MISSES.has(row.design),
          `${row.design}: critical path vs OpenSTA ${row.staDelayErrPct}%`,
        );
        check(
          row.estFlops === row.synFlops,
          FLOP_MISSES.has(row.design),
          `${row.design}: flip-flops ${row.estFlops} estimated, ${row.synFlops} synthesized`,
        );
        expect(row.energy, `${row.design}: energy column`).toBeDefined();
        if (OPENSTA_POWER_FAILS.has(row.design)) {
          expect(row.energy!.openstaPj).toBeUndefined();
          expect(row.energy!.openstaUnavailable).toMatch(/OpenSTA failed/);
        } else expect(row.energy!.openstaPj, `${row.design}: OpenSTA's propagated figure`).toBeGreaterThan(0);
        check(Math.abs(row.energy!.errPct) <= 20, ENERGY_MISSES.has(row.design), `${row.design}: energy error ${row.energy!.errPct}%`);
      }
      for (const p of res.pairs) {
        const key = `${p.baseline} vs ${p.opt}`;
        // A pair synthesis (or gate-level power) puts within TIE_PCT is a tie: either order is accepted (and printed).
        check(p.areaSame || p.areaTie, ORDER_MISSES.has(`${key}: area`), `${key}: area order`);
        check(p.energy!.same || p.energy!.tie, ORDER_MISSES.has(`${key}: energy`), `${key}: energy order`);
        check(p.staDelay!.same || p.staDelay!.tie, ORDER_MISSES.has(`${key}: critical path`), `${key}: critical path order (OpenSTA)`);
      }
    }, 3_600_000);
  },
);

describe('baseline-vs-OPT ordering', () => {
  const row = (design: string, variant: string, estDelay: number, synDelay: number) => ({
    design,
    family: 'f',
    variant,
    estArea: 100,
    synArea: 100,
    estDelay,
    synDelay,
  });
  it('agrees when both put the OPT variant on the same side of the baseline', () => {
    const [p] = orderPairs([row('b', 'baseline', 1000, 1000), row('o', 'opt1', 800, 900)]);
    expect([p.delaySame, p.delayTie, p.synDelayDiffPct]).toEqual([true, false, -10]);
  });
  it('a reversed order is a miss unless synthesis puts the two within the tie band', () => {
    const [miss] = orderPairs([row('b', 'baseline', 1000, 1000), row('o', 'opt1', 1100, 950)]);
    expect([miss.delaySame, miss.delayTie]).toEqual([false, false]);
    const [tie] = orderPairs([row('b', 'baseline', 1000, 1000), row('o', 'opt1', 1100, 1000 * (1 - (TIE_PCT - 0.5) / 100))]);
    expect([tie.delaySame, tie.delayTie]).toEqual([false, true]);
  });
  it('orders energy by the gate-level figure, with its own tie band', () => {
    const e = (estPj: number, gatePj: number) => ({
      clockNs: 4,
      gemm: '16x16x64',
      estPj,
      gatePj,
      errPct: 0,
      openstaPj: 0,
      rulesPj: 0,
      sequentialShare: 0.5,
    });
    const [same] = orderPairs([
      { ...row('b', 'baseline', 1, 1), energy: e(5, 4) },
      { ...row('o', 'opt1', 1, 1), energy: e(7, 6) },
    ]);
    expect(same.energy).toMatchObject({ same: true, tie: false, gateRatio: 1.5 });
    const [tie] = orderPairs([
      { ...row('b', 'baseline', 1, 1), energy: e(5, 4) },
      { ...row('o', 'opt1', 1, 1), energy: e(4.8, 4.05) },
    ]);
    expect(tie.energy).toMatchObject({ same: false, tie: true });
  });
});

describe('energy factor fit (least squares on relative error, n terms)', () => {
  // Points made from known factors: the fit recovers them; a term that would fit below the floor is held there.
  const xs = [
    [3, 1, 0],
    [2, 2, 1],
    [1, 0.5, 2],
    [4, 1, 1],
    [2, 3, 0.5],
  ];
  it('recovers the factors of exact data', () => {
    const f = [0.2, 3, 0.8];
    const pts = xs.map((x) => ({ x, y: x.reduce((s, v, j) => s + v * f[j], 0) }));
    const got = fitN(pts, 0.01);
    got.forEach((g, j) => expect(g).toBeCloseTo(f[j], 9));
  });
  it('holds a term at the floor when the data would give it less, and refits the others', () => {
    // Exact data of a negative third factor: held at the floor, the first two still near theirs.
    const f = [0.5, 2, -0.05];
    const pts = xs.map((x) => ({ x, y: x.reduce((s, v, j) => s + v * f[j], 0) }));
    const got = fitN(pts, 0.01);
    expect(got[2]).toBe(0.01);
    expect(got[0]).toBeCloseTo(0.5, 1);
    expect(got[1]).toBeCloseTo(2, 1);
  });
});
