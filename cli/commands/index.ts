// Every subcommand is one entry here. A command module is loaded only when its command runs, so
// `tpe --help` and `tpe check` never load the simulator, the RTL toolchain or Yosys; the entry's
// summary and usage are what `tpe --help` lists without loading it (test/cli/registry.test.ts
// checks that they match the module's own description and arguments).
//
// Adding a command: write cli/commands/<name>.ts exporting a RegisterCommand, then add one entry.
import type { Command } from 'commander';
import type { CommandContext } from '../context.js';

export type RegisterCommand = (program: Command, ctx: CommandContext) => void;

export interface CommandEntry {
  /** The subcommand word. */
  readonly name: string;
  /** Its description, as the module sets it (one line in `tpe --help`). */
  readonly summary: string;
  /** What follows the name in `tpe --help`: `[options]` when it has options, then its arguments. */
  readonly usage: string;
  /** Loads the module and returns its register function. */
  readonly load: () => Promise<RegisterCommand>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'flow',
    summary: 'check, simulate, estimate, emit and verify one design: the main job, end to end',
    usage: '[options] <design>',
    load: async () => (await import('./flow.js')).registerFlow,
  },
  {
    name: 'check',
    summary: 'parse and validate .tpe files; errors and warnings with file:line:col',
    usage: '[options] <files...>',
    load: async () => (await import('./check.js')).registerCheck,
  },
  {
    name: 'fmt',
    summary: 'format .tpe files (keeps comments); prints to stdout unless --check or --write',
    usage: '[options] <files...>',
    load: async () => (await import('./fmt.js')).registerFmt,
  },
  {
    name: 'show',
    summary: 'print a design as canonical DSL, or as IR JSON with --json',
    usage: '[options] <file>',
    load: async () => (await import('./show.js')).registerShow,
  },
  {
    name: 'transform',
    summary: 'apply optimizations (opt1, opt2, opt3, opt4c, opt4e) and print the transformed design',
    usage: '[options] <file>',
    load: async () => (await import('./transform.js')).registerTransform,
  },
  { name: 'tech', summary: 'technology tables for the cost model', usage: '', load: async () => (await import('./tech.js')).registerTech },
  {
    name: 'estimate',
    summary: 'area, critical path / fmax, power and efficiency of a design on a GEMM workload',
    usage: '[options] <design>',
    load: async () => (await import('./estimate.js')).registerEstimate,
  },
  {
    name: 'compare',
    summary: 'compare the estimates of several designs (ratios against the first)',
    usage: '[options] <designs...>',
    load: async () => (await import('./compare.js')).registerCompare,
  },
  {
    name: 'synth',
    summary: 'synthesize a design (or Verilog files) with Yosys: cell area, cell counts, critical path',
    usage: '[options] <inputs...>',
    load: async () => (await import('./synth.js')).registerSynth,
  },
  {
    name: 'power',
    summary: 'gate-level power of the synthesized netlist on a GEMM workload (toggle-accurate, or OpenSTA propagated)',
    usage: '[options] <design>',
    load: async () => (await import('./power.js')).registerPower,
  },
  {
    name: 'calibrate',
    summary: 'compare estimates with Yosys synthesis (IHP SG13G2): area and critical-path error, baseline-vs-OPT ordering',
    usage: '[options]',
    load: async () => (await import('./calibrate.js')).registerCalibrate,
  },
  {
    name: 'sim',
    summary: 'simulate a GEMM on a design: exact C, cycles, utilization, toggle activity',
    usage: '[options] <design>',
    load: async () => (await import('./sim.js')).registerSim,
  },
  {
    name: 'emit',
    summary: 'emit synthesizable Verilog for a design (same input, same bytes)',
    usage: '[options] <design>',
    load: async () => (await import('./emit.js')).registerEmit,
  },
  {
    name: 'verify',
    summary: 'verify the emitted RTL against the simulator: every output value and the cycle count',
    usage: '[options] <design>',
    load: async () => (await import('./verify.js')).registerVerify,
  },
  {
    name: 'lint',
    summary: 'lint the emitted Verilog with Verilator (-Wall) and read/synthesize it with Yosys',
    usage: '[options] <design>',
    load: async () => (await import('./lint.js')).registerLint,
  },
  {
    name: 'validate',
    summary: "check the design's integer accumulators against an exact reference (PyTorch, numpy or TypeScript) at real layer sizes",
    usage: '[options] <design>',
    load: async () => (await import('./validate.js')).registerValidate,
  },
  {
    name: 'digits',
    summary:
      'nonzero EN-T / Booth / binary digits of a real tensor per value, per digit position and per group of k, as zero-skip engines issue them',
    usage: '[options] <tensor>',
    load: async () => (await import('./digits.js')).registerDigits,
  },
  {
    name: 'report',
    summary: 'one self-contained HTML report (d3, no network) or a Markdown summary: of sweep results (.jsonl) or of one design (.tpe)',
    usage: '[options] <inputs...>',
    load: async () => (await import('./report.js')).registerReport,
  },
  {
    name: 'sweep',
    summary: 'evaluate a design space (sweep.yaml) into resumable JSON Lines rows, on worker threads',
    usage: '[options] [spec]',
    load: async () => (await import('./sweep.js')).registerSweep,
  },
  {
    name: 'merge',
    summary: 'join sweep shards (tpe sweep -o folders) into one JSON Lines file; check every point is there once',
    usage: '[options] <inputs...>',
    load: async () => (await import('./merge.js')).registerMerge,
  },
  {
    name: 'pareto',
    summary: 'non-dominated design points of sweep rows, per workload or aggregated over a model',
    usage: '[options] <rows>',
    load: async () => (await import('./pareto.js')).registerPareto,
  },
  {
    name: 'gate',
    summary: 'regression gate: per-point PASS / FAIL / INCONCLUSIVE / ERROR against a baseline of sweep rows',
    usage: '[options] <rows>',
    load: async () => (await import('./gate.js')).registerGate,
  },
  {
    name: 'reproduce',
    summary: "regenerate the published baseline-vs-OPT comparisons (area and energy efficiency) from the toolkit's own designs",
    usage: '[options]',
    load: async () => (await import('./reproduce.js')).registerReproduce,
  },
  {
    name: 'import',
    summary: 'bring a study from another tool over: `tpe import scalesim study.cfg topology.csv -o dir/`',
    usage: '[options] <tool> <config> <topology>',
    load: async () => (await import('./import.js')).registerImport,
  },
];
