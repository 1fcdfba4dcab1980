// The library API: `import { loadDesign, simulate, estimate, emitDesign } from 'tpe-toolkit'`.
// One section per step of the flow, each re-exporting the public face of its folder; every
// function returns problems as data (`{ value?, diagnostics }`) and never throws on bad input.
//
// Adding an entry point (sweeps, reports, ... as they land): export it under its own heading
// below. The package test (test/package/pack.test.ts) type-checks a small program against the
// shipped .d.ts, so what is exported here is what users get.

// The IR: designs, diagnostics, shapes and matrices every step exchanges.
export type {
  Architecture,
  Design,
  Diagnostic,
  DigitEncoding,
  GemmShape,
  IntMatrix,
  IntType,
  Loop,
  LoopVar,
  OptName,
  Result,
  Severity,
  SourcePos,
  Span,
  Variant,
  WideMatrix,
} from '../ir/index.js';
export {
  ARCHITECTURES,
  VARIANTS,
  appliedOptimizations,
  arrayShape,
  gemmSizeProblem,
  hasErrors,
  intMatrix,
  intRange,
  maxSafeK,
  parseGemmShape,
  peCount,
  presetDesign,
} from '../ir/index.js';

// Parse and check (.tpe text -> Design), print and format.
export {
  checkDesign,
  formatText,
  loadDesign,
  parseDesign,
  printDesign,
  readSource,
  renderDiagnostic,
  renderDiagnostics,
  type ParsedDesign,
  type SourceLookup,
} from '../dsl/index.js';

// Transform: the OPT1-OPT4 passes over the IR.
export { TRANSFORMS, applyTransforms, type TransformName, type TransformOptions } from '../dsl/index.js';

// Simulate: bit-exact, cycle-level GEMM; the exact reference; the closed-form cycle model;
// operand generators and .npy I/O.
export {
  MAX_SEED,
  fastCycles,
  formatDist,
  generateMatrix,
  npyToMatrix,
  parseDist,
  parseNpy,
  readNpyMatrix,
  referenceGemm,
  resultDtype,
  simulate,
  writeNpy,
  type CycleBreakdown,
  type Dist,
  type FastCycles,
  type NpyArray,
  type NpyDtype,
  type OverflowInfo,
  type SimOptions,
  type SimResult,
  type TileRecord,
  type ToggleCounts,
} from '../simulator/index.js';
// The fast exact level: the same values, cycles and overflow report as simulate() from an exact
// integer GEMM kernel (WebAssembly SIMD on worker threads), toggles from sampled tiles.
export {
  DEFAULT_SAMPLE_MACS,
  exactGemm,
  simulateFast,
  type ActivitySample,
  type ExactGemmOptions,
  type ExactGemmResult,
  type FastSimOptions,
  type FastSimResult,
  type SimLevel,
  type SuspectRect,
} from '../simulator/index.js';

// Estimate: component inventory x technology table -> area, timing, power.
export {
  BUILTIN_TECH,
  checkTechTable,
  deriveTechTable,
  estimate,
  inventory,
  loadTech,
  normalizeToNand2,
  fitGlitch,
  type AreaLine,
  type EnergyActivity,
  type Estimate,
  type EstimateOptions,
  type GlitchFactors,
  type Inventory,
  type InventoryItem,
  type PowerFigures,
  type StageTiming,
  type TechComponent,
  type TechTable,
  type Workload,
} from '../cost/index.js';

// Emit: deterministic Verilog, one file per module.
export { TOOLKIT_VERSION, emitDesign, type EmittedRtl } from '../rtl/index.js';
export { writeRtl } from '../rtl/write.js';

// Verify: the emitted RTL against the simulator (Verilator or CXXRTL).
export {
  defaultBackend,
  verifyDesign,
  type CaseReport,
  type Mismatch,
  type VerifyOptions,
  type VerifyReport,
  type VerifyResult,
} from '../rtl/verify.js';
export type { Backend } from '../rtl/sim/testbench.js';

// Synthesize: Yosys (WebAssembly or native) on a liberty; the vendored IHP SG13G2 liberty.
export {
  readLiberty,
  sharedLibertyPath as defaultLibertyPath,
  synthesize,
  type LibertyText,
  type SynthOptions,
  type SynthReport,
  type VerilogFile,
  type YosysKind,
} from '../synth/index.js';

// Workloads: GEMM shapes of model presets, workload text (`llama-3-8b:decode`), real tensors from
// .npy / .safetensors (one file or a sharded index) as integer operands, their digit statistics.
export {
  MODEL_PRESETS,
  findModel,
  modelGemms,
  parseWorkload,
  parseTensorRef,
  openTensor,
  readTensor,
  tensorInfo,
  tensorDist,
  listSafetensors,
  encodeSafetensors,
  digitSummary,
  gemmDigitStats,
  type LayerGemm,
  type ModelGemm,
  type ModelPhase,
  type ModelPreset,
  type WorkloadSet,
  type WorkloadGemm,
  type TensorRef,
  type IntTensor,
  type ReadTensorOptions,
  type SafetensorsEntry,
  type DigitSummary,
} from '../workload/index.js';

// Sweeps: specs, the worker-thread runner, merge, Pareto, the regression gate; the row format.
export {
  loadSpec,
  parseSpecText,
  sweepSchema,
  PointSpace,
  parseShard,
  runSweep,
  mergeResults,
  resolveInput,
  pareto,
  paretoFront,
  parseObjectives,
  gate,
  parseLimits,
  renderGate,
  updateBaseline,
  importScaleSim,
  parseScaleSimConfig,
  parseScaleSimTopology,
  ROW_FORMAT,
  METRIC_DIGITS,
  HIGHER_IS_BETTER,
  type SweepSpec,
  type SweepRow,
  type RowMetrics,
  type RowDetail,
  type RowStatus,
  type Level,
  type MetricName,
  type SweepManifest,
  type RunOptions,
  type RunResult,
  type GateResult,
  type Verdict,
  type ParetoGroup,
  type Shard,
} from '../sweep/index.js';

// The pipeline the commands share: operand options (one --gemm, seed and distribution rule, .npy
// files), the simulation held against the exact reference, the estimate on a workload, calibration.
export {
  DEFAULT_DIST,
  DEFAULT_SEED,
  describeGenerated,
  designTechnology,
  estimateDesign,
  generateOperands,
  parseDistribution,
  parseGemm,
  parseGemmList,
  parseSeed,
  readOperand,
  readOperands,
  simulateChecked,
  simulatedWorkload,
  calibrate,
  fitCorrections,
  subsetCases,
  fullCases,
  renderCalibration,
  type CheckedSimulation,
  type EstimateRequest,
} from '../pipeline/index.js';

// Validate: the design's accumulators against an exact (GPU or in-process) reference.
export {
  validateDesign,
  renderReport as renderValidation,
  reportJson as validationJson,
  type ValidateOptions,
  type ValidateReport,
  type GemmReport,
  type Mismatch as ValidateMismatch,
  type RefKind,
} from '../validate/index.js';

// Report: one self-contained HTML file (or Markdown) for sweep results or one design.
export {
  designReport,
  sweepReport,
  parseRows,
  readRowFiles,
  buildSweepData,
  type DesignData,
  type ReportFormat,
  type ResultRow,
  type SourcedRow,
  type SweepData,
  type SweepOptions,
} from '../report/index.js';
