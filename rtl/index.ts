// Public face of the RTL back end: emit deterministic Verilog for a design.
import type { Design, Result } from '../ir/index.js';
import { buildRtlModel, checkSupport } from './model/build.js';
import { renderModel } from './render.js';

export { buildRtlModel, checkSupport };
export type { RtlModel, TbSpec } from './model/types.js';
export { TOOLKIT_VERSION } from './render.js';

export interface EmittedRtl {
  /** Name of the top module. */
  readonly top: string;
  /** One file per module, `<module>.v`, sorted by name. */
  readonly files: { name: string; text: string }[];
}

/** The Verilog of a design: every module in its own file, same input same bytes. */
export function emitDesign(design: Design): Result<EmittedRtl> {
  const m = buildRtlModel(design);
  if (!m.value) return { diagnostics: m.diagnostics };
  const source = design.span.file;
  return { value: { top: m.value.top, files: renderModel(m.value, source) }, diagnostics: m.diagnostics };
}
