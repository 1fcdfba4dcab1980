// Public face of synth/: Yosys synthesis of emitted Verilog to gate-level figures.
export { synthesize, synthScript, type SynthOptions, type SynthReport, type VerilogFile } from './synthesize.js';
export { parseAbcTiming, parseChipArea, parseStatJson, type AbcTiming, type PathStep, type StatFigures } from './parse-log.js';
export { scanLibertyCells, type LibertyCellInfo } from './liberty-cells.js';
export type { YosysKind } from './yosys-run.js';
export { IHP_LIBERTY, repoRoot, sharedLibertyPath } from './paths.js';
export { readLiberty, type LibertyText } from './read-liberty.js';
