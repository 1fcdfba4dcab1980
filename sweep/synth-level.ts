// The `synth` level: each design's emitted Verilog synthesized with Yosys on a liberty (the
// vendored IHP SG13G2 typical corner unless the spec names one): cell area and ABC's critical
// path give area and fmax (plus the technology table's clock-to-Q and setup, as the estimate
// adds them). Reports are cached by content (script, Verilog, liberty) in `synth.cache`, so a
// rerun, a resume or another shard with the same design reads them back. Cycles come from the
// closed form and energy from the cost model at the synthesized fmax until gate-level power
// exists.
import { resolve } from 'node:path';
import type { TechTable } from '../cost/index.js';
import type { Design } from '../ir/index.js';
import { emitDesign } from '../rtl/index.js';
import { readLiberty, sharedLibertyPath, synthesize, type LibertyText } from '../synth/index.js';
import type { EvalSpec } from './evaluate.js';

export interface SynthFigures {
  areaUm2: number;
  fmaxMHz: number;
  path: string;
}
export type SynthFailure = { error: string; code: string; hint?: string };

let lib: { key: string; value: LibertyText | SynthFailure } | undefined;
function liberty(spec: EvalSpec): LibertyText | SynthFailure {
  const key = `${spec.dir}|${spec.synth.liberty ?? ''}`;
  if (lib?.key === key) return lib.value;
  let value: LibertyText | SynthFailure;
  if (spec.synth.liberty) {
    const r = readLiberty(spec.synth.liberty, spec.dir);
    value = r.value ?? {
      error: r.diagnostics[0].message,
      code: r.diagnostics[0].code,
      ...(r.diagnostics[0].hint ? { hint: r.diagnostics[0].hint } : {}),
    };
  } else {
    const p = sharedLibertyPath();
    value = p
      ? { name: 'ihp-sg13g2 (vendored)', text: readLiberty(p, '/').value!.text }
      : {
          error: 'the vendored IHP SG13G2 liberty is missing from this installation',
          code: 'E0910',
          hint: 'name one with synth: { liberty: file.lib }',
        };
  }
  lib = { key, value };
  return value;
}

export async function synthFigures(d: Design, tech: TechTable, spec: EvalSpec): Promise<SynthFigures | SynthFailure> {
  const l = liberty(spec);
  if ('error' in l) return l;
  const rtl = emitDesign(d);
  if (!rtl.value)
    return {
      error: `no RTL for this design: ${rtl.diagnostics[0]?.message}`,
      code: 'Y0402',
      hint: 'the synth level needs a design the RTL back end supports',
    };
  const r = await synthesize(rtl.value.files, rtl.value.top, {
    liberty: l,
    clockNs: d.clockNs,
    cacheDir: resolve(spec.dir, spec.synth.cache ?? '.tpe-cache/synth'),
  });
  if (!r.value)
    return {
      error: r.diagnostics[0]?.message ?? 'synthesis failed',
      code: r.diagnostics[0]?.code ?? 'Y0401',
      ...(r.diagnostics[0]?.hint ? { hint: r.diagnostics[0].hint } : {}),
    };
  const rep = r.value;
  if (rep.area === undefined || rep.criticalPathPs === undefined)
    return { error: 'synthesis reported no area or critical path', code: 'Y0401' };
  const period = rep.criticalPathPs + (tech.units.delay === 'ps' ? tech.register.clkToQ + tech.register.setup : 0);
  return { areaUm2: rep.area, fmaxMHz: 1e6 / period, path: `${rep.startPoint ?? '?'} -> ${rep.endPoint ?? '?'}` };
}
