// simulate() with a progress bar over its tiles (cli/progress.ts: silent unless it runs for more
// than two seconds), for the commands that simulate a user's GEMM (sim, estimate, compare, flow).
import type { Design, IntMatrix, Result } from '../ir/index.js';
import { fastCycles, simulate, type SimOptions, type SimResult } from '../simulator/index.js';
import type { StartStep } from './progress.js';

export function simulateWithProgress(step: StartStep, d: Design, a: IntMatrix, b: IntMatrix, o: SimOptions = {}): Result<SimResult> {
  const shape = { M: a.rows, N: b.cols, K: a.cols };
  const tiles = fastCycles(d, shape).value?.tiles;
  const p = step(`simulate ${d.name} ${shape.M}x${shape.N}x${shape.K}`, tiles);
  try {
    const r = simulate(d, a, b, { ...o, onTile: (n) => { p.update(n); o.onTile?.(n); } });
    p.done(r.value ? 'ok' : 'failed');
    return r;
  } catch (e) {
    p.done('failed');
    throw e;
  }
}
