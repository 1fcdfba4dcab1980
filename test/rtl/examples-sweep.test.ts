// The slow sweep (CI): every example in examples/ is linted (verilator -Wall, yosys synth) and
// verified on shapes that are not multiples of its array (5x7x9, 17x3x33) with edge values and
// random trials on both backends, which must agree cycle for cycle. Runs in CI (CI=true) and when
// TPE_RTL_SWEEP=1; skipped elsewhere because it builds 40 RTL simulators
// (about 6-8 minutes on 2 cores); the default test run covers every variant on small arrays
// (presets.test.ts) instead. Examples at published sizes (more than SIM_CI_LANES MAC lanes: the
// 16x16 arrays, the 8x8x8 cube, the K=16 adder trees, Laconic c16/c32) are linted and
// synthesized in CI and simulated (Verilator, then CXXRTL) only in the full sweep
// (TPE_RTL_SWEEP=full): their C++ builds alone took over 50 minutes of CI on a 2-core machine,
// and Yosys' CXXRTL C++ of a 16-PE x 16-lane Laconic array takes g++ over 10 minutes; each has a
// CI-sized twin (8x8, 4x4x4, 2x2) simulated on both backends. Past CXXRTL_CI_BYTES or
// CXXRTL_CI_LANES an example is cross-checked on CXXRTL only in the full sweep.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDesign } from '../../dsl/index.js';
import { lanesPerPe, peCount } from '../../ir/index.js';
import { emitDesign } from '../../rtl/index.js';
import { verilatorLint, yosysCheck } from '../../rtl/lint.js';
import { CACHE, ROOT, failures, shape, verifyOk } from './helpers.js';

const CI = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
const FULL = process.env.TPE_RTL_SWEEP === 'full';
const SWEEP = CI || FULL || process.env.TPE_RTL_SWEEP === '1';
const CXXRTL_CI_BYTES = 560_000;
const CXXRTL_CI_LANES = 256;
const SIM_CI_LANES = 128;
if (!SWEEP)
  console.info(
    'test/rtl/examples-sweep skipped: it builds 40 RTL simulators (~10 min on 2 cores); it always runs in CI (CI=true), or set TPE_RTL_SWEEP=1',
  );
const examples = readdirSync(join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.tpe'))
  .sort();

describe.skipIf(!SWEEP)('every example: lint, verify on both backends', () => {
  for (const f of examples) {
    it(
      f,
      async () => {
        const d = loadDesign(`examples/${f}`, { cwd: ROOT });
        expect(d.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
        const e = emitDesign(d.value!).value!;
        const vl = verilatorLint(e, CACHE);
        expect(vl.output).toBe('');
        const ys = await yosysCheck(e, CACHE, true);
        expect(ys.ok, ys.output).toBe(true);
        const lanes = peCount(d.value!) * lanesPerPe(d.value!);
        if (lanes > SIM_CI_LANES && !FULL) {
          // eslint-disable-next-line no-console
          console.log(
            `${f}: lint ${vl.seconds.toFixed(1)}s, yosys synth ${ys.seconds.toFixed(1)}s; ${lanes} MAC lanes: simulated in TPE_RTL_SWEEP=full only (its CI-sized twin is simulated here)`,
          );
          return;
        }
        const shapes = [shape(5, 7, 9), shape(17, 3, 33)];
        const v = await verifyOk(d.value!, shapes, 'verilator', 2, 11);
        expect(failures(v)).toEqual([]);
        const bytes = e.files.reduce((n, x) => n + x.text.length, 0);
        if ((bytes > CXXRTL_CI_BYTES || lanes > CXXRTL_CI_LANES) && !FULL) {
          // eslint-disable-next-line no-console
          console.log(
            `${f}: lint ${vl.seconds.toFixed(1)}s, yosys synth ${ys.seconds.toFixed(1)}s, verilator build ${v.build.seconds.toFixed(1)}s run ${v.runSeconds.toFixed(2)}s; ${lanes} MAC lanes, ${bytes} bytes of Verilog: CXXRTL cross-check in TPE_RTL_SWEEP=full only`,
          );
          return;
        }
        const c = await verifyOk(d.value!, shapes, 'cxxrtl', 2, 11);
        expect(failures(c)).toEqual([]);
        expect(c.cases.map((x) => [x.label, x.rtlCycles, x.rtlTiles])).toEqual(v.cases.map((x) => [x.label, x.rtlCycles, x.rtlTiles]));
        // eslint-disable-next-line no-console
        console.log(
          `${f}: lint ${vl.seconds.toFixed(1)}s, yosys synth ${ys.seconds.toFixed(1)}s, verilator build ${v.build.seconds.toFixed(1)}s run ${v.runSeconds.toFixed(2)}s, cxxrtl build ${c.build.seconds.toFixed(1)}s run ${c.runSeconds.toFixed(2)}s`,
        );
      },
      FULL ? 3_600_000 : 600_000,
    );
  }
});
