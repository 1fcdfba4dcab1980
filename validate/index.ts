// Public face of validate/: `tpe validate` as a library call, the GPU reference runner and its
// file protocol, output tiles, and report rendering.
export {
  validateDesign,
  defaultSimulate,
  type NamedGemm,
  checkQuantFits,
  fittingSchemes,
  SIM_MACS_PER_S,
  ACTIVATIONS,
  WEIGHTS,
  type SimulateFn,
  type ValidateOptions,
  type ValidateReport,
  type OperandNote,
  type GemmReport,
  type Mismatch,
  type RefKind,
} from './validate.js';
export { loadOperands, type LoadOperandsOptions, type OperandData, type TensorOperand, type ALayout, type BLayout } from './data.js';
export { renderReport, reportJson } from './render.js';
export {
  digitStatsByRefs,
  renderDigitStats,
  DIGIT_SCHEMES,
  type DigitScheme,
  type DigitRef,
  type DigitRun,
  type DigitComparison,
} from './digits.js';
export { runGpuRequest, runGpuRequestFile, gpuPackageDir, pythonCommand, type RunOptions } from './python.js';
export { tileGrid, tileAt, sampleTiles, tileSpan, type Tile, type TileGrid } from './tiles.js';
export { VALIDATE_CODES, TOOL_CODES, vError, type ValidateCode } from './diagnostics.js';
export type * from './protocol.js';
