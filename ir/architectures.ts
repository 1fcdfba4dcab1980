// The architectures the toolkit knows, one definition each (DESIGN.md section 2): what the nest
// of each looks like (spatial loops, movements), its canonical preset and variants, which OPT
// passes apply, its family and how many products one PE issues per cycle. Everything else that
// is specific to an architecture sits in one typed entry per back end, keyed by these names:
// simulator/architectures.ts (stepped engine + closed-form cycles), cost/architectures.ts
// (inventory), rtl/model/architectures.ts (support check + builder). Adding an architecture is
// one definition here plus one entry in each of those (docs/ARCHITECTURES.md).
import { syntheticSpan } from './diagnostic.js';
import type {
  Design,
  DigitEncoding,
  Encoder,
  Flow,
  IntType,
  Loop,
  LoopVar,
  Movement,
  OperandName,
  Placement,
  Reduction,
  Sparsity,
} from './types.js';

/**
 * How the hardware reduces over k and digits, which decides the shape of the engine:
 * 'output-stationary': each PE holds C and accumulates over temporal k steps (a cube PE reduces
 * its Kp lanes first); 'weight-stationary': k is spatial along the rows, m is temporal, sums
 * leave the bottom of each column; 'bit-slice': digits are stepped over time, zeros skipped.
 */
export type ArchitectureFamily = 'output-stationary' | 'weight-stationary' | 'bit-slice';

/** The preset variants (ir/build.ts presetDesign): the baseline and the paper's optimizations. */
export type Variant = 'baseline' | 'opt1' | 'opt1-row' | 'opt1-shared' | 'opt2' | 'opt3' | 'opt4c' | 'opt4e';

export type OptName = 'opt1' | 'opt2' | 'opt3' | 'opt4c' | 'opt4e';

/** A movement the nest must state, as (operand, loop, movement). */
export interface FlowRule {
  readonly operand: OperandName | 'C';
  readonly along: LoopVar;
  readonly movement: Movement;
}

/** What presetDesign resolved before asking the definition for its nest. */
export interface PresetShape {
  readonly rows: number;
  readonly cols: number;
  /** Spatial k extent (cube depth), or the OPT4E group. */
  readonly depth: number;
  readonly scheme: DigitEncoding;
  /** Digits of A in that scheme (the size of a spatial j loop). */
  readonly digits: number;
  /** OPT3 sparse group size. */
  readonly groupSize: number;
  /** OPT1 with a shared resolve stage: its CPA lanes. */
  readonly lanes: number;
}

/** The parts of a preset that differ between architectures and variants. */
export interface PresetNest {
  readonly loops: Loop[];
  readonly flows: Flow[];
  readonly reduction: Reduction;
  readonly encoders: Encoder[];
  readonly sparse?: Sparsity;
  readonly peGroup?: number;
}

export interface ArchitectureDef {
  /** One line: what the architecture is. */
  readonly doc: string;
  readonly family: ArchitectureFamily;
  /** The sets of spatial m/n/k loops the nest may unroll, each sorted and comma-joined ('k,m,n'). */
  readonly spatial: readonly string[];
  /** Exactly the movements the nest states (checked both ways). */
  readonly flows: readonly FlowRule[];
  /** Preset variants, baseline first. */
  readonly variants: readonly Variant[];
  /** The OPT passes that apply; the others refuse with E0401. */
  readonly optimizations: readonly OptName[];
  /** Array size of the canonical preset. */
  readonly preset: { readonly rows: number; readonly cols: number; readonly depth: number; encoding(v: Variant): DigitEncoding };
  /** The loops, movements, reduction and encoders of a preset variant. */
  nest(v: Variant, s: PresetShape): PresetNest;
  /** Products (bit-slice: digit terms) one PE takes per cycle: its k lanes. */
  lanes(d: Design): number;
  /**
   * Partial sums chain along a spatial k (C systolic along k) into one accumulator per output at
   * the chain's end, kept across the temporal k steps (cube-mac): like a stationary C, it can be
   * resolved at drain (per PE, per row or by a shared resolve stage).
   */
  readonly chainAccumulator: boolean;
  /**
   * Cycles from the issue of a tile's last k step to the last accumulation of PE (row, col)'s
   * accumulator, pipeline stages not counted (docs/CYCLES.md): the skew of a systolic array, the
   * k chain of a cube of MAC PEs. The shared resolve stage reads the PEs in this order.
   */
  resultLag(d: Design, row: number, col: number): number;
}

const S = syntheticSpan();
export const intType = (bits: number, signed = true): IntType => ({ signed, bits });
export const loop = (v: LoopVar, mapping: 'spatial' | 'temporal', size?: number, skipZeros?: boolean): Loop => ({
  var: v,
  mapping,
  ...(size !== undefined ? { size } : {}),
  ...(skipZeros !== undefined ? { skipZeros } : {}),
  span: S,
});
export const flow = (operand: OperandName | 'C', along: LoopVar, movement: Movement): Flow => ({ operand, along, movement, span: S });
export const encoder = (operand: OperandName, scheme: DigitEncoding, placement: Placement): Encoder => ({
  operand,
  scheme,
  placement,
  span: S,
});
const flowsOf = (rules: readonly FlowRule[]): Flow[] => rules.map((f) => flow(f.operand, f.along, f.movement));

const BASE_REDUCTION: Reduction = { j: 'carry-save', k: 'cpa', order: 'bitweight-inner', finalCpa: 'per-product', span: S };
const booth = () => 'booth4' as const;
const spatialK = (d: Design) => {
  const k = d.loops.find((l) => l.var === 'k');
  return k && k.mapping === 'spatial' ? (k.size ?? 1) : 1;
};

/** systolic-os and matrix2d: m and n spatial, k temporal, C accumulated in each PE. */
function outputStationary(movement: Movement, doc: string): ArchitectureDef {
  const flows: FlowRule[] = [
    { operand: 'A', along: 'n', movement },
    { operand: 'B', along: 'm', movement },
    { operand: 'C', along: 'k', movement: 'stationary' },
  ];
  return {
    doc,
    family: 'output-stationary',
    spatial: ['m,n'],
    flows,
    variants: ['baseline', 'opt1', 'opt1-row', 'opt1-shared'],
    optimizations: ['opt1'],
    preset: { rows: 8, cols: 8, depth: 2, encoding: booth },
    nest: (v, s) => ({
      loops: [loop('k', 'temporal'), loop('m', 'spatial', s.rows), loop('n', 'spatial', s.cols), loop('j', 'spatial', s.digits)],
      flows: flowsOf(flows),
      reduction:
        v === 'opt1'
          ? { ...BASE_REDUCTION, k: 'carry-save', finalCpa: 'per-pe-drain' }
          : v === 'opt1-row'
            ? { ...BASE_REDUCTION, k: 'carry-save', finalCpa: 'per-row' }
            : v === 'opt1-shared'
              ? { ...BASE_REDUCTION, k: 'carry-save', finalCpa: 'shared', lanes: s.lanes }
              : BASE_REDUCTION,
      encoders: [encoder('A', s.scheme, 'pe')],
    }),
    lanes: () => 1,
    chainAccumulator: false,
    // A systolic PE (r, c) takes k step s at s + r + c; a broadcast one at s.
    resultLag: (_d, r, c) => (movement === 'systolic' ? r + c : 0),
  };
}

/** systolic-ws and adder-tree: k spatial along the rows, n along the columns, m temporal. */
function weightStationary(flows: FlowRule[], doc: string): ArchitectureDef {
  return {
    doc,
    family: 'weight-stationary',
    spatial: ['k,n'],
    flows,
    variants: ['baseline', 'opt1', 'opt2'],
    optimizations: ['opt1', 'opt2'],
    preset: { rows: 8, cols: 8, depth: 2, encoding: booth },
    nest: (v, s) => ({
      loops: [loop('m', 'temporal'), loop('k', 'spatial', s.rows), loop('n', 'spatial', s.cols), loop('j', 'spatial', s.digits)],
      flows: flowsOf(flows),
      reduction:
        v === 'opt1'
          ? { ...BASE_REDUCTION, k: 'carry-save', finalCpa: 'per-column' }
          : v === 'opt2'
            ? { ...BASE_REDUCTION, k: 'carry-save', order: 'bitweight-outer', finalCpa: 'per-column' }
            : BASE_REDUCTION,
      encoders: [encoder('A', s.scheme, v === 'opt2' ? 'row' : 'pe')],
    }),
    lanes: () => 1,
    chainAccumulator: false,
    resultLag: () => 0,
  };
}

const DEFS = {
  'systolic-os': outputStationary(
    'systolic',
    'output-stationary systolic array: A moves along rows, B down columns, C accumulates in each PE',
  ),
  'systolic-ws': weightStationary(
    [
      { operand: 'B', along: 'm', movement: 'stationary' },
      { operand: 'A', along: 'n', movement: 'systolic' },
      { operand: 'C', along: 'k', movement: 'systolic' },
    ],
    'weight-stationary systolic array: B held in the PEs, A moves along rows, partial sums down columns',
  ),
  cube: {
    doc: '3D-Cube (Ascend-style): m, n and k spatial, A and B broadcast, a k-deep dot product per PE accumulated over k steps',
    family: 'output-stationary',
    spatial: ['k,m,n'],
    flows: [
      { operand: 'A', along: 'n', movement: 'broadcast' },
      { operand: 'B', along: 'm', movement: 'broadcast' },
      { operand: 'C', along: 'k', movement: 'stationary' },
    ],
    variants: ['baseline', 'opt1', 'opt2'],
    optimizations: ['opt1', 'opt2'],
    preset: { rows: 4, cols: 4, depth: 4, encoding: booth },
    nest: (v, s) => ({
      loops: [loop('m', 'spatial', s.rows), loop('n', 'spatial', s.cols), loop('k', 'spatial', s.depth), loop('j', 'spatial', s.digits)],
      flows: [flow('A', 'n', 'broadcast'), flow('B', 'm', 'broadcast'), flow('C', 'k', 'stationary')],
      reduction:
        v === 'opt1'
          ? { ...BASE_REDUCTION, k: 'carry-save', finalCpa: 'per-pe-drain' }
          : v === 'opt2'
            ? { ...BASE_REDUCTION, k: 'carry-save', order: 'bitweight-outer', finalCpa: 'per-pe-drain' }
            : BASE_REDUCTION,
      encoders: [encoder('A', s.scheme, v === 'opt2' ? 'row' : 'pe')],
    }),
    lanes: spatialK,
    chainAccumulator: false,
    resultLag: () => 0,
  },
  'cube-mac': {
    doc: '3D-Cube of MAC PEs (published style): m, n and k spatial, A broadcast along n, B along m, partial sums chained along k through registered MAC PEs into one accumulator per output',
    family: 'output-stationary',
    spatial: ['k,m,n'],
    flows: [
      { operand: 'A', along: 'n', movement: 'broadcast' },
      { operand: 'B', along: 'm', movement: 'broadcast' },
      { operand: 'C', along: 'k', movement: 'systolic' },
    ],
    variants: ['baseline', 'opt1', 'opt1-shared', 'opt2'],
    optimizations: ['opt1', 'opt2'],
    preset: { rows: 4, cols: 4, depth: 4, encoding: booth },
    nest: (v, s) => ({
      loops: [loop('m', 'spatial', s.rows), loop('n', 'spatial', s.cols), loop('k', 'spatial', s.depth), loop('j', 'spatial', s.digits)],
      flows: [flow('A', 'n', 'broadcast'), flow('B', 'm', 'broadcast'), flow('C', 'k', 'systolic')],
      // OPT1: the chained partial sums and the accumulator at the chain's end in carry-save.
      reduction:
        v === 'opt1'
          ? { ...BASE_REDUCTION, k: 'carry-save', finalCpa: 'per-pe-drain' }
          : v === 'opt1-shared'
            ? { ...BASE_REDUCTION, k: 'carry-save', finalCpa: 'shared', lanes: s.lanes }
            : v === 'opt2'
              ? { ...BASE_REDUCTION, k: 'carry-save', order: 'bitweight-outer', finalCpa: 'per-pe-drain' }
              : BASE_REDUCTION,
      encoders: [encoder('A', s.scheme, v === 'opt2' ? 'row' : 'pe')],
    }),
    lanes: spatialK,
    chainAccumulator: true,
    // Step s enters k layer e at s + e; the chain's end reaches the accumulator Kp cycles later.
    resultLag: (d) => spatialK(d),
  },
  'adder-tree': weightStationary(
    [
      { operand: 'B', along: 'm', movement: 'stationary' },
      { operand: 'A', along: 'n', movement: 'broadcast' },
    ],
    'multiplier-adder tree: B held in the PEs, A broadcast along rows, a tree over k per column',
  ),
  matrix2d: outputStationary(
    'broadcast',
    '2D-Matrix (outer-product style): A broadcast along rows, B along columns, C accumulates in each PE',
  ),
  bitslice: {
    doc: 'bit-slice (Laconic-style): digits stepped over time with zero digits skipped; OPT3/OPT4 group sparsity',
    family: 'bit-slice',
    spatial: ['m,n', 'k,m,n'],
    flows: [
      { operand: 'A', along: 'n', movement: 'broadcast' },
      { operand: 'B', along: 'm', movement: 'broadcast' },
      { operand: 'C', along: 'k', movement: 'stationary' },
    ],
    variants: ['baseline', 'opt3', 'opt4c', 'opt4e'],
    optimizations: ['opt3', 'opt4c', 'opt4e'],
    preset: { rows: 8, cols: 8, depth: 2, encoding: (v) => (v === 'baseline' ? 'booth4' : 'ent') },
    nest: (v, s) => {
      // Rows index n and columns index m, so the PEs sharing A[m,k] form a column (OPT4C).
      const flows = [flow('A', 'n', 'broadcast'), flow('B', 'm', 'broadcast'), flow('C', 'k', 'stationary')];
      const reduction: Reduction = { ...BASE_REDUCTION, k: 'carry-save', finalCpa: 'per-pe-drain' };
      if (v === 'baseline') {
        return {
          loops: [
            loop('k', 'temporal'),
            loop('n', 'spatial', s.rows),
            loop('m', 'spatial', s.cols),
            loop('j', 'temporal', undefined, true),
            loop('i', 'temporal', undefined, true),
          ],
          flows,
          reduction,
          encoders: [encoder('A', s.scheme, 'pe'), encoder('B', s.scheme, 'pe')],
        };
      }
      const sparse: Sparsity = { groupSize: s.groupSize, span: S };
      const encoders = [encoder('A', s.scheme, v === 'opt3' ? 'pe' : 'column')];
      if (v === 'opt4e') {
        return {
          loops: [
            loop('n', 'spatial', s.rows),
            loop('m', 'spatial', s.cols),
            loop('k', 'spatial', s.depth),
            loop('j', 'temporal', undefined, true),
          ],
          flows,
          reduction,
          encoders,
          sparse,
          peGroup: s.depth,
        };
      }
      return {
        loops: [loop('k', 'temporal'), loop('n', 'spatial', s.rows), loop('m', 'spatial', s.cols), loop('j', 'temporal', undefined, true)],
        flows,
        reduction,
        encoders,
        sparse,
      };
    },
    lanes: (d) => d.peGroup ?? 1,
    chainAccumulator: false,
    resultLag: () => 0,
  },
  laconic: {
    doc: 'Laconic-class bit-slice (Sharify et al., ISCA 2019): both operands as Booth terms, each PE takes one term pair on each of its k lanes per cycle, the products (signed powers of two) counted per exponent (a histogram), then combined',
    family: 'bit-slice',
    spatial: ['k,m,n'],
    flows: [
      { operand: 'A', along: 'n', movement: 'broadcast' },
      { operand: 'B', along: 'm', movement: 'broadcast' },
      { operand: 'C', along: 'k', movement: 'stationary' },
    ],
    variants: ['baseline'],
    optimizations: [],
    preset: { rows: 16, cols: 1, depth: 16, encoding: booth },
    nest: (_v, s) => ({
      // Rows index n and columns index m, as in bitslice; k is the PE's term-pair lanes.
      loops: [
        loop('n', 'spatial', s.rows),
        loop('m', 'spatial', s.cols),
        loop('k', 'spatial', s.depth),
        loop('j', 'temporal', undefined, true),
        loop('i', 'temporal', undefined, true),
      ],
      flows: [flow('A', 'n', 'broadcast'), flow('B', 'm', 'broadcast'), flow('C', 'k', 'stationary')],
      reduction: { ...BASE_REDUCTION, k: 'carry-save', finalCpa: 'per-pe-drain' },
      encoders: [encoder('A', s.scheme, 'pe'), encoder('B', s.scheme, 'pe')],
      peGroup: s.depth,
    }),
    lanes: (d) => d.peGroup ?? 1,
    chainAccumulator: false,
    resultLag: () => 0,
  },
} as const satisfies Record<string, ArchitectureDef>;

/**
 * The family the nest belongs to (DESIGN.md section 2). Stated in the header and checked
 * against the loops and movements by validation, so back ends can dispatch on it safely.
 */
export type Architecture = keyof typeof DEFS;

/** Every architecture's definition, by name (the order is the order tables list them in). */
export const ARCHITECTURE_DEFS: Readonly<Record<Architecture, ArchitectureDef>> = DEFS;

export const ARCHITECTURES = Object.keys(ARCHITECTURE_DEFS) as readonly Architecture[];

export function architectureDef(a: Architecture): ArchitectureDef {
  return ARCHITECTURE_DEFS[a];
}

/** The definition of a design's architecture. */
export function architectureOf(d: Design): ArchitectureDef {
  return ARCHITECTURE_DEFS[d.architecture];
}

/** Products (bit-slice: digit terms) one PE takes per cycle at full rate. */
export function lanesPerPe(d: Design): number {
  return ARCHITECTURE_DEFS[d.architecture].lanes(d);
}
