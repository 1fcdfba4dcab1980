// The one IR of the toolkit. `dsl/` produces it; simulator, cost model, RTL emitter and
// reports consume it. It imports nothing else of ours (checked by test/architecture.test.ts).
//
// The IR is semantic: it says which loops are spatial or temporal, how operands move, how each
// reduction is resolved and where shared logic sits. The loop nest with its primitives
// (encode/map/shift/half_reduce/add/accumulate/sparse/sync) is the DSL's concrete view of it and
// is printed back from these fields (dsl/print.ts). All objects are treated as immutable.

/** 1-based line and column, 0-based character offset. */
export interface SourcePos {
  readonly line: number;
  readonly col: number;
  readonly offset: number;
}

/** Where a construct came from. `file` is as given by the user (never made absolute). */
export interface Span {
  readonly file: string;
  readonly start: SourcePos;
  /** Exclusive end. */
  readonly end: SourcePos;
}

export type OperandName = 'A' | 'B';

/** A two's-complement (signed) or plain binary (unsigned) integer type. */
export interface IntType {
  readonly signed: boolean;
  /** Operands: 2..16. Accumulator: 2..64. */
  readonly bits: number;
}

import type { Architecture } from './architectures.js';
/** The architecture names: one definition each in ir/architectures.ts. */
export type { Architecture };

export const DIGIT_ENCODINGS = ['binary', 'booth4', 'ent'] as const;
/** binary: radix 2, digits {0,1} (MSB negative if signed); booth4: radix-4 MBE {-2..2}; ent: EN-T. */
export type DigitEncoding = (typeof DIGIT_ENCODINGS)[number];

export const PLACEMENTS = ['pe', 'row', 'column', 'group'] as const;
/**
 * Where the encoder (and the candidate partial-product generator / sparse encoder) sits.
 * Rows and columns follow the nest: the first spatial loop of m/n indexes rows, the second
 * indexes columns; a "row" is the PEs sharing the first index (it spans the second loop).
 * 'group': shared by a PE group along k (OPT4E), see Design.peGroup.
 */
export type Placement = (typeof PLACEMENTS)[number];

export const MOVEMENTS = ['systolic', 'broadcast', 'stationary'] as const;
export type Movement = (typeof MOVEMENTS)[number];

export type ReductionMode = 'carry-save' | 'cpa';

export const CPA_PLACEMENTS = ['per-product', 'per-pe-drain', 'per-row', 'per-column'] as const;
/**
 * Where the carry-propagate adder that yields binary results sits.
 * per-product: every product is resolved before accumulation (baseline MAC);
 * per-pe-drain: one CPA per PE resolves the carry-save accumulator when the tile ends (OPT1);
 * per-row: one CPA per row, results stream through it one per cycle at drain (OPT1);
 * per-column: one CPA at the bottom of each column / output of each tree (WS, adder tree).
 */
export type CpaPlacement = (typeof CPA_PLACEMENTS)[number];

export const PIPELINE_STAGES = ['operands', 'partial-products', 'tree', 'reduction'] as const;
/**
 * Extra register stages between operand entry and accumulation, each adding one cycle.
 * 'reduction' is a register level inside a reduction across PEs or lanes (the adder tree over k,
 * the Laconic histogram); it may be listed more than once, one register level each.
 */
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

/** m, n, k: the GEMM loops. j: digits of the encoded operand. i: bits/digits of the other (bit-slice). */
export type LoopVar = 'm' | 'n' | 'k' | 'j' | 'i';

export interface Loop {
  readonly var: LoopVar;
  readonly mapping: 'spatial' | 'temporal';
  /**
   * Spatial loops: the hardware extent (m/n/k), or for j/i the number of digits built in parallel
   * (must equal the digit count). A spatial m/n/k loop implies temporal tiles over it.
   * Temporal loops: undefined (problem sized for m/n/k, digit count for j/i).
   */
  readonly size?: number;
  /** Temporal j/i only: zero digits are skipped (sparse encoder), so cycles are data dependent. */
  readonly skipZeros?: boolean;
  readonly span: Span;
}

/** How an operand (or the partial sums C) moves along a spatial loop it does not index. */
export interface Flow {
  readonly operand: OperandName | 'C';
  readonly along: LoopVar;
  readonly movement: Movement;
  readonly span: Span;
}

export interface Encoder {
  /** The operand decomposed into digits: A for the j loop, B for the i loop (bit-slice only). */
  readonly operand: OperandName;
  readonly scheme: DigitEncoding;
  readonly placement: Placement;
  readonly span: Span;
}

export interface Reduction {
  /** The digits of one product (j): compressor tree (carry-save) or a chain of CPAs. */
  readonly j: ReductionMode;
  /** The k reduction (spatial tree/chain or temporal accumulation). carry-save = OPT1 style. */
  readonly k: ReductionMode;
  /**
   * 'bitweight-inner': each product is formed, then products are summed over k (classic).
   * 'bitweight-outer': partial products of equal bit weight are compressed across k first,
   * then the weights are combined once (OPT2). Needs a spatial k loop.
   */
  readonly order: 'bitweight-inner' | 'bitweight-outer';
  readonly finalCpa: CpaPlacement;
  readonly span: Span;
}

/** Zero-digit skipping over groups of k-elements (OPT3): the sparse encoder scans one digit
 * position of `groupSize` k-elements and issues one nonzero digit per cycle. */
export interface Sparsity {
  readonly groupSize: number;
  readonly span: Span;
}

export interface Design {
  readonly irVersion: 1;
  readonly name: string;
  /** The leading comment of the file, if any: what the design is. */
  readonly doc?: string;
  readonly architecture: Architecture;
  readonly types: {
    readonly A: IntType;
    readonly B: IntType;
    /** The accumulator (and output C) type; always signed if either operand is signed. */
    readonly acc: IntType;
  };
  /** Where the types were written (messages about a type point there); absent when built by code. */
  readonly typeSpans?: { readonly A?: Span; readonly B?: Span; readonly acc?: Span };
  /** Where the engine name and the technology value were written (their rules point there). */
  readonly nameSpan?: Span;
  readonly technologySpan?: Span;
  /** One encoder for the j loop's operand; a second for the i loop in bit-slice designs. */
  readonly encoders: readonly Encoder[];
  /** Outer to inner, as written. Each var at most once. */
  readonly loops: readonly Loop[];
  readonly flows: readonly Flow[];
  readonly reduction: Reduction;
  readonly sparse?: Sparsity;
  /** OPT4E: the k-extent of a PE group sharing one wider compressor (the spatial k size). */
  readonly peGroup?: number;
  readonly pipeline: readonly PipelineStage[];
  /** Target clock period in nanoseconds. */
  readonly clockNs: number;
  /** Technology table name: 'generic', 'ihp-sg13g2', or a path to a JSON table. */
  readonly technology: string;
  /**
   * The longest reduction the design is built for (`workload K <= k`): the accumulator range is
   * checked against it (W0306) and a longer simulated K is flagged.
   */
  readonly workload?: { readonly k: number; readonly span: Span };
  readonly span: Span;
}
