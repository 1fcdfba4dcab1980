// A progress bar over the tiles of a simulation (cli/progress.ts: silent unless it runs for more
// than two seconds), for the commands that simulate a user's GEMM (sim, estimate, compare, flow):
// pass `onTile` to simulate / simulateChecked, then call `done`.
import type { Design, GemmShape } from '../ir/index.js';
import { fastCycles } from '../simulator/index.js';
import type { StartStep } from './progress.js';

export function tileProgress(
  step: StartStep,
  d: Design,
  shape: GemmShape,
): { onTile: (tilesDone: number) => void; done: (ok: boolean) => void } {
  const tiles = fastCycles(d, shape).value?.tiles;
  const p = step(`simulate ${d.name} ${shape.M}x${shape.N}x${shape.K}`, tiles);
  return { onTile: (n) => p.update(n), done: (ok) => p.done(ok ? 'ok' : 'failed') };
}
