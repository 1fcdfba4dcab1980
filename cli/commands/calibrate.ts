// `tpe calibrate [--subset] [--json] [--yosys wasm|native] [--liberty f.lib [--tech t.json]]`:
// estimate vs Yosys synthesis on the IHP liberty (or the one given) for the examples (or the CI
// subset: 2x2 versions of every baseline/OPT family); with the IHP liberty also area at two or
// three clock targets (timing-driven synthesis), OpenSTA's delay and gate-level energy per MAC.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import {
  calibrate,
  exampleCases,
  fitClockCorrections,
  fitCorrections,
  fitEnergy,
  fullCases,
  renderCalibration,
  subsetCases,
} from '../../pipeline/index.js';
import { repoRoot } from '../../synth/index.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import { printDiagnostics } from './dsl-io.js';
import type { RegisterCommand } from './index.js';
import { LIBERTY_HELP, libertyFor } from './liberty.js';
import { stepper } from '../progress.js';
import { deriveTechTable, loadTech, type TechTable } from '../../cost/index.js';
import type { LibertyText } from '../../synth/index.js';

/**
 * The table the estimates use: --tech; else for a user's liberty a table derived from it with no
 * correction factors (what `--fit` then fits); else undefined (calibrate's ihp-sg13g2 default).
 */
function calibrationTech(ctx: CommandContext, spec: string | undefined, userLiberty: LibertyText | undefined): TechTable | undefined {
  if (spec !== undefined) {
    const t = loadTech(spec, ctx.cwd);
    if (!t.value) {
      printDiagnostics(ctx, t.diagnostics);
      raise(ctx, EXIT.INPUT);
    }
    return t.value;
  }
  if (!userLiberty) return undefined;
  const t = deriveTechTable(userLiberty.text, { libertyName: userLiberty.name });
  if (!t.value) {
    printDiagnostics(ctx, t.diagnostics);
    ctx.stderr(
      `  = hint: derive a table with the cells of ${userLiberty.name} (tpe tech derive --liberty ${userLiberty.name} --map nand2=...,... -o t.json) and pass --tech t.json\n`,
    );
    raise(ctx, EXIT.INPUT);
  }
  return t.value;
}

export const registerCalibrate: RegisterCommand = (program: Command, ctx: CommandContext) => {
  program
    .command('calibrate')
    .description('compare estimates with Yosys synthesis (IHP SG13G2): area and critical-path error, baseline-vs-OPT ordering')
    .option('--subset', 'the CI subset: 2x2 versions of every baseline/OPT family (minutes)')
    .option('--all', 'the CI subset and every example (what the correction factors are fitted on)')
    .option(
      '--designs <names>',
      'only these designs (comma-separated names as the table prints them, e.g. "adder_tree_k4,sa_os_baseline 2x2")',
    )
    .option('--json', 'print the table as JSON')
    .option('--yosys <kind>', 'wasm (default, the calibration reference) or native', 'wasm')
    // A relative default, resolved against ctx.cwd when the command runs: --help is the same on every machine.
    .option('--cache <dir>', 'reuse synthesis results for unchanged Verilog from this folder', '.tpe-cache/synth')
    .option('--no-cache', 'synthesize every design again')
    .option('--fit', 'also print the global correction factors that fit this run best (see docs/TECH.md)')
    .option(
      '--clocks <n>',
      'clock targets per design for the at-clock and energy columns: 0 (area-oriented synthesis only), 2 (relaxed, mid) or 3 (and tight); default 2 with --subset, else 3',
    )
    .option('--no-energy', 'skip the energy column (gate-level power at the mid clock)')
    .option('--liberty <file>', `${LIBERTY_HELP}; the estimates then use --tech, or a table derived from this liberty (uncorrected)`)
    .option('--tech <table>', 'technology table of the estimates (default: ihp-sg13g2 for the vendored liberty)')
    .action(
      async (o: {
        subset?: boolean;
        all?: boolean;
        designs?: string;
        json?: boolean;
        yosys: string;
        fit?: boolean;
        cache: string | false;
        clocks?: string;
        energy: boolean;
        liberty?: string;
        tech?: string;
      }) => {
        if (o.yosys !== 'wasm' && o.yosys !== 'native') {
          ctx.stderr(`error: --yosys expects wasm or native, got "${o.yosys}"\n`);
          return raise(ctx, EXIT.USAGE);
        }
        if (o.clocks !== undefined && !['0', '2', '3'].includes(o.clocks)) {
          ctx.stderr(`error: --clocks expects 0, 2 or 3, got "${o.clocks}"\n`);
          return raise(ctx, EXIT.USAGE);
        }
        const clocks = (o.clocks !== undefined ? Number(o.clocks) : o.subset ? 2 : 3) as 0 | 2 | 3;
        if (o.subset && o.all) {
          ctx.stderr('error: --subset and --all exclude each other\n');
          return raise(ctx, EXIT.USAGE);
        }
        const liberty = libertyFor(ctx, o.liberty);
        if (!liberty) return;
        const tech = calibrationTech(ctx, o.tech, o.liberty === undefined ? undefined : liberty);
        if (ctx.exitCode) return;
        const examples = () => {
          const ex = exampleCases(repoRoot());
          if (!ex) return fullCases();
          printDiagnostics(ctx, ex.diagnostics);
          return ex.cases;
        };
        let cases = o.subset ? subsetCases() : o.all ? [...subsetCases(), ...examples()] : examples();
        if (o.designs !== undefined) {
          const want = o.designs
            .split(',')
            .map((x) => x.trim())
            .filter((x) => x);
          const name = (c: (typeof cases)[number]) => c.label ?? c.design.name;
          const unknown = want.filter((w) => !cases.some((c) => name(c) === w));
          if (want.length === 0 || unknown.length) {
            ctx.stderr(
              `error: --designs: ${unknown.length ? `no design named ${unknown.map((u) => `"${u}"`).join(', ')} in this set` : 'no names given'}\n` +
                `  = hint: the names are the table's first column: ${cases.map(name).join(', ')}\n`,
            );
            return raise(ctx, EXIT.USAGE);
          }
          cases = cases.filter((c) => want.includes(name(c)));
        }
        // A bar over the designs: on a terminal one line redrawn, in CI a line per 10 s.
        const bar = stepper(ctx, { quiet: o.json === true, delayMs: 0 })(`calibrate (${liberty.name})`, cases.length);
        const r = await calibrate(cases, {
          yosys: o.yosys as 'wasm' | 'native',
          liberty,
          ...(tech ? { tech } : {}),
          ...(o.cache ? { cacheDir: resolve(ctx.cwd, o.cache) } : {}),
          clocks,
          energy: o.energy,
          onCase: (name, i) => bar.update(i, name),
          onStep: (st) => bar.tick(0, st.slice(0, 60)),
        });
        bar.update(cases.length);
        bar.done(r.value ? 'ok' : 'failed');
        if (!r.value) {
          printDiagnostics(ctx, r.diagnostics);
          return raise(ctx, EXIT.TOOL);
        }
        const fit = o.fit ? fitCorrections(r.value.rows) : undefined;
        const fitTech = tech ?? loadTech('ihp-sg13g2').value!;
        const fitClock = o.fit ? fitClockCorrections(r.value.rows, cases, fitTech) : undefined;
        const fitE = o.fit ? fitEnergy(r.value.rows) : undefined;
        if (o.json)
          ctx.stdout(
            JSON.stringify(
              { ...r.value, ...(fit ? { fit } : {}), ...(fitClock ? { fitClock } : {}), ...(fitE ? { fitEnergy: fitE } : {}) },
              null,
              2,
            ) + '\n',
          );
        else {
          ctx.stdout(renderCalibration(r.value));
          if (fit) {
            ctx.stdout(
              `fit over ${fit.designs} designs: area x${fit.area} (rms ${fit.areaRmsPct}%); against ABC's delay: logic delay x${fit.delay}, fan-out delay x${fit.fanoutDelay} (rms ${fit.delayRmsPct}%)\n`,
            );
            if (fitClock)
              ctx.stdout(
                `against OpenSTA over ${fitClock.points} clock points: logic delay x${fitClock.delay}, fan-out delay x${fitClock.fanoutDelay} (mean |error| ${fitClock.delayErrPct}%); at a clock: adder area x${fitClock.atClock.adderArea} (CPA-limited designs x${fitClock.atClock.criticalAdderArea}), prefix speed-up ${fitClock.atClock.prefixSpeedup}, ripple delay x${fitClock.atClock.rippleDelay}, sizing ${fitClock.atClock.sizing} (CPA-limited ${fitClock.atClock.criticalSizing}, ripple ${fitClock.atClock.rippleSizing}), margin ${fitClock.atClock.margin} (area mean |error| ${fitClock.areaErrPct}% over every architecture synthesis mapped, ${fitClock.pickErrPct}% at the estimate's pick; met/missed as synthesis ${fitClock.metAgree}/${fitClock.points})\n`,
              );
            if (fitE)
              ctx.stdout(
                `energy over ${fitE.designs} designs: product datapath x${fitE.energy.logic}, register data x${fitE.energy.register}, clock x${fitE.energy.clock}, operand fan-out x${fitE.energy.operand}, carry-propagate adders x${fitE.energy.cpa} (rms ${fitE.rmsPct}%, worst ${fitE.worstPct}%)\n`,
              );
            const d = fitClock ?? fit;
            ctx.stdout(
              `apply with: tpe tech derive --liberty <lib> --name ihp-sg13g2 --area-factor ${fit.area} --delay-factor ${d.delay} --fanout-factor ${d.fanoutDelay}` +
                (fitClock
                  ? ` --at-clock ${fitClock.atClock.adderArea},${fitClock.atClock.prefixSpeedup},${fitClock.atClock.rippleDelay},${fitClock.atClock.sizing},${fitClock.atClock.rippleSizing},${fitClock.atClock.margin},${fitClock.atClock.criticalAdderArea},${fitClock.atClock.criticalSizing}`
                  : '') +
                (fitE
                  ? ` --energy ${fitE.energy.logic},${fitE.energy.register},${fitE.energy.clock},${fitE.energy.operand},${fitE.energy.cpa}`
                  : '') +
                ' -o tech/ihp-sg13g2.json (and --generic -o tech/generic.json)\n',
            );
          }
        }
      },
    );
};
