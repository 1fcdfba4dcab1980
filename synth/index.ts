// Public face of synth/: Yosys synthesis of emitted Verilog to gate-level figures.
export {
  CG_MIN_BANK,
  clockGateCell,
  synthesize,
  synthScript,
  type SynthOptions,
  type SynthReport,
  type VerilogFile,
} from './synthesize.js';
export { parseAbcTiming, parseChipArea, parseStatJson, type AbcTiming, type PathStep, type StatFigures } from './parse-log.js';
export { scanLibertyCells, type LibertyCellInfo } from './liberty-cells.js';
export type { YosysKind } from './yosys-run.js';
export { IHP_LIBERTY, repoRoot, sharedLibertyPath } from './paths.js';
export { readLiberty, type LibertyText } from './read-liberty.js';
export { synthesizeAtClock, type AtClockOptions, type AtClockReport, type AtClockAttempt } from './at-clock.js';
export {
  runSta,
  staStatus,
  staScript,
  parseStaOutput,
  lightestWireLoad,
  STA_INSTALL,
  type StaOptions,
  type StaReport,
  type StaActivity,
  type StaPower,
} from './sta.js';
export { ADDER_ARCHS, adderTechmap, type AdderArch } from './adders.js';
export type { MappedNetlist } from './synthesize.js';
