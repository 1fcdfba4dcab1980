// Shared by the RTL tests: a cache folder inside the repo's ignored .tpe-cache, and a verify
// wrapper that returns a compact summary for assertions.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Design, GemmShape } from '../../ir/index.js';
import type { Backend } from '../../rtl/sim/testbench.js';
import { verifyDesign, type VerifyReport } from '../../rtl/verify.js';

export const ROOT = join(fileURLToPath(import.meta.url), '..', '..', '..');
export const CACHE = join(ROOT, '.tpe-cache');

export async function verifyOk(d: Design, shapes: GemmShape[], backend: Backend, trials = 2, seed = 1): Promise<VerifyReport> {
  const r = await verifyDesign(d, { shapes, trials, seed, backend, cacheDir: CACHE });
  if (!r.ok) throw new Error(`${d.name} (${backend}): ${r.message} ${JSON.stringify(r.diagnostics ?? [])}`);
  return r.report;
}

/** One line per failing case, empty when everything matched. */
export function failures(rep: VerifyReport): string[] {
  return rep.cases
    .filter((c) => c.mismatches.length + c.more > 0)
    .map((c) => `${rep.design} ${c.label}: ${JSON.stringify(c.mismatches.slice(0, 3))}`);
}

export const shape = (M: number, N: number, K: number): GemmShape => ({ M, N, K });
