// Public face of sweep/: specs, point spaces, the runner, merge, Pareto, the gate, SCALE-Sim
// import, and the row format (sweep/row.ts) every reader relies on.
export * from './row.js';
export {
  loadSpec,
  parseSpecText,
  sweepSchema,
  AXIS_NAMES,
  type Axis,
  type AxisName,
  type AxisValue,
  type Constraint,
  type NormalizedSpec,
  type Sample,
  type SweepSpec,
  type TensorWorkload,
  type WorkloadPoint,
} from './spec.js';
export { PointSpace, parseShard, type Combo, type Point, type Shard } from './points.js';
export { applyAxes } from './axes.js';
export { Evaluator, LEVEL_NOISE, loadBases, type EvalSpec } from './evaluate.js';
export { runSweep, ROWS_FILE, MANIFEST_FILE, type RunOptions, type RunResult } from './runner.js';
export { mergeResults, resolveInput, describePoint, type MergeInput, type MergeResult } from './merge.js';
export { pareto, paretoFront, dominates, parseObjectives, type Candidate, type Objective, type ParetoGroup } from './pareto.js';
export {
  gate,
  parseLimits,
  renderGate,
  updateBaseline,
  verdictOf,
  GATE_EXIT,
  type GateResult,
  type Limit,
  type PointVerdict,
  type UpdateMode,
  type Verdict,
} from './gate.js';
export { importScaleSim, parseScaleSimConfig, parseScaleSimTopology, type ScaleSimConfig, type ScaleSimLayer } from './scalesim.js';
