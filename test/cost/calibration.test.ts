// The cross-check in CI: every 2x2 baseline/OPT family the RTL emitter covers is synthesized
// with Yosys 0.55 (WASM) + ABC on the IHP liberty and compared with the estimate. The table is
// printed in full; the targets (area within 10%, critical path within 15%, same baseline-vs-OPT
// ordering) are asserted for every design except the misses listed here, which are reported
// honestly instead of hidden (docs/TECH.md, section 5). A new miss fails the test; a listed miss
// that starts meeting its target is printed so the list can be shortened.
import { describe, expect, it } from 'vitest';
import { calibrate, orderPairs, renderCalibration, subsetCases, TIE_PCT } from '../../pipeline/calibrate.js';

// Measured 2026-11-26 (Yosys 0.55 WASM, ABC &nf + buffer/upsize/dnsize): every design meets
// both targets and every pair is ordered as synthesis orders it, so no miss is listed. (The
// bit-slice misses of the first landing were traced to the model and fixed: the zero-skip
// encoder's group-sync path and its digit encoder on the term path were missing, and the
// baseline's pick logic and term decoder were counted at full accumulator width.)
// Measured 2026-12-01 after issue 11's subset members landed (h9b merge): three misses, the same
// or larger with the counters they replaced (main's estimates: laconic 2x2 70441 um2, +14%;
// laconic pipelined 161236 um2, +22%; adder tree OPT2 pipelined 1826 ps, +31%). The Laconic-class
// PE's histogram logic is over-priced (flip-flops exact), its unpipelined combine path too slow;
// the pipelined OPT2 tree's column result path is over-long.
const AREA_MISSES = new Set(['laconic_baseline 2x2', 'laconic_baseline 2x2 pipelined']);
const DELAY_MISSES = new Set(['laconic_baseline 2x2', 'adder_tree_opt2 4x2 pipelined']);
const ORDER_MISSES = new Set(['adder_tree_baseline 4x2 pipelined vs adder_tree_opt2 4x2 pipelined: delay']);
// The inventory is read from the RTL model with synthesis's simplifications; its flip-flops are
// synthesis's exactly, except where ABC proves only some of a CPA's sign-copy outputs equal (the
// adder tree's OPT1/OPT2 column sums: the reading merges all of them).
const FLOP_MISSES = new Set(['adder_tree_opt1 2x2', 'adder_tree_opt2 2x2']);

function check(ok: boolean, known: boolean, what: string): void {
  if (known && ok) console.log(`now within target (remove from the known misses): ${what}`);
  if (!known) expect(ok, what).toBe(true);
}

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
      check(Math.abs(row.areaErrPct) <= 10, AREA_MISSES.has(row.design), `${row.design}: area error ${row.areaErrPct}%`);
      check(Math.abs(row.delayErrPct) <= 15, DELAY_MISSES.has(row.design), `${row.design}: delay error ${row.delayErrPct}%`);
      check(row.estFlops === row.synFlops, FLOP_MISSES.has(row.design), `${row.design}: flip-flops ${row.estFlops} estimated, ${row.synFlops} synthesized`);
    }
    for (const p of res.pairs) {
      const key = `${p.baseline} vs ${p.opt}`;
      // A pair synthesis puts within TIE_PCT is a tie: either order is accepted (and printed).
      check(p.areaSame || p.areaTie, ORDER_MISSES.has(`${key}: area`), `${key}: area order`);
      check(p.delaySame || p.delayTie, ORDER_MISSES.has(`${key}: delay`), `${key}: delay order`);
    }
    // Most of the set meets the targets: the misses stay the exception.
    expect(res.rows.filter((x) => Math.abs(x.areaErrPct) <= 10).length).toBeGreaterThanOrEqual(res.rows.length - AREA_MISSES.size);
  }, 600_000);
});

describe('baseline-vs-OPT ordering', () => {
  const row = (design: string, variant: string, estDelay: number, synDelay: number) =>
    ({ design, family: 'f', variant, estArea: 100, synArea: 100, estDelay, synDelay });
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
});
