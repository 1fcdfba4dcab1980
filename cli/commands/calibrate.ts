// `tpe calibrate [--subset] [--json] [--yosys wasm|native]`: estimate vs Yosys synthesis on the
// IHP liberty for the examples (or the CI subset: 2x2 versions of every baseline/OPT family).
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { calibrate, exampleCases, fitCorrections, fullCases, renderCalibration, subsetCases } from '../../pipeline/index.js';
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
    .action(async (o: { subset?: boolean; all?: boolean; json?: boolean; yosys: string; fit?: boolean; cache: string | false }) => {
      if (o.yosys !== 'wasm' && o.yosys !== 'native') { ctx.stderr(`error: --yosys expects wasm or native, got "${o.yosys}"\n`); return raise(ctx, EXIT.USAGE); }
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
        onCase: (name, i, n) => { if (ctx.isTTY) bar.step(`${i + 1}/${n} ${name}`); else ctx.stderr(`calibrate: ${i + 1}/${n} ${name}\n`); },
      });
      bar.done();
      if (!r.value) { printDiagnostics(ctx, r.diagnostics); return raise(ctx, EXIT.TOOL); }
      const fit = o.fit ? fitCorrections(r.value.rows) : undefined;
      if (o.json) ctx.stdout(JSON.stringify({ ...r.value, ...(fit ? { fit } : {}) }, null, 2) + '\n');
      else {
        ctx.stdout(renderCalibration(r.value));
        if (fit) ctx.stdout(`fit over ${fit.designs} designs: area x${fit.area} (rms ${fit.areaRmsPct}%), logic delay x${fit.delay}, fan-out delay x${fit.fanoutDelay} (rms ${fit.delayRmsPct}%)\n` +
          `apply with: tpe tech derive --liberty <lib> --name ihp-sg13g2 --area-factor ${fit.area} --delay-factor ${fit.delay} --fanout-factor ${fit.fanoutDelay} -o tech/ihp-sg13g2.json\n`);
      }
    });
};
