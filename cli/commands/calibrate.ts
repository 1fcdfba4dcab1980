// `tpe calibrate [--subset] [--json] [--yosys wasm|native]`: estimate vs Yosys synthesis on the
// IHP liberty for the examples (or the CI subset: 2x2 versions of every baseline/OPT family).
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { loadTech } from '../../cost/index.js';
import { calibrate, exampleCases, fitClockCorrections, fitCorrections, fitEnergy, fullCases, renderCalibration, subsetCases } from '../../pipeline/index.js';
import { repoRoot } from '../../synth/index.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import { printDiagnostics } from './dsl-io.js';
import type { RegisterCommand } from './index.js';
import { progress } from './synth.js';

export const registerCalibrate: RegisterCommand = (program: Command, ctx: CommandContext) => {
  program.command('calibrate')
    .description('compare estimates with Yosys synthesis (IHP SG13G2): area and critical-path error, baseline-vs-OPT ordering')
    .option('--subset', 'the CI subset: 2x2 versions of every baseline/OPT family (minutes)')
    .option('--all', 'the CI subset and every example (what the correction factors are fitted on)')
    .option('--json', 'print the table as JSON')
    .option('--yosys <kind>', 'wasm (default, the calibration reference) or native', 'wasm')
    // A relative default, resolved against ctx.cwd when the command runs: --help is the same on every machine.
    .option('--cache <dir>', 'reuse synthesis results for unchanged Verilog from this folder', '.tpe-cache/synth')
    .option('--no-cache', 'synthesize every design again')
    .option('--fit', 'also print the global correction factors that fit this run best (see docs/TECH.md)')
    .option('--clocks <n>', 'clock targets per design for the at-clock and energy columns: 0 (area-oriented synthesis only), 2 (relaxed, mid) or 3 (and tight); default 2 with --subset, else 3')
    .option('--no-energy', 'skip the energy column (gate-level power at the mid clock)')
    .action(async (o: { subset?: boolean; all?: boolean; json?: boolean; yosys: string; fit?: boolean; cache: string | false; clocks?: string; energy: boolean }) => {
      if (o.yosys !== 'wasm' && o.yosys !== 'native') { ctx.stderr(`error: --yosys expects wasm or native, got "${o.yosys}"\n`); return raise(ctx, EXIT.USAGE); }
      if (o.clocks !== undefined && !['0', '2', '3'].includes(o.clocks)) { ctx.stderr(`error: --clocks expects 0, 2 or 3, got "${o.clocks}"\n`); return raise(ctx, EXIT.USAGE); }
      const clocks = (o.clocks !== undefined ? Number(o.clocks) : o.subset ? 2 : 3) as 0 | 2 | 3;
      if (o.subset && o.all) { ctx.stderr('error: --subset and --all exclude each other\n'); return raise(ctx, EXIT.USAGE); }
      const examples = () => {
        const ex = exampleCases(repoRoot());
        if (!ex) return fullCases();
        printDiagnostics(ctx, ex.diagnostics);
        return ex.cases;
      };
      const cases = o.subset ? subsetCases() : o.all ? [...subsetCases(), ...examples()] : examples();
      const bar = progress(ctx, 'calibrate');
      const r = await calibrate(cases, {
        yosys: o.yosys as 'wasm' | 'native',
        ...(o.cache ? { cacheDir: resolve(ctx.cwd, o.cache) } : {}),
        clocks, energy: o.energy,
        onCase: (name, i, n) => { if (ctx.isTTY) bar.step(`${i + 1}/${n} ${name}`); else ctx.stderr(`calibrate: ${i + 1}/${n} ${name}\n`); },
        onStep: (s) => { if (ctx.isTTY) bar.step(s); },
      });
      bar.done();
      if (!r.value) { printDiagnostics(ctx, r.diagnostics); return raise(ctx, EXIT.TOOL); }
      const fit = o.fit ? fitCorrections(r.value.rows) : undefined;
      const tech = loadTech('ihp-sg13g2').value!;
      const fitClock = o.fit ? fitClockCorrections(r.value.rows, cases, tech) : undefined;
      const fitE = o.fit ? fitEnergy(r.value.rows) : undefined;
      if (o.json) ctx.stdout(JSON.stringify({ ...r.value, ...(fit ? { fit } : {}), ...(fitClock ? { fitClock } : {}), ...(fitE ? { fitEnergy: fitE } : {}) }, null, 2) + '\n');
      else {
        ctx.stdout(renderCalibration(r.value));
        if (fit) {
          ctx.stdout(`fit over ${fit.designs} designs: area x${fit.area} (rms ${fit.areaRmsPct}%); against ABC's delay: logic delay x${fit.delay}, fan-out delay x${fit.fanoutDelay} (rms ${fit.delayRmsPct}%)\n`);
          if (fitClock) ctx.stdout(`against OpenSTA over ${fitClock.points} clock points: logic delay x${fitClock.delay}, fan-out delay x${fitClock.fanoutDelay} (mean |error| ${fitClock.delayErrPct}%); at a clock: adder area x${fitClock.atClock.adderArea}, prefix speed-up ${fitClock.atClock.prefixSpeedup}, ripple delay x${fitClock.atClock.rippleDelay}, sizing ${fitClock.atClock.sizing} (area mean |error| ${fitClock.areaErrPct}%)\n`);
          if (fitE) ctx.stdout(`energy over ${fitE.designs} designs: product datapath x${fitE.energy.logic}, register data x${fitE.energy.register}, clock x${fitE.energy.clock}, operand fan-out x${fitE.energy.operand} (rms ${fitE.rmsPct}%, worst ${fitE.worstPct}%)\n`);
          const d = fitClock ?? fit;
          ctx.stdout(`apply with: tpe tech derive --liberty <lib> --name ihp-sg13g2 --area-factor ${fit.area} --delay-factor ${d.delay} --fanout-factor ${d.fanoutDelay}` +
            (fitClock ? ` --at-clock ${fitClock.atClock.adderArea},${fitClock.atClock.prefixSpeedup},${fitClock.atClock.rippleDelay},${fitClock.atClock.sizing}` : '') +
            (fitE ? ` --energy ${fitE.energy.logic},${fitE.energy.register},${fitE.energy.clock},${fitE.energy.operand}` : '') + ' -o tech/ihp-sg13g2.json (and --generic -o tech/generic.json)\n');
        }
      }
    });
};
