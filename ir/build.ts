// Programmatic construction of canonical designs: the baseline of every architecture and its
// optimized variants, as the examples state them. Used by tests and random-design generators;
// the DSL is the user-facing way to write the same IR.
import { syntheticSpan } from './diagnostic.js';
import { digitCount } from './derive.js';
import type {
  Architecture, Design, DigitEncoding, Encoder, Flow, IntType, Loop, LoopVar, Movement,
  OperandName, PipelineStage, Placement, Reduction,
} from './types.js';

export type Variant = 'baseline' | 'opt1' | 'opt1-row' | 'opt2' | 'opt3' | 'opt4c' | 'opt4e';

export interface PresetOptions {
  name?: string;
  rows?: number;
  cols?: number;
  /** Spatial k extent (cube depth, adder-tree height is `rows`), or the OPT4E group. */
  depth?: number;
  A?: IntType;
  B?: IntType;
  acc?: IntType;
  encoding?: DigitEncoding;
  pipeline?: PipelineStage[];
  clockNs?: number;
  technology?: string;
  groupSize?: number;
}

const S = syntheticSpan();
const int = (bits: number, signed = true): IntType => ({ signed, bits });
const loop = (v: LoopVar, mapping: 'spatial' | 'temporal', size?: number, skipZeros?: boolean): Loop => ({
  var: v, mapping, ...(size !== undefined ? { size } : {}), ...(skipZeros !== undefined ? { skipZeros } : {}), span: S,
});
const flow = (operand: OperandName | 'C', along: LoopVar, movement: Movement): Flow => ({ operand, along, movement, span: S });
const enc = (operand: OperandName, scheme: DigitEncoding, placement: Placement): Encoder => ({ operand, scheme, placement, span: S });

/** Which variants each architecture supports (DESIGN.md: OPT1/2 on classic, OPT3/4 on bit-slice). */
export const VARIANTS: Record<Architecture, Variant[]> = {
  'systolic-os': ['baseline', 'opt1', 'opt1-row'],
  'systolic-ws': ['baseline', 'opt1', 'opt2'],
  cube: ['baseline', 'opt1', 'opt2'],
  'adder-tree': ['baseline', 'opt1', 'opt2'],
  matrix2d: ['baseline', 'opt1', 'opt1-row'],
  bitslice: ['baseline', 'opt3', 'opt4c', 'opt4e'],
};

export function presetDesign(arch: Architecture, variant: Variant = 'baseline', o: PresetOptions = {}): Design {
  if (!VARIANTS[arch].includes(variant)) throw new Error(`variant ${variant} does not apply to ${arch}`);
  const A = o.A ?? int(8);
  const B = o.B ?? int(8);
  const acc = o.acc ?? int(32, A.signed || B.signed);
  const rows = o.rows ?? (arch === 'cube' ? 4 : 8);
  const cols = o.cols ?? (arch === 'cube' ? 4 : 8);
  const depth = o.depth ?? (arch === 'cube' ? 4 : 2);
  const scheme: DigitEncoding = o.encoding ?? (arch === 'bitslice' && variant !== 'baseline' ? 'ent' : 'booth4');
  const dA = digitCount(A, scheme);
  let baseRed: Reduction = { j: 'carry-save', k: 'cpa', order: 'bitweight-inner', finalCpa: 'per-product', span: S };
  let loops: Loop[];
  let flows: Flow[];
  let encoders: Encoder[] = [enc('A', scheme, 'pe')];
  let sparse: Design['sparse'];
  let peGroup: number | undefined;
  switch (arch) {
    case 'systolic-os':
    case 'matrix2d': {
      const mv: Movement = arch === 'systolic-os' ? 'systolic' : 'broadcast';
      loops = [loop('k', 'temporal'), loop('m', 'spatial', rows), loop('n', 'spatial', cols), loop('j', 'spatial', dA)];
      flows = [flow('A', 'n', mv), flow('B', 'm', mv), flow('C', 'k', 'stationary')];
      if (variant === 'opt1') baseRed = { ...baseRed, k: 'carry-save', finalCpa: 'per-pe-drain' };
      if (variant === 'opt1-row') baseRed = { ...baseRed, k: 'carry-save', finalCpa: 'per-row' };
      break;
    }
    case 'systolic-ws':
    case 'adder-tree': {
      loops = [loop('m', 'temporal'), loop('k', 'spatial', rows), loop('n', 'spatial', cols), loop('j', 'spatial', dA)];
      flows = arch === 'systolic-ws'
        ? [flow('B', 'm', 'stationary'), flow('A', 'n', 'systolic'), flow('C', 'k', 'systolic')]
        : [flow('B', 'm', 'stationary'), flow('A', 'n', 'broadcast')];
      if (variant === 'opt1') baseRed = { ...baseRed, k: 'carry-save', finalCpa: 'per-column' };
      if (variant === 'opt2') {
        baseRed = { ...baseRed, k: 'carry-save', order: 'bitweight-outer', finalCpa: 'per-column' };
        encoders = [enc('A', scheme, 'row')];
      }
      break;
    }
    case 'cube': {
      loops = [loop('m', 'spatial', rows), loop('n', 'spatial', cols), loop('k', 'spatial', depth), loop('j', 'spatial', dA)];
      flows = [flow('A', 'n', 'broadcast'), flow('B', 'm', 'broadcast'), flow('C', 'k', 'stationary')];
      if (variant === 'opt1') baseRed = { ...baseRed, k: 'carry-save', finalCpa: 'per-pe-drain' };
      if (variant === 'opt2') {
        baseRed = { ...baseRed, k: 'carry-save', order: 'bitweight-outer', finalCpa: 'per-pe-drain' };
        encoders = [enc('A', scheme, 'row')];
      }
      break;
    }
    case 'bitslice': {
      // Rows index n and columns index m, so the PEs sharing A[m,k] form a column (OPT4C).
      flows = [flow('A', 'n', 'broadcast'), flow('B', 'm', 'broadcast'), flow('C', 'k', 'stationary')];
      baseRed = { ...baseRed, k: 'carry-save', finalCpa: 'per-pe-drain' };
      if (variant === 'baseline') {
        loops = [loop('k', 'temporal'), loop('n', 'spatial', rows), loop('m', 'spatial', cols), loop('j', 'temporal', undefined, true), loop('i', 'temporal', undefined, true)];
        encoders = [enc('A', scheme, 'pe'), enc('B', scheme, 'pe')];
      } else {
        const g = o.groupSize ?? 4;
        sparse = { groupSize: g, span: S };
        const placement: Placement = variant === 'opt3' ? 'pe' : 'column';
        encoders = [enc('A', scheme, placement)];
        if (variant === 'opt4e') {
          peGroup = depth;
          loops = [loop('n', 'spatial', rows), loop('m', 'spatial', cols), loop('k', 'spatial', depth), loop('j', 'temporal', undefined, true)];
        } else {
          loops = [loop('k', 'temporal'), loop('n', 'spatial', rows), loop('m', 'spatial', cols), loop('j', 'temporal', undefined, true)];
        }
      }
      break;
    }
  }
  return {
    irVersion: 1,
    name: o.name ?? `${arch.replace(/-/g, '_')}_${variant.replace(/-/g, '_')}`,
    architecture: arch,
    types: { A, B, acc },
    encoders,
    loops,
    flows,
    reduction: baseRed,
    ...(sparse ? { sparse } : {}),
    ...(peGroup !== undefined ? { peGroup } : {}),
    pipeline: o.pipeline ?? [],
    clockNs: o.clockNs ?? 2.0,
    technology: o.technology ?? 'generic',
    span: S,
  };
}
