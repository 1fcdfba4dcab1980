// Public face of the RTL back end: emit deterministic Verilog for a design.
//
// Every top shares one port protocol (rtl-templates/top-*.v.hbs): clk, rst (synchronous), start
// (pulse: begin a tile), cfg_k (k steps / groups of the tile) or cfg_m (rows of A, WS / adder
// tree); the array's controller requests operands with a_rd/a_idx and b_rd/b_idx and expects them
// in the same cycle on a_in/b_in (ideal memory); results leave on out_data with one valid bit per
// output lane (out_vld). rtl/model/types.ts TbSpec says which (m, n, k) each bus lane carries;
// the generic testbench (rtl/sim/testbench.ts) is built from it. Tile cycles follow
// docs/CYCLES.md and are produced by the RTL's controllers, skew registers and drain logic.
import type { Design, Result } from '../ir/index.js';
import { buildRtlModel, checkSupport } from './model/build.js';
import { renderModel } from './render.js';

export { buildRtlModel, checkSupport };
export type { RtlModel, TbSpec } from './model/types.js';
export { TOOLKIT_VERSION } from './render.js';

export interface EmittedRtl {
  /** The design's name (emitted files name it in their header; rtl/write.ts keys on it). */
  readonly design: string;
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
  return { value: { design: design.name, top: m.value.top, files: renderModel(m.value, source) }, diagnostics: m.diagnostics };
}
