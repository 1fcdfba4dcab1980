// The pipeline the commands run, out of the commands: operands (shapes, seeds, distributions,
// .npy files), the simulated workload an estimate prices, calibration against synthesis and the
// contents of generated/. cli/ parses options, calls these and prints.
export * from './operands.js';
export * from './workload.js';
export * from './calibrate.js';
export { expectedGenerated } from './generated.js';
export { simulateChecked, type CheckedSimulation } from './simulate.js';
export * from './reproduce.js';
export * from './reproduce-pairs.js';
export * from './reproduce-render.js';
export * from './reproduce-synth.js';
