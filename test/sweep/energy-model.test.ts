// The sweeps' energy model (sweep/energy.ts) is the estimate's power() read off once per design
// with unit workloads: for any workload its figure must be the one `tpe estimate` reports, on
// designs whose operand term has a reach (broadcast lines) and whose width is not int8 too.
import { describe, expect, it } from 'vitest';
import { estimate, loadTech } from '../../cost/index.js';
import { loadPairDesign } from '../../pipeline/reproduce.js';
import { simulatedWorkload } from '../../pipeline/workload.js';
import { parseDist } from '../../simulator/index.js';
import type { Design } from '../../ir/index.js';
import { applyAxes } from '../../sweep/axes.js';
import { energyModel, togglesArray, workloadEnergy } from '../../sweep/energy.js';
import { repoRoot } from '../../synth/index.js';

const ihp = loadTech('ihp-sg13g2').value!;
const FILES = ['matrix2d.tpe', 'cube.tpe', 'adder_tree_k16_opt2.tpe', 'sa_os_opt1.tpe', 'laconic_c16.tpe', 'bitslice_c16_opt4c.tpe'];
// int12 operands: six radix-4 digits, a deeper product tree than int8's.
const WIDE = ['matrix2d.tpe', 'sa_os.tpe'];

describe('sweep energy model', () => {
  for (const file of FILES)
    for (const timed of [false, true])
      it(`${file}${timed ? ' (timed)' : ''}: the linearized model gives the estimate's energy of the workload`, () => {
        check(loadPairDesign(repoRoot(), file, true).value!, timed);
      });
  for (const file of WIDE)
    it(`${file} at int12: the same`, () => {
      const d = applyAxes(loadPairDesign(repoRoot(), file, true).value!, ['A', 'B', 'acc'], ['int12', 'int12', 'int40']).value!;
      expect(d.types.A.bits).toBe(12);
      check(d, false);
    });
});

function check(d: Design, timed: boolean): void {
  const w = simulatedWorkload(d, { M: 4, N: 4, K: 16 }, parseDist('normal:0,20').value!, 3).value!;
  const e = estimate(d, { tech: ihp, workload: w, ...(timed ? { activity: 'timed' as const } : {}) }).value!;
  const p = e.power!.atFmax!;
  const m = energyModel(estimate(d, { tech: ihp }).value!, ihp, e.timing.fmaxMHz!, d, timed);
  const got = workloadEnergy(m, togglesArray(w.toggles), w.cycles).total;
  expect(got).toBeGreaterThan(0);
  expect(Math.abs(got / p.total - 1)).toBeLessThan(1e-6);
}
