// `tpe power design.tpe --gemm MxNxK [--clock NS] [--activity toggles|timed|propagated] [--json]`:
// gate-level power of the design's own netlist (timing-driven synthesis at the clock) on the
// workload. toggles (default, the reference): the netlist simulated on the GEMM with the RTL
// testbench's stimulus, every transition priced from the liberty. propagated (quick): OpenSTA's
// report_power with the input-port activities measured from the operand streams. timed
// (glitch-aware): the same netlist simulated event by event with OpenSTA's SDF cell delays and
// inertial pulse filtering, every glitch priced like a toggle, the same run's zero-delay figures
// beside it. Without --gemm: vectorless (OpenSTA's default input activity). Both figures are
// printed either way.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { parseGemmShape, gemmSizeProblem } from '../../ir/index.js';
import { designPower, type ActivityMode, type DesignPower } from '../../power/flow.js';
import { MAX_SEED, parseDist } from '../../simulator/index.js';
import { readLiberty, sharedLibertyPath, staStatus } from '../../synth/index.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import { FAIL_ON_MISSED, missedClock, parseClockNs } from './clock.js';
import { load, printDiagnostics } from './dsl-io.js';
import type { RegisterCommand } from './index.js';
import { progress } from './synth.js';

interface PowerFlags {
  gemm?: string;
  clock?: string;
  activity: string;
  liberty?: string;
  dist: string;
  seed: string;
  json?: boolean;
  cache: string | false;
  failOnMissedClock?: boolean;
  clockGating?: boolean;
}

export function powerJson(p: DesignPower): Record<string, unknown> {
  const s = p.synthesis;
  return {
    design: p.design,
    clockNs: p.clockNs,
    gemm: p.gemm ?? null,
    activity: p.activity,
    energyPerMacPj: p.energyPerMacPj ?? null,
    powerMw: p.powerMw,
    opensta: p.opensta.unavailable !== undefined ? { totalMw: null, unavailable: p.opensta.unavailable } : p.opensta,
    openStaRulesMw: p.openStaRulesMw ?? null,
    meetsClock: p.meetsClock,
    synthesis: {
      areaUm2: s.synth.area,
      adder: s.adder,
      openstaCriticalPathPs: s.sta.criticalPathPs,
      openstaSlackPs: s.sta.slackPs,
      ...(s.synth.clockGating ? { clockGating: s.synth.clockGating } : {}),
    },
    ...(p.gate?.clockGates ? { clockGates: p.gate.clockGates } : {}),
    ...(p.gate
      ? {
          macs: p.macs,
          cycles: p.cycles,
          simulatedCycles: p.simulatedCycles,
          simulation: {
            cells: p.gate.cells,
            nets: p.gate.nets,
            meanActivity: Math.round(p.gate.meanActivity * 1e4) / 1e4,
            checkedAgainstExactGemm: true,
            unattributedTransitions: p.gate.unattributed,
          },
          energyPj: {
            internal: round3(p.gate.energyJ.internal * 1e12),
            switching: round3(p.gate.energyJ.switching * 1e12),
            leakage: round3(p.gate.energyJ.leakage * 1e12),
            sequential: round3(p.gate.energyJ.sequential * 1e12),
            combinational: round3(p.gate.energyJ.combinational * 1e12),
          },
          byCell: p.gate.byCell.slice(0, 12).map((c) => ({ cell: c.cell, count: c.count, energyPj: round3(c.energy * 1e12) })),
        }
      : {}),
    ...(p.gate?.timed
      ? {
          timed: {
            pulse: p.gate.timed.pulse,
            delays: p.gate.timed.delaySource,
            maxCellDelayPs: p.gate.timed.maxDelayPs,
            events: p.gate.timed.events,
            cancelledPulses: p.gate.timed.cancelledPulses,
            toggles: p.gate.timed.toggles,
            zeroDelay: {
              energyPerMacPj: round6(p.gate.timed.zeroDelay.energyPerMacJ * 1e12),
              energyPj: {
                internal: round3(p.gate.timed.zeroDelay.energyJ.internal * 1e12),
                switching: round3(p.gate.timed.zeroDelay.energyJ.switching * 1e12),
                leakage: round3(p.gate.timed.zeroDelay.energyJ.leakage * 1e12),
                sequential: round3(p.gate.timed.zeroDelay.energyJ.sequential * 1e12),
                combinational: round3(p.gate.timed.zeroDelay.energyJ.combinational * 1e12),
              },
            },
          },
        }
      : {}),
  };
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

function render(p: DesignPower): string {
  const s = p.synthesis;
  const lines = [
    `${p.design}: gate-level power at ${p.clockNs} ns (${(1000 / p.clockNs).toFixed(1)} MHz)${p.gemm ? `, GEMM ${p.gemm}` : ''}, activity ${p.activity}`,
    `netlist: timing-driven synthesis, ${s.adder} adders, ${s.synth.area?.toFixed(0)} um2, OpenSTA critical path ${(s.sta.criticalPathPs / 1000).toFixed(3)} ns (${s.met ? 'meets' : 'misses'} the clock)`,
  ];
  const cg = p.gate?.clockGates;
  if (s.synth.clockGating)
    lines.push(
      `clock gating: ${s.synth.clockGating.count} ${s.synth.clockGating.cell}` +
        (cg
          ? `, ${cg.gatedFlops} of ${cg.flops} flip-flops behind them, clocked in ${(100 * cg.enabledFraction).toFixed(1)}% of the cycles`
          : ''),
    );
  const pw = p.powerMw;
  lines.push(
    `power ${pw.total.toFixed(4)} mW: internal ${pw.internal.toFixed(4)}, switching ${pw.switching.toFixed(4)}, leakage ${pw.leakage.toFixed(6)}`,
  );
  if (p.energyPerMacPj !== undefined)
    lines.push(`energy per MAC ${p.energyPerMacPj.toFixed(4)} pJ (${p.macs} MACs in ${p.simulatedCycles} cycles)`);
  if (p.gate) {
    const g = p.gate;
    if (g.timed) {
      const t = g.timed;
      const z = t.zeroDelay;
      lines.push(
        `timed (${t.pulse} pulses, ${t.delaySource} delays, largest cell delay ${t.maxDelayPs} ps): ${t.toggles.timed} net transitions vs ${t.toggles.zeroDelay} zero-delay (x${(t.toggles.timed / Math.max(1, t.toggles.zeroDelay)).toFixed(3)}) and ${t.toggles.functional} end-of-cycle changes, ${t.cancelledPulses} pulses swallowed`,
        `zero-delay, same run: ${(z.energyPerMacJ * 1e12).toFixed(4)} pJ/MAC (logic ${((z.energyJ.combinational / Math.max(1, p.macs ?? 1)) * 1e12).toFixed(4)}, flip-flops ${((z.energyJ.sequential / Math.max(1, p.macs ?? 1)) * 1e12).toFixed(4)}); timed: logic ${((g.energyJ.combinational / Math.max(1, p.macs ?? 1)) * 1e12).toFixed(4)}, flip-flops ${((g.energyJ.sequential / Math.max(1, p.macs ?? 1)) * 1e12).toFixed(4)} pJ/MAC`,
      );
    }
    lines.push(
      `${g.timed ? 'timed' : 'toggle-accurate'}: ${g.cells} cells simulated on the workload, C equal to the exact GEMM; mean ${g.meanActivity.toFixed(3)} transitions per net per cycle; flip-flops ${((100 * g.energyJ.sequential) / g.energyJ.total).toFixed(1)}% of the energy`,
    );
    lines.push(
      p.opensta.totalMw !== undefined
        ? `OpenSTA propagated (report_power, measured input-port activities): ${p.opensta.totalMw.toFixed(4)} mW, ${p.opensta.energyPerMacPj?.toFixed(4)} pJ/MAC`
        : `OpenSTA propagated (report_power): unavailable, ${p.opensta.unavailable ?? 'no figure'}`,
    );
    lines.push(
      `the simulated transitions priced by OpenSTA 2.0.17's rules: ${p.openStaRulesMw?.toFixed(4)} mW (it counts rise + fall energy per transition and every when-group of a pin; docs/TECH.md)`,
    );
    lines.push('largest cell types:');
    for (const c of g.byCell.slice(0, 6))
      lines.push(`  ${c.cell.padEnd(20)} ${String(c.count).padStart(6)}  ${(c.energy * 1e12).toFixed(2).padStart(10)} pJ`);
  } else lines.push(`OpenSTA vectorless (input activity 0.1 per cycle, duty 0.5): ${(p.opensta.totalMw ?? NaN).toFixed(4)} mW`);
  return lines.join('\n') + '\n';
}

export const registerPower: RegisterCommand = (program: Command, ctx: CommandContext) => {
  program
    .command('power')
    .description('gate-level power of the synthesized netlist on a GEMM workload (toggle-accurate, or OpenSTA propagated)')
    .argument('<design>', '.tpe design file')
    .option('--gemm <MxNxK>', "workload shape (without: vectorless, OpenSTA's default input activity)")
    .option('--clock <ns>', "clock period (default: the design's clock); the netlist is synthesized at it; a missed clock exits 1")
    .option(
      '--activity <mode>',
      'toggles (simulate the netlist zero-delay, the reference) | timed (event-driven with OpenSTA SDF delays: glitches counted) | propagated (OpenSTA from input activities, quick)',
      'toggles',
    )
    .option('--liberty <file>', 'liberty (default: the vendored IHP SG13G2 typical)')
    .option('--dist <dist>', 'operand distribution: uniform | normal:MEAN,STD | laplace:B', 'normal:0,20')
    .option('--seed <n>', `PRNG seed 0..${MAX_SEED} (A uses seed, B seed+1)`, '1')
    .option('--json', 'print the report as JSON')
    .option(
      '--clock-gating',
      'synthesize with automatic clock gating (tpe synth --clock-gating) and simulate the gated clocks: a gated flip-flop is clocked, and its clock pin charged, only in cycles its enable was 1',
    )
    .option('--cache <dir>', 'reuse synthesis and OpenSTA results from this folder', '.tpe-cache/synth')
    .option('--no-cache', 'synthesize again')
    .option(FAIL_ON_MISSED[0], FAIL_ON_MISSED[1])
    .action(async (file: string, o: PowerFlags) => {
      const usage = (m: string) => {
        ctx.stderr(`error: ${m}\n(run tpe power --help for usage)\n`);
        raise(ctx, EXIT.USAGE);
      };
      const clockNs = parseClockNs(ctx, 'power', '--clock', o.clock);
      if (clockNs === null) return;
      if (!['toggles', 'timed', 'propagated'].includes(o.activity))
        return usage(`--activity expects toggles, timed or propagated, got "${o.activity}"`);
      const shape = o.gemm === undefined ? undefined : parseGemmShape(o.gemm);
      if (o.gemm !== undefined && !shape) return usage(`--gemm expects MxNxK with positive integers (e.g. 16x16x32), got "${o.gemm}"`);
      const big = shape && gemmSizeProblem(shape);
      if (big) return usage(`--gemm ${big}`);
      if (!/^\d+$/.test(o.seed) || Number(o.seed) > MAX_SEED) return usage(`--seed expects an integer in 0..${MAX_SEED}, got "${o.seed}"`);
      const dist = parseDist(o.dist);
      if (!dist.value) {
        printDiagnostics(ctx, dist.diagnostics);
        return raise(ctx, EXIT.USAGE);
      }
      const parsed = load(ctx, file);
      if (!parsed.value) {
        printDiagnostics(ctx, parsed.diagnostics);
        return raise(ctx, EXIT.INPUT);
      }
      const st = staStatus();
      if (!st.ok) {
        ctx.stderr(`error: ${st.message}\n`);
        return raise(ctx, EXIT.TOOL);
      }
      const libFile = o.liberty ?? sharedLibertyPath();
      if (!libFile) {
        ctx.stderr('error: the vendored IHP liberty is missing; pass --liberty file.lib\n');
        return raise(ctx, EXIT.INPUT);
      }
      const lib = readLiberty(libFile, ctx.cwd);
      if (!lib.value) {
        printDiagnostics(ctx, lib.diagnostics);
        return raise(ctx, EXIT.INPUT);
      }
      const liberty = o.liberty ? lib.value : { ...lib.value, name: 'sg13g2_stdcell_typ_1p20V_25C.lib' };
      const clk = clockNs ?? parsed.value.clockNs;
      const bar = progress(ctx, `power ${parsed.value.name}`, o.json === true);
      const r = await designPower(parsed.value, {
        ...(shape ? { shape } : {}),
        dist: dist.value,
        seed: Number(o.seed),
        clockNs: clk,
        activity: (shape ? o.activity : 'vectorless') as ActivityMode,
        liberty,
        ...(o.clockGating ? { clockGating: true } : {}),
        ...(o.cache ? { cacheDir: resolve(ctx.cwd, o.cache) } : {}),
        onProgress: bar.step,
      });
      bar.done();
      if (!r.value) {
        printDiagnostics(ctx, r.diagnostics);
        return raise(ctx, r.diagnostics.some((x) => x.code === 'E0905' || x.code === 'E0920') ? EXIT.TOOL : EXIT.INPUT);
      }
      if (o.json) ctx.stdout(JSON.stringify(powerJson(r.value), null, 2) + '\n');
      else ctx.stdout(render(r.value));
      if (!r.value.meetsClock) {
        const s = r.value.synthesis.sta;
        missedClock(
          ctx,
          { explicit: clockNs !== undefined, failOnMissed: o.failOnMissedClock },
          `${parsed.value.name} misses the ${clk} ns clock${clockNs === undefined ? " (the design's)" : ''}: OpenSTA's critical path is ${(s.criticalPathPs / 1000).toFixed(3)} ns; the power is that of the fastest netlist synthesis found`,
        );
      }
    });
};
