// buildRtlModel: the IR -> resolved RTL model, one builder per architecture family. Designs the
// IR accepts but no builder covers are rejected with a diagnostic naming what is unsupported.
import { arrayShape, type Design, type Diagnostic, type Result } from '../../ir/index.js';
import { Lib } from './lib.js';
import { buildOsFamily } from './top-os.js';
import { buildWsFamily } from './top-ws.js';
import { buildBitslice } from './bitslice.js';
import { buildSparse } from './sparse.js';
import type { RtlModel } from './types.js';

// Verilog / SystemVerilog words a design name must not become (the top module is named after it).
const KEYWORDS = new Set(['always', 'and', 'assign', 'begin', 'buf', 'case', 'default', 'else', 'end', 'endcase', 'endmodule', 'for',
  'function', 'generate', 'if', 'initial', 'inout', 'input', 'integer', 'logic', 'module', 'nand', 'nor', 'not', 'or', 'output',
  'parameter', 'reg', 'signed', 'task', 'wire', 'xor', 'bit', 'byte', 'int', 'type', 'class', 'package', 'interface']);

/** The design's module prefix (and top module name): a lower-case Verilog identifier. */
export function moduleprefix(d: Design): string {
  const base = d.name.replace(/[^A-Za-z0-9_]/g, '_').replace(/^([^A-Za-z_])/, 'd_$1').toLowerCase();
  return KEYWORDS.has(base) ? `${base}_tpe` : base;
}

function unsupported(d: Design, what: string, hint?: string): Diagnostic {
  return {
    code: 'E0601', severity: 'error', message: `no RTL template covers this design: ${what}`, span: d.span,
    expected: 'a combination the RTL templates cover (listed in rtl/model/build.ts, checkSupport)',
    hint: hint ?? 'change the design to a supported combination, or simulate it with `tpe sim` only',
  };
}

/**
 * Most PEs the emitter builds: 256 x 256 is 44 MB of Verilog and 0.5 GB of memory to emit; 512 x
 * 512 already needs 1.9 GB, and larger arrays failed deep in the emitter.
 */
export const MAX_RTL_PES = 1 << 16;

/** What the emitter cannot build, as diagnostics (empty when supported). */
export function checkSupport(d: Design): Diagnostic[] {
  const out: Diagnostic[] = [];
  const s = arrayShape(d);
  const pes = s.rows * s.cols * s.depth;
  if (pes > MAX_RTL_PES) return [unsupported(d, `${pes} PEs (the emitter builds at most ${MAX_RTL_PES}, e.g. 256 x 256)`, 'emit a smaller array; tpe sim and tpe estimate take larger ones')];
  const r = d.reduction;
  const enc = d.encoders[0];
  if (!enc) return [unsupported(d, 'no digit encoder')];
  if (enc.operand !== 'A') out.push(unsupported(d, `the j loop encodes operand ${enc.operand}; templates encode A`));
  const osLike = d.architecture === 'systolic-os' || d.architecture === 'matrix2d' || d.architecture === 'cube';
  if (osLike) {
    if (s.rowVar !== 'm' || s.colVar !== 'n') out.push(unsupported(d, `${d.architecture} with rows indexing ${s.rowVar} and columns ${s.colVar} (templates need rows = m, columns = n)`));
    if (d.architecture === 'cube' && s.depth < 1) out.push(unsupported(d, 'cube without a spatial k depth'));
    const ok = (r.k === 'cpa' && r.finalCpa === 'per-product' && r.order === 'bitweight-inner')
      || (r.k === 'carry-save' && (r.finalCpa === 'per-pe-drain' || (r.finalCpa === 'per-row' && d.architecture !== 'cube')));
    if (!ok) out.push(unsupported(d, `${d.architecture} with k reduction ${r.k}, order ${r.order} and final CPA ${r.finalCpa}`));
    if (r.order === 'bitweight-outer' && d.architecture !== 'cube') out.push(unsupported(d, `bit-weight-outer order on ${d.architecture}`));
    if (enc.placement === 'column' || enc.placement === 'group') out.push(unsupported(d, `encoder placement ${enc.placement} on ${d.architecture} (A is shared along a row)`));
    if (d.sparse || d.loops.some((l) => l.var === 'j' && l.mapping === 'temporal')) out.push(unsupported(d, `a temporal (zero-skipping) j loop on ${d.architecture}`));
    return out;
  }
  if (d.architecture === 'systolic-ws' || d.architecture === 'adder-tree') {
    if (s.rowVar !== 'k' || s.colVar !== 'n') out.push(unsupported(d, `${d.architecture} with rows indexing ${s.rowVar} and columns ${s.colVar} (templates need rows = k, columns = n)`));
    const ok = (r.k === 'cpa' && r.finalCpa === 'per-product' && r.order === 'bitweight-inner')
      || (r.k === 'carry-save' && r.finalCpa === 'per-column');
    if (!ok) out.push(unsupported(d, `${d.architecture} with k reduction ${r.k}, order ${r.order} and final CPA ${r.finalCpa}`));
    if (enc.placement === 'column' || enc.placement === 'group') out.push(unsupported(d, `encoder placement ${enc.placement} on ${d.architecture} (A is shared along a row)`));
    if (d.sparse || d.loops.some((l) => l.var === 'j' && l.mapping === 'temporal')) out.push(unsupported(d, `a temporal (zero-skipping) j loop on ${d.architecture}`));
    return out;
  }
  if (d.architecture === 'bitslice') {
    if (s.rowVar !== 'n' || s.colVar !== 'm') out.push(unsupported(d, `bitslice with rows indexing ${s.rowVar} and columns ${s.colVar} (templates need rows = n, columns = m)`));
    const j = d.loops.find((l) => l.var === 'j');
    const i = d.loops.find((l) => l.var === 'i');
    if (!j || j.mapping !== 'temporal' || j.skipZeros !== true) out.push(unsupported(d, 'bitslice whose j loop is not temporal with zero skipping'));
    if (r.k !== 'carry-save' || r.finalCpa !== 'per-pe-drain') out.push(unsupported(d, `bitslice with k reduction ${r.k} and final CPA ${r.finalCpa} (templates keep a carry-save accumulator with a per-PE drain CPA)`));
    if (!d.sparse) {
      if (!i || i.mapping !== 'temporal' || i.skipZeros !== true || d.encoders.length < 2) out.push(unsupported(d, 'bitslice without sparsity groups needs a temporal zero-skipping i loop and a B encoder'));
      else if (d.encoders[1].operand !== 'B') out.push(unsupported(d, 'the i loop must encode B'));
      if (s.depth > 1) out.push(unsupported(d, 'a spatial k depth on the term-pair bitslice'));
    } else if (i) out.push(unsupported(d, 'sparsity groups together with an i loop (both operands decomposed)'));
    return out;
  }
  out.push(unsupported(d, `architecture ${d.architecture} (not yet covered by the templates)`));
  return out;
}

export function buildRtlModel(d: Design): Result<RtlModel> {
  const diags = checkSupport(d);
  if (diags.length) return { diagnostics: diags };
  const p = moduleprefix(d);
  const lib = new Lib(p);
  const fam = d.architecture === 'systolic-ws' || d.architecture === 'adder-tree' ? buildWsFamily(d, lib, p)
    : d.architecture === 'bitslice' ? (d.sparse ? buildSparse(d, lib, p) : buildBitslice(d, lib, p)) : buildOsFamily(d, lib, p);
  for (const m of fam.modules) lib.add(m);
  const modules = lib.all().sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { value: { design: d.name, top: fam.top, modules, tb: fam.tb }, diagnostics: [] };
}
