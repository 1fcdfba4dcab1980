// The RTL back end's entry for each architecture of ir/architectures.ts: which designs of it the
// templates cover (anything else is E0601, naming what is missing) and the builder of its array
// top and PE. A new architecture adds one entry here; the record type makes a missing one a
// compile error. Designs reach these entries checked by the IR's rules (ir/check.ts), so only
// what the templates do not build is tested here.
import { arrayShape, zeroSkipping, type Architecture, type Design, type Diagnostic } from '../../ir/index.js';
import { buildAdderTree, reductionStages } from './adder-tree.js';
import { buildBitslice } from './bitslice.js';
import { buildLaconic } from './laconic.js';
import type { Lib } from './lib.js';
import { buildSparse } from './sparse.js';
import { buildCubeMac } from './top-cube-mac.js';
import { buildOsFamily } from './top-os.js';
import { buildWsFamily } from './top-ws.js';
import type { RtlModule, TbSpec } from './types.js';

export interface RtlArchitecture {
  /** What the templates cannot build of this design (empty: supported). */
  support(d: Design): Diagnostic[];
  /** The array top, its PE and the modules they instantiate. */
  build(d: Design, lib: Lib, prefix: string): { modules: RtlModule[]; top: string; tb: TbSpec };
}

/** The `reduction` pipeline stage: a register level of a reduction tree, built where there is one. */
function reductionStage(d: Design, where: string): Diagnostic[] {
  return reductionStages(d) > 0
    ? [
        unsupported(
          d,
          `a \`reduction\` pipeline stage on ${where}`,
          'the reduction stage registers a level of the adder tree over k (adder-tree)',
        ),
      ]
    : [];
}

/** A combination the templates do not build, as a diagnostic (rtl/model/architectures.ts lists them). */
export function unsupported(d: Design, what: string, hint?: string): Diagnostic {
  return {
    code: 'E0601',
    severity: 'error',
    message: `no RTL template covers this design: ${what}`,
    span: d.span,
    expected: 'a combination the RTL templates cover (listed in rtl/model/architectures.ts)',
    hint: hint ?? 'change the design to a supported combination, or simulate it with `tpe sim` only',
  };
}

/** systolic-os, matrix2d and cube: the accumulating MAC PE (rtl/model/pe-mac.ts, top-os.ts). */
function outputStationary(d: Design): Diagnostic[] {
  const out: Diagnostic[] = [];
  const s = arrayShape(d);
  const r = d.reduction;
  const enc = d.encoders[0];
  // k lanes in the PE (the cube): the per-row drain and the same-bit-weight order are built only there / not there.
  const cube = d.loops.some((l) => l.var === 'k' && l.mapping === 'spatial');
  if (s.rowVar !== 'm' || s.colVar !== 'n')
    out.push(
      unsupported(d, `${d.architecture} with rows indexing ${s.rowVar} and columns ${s.colVar} (templates need rows = m, columns = n)`),
    );
  const ok =
    (r.k === 'cpa' && r.finalCpa === 'per-product' && r.order === 'bitweight-inner') ||
    (r.k === 'carry-save' && (r.finalCpa === 'per-pe-drain' || r.finalCpa === 'shared' || (r.finalCpa === 'per-row' && !cube)));
  if (!ok) out.push(unsupported(d, `${d.architecture} with k reduction ${r.k}, order ${r.order} and final CPA ${r.finalCpa}`));
  if (r.order === 'bitweight-outer' && !cube) out.push(unsupported(d, `bit-weight-outer order on ${d.architecture}`));
  if (enc.placement === 'column' || enc.placement === 'group')
    out.push(unsupported(d, `encoder placement ${enc.placement} on ${d.architecture} (A is shared along a row)`));
  out.push(...reductionStage(d, d.architecture));
  return out;
}

/** systolic-ws and adder-tree: stationary weights, k down the rows (rtl/model/pe-ws.ts, top-ws.ts). */
function weightStationary(d: Design): Diagnostic[] {
  const out: Diagnostic[] = [];
  const s = arrayShape(d);
  const r = d.reduction;
  const enc = d.encoders[0];
  if (s.rowVar !== 'k' || s.colVar !== 'n')
    out.push(
      unsupported(d, `${d.architecture} with rows indexing ${s.rowVar} and columns ${s.colVar} (templates need rows = k, columns = n)`),
    );
  const ok =
    (r.k === 'cpa' && r.finalCpa === 'per-product' && r.order === 'bitweight-inner') ||
    (r.k === 'carry-save' && r.finalCpa === 'per-column');
  if (!ok) out.push(unsupported(d, `${d.architecture} with k reduction ${r.k}, order ${r.order} and final CPA ${r.finalCpa}`));
  if (enc.placement === 'column' || enc.placement === 'group')
    out.push(unsupported(d, `encoder placement ${enc.placement} on ${d.architecture} (A is shared along a row)`));
  if (d.architecture === 'systolic-ws') out.push(...reductionStage(d, 'systolic-ws (partial sums chain down the column)'));
  return out;
}

/** cube-mac: MAC PEs chained along k into an accumulator per output (rtl/model/top-cube-mac.ts). */
function cubeMac(d: Design): Diagnostic[] {
  const out: Diagnostic[] = [];
  const s = arrayShape(d);
  const r = d.reduction;
  const enc = d.encoders[0];
  if (s.rowVar !== 'm' || s.colVar !== 'n')
    out.push(
      unsupported(d, `cube-mac with rows indexing ${s.rowVar} and columns ${s.colVar} (templates need rows = m, columns = n, depth = k)`),
    );
  const ok =
    (r.k === 'cpa' && r.finalCpa === 'per-product' && r.order === 'bitweight-inner') ||
    (r.k === 'carry-save' && (r.finalCpa === 'per-pe-drain' || r.finalCpa === 'shared'));
  if (!ok)
    out.push(
      unsupported(
        d,
        `cube-mac with k reduction ${r.k}, order ${r.order} and final CPA ${r.finalCpa}`,
        'the chain ends in an accumulator resolved per output (`at drain per pe`) or by a shared resolve stage (`at drain shared N`)',
      ),
    );
  if (enc.placement === 'column' || enc.placement === 'group')
    out.push(unsupported(d, `encoder placement ${enc.placement} on cube-mac (A is shared along a row)`));
  out.push(...reductionStage(d, 'cube-mac (partial sums chain along k)'));
  return out;
}

/** bitslice: term pairs (rtl/model/bitslice.ts) or sparse groups (rtl/model/sparse.ts). */
function bitSlice(d: Design): Diagnostic[] {
  const out: Diagnostic[] = [];
  const s = arrayShape(d);
  const r = d.reduction;
  if (s.rowVar !== 'n' || s.colVar !== 'm')
    out.push(unsupported(d, `bitslice with rows indexing ${s.rowVar} and columns ${s.colVar} (templates need rows = n, columns = m)`));
  if (r.k !== 'carry-save' || r.finalCpa !== 'per-pe-drain')
    out.push(
      unsupported(
        d,
        `bitslice with k reduction ${r.k} and final CPA ${r.finalCpa} (templates keep a carry-save accumulator with a per-PE drain CPA)`,
      ),
    );
  out.push(...reductionStage(d, 'bitslice'));
  return out;
}

/** laconic: term-pair lanes with a histogram (rtl/model/laconic.ts). */
function laconicSupport(d: Design): Diagnostic[] {
  const out: Diagnostic[] = [];
  const s = arrayShape(d);
  const r = d.reduction;
  if (s.rowVar !== 'n' || s.colVar !== 'm')
    out.push(unsupported(d, `laconic with rows indexing ${s.rowVar} and columns ${s.colVar} (templates need rows = n, columns = m)`));
  if (r.k !== 'carry-save' || r.finalCpa !== 'per-pe-drain')
    out.push(
      unsupported(
        d,
        `laconic with k reduction ${r.k} and final CPA ${r.finalCpa} (templates keep a carry-save accumulator with a per-PE drain CPA)`,
      ),
    );
  return out;
}

export const RTL_ARCHITECTURES: Readonly<Record<Architecture, RtlArchitecture>> = {
  'systolic-os': { support: outputStationary, build: buildOsFamily },
  'systolic-ws': { support: weightStationary, build: buildWsFamily },
  cube: { support: outputStationary, build: buildOsFamily },
  'cube-mac': { support: cubeMac, build: buildCubeMac },
  'adder-tree': {
    support: weightStationary,
    build: (d, lib, p) => (reductionStages(d) > 0 ? buildAdderTree(d, lib, p) : buildWsFamily(d, lib, p)),
  },
  matrix2d: { support: outputStationary, build: buildOsFamily },
  laconic: { support: laconicSupport, build: buildLaconic },
  bitslice: { support: bitSlice, build: (d, lib, p) => (zeroSkipping(d) === 'groups' ? buildSparse(d, lib, p) : buildBitslice(d, lib, p)) },
};
