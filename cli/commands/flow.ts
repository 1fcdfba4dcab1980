// `tpe flow design.tpe --gemm MxNxK`: the main job on one design, end to end —
// check, simulate (bit-exact against plain integer GEMM), estimate, emit Verilog, and verify
// the Verilog against the simulator. Each step prints one line; exit 1 if any step fails.
import { dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { estimate, type Estimate } from '../../cost/index.js';
import type { Design } from '../../ir/index.js';
import {
  DEFAULT_DIST,
  DEFAULT_SEED,
  DIST_HELP,
  SEED_HELP,
  designTechnology,
  generateOperands,
  parseDistribution,
  parseGemm,
  parseSeed,
  simulateChecked,
} from '../../pipeline/index.js';
import { emitDesign } from '../../rtl/index.js';
import { writeRtl, type WriteRtlResult } from '../../rtl/write.js';
import { defaultBackend, verifyDesign } from '../../rtl/verify.js';
import type { Backend } from '../../rtl/sim/testbench.js';
import { designReport } from '../../report/index.js';
import type { SimResult } from '../../simulator/index.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import { load, prepareDir, printDiagnostics, warningCount } from './dsl-io.js';
import { fsFail } from '../files.js';
import { stepper } from '../progress.js';
import { tileProgress } from '../simulate.js';
import { conflict } from './emit.js';
import type { RegisterCommand } from './index.js';
import { writeReport } from './report.js';
import { buildDesignData } from './report-design.js';

interface FlowFlags {
  gemm: string;
  dist: string;
  seed: string;
  outDir?: string;
  sim?: string;
  cache: string;
  verify: boolean;
  report?: string | true;
}

/** What the steps leave for the report (`--report`). */
interface FlowState {
  steps: { step: string; ok: boolean; text: string }[];
  design?: Design;
  sim?: SimResult;
  est?: Estimate;
}

const fmt = (x: number, digits = 3) => (Number.isInteger(x) ? String(x) : x.toPrecision(digits));

export const registerFlow: RegisterCommand = (program: Command, ctx: CommandContext) => {
  program
    .command('flow')
    .description('check, simulate, estimate, emit and verify one design: the main job, end to end')
    .argument('<design>', '.tpe design file')
    .option('--gemm <MxNxK>', 'GEMM shape for simulation, estimate and RTL verification', '17x9x33')
    .option('--dist <dist>', DIST_HELP, DEFAULT_DIST)
    .option('--seed <n>', SEED_HELP, DEFAULT_SEED)
    .option('-o, --out-dir <dir>', 'where the Verilog goes (default: tpe-out/<design name>)')
    .option('--sim <backend>', 'RTL simulator: verilator | cxxrtl (default: verilator when installed)')
    .option('--cache <dir>', 'RTL build cache folder', '.tpe-cache')
    .option('--no-verify', 'skip building and running the RTL')
    .option('--report [file]', 'also write the single-design HTML report (default: report.html in the output folder)')
    .action((file: string, o: FlowFlags) => runFlow(ctx, file, o, program.version() ?? ''));
};

async function runFlow(ctx: CommandContext, file: string, o: FlowFlags, version: string): Promise<void> {
  const state: FlowState = { steps: [] };
  await runSteps(ctx, file, o, state);
  if (o.report === undefined || !state.design || !state.sim || !state.est) return;
  const d = state.design;
  const target = o.report === true ? join(o.outDir ?? join('tpe-out', d.name), 'report.html') : o.report;
  if (!prepareDir(ctx, dirname(target), 'report')) return;
  const data = buildDesignData({
    file,
    design: d,
    shape: state.sim.shape,
    dist: o.dist,
    seed: Number(o.seed),
    sim: state.sim,
    est: state.est,
    generator: `TPE Toolkit ${version}`.trim(),
    title: `Flow report: ${d.name}`,
    flow: state.steps,
  });
  writeReport(ctx, designReport(data, 'html'), target, 'html');
}

async function runSteps(ctx: CommandContext, file: string, o: FlowFlags, state: FlowState): Promise<void> {
  const usage = (msg: string) => {
    ctx.stderr(`error: ${msg}\n(run tpe flow --help for usage)\n`);
    raise(ctx, EXIT.USAGE);
  };
  const shapeR = parseGemm(o.gemm);
  if (!shapeR.value) {
    printDiagnostics(ctx, shapeR.diagnostics);
    raise(ctx, EXIT.USAGE);
    return;
  }
  const shape = shapeR.value;
  const seedR = parseSeed(o.seed);
  if (seedR.value === undefined) {
    printDiagnostics(ctx, seedR.diagnostics);
    raise(ctx, EXIT.USAGE);
    return;
  }
  const seed = seedR.value;
  const dist = parseDistribution(o.dist);
  if (!dist.value) {
    printDiagnostics(ctx, dist.diagnostics);
    raise(ctx, EXIT.USAGE);
    return;
  }
  if (o.sim !== undefined && o.sim !== 'verilator' && o.sim !== 'cxxrtl') return usage(`--sim expects verilator or cxxrtl, got "${o.sim}"`);
  const step = (ok: boolean, name: string, text: string) => {
    state.steps.push({ step: name, ok, text });
    ctx.stdout(`${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(9)} ${text}\n`);
  };

  // 1. check
  const parsed = load(ctx, file);
  printDiagnostics(ctx, parsed.diagnostics);
  if (!parsed.value) {
    step(false, 'check', `${file}: errors above`);
    raise(ctx, EXIT.INPUT);
    return;
  }
  const d: Design = parsed.value;
  step(true, 'check', `${file}: ${d.name} (${d.architecture}), ${warningCount(parsed.diagnostics)} warning(s)`);

  // 2. simulate, and hold the result against plain integer GEMM
  const { a, b } = generateOperands(d, shape, dist.value, seed);
  const progress = stepper(ctx);
  const simBar = tileProgress(progress, d, shape);
  const checked = simulateChecked(d, a, b, { wrap: false, onTile: simBar.onTile });
  simBar.done(checked.value !== undefined);
  if (!checked.value) {
    printDiagnostics(ctx, checked.diagnostics);
    step(false, 'simulate', 'see the diagnostics above');
    raise(ctx, EXIT.INPUT);
    return;
  }
  const { reference, mismatches } = checked.value;
  const sim = { value: checked.value.sim };
  const simOk = reference !== undefined && mismatches === 0;
  step(
    simOk,
    'simulate',
    `GEMM ${o.gemm}: ${sim.value.cycles.total} cycles, utilization ${fmt(100 * sim.value.utilization)}%, ` +
      `${reference ? reference.data.length - mismatches : 0}/${shape.M * shape.N} outputs equal to integer GEMM`,
  );
  if (!simOk) raise(ctx, EXIT.INPUT);

  // 3. estimate on the design's technology, with the simulated activity
  const tech = designTechnology(d, ctx.cwd);
  if (!tech.value) {
    printDiagnostics(ctx, tech.diagnostics);
    step(false, 'estimate', `technology ${d.technology}`);
    raise(ctx, EXIT.INPUT);
  } else {
    const est = estimate(d, {
      tech: tech.value,
      workload: { macs: sim.value.macs, cycles: sim.value.cycles.total, toggles: sim.value.toggles },
    });
    if (!est.value) {
      printDiagnostics(ctx, est.diagnostics);
      step(false, 'estimate', 'see the diagnostics above');
      raise(ctx, EXIT.INPUT);
    } else {
      const e = est.value;
      Object.assign(state, { design: d, sim: sim.value, est: e });
      const u = e.units;
      step(
        true,
        'estimate',
        `${d.technology}: area ${fmt(e.area.total)} ${u.area} (${fmt(e.area.perMac)} per MAC), ` +
          `critical path ${fmt(e.timing.period)} ${u.delay} in "${e.timing.limiting}"` +
          (e.timing.fmaxMHz !== undefined ? `, fmax ${fmt(e.timing.fmaxMHz)} MHz` : '') +
          (e.power?.atFmax ? `, ${fmt(e.power.atFmax.perMac)} ${u.energy} per MAC` : '') +
          (e.atClock ? `; clock ${e.atClock.clockNs} ns ${e.atClock.meetsClock ? 'met' : 'MISSED'}` : ''),
      );
      // The header's clock: a warning when missed (the flow's own steps decide its exit code).
      if (e.atClock && !e.atClock.meetsClock) {
        ctx.stderr(
          `warning: ${d.name} misses its ${e.atClock.clockNs} ns clock: limiting stage "${e.atClock.limiting}"` +
            (e.atClock.fmaxMHz !== undefined ? `, fmax ${fmt(e.atClock.fmaxMHz)} MHz` : '') +
            '\n',
        );
      }
    }
  }

  // 4. emit
  const rtl = emitDesign(d);
  if (!rtl.value) {
    printDiagnostics(ctx, rtl.diagnostics);
    step(false, 'emit', 'no template covers this design');
    raise(ctx, EXIT.INPUT);
    return;
  }
  const outDir = resolve(ctx.cwd, o.outDir ?? join('tpe-out', d.name));
  if (!prepareDir(ctx, outDir, 'output')) return;
  let written: WriteRtlResult;
  try {
    written = writeRtl(outDir, rtl.value);
  } catch (err) {
    step(false, 'emit', `cannot write into ${outDir}`);
    return fsFail(ctx, 'write Verilog into', outDir, err);
  }
  if (written.conflicts.length > 0) {
    step(false, 'emit', 'files of another design are in the way');
    return conflict(ctx, o.outDir ?? join('tpe-out', d.name), d.name, written);
  }
  step(true, 'emit', `${rtl.value.files.length} Verilog file(s), top ${rtl.value.top}, in ${o.outDir ?? join('tpe-out', d.name)}`);

  // 5. verify the Verilog against the simulator
  if (!o.verify) return;
  if (!prepareDir(ctx, o.cache, 'cache')) return;
  const backend = (o.sim as Backend | undefined) ?? defaultBackend();
  const v = await verifyDesign(d, {
    shapes: [shape],
    trials: 2,
    seed,
    backend,
    cacheDir: resolve(ctx.cwd, o.cache),
    edges: true,
    step: progress,
  });
  if (!v.ok) {
    ctx.stderr(`${v.message}\n`);
    step(false, 'verify', v.tool ? 'a required tool is missing (see above)' : 'could not build or run the RTL');
    raise(ctx, v.tool ? EXIT.TOOL : EXIT.INPUT);
    return;
  }
  const r = v.report;
  const cyclesOk = r.cases.every((c) => c.rtlCycles === c.simCycles);
  step(
    r.mismatches === 0,
    'verify',
    `${backend}: ${r.cases.length} case(s), ${r.mismatches} mismatch(es), ` +
      `RTL cycles ${cyclesOk ? 'equal' : 'DIFFER from'} the simulator's (build ${r.build.cached ? 'cached' : `${r.build.seconds.toFixed(1)} s`})`,
  );
  if (r.mismatches > 0) {
    for (const c of r.cases)
      for (const m of c.mismatches) {
        ctx.stderr(
          `  ${c.label}: ${m.kind}${m.m !== undefined ? ` C[${m.m}][${m.n}]` : ''} expected ${m.expected}, RTL gave ${m.actual}\n`,
        );
      }
    raise(ctx, EXIT.INPUT);
  }
}
