// Shared helpers of the OPT passes: each pass is a pure Design -> Result<Design> rewrite that
// first checks it applies and says why not (E0401), and whose result is re-validated.
import type { Diagnostic, Result } from '../diagnostic.js';
import type { Design } from '../types.js';
import { checkDesign } from '../check.js';
import { diag } from '../messages.js';

export function notApplicable(opt: string, d: Design, reason: string, hint = ''): Result<Design> {
  return { diagnostics: [diag('E0401', d.span, { opt: opt.toUpperCase(), name: d.name, reason, hint })] };
}

/** The rewritten design, named after the pass, validated by the same rules as parsed text. */
export function finish(opt: string, d: Design): Result<Design> {
  // The doc says what the design is, so it records the rewrite too.
  const note = `Transformed: ${opt.toUpperCase().replace('_ROW', ' (CPA per row)')} applied by tpe transform.`;
  const out: Design = { ...d, name: `${d.name}_${opt}`, doc: d.doc !== undefined ? `${d.doc}\n${note}` : note };
  const diags: Diagnostic[] = checkDesign(out);
  return diags.some((x) => x.severity === 'error') ? { diagnostics: diags } : { value: out, diagnostics: diags };
}

export const cStationary = (d: Design) => d.flows.some((f) => f.operand === 'C' && f.along === 'k' && f.movement === 'stationary');
export const kLoop = (d: Design) => d.loops.find((l) => l.var === 'k');
