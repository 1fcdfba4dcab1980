// One JSON Lines row of a sweep: the contract that `tpe merge`, `tpe pareto`, `tpe gate`, the
// HTML report (report/) and users' scripts rely on (issue 12, "Row format"). This file imports
// nothing so any reader can take the types alone.
//
// Field order in the file is the order below (rows are written by one function, sweep/emit.ts),
// numbers have fixed precision (see METRIC_DIGITS), so the same point gives the same bytes.

export const ROW_FORMAT = 1;

export type RowStatus = 'ok' | 'invalid' | 'error';
export type Level = 'fast' | 'sim' | 'synth';

export interface RowDiagnostic {
  /** Stable code: E0401 (an OPT that does not apply), Y0301 (a constraint), ... */
  readonly code: string;
  readonly message: string;
  readonly hint?: string;
  /** file:line:col where a file is involved. */
  readonly at?: string;
}

/** The workload of one row: one GEMM, and which set (model preset, shape list, tensor) it is from. */
export interface RowWorkload {
  /** Canonical workload text: `llama-3-8b:decode:batch=1`, `64x64x128`, `tensor:w.safetensors#name`. */
  readonly set: string;
  /** GEMM name inside the set (qkv, o, gate_up, down, lm_head; `gemm` for a plain shape). */
  readonly gemm: string;
  readonly M: number;
  readonly N: number;
  readonly K: number;
  /** Times the GEMM runs per forward pass: the weight when aggregating over a model. */
  readonly count: number;
  /** Operand data: `normal:0,20`, `uniform`, or `a=empirical:<hash>` for a real tensor. */
  readonly data: string;
}

/** Metrics of an ok row. Physical units need a technology table in um2 / ps / fJ (ihp-sg13g2). */
export interface RowMetrics {
  readonly areaUm2: number | null;
  readonly fmaxMHz: number | null;
  /** Total cycles of the GEMM (an expected value when `cyclesExact` is false). */
  readonly cycles: number;
  readonly energyPerMacPj: number | null;
  /** Effective TOPS/mm2 at fmax, with the workload's utilization. */
  readonly topsPerMm2: number | null;
  readonly topsPerW: number | null;
  /** Useful MACs / (multipliers x cycles). */
  readonly utilization: number;
  readonly macs: number;
  /** cycles / fmax, microseconds. */
  readonly latencyUs: number | null;
  /** 2 x MACs / latency, TOPS. */
  readonly throughputTops: number | null;
  /** Energy of the whole GEMM at fmax, nJ. */
  readonly energyNj: number | null;
  readonly powerMw: number | null;
}

export type MetricName = keyof RowMetrics;

/** Fixed decimals per metric in the file (so rows are deterministic bytes). */
export const METRIC_DIGITS: Record<MetricName, number> = {
  areaUm2: 1,
  fmaxMHz: 2,
  cycles: 1,
  energyPerMacPj: 5,
  topsPerMm2: 5,
  topsPerW: 4,
  utilization: 5,
  macs: 0,
  latencyUs: 4,
  throughputTops: 6,
  energyNj: 3,
  powerMw: 3,
};

/** Whether larger is better (for Pareto objectives and gate regressions). */
export const HIGHER_IS_BETTER: Record<MetricName, boolean> = {
  areaUm2: false,
  fmaxMHz: true,
  cycles: false,
  energyPerMacPj: false,
  topsPerMm2: true,
  topsPerW: true,
  utilization: true,
  macs: true,
  latencyUs: false,
  throughputTops: true,
  energyNj: false,
  powerMw: false,
};

export interface RowDesign {
  /** Name of the engine as evaluated (after the axes and OPT passes: e.g. sa_os_opt1). */
  readonly name: string;
  /** The base design file as the spec names it. */
  readonly file: string;
}

/** What a report needs beyond the metrics (ok rows only; compact). */
export interface RowDetail {
  readonly architecture: string;
  /** OPT passes the evaluated design embodies (derived from the IR, in order opt1..opt4e). */
  readonly opts: readonly string[];
  /** [rows, cols, depth] of the PE array. */
  readonly array: readonly [number, number, number];
  readonly technology: string;
  readonly clockNs: number;
  /** The estimate's limiting timing stage (the critical path's stage name). */
  readonly limiting: string;
  /** Area by block, [name, um2 (or table units)], largest first. */
  readonly area: readonly (readonly [string, number])[];
  /** Energy per MAC by component class, [what, pJ], at fmax. */
  readonly energy: readonly (readonly [string, number])[];
  /** False when cycles are an expected value (zero-skip design on a distribution). */
  readonly cyclesExact: boolean;
  /** How the level sampled a big workload: simulated tiles of all tiles (sim level). */
  readonly sampling?: { readonly tiles: number; readonly of: number };
  /** Relative noise of the level's metrics for this row (gate: INCONCLUSIVE inside it). */
  readonly noise?: Partial<Record<MetricName, number>>;
}

export interface SweepRow {
  /** sha256 (16 hex) of the design IR + workload + level + toolkit version: a content address. */
  readonly key: string;
  /** sha256 (16 hex) of the point's identity (base file, params, workload, level): stable across
   * toolkit versions and design edits, what `tpe gate` matches a baseline on. */
  readonly id: string;
  /** Ordinal of the point in its spec (merge checks every index is present exactly once). */
  readonly index: number;
  readonly status: RowStatus;
  readonly level: Level;
  readonly design: RowDesign;
  /** The axis values of the point (`design` is the base file index when several are swept). */
  readonly params: Readonly<Record<string, string | number>>;
  readonly workload: RowWorkload;
  readonly metrics?: RowMetrics;
  readonly detail?: RowDetail;
  /** When status is not ok: why. */
  readonly diagnostic?: RowDiagnostic;
}

/** The manifest written beside rows.jsonl (what resume and merge check against). */
export interface SweepManifest {
  readonly format: typeof ROW_FORMAT;
  readonly toolkit: string;
  /** sha256 of the normalized spec (axes, designs' contents, workloads, level, seed). */
  readonly spec: string;
  readonly name: string;
  readonly level: Level;
  /** Points of the whole spec (all shards). */
  readonly points: number;
  readonly shard: { readonly index: number; readonly count: number };
  /** The normalized spec itself, so merge can name missing points without the files. */
  readonly normalized: unknown;
}
