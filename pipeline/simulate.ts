// A simulation held against the plain integer GEMM: every simulated value must equal it (a
// difference is a simulator bug), so the commands that simulate report both together.
import type { Design, IntMatrix, Result, WideMatrix } from '../ir/index.js';
import { referenceGemm, simulate, type SimOptions, type SimResult } from '../simulator/index.js';

export interface CheckedSimulation {
  readonly sim: SimResult;
  /** The plain integer GEMM (wrapped like the run), when it could be formed. */
  readonly reference?: WideMatrix;
  /** Outputs where the simulated C differs from the reference (all of them without one). */
  readonly mismatches: number;
}

export function simulateChecked(d: Design, a: IntMatrix, b: IntMatrix, opts: SimOptions = {}): Result<CheckedSimulation> {
  const r = simulate(d, a, b, opts);
  if (!r.value) return { diagnostics: r.diagnostics };
  const sim = r.value;
  const ref = referenceGemm(a, b, d.types.acc, opts.wrap === true);
  let mismatches = sim.c.data.length;
  if (ref.value) {
    mismatches = 0;
    for (let i = 0; i < ref.value.data.length; i++) if (ref.value.data[i] !== sim.c.data[i]) mismatches++;
  }
  return { value: { sim, ...(ref.value ? { reference: ref.value } : {}), mismatches }, diagnostics: [] };
}
