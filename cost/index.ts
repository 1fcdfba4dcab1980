// Public face of cost/: component inventory, technology tables, estimates.
export { inventory } from './inventory/index.js';
export {
  estimate,
  power,
  cpaLevels,
  energyTerms,
  cpaToggles,
  operandReach,
  stageTimings,
  treeLevels,
  timedGlitch,
  type Estimate,
  type EstimateOptions,
  type EnergyTerms,
  type Workload,
  type AreaLine,
  type StageTiming,
  type PowerFigures,
  type EnergyActivity,
} from './estimate.js';
export { fitGlitch, glitchEnergy, glitchPoints, type GlitchFactors, type GlitchFit, type GlitchPoint } from './glitch.js';
export {
  estimateAtClock,
  cpaLimited,
  periodAtClock,
  prefixNodes,
  rippleStages,
  ADDER_ORDER,
  type AtClockEstimate,
  type ArchPoint,
  type AdderArch as CostAdderArch,
} from './at-clock.js';
export { operands, type Operands } from './blocks.js';
export type { CpaRole, Inventory, InventoryItem, PathElement, Stage, Scope, RegisterRole } from './types.js';
export * from './tech/index.js';
export { parseLiberty, type LibGroup } from './liberty/parse.js';
export { allCellFigures, type CellFigures, type OperatingPoint } from './liberty/cell-figures.js';
