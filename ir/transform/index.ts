// The OPT passes by name, and a chain of them as the CLI applies them (`--apply opt3,opt4c`).
import type { Result } from '../diagnostic.js';
import type { Design } from '../types.js';
import { diag } from '../messages.js';
import { opt1, type Opt1Cpa } from './opt1.js';
import { opt2 } from './opt2.js';
import { opt3 } from './opt3.js';
import { opt4c } from './opt4c.js';
import { opt4e } from './opt4e.js';

export { opt1, opt2, opt3, opt4c, opt4e, type Opt1Cpa };

export interface TransformOptions {
  /** OPT1: where the final CPA sits (default: per PE if C is stationary, else per column). */
  cpa?: Opt1Cpa;
  /** OPT3: k-elements per sparse group (default 4). */
  sparseGroup?: number;
  /** OPT4E: lanes per PE group along k (default 2). */
  peGroup?: number;
}

export const TRANSFORMS = {
  opt1: (d: Design, o: TransformOptions) => opt1(d, o.cpa),
  opt2: (d: Design) => opt2(d),
  opt3: (d: Design, o: TransformOptions) => opt3(d, o.sparseGroup ?? 4),
  opt4c: (d: Design) => opt4c(d),
  opt4e: (d: Design, o: TransformOptions) => opt4e(d, o.peGroup ?? 2),
} as const;

export type TransformName = keyof typeof TRANSFORMS;

export function isTransformName(s: string): s is TransformName {
  return Object.prototype.hasOwnProperty.call(TRANSFORMS, s);
}

/** Applies passes left to right; stops at the first that does not apply. */
export function applyTransforms(d: Design, names: readonly string[], opts: TransformOptions = {}): Result<Design> {
  let cur = d;
  const warnings = [];
  for (const n of names) {
    if (!isTransformName(n)) return { diagnostics: [diag('E0402', undefined, { name: n })] };
    const r = TRANSFORMS[n](cur, opts);
    if (!r.value) return { diagnostics: [...warnings, ...r.diagnostics] };
    warnings.push(...r.diagnostics);
    cur = r.value;
  }
  return { value: cur, diagnostics: warnings };
}
