// `tpe synth design.tpe [--liberty file.lib|none] [--clock ns | --clock-sweep [ns,...]] [--json]
// [--yosys wasm|native]`: emits the design's Verilog and synthesizes it with Yosys (WASM by
// default) on the liberty (default: the vendored IHP SG13G2 one). Without a clock: the
// area-oriented flow. With --clock: timing-driven synthesis at that clock (adder architecture by
// the constraint, ABC mapping, buffering and sizing to the target) signed off by OpenSTA; a missed
// clock exits 1. --clock-sweep: the area-versus-clock curve. Also accepts Verilog files directly
// (`tpe synth a.v b.v --top name`).
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Diagnostic } from '../../ir/index.js';
import { clockTargetParams, readLibertyModel, type ClockTargetParams } from '../../power/index.js';
import { emitDesign } from '../../rtl/index.js';
import {
  staStatus,
  synthesize,
  synthesizeAtClock,
  type AdderArch,
  type AtClockReport,
  type LibertyText,
  type SynthReport,
  type VerilogFile,
  type YosysKind,
} from '../../synth/index.js';
import { readBounded } from '../../util/fs.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import { fsReason } from '../files.js';
import { FAIL_ON_MISSED, missedClock, parseClockNs } from './clock.js';
import { load, printDiagnostics } from './dsl-io.js';
import type { RegisterCommand } from './index.js';
import { LIBERTY_HELP, libertyFor } from './liberty.js';
import { stepper } from '../progress.js';

interface SynthFlags {
  liberty?: string;
  clock?: string;
  clockSweep?: string | boolean;
  json?: boolean;
  yosys: string;
  top?: string;
  cache: string | false;
  failOnMissedClock?: boolean;
  clockGating?: boolean;
}

/**
 * Progress of one synthesis (or a calibration): cli/progress.ts — a spinner with the step and
 * elapsed time on a terminal, a started/done line in CI logs once it runs past two seconds,
 * nothing when `quiet` (--json).
 */
export function progress(
  ctx: CommandContext,
  label: string,
  quiet = false,
): { step: (s: string) => void; done: (outcome?: string) => void } {
  const p = stepper(ctx, { quiet })(label);
  return { step: (s) => p.tick(0, s.slice(0, 60)), done: (outcome) => p.done(outcome) };
}

export function renderSynth(r: SynthReport): string {
  const out: string[] = [`${r.top}: ${r.tool}, ${r.mode === 'liberty' ? `liberty ${r.liberty}` : 'generic gates'}`];
  if (r.area !== undefined)
    out.push(
      `area ${r.area.toFixed(1)} um2 (sequential ${r.sequentialArea?.toFixed(1)}, combinational ${r.combinationalArea?.toFixed(1)})`,
    );
  if (r.transistors !== undefined)
    out.push(`transistors ${r.transistorsLowerBound ? 'at least ' : ''}${r.transistors} (Yosys CMOS estimate)`);
  if (r.criticalPathPs !== undefined) {
    out.push(
      `critical path ${r.criticalPathPs.toFixed(1)} ps (combinational, ABC), ${r.startPoint ?? '?'} -> ${r.endPoint ?? '?'}` +
        (r.slackNs !== undefined ? `; slack at ${r.clockNs} ns: ${r.slackNs.toFixed(3)} ns` : ''),
    );
    let prev = 0;
    for (const p of r.criticalPath ?? []) {
      out.push(`    ${p.arrivalPs.toFixed(1).padStart(9)} ps  +${(p.arrivalPs - prev).toFixed(1).padStart(7)}  ${p.cell}`);
      prev = p.arrivalPs;
    }
  }
  if (r.clockGating) out.push(`clock gating: ${r.clockGating.count} ${r.clockGating.cell} (banks of >= 3 flip-flops sharing an enable)`);
  out.push(`cells ${r.cellCount}:`);
  for (const [c, n] of Object.entries(r.cellsByType)) out.push(`  ${c.padEnd(24)} ${String(n).padStart(7)}`);
  return out.join('\n') + '\n';
}

/** The JSON of a timing-driven run (issue fields first; no wall times, no netlist text). */
export function atClockJson(r: AtClockReport): Record<string, unknown> {
  const { elapsedMs, netlist, ...syn } = r.synth;
  void elapsedMs;
  void netlist;
  return {
    clockNs: r.clockNs,
    areaUm2: r.synth.area,
    slackPs: r.abcSlackPs,
    criticalPathPs: r.abcCriticalPathPs,
    opensta: {
      criticalPathPs: r.sta.criticalPathPs,
      slackPs: r.sta.slackPs,
      startPoint: r.sta.startPoint,
      endPoint: r.sta.endPoint,
      tool: r.sta.tool,
      wireLoad: r.sta.wireLoad,
    },
    met: r.met,
    adder: r.adder,
    registerOverheadPs: r.registerOverheadPs,
    attempts: r.attempts.map(({ synthSeconds, ...a }) => {
      void synthSeconds;
      return a;
    }),
    ...syn,
  };
}

export function renderAtClock(r: AtClockReport): string {
  const s = r.synth;
  const out = [
    `${s.top}: ${s.tool}, liberty ${s.liberty}, timing-driven at ${r.clockNs} ns: ${r.met ? 'met' : 'MISSED'} (OpenSTA slack ${(r.sta.slackPs / 1000).toFixed(3)} ns)`,
    ...(s.clockGating ? [`clock gating: ${s.clockGating.count} ${s.clockGating.cell}`] : []),
    `area ${s.area?.toFixed(1)} um2 (sequential ${s.sequentialArea?.toFixed(1)}, combinational ${s.combinationalArea?.toFixed(1)}), ${r.adder} adders`,
    `critical path: OpenSTA ${(r.sta.criticalPathPs / 1000).toFixed(3)} ns (${r.sta.startPoint} -> ${r.sta.endPoint}, clock-to-Q and setup included, ${r.sta.tool}, wire load ${r.sta.wireLoad}); ABC ${(r.abcCriticalPathPs / 1000).toFixed(3)} ns (its ${((s.criticalPathPs ?? 0) / 1000).toFixed(3)} ns + ${r.registerOverheadPs} ps register overhead)`,
    'tried (smallest architecture first):',
    ...r.attempts.map(
      (a) =>
        `  ${a.adder.padEnd(12)} target ${String(a.targetPs).padStart(6)} ps  area ${a.areaUm2.toFixed(0).padStart(9)}  OpenSTA ${a.staCriticalPathPs.toFixed(0).padStart(6)} ps  ${a.met ? 'met' : 'missed'}`,
    ),
  ];
  return out.join('\n') + '\n';
}

async function libraryParams(ctx: CommandContext, lib: LibertyText): Promise<ClockTargetParams | undefined> {
  const m = readLibertyModel(lib.text, lib.name);
  if (!m.value) {
    printDiagnostics(ctx, m.diagnostics);
    raise(ctx, EXIT.INPUT);
    return undefined;
  }
  const p = clockTargetParams(m.value);
  if (!p) {
    ctx.stderr(`error: ${lib.name}: no D flip-flop with clock-to-Q and setup tables, or no buffer cell: cannot set a clock target\n`);
    raise(ctx, EXIT.INPUT);
    return undefined;
  }
  return p;
}

export const registerSynth: RegisterCommand = (program: Command, ctx: CommandContext) => {
  program
    .command('synth')
    .description('synthesize a design (or Verilog files) with Yosys: cell area, cell counts, critical path')
    .argument('<inputs...>', '.tpe design file, or .v/.sv files with --top')
    .option('--liberty <file>', `${LIBERTY_HELP}; "none": Yosys's generic gates and a transistor count (not with a clock)`)
    .option('--clock <ns>', 'timing-driven synthesis at this clock, signed off by OpenSTA; a missed clock exits 1')
    .option(
      '--clock-sweep [ns,...]',
      'area versus clock: timing-driven synthesis at each clock (default: from relaxed to the tightest met)',
    )
    .option('--json', 'print the report as JSON')
    .option(
      '--clock-gating',
      "automatic clock gating: every bank of >= 3 flip-flops sharing an enable is clocked through one integrated clock-gating cell (the liberty's latch_posedge ICG, IHP sg13g2_lgcp_1) instead of an enable mux",
    )
    .option('--yosys <kind>', 'wasm (@yowasp/yosys, default) or native (the yosys binary)', 'wasm')
    .option('--top <module>', 'top module when synthesizing Verilog files')
    .option('--cache <dir>', 'reuse synthesis and OpenSTA results for unchanged input from this folder', '.tpe-cache/synth')
    .option('--no-cache', 'synthesize again')
    .option(FAIL_ON_MISSED[0], FAIL_ON_MISSED[1])
    .action(async (inputs: string[], o: SynthFlags) => {
      if (o.yosys !== 'wasm' && o.yosys !== 'native') {
        ctx.stderr(`error: --yosys expects wasm or native, got "${o.yosys}"\n`);
        return raise(ctx, EXIT.USAGE);
      }
      const clockNs = parseClockNs(ctx, 'synth', '--clock', o.clock);
      if (clockNs === null) return;
      let sweep: number[] | 'auto' | undefined;
      if (o.clockSweep !== undefined && o.clockSweep !== false) {
        if (clockNs !== undefined) {
          ctx.stderr('error: --clock and --clock-sweep exclude each other\n');
          return raise(ctx, EXIT.USAGE);
        }
        if (o.clockSweep === true) sweep = 'auto';
        else {
          const xs: number[] = [];
          for (const part of o.clockSweep.split(',')) {
            const x = parseClockNs(ctx, 'synth', '--clock-sweep', part.trim());
            if (x === null || x === undefined) return;
            xs.push(x);
          }
          sweep = [...new Set(xs)].sort((a, b) => b - a);
        }
      }
      let files: VerilogFile[];
      let top: string;
      let headerClock: number | undefined;
      const verilog = inputs.every((f) => /\.s?v$/i.test(f));
      if (verilog) {
        if (!o.top) {
          ctx.stderr('error: synthesizing Verilog files needs --top <module>\n');
          return raise(ctx, EXIT.USAGE);
        }
        files = [];
        for (const f of inputs) {
          try {
            files.push({
              name: f.replace(/^.*[\\/]/, ''),
              text: readBounded(resolve(ctx.cwd, f), 256 << 20, { text: true }).toString('utf8'),
            });
          } catch (e) {
            ctx.stderr(`error: cannot read ${f}: ${fsReason(e)}\n`);
            return raise(ctx, EXIT.INPUT);
          }
        }
        top = o.top;
      } else {
        if (inputs.length !== 1) {
          ctx.stderr('error: give one .tpe design (or .v files with --top)\n');
          return raise(ctx, EXIT.USAGE);
        }
        const parsed = load(ctx, inputs[0]);
        if (!parsed.value) {
          printDiagnostics(ctx, parsed.diagnostics);
          return raise(ctx, EXIT.INPUT);
        }
        const e = emitDesign(parsed.value);
        if (!e.value) {
          printDiagnostics(ctx, e.diagnostics);
          return raise(ctx, EXIT.INPUT);
        }
        files = e.value.files;
        top = e.value.top;
        headerClock = parsed.value.clockNs;
      }
      const timed = clockNs !== undefined || sweep !== undefined;
      let liberty: LibertyText | undefined;
      if (o.liberty === 'none') {
        if (timed) {
          ctx.stderr(
            'error: timing-driven synthesis needs a liberty: leave --liberty out (the vendored IHP liberty) or name a .lib file, not "none"\n',
          );
          return raise(ctx, EXIT.USAGE);
        }
      } else {
        liberty = libertyFor(ctx, o.liberty);
        if (!liberty) return;
      }
      const cacheDir = o.cache ? resolve(ctx.cwd, o.cache) : undefined;
      const bar = progress(ctx, `synth ${top}`, o.json === true);
      if (timed) {
        const st = staStatus();
        if (!st.ok) {
          bar.done();
          ctx.stderr(`error: ${st.message}\n`);
          return raise(ctx, EXIT.TOOL);
        }
        const params = await libraryParams(ctx, liberty!);
        if (!params) {
          bar.done();
          return;
        }
        const base = {
          liberty: liberty!,
          registerOverheadPs: params.registerOverheadPs,
          constraints: { drivingCell: params.drivingCell, loadFf: params.loadFf },
          yosys: o.yosys as YosysKind,
          ...(cacheDir ? { cacheDir } : {}),
          ...(o.clockGating ? { clockGating: true } : {}),
          onProgress: bar.step,
        };
        const fail = (ds: readonly Diagnostic[]) => {
          bar.done();
          printDiagnostics(ctx, ds as Diagnostic[]);
          raise(ctx, ds.some((x) => x.code === 'E0905' || x.code === 'E0920') ? EXIT.TOOL : EXIT.INPUT);
        };
        if (clockNs !== undefined) {
          const r = await synthesizeAtClock(files, top, { ...base, clockNs });
          bar.done();
          if (!r.value) return fail(r.diagnostics);
          if (o.json) ctx.stdout(JSON.stringify(atClockJson(r.value), null, 2) + '\n');
          else ctx.stdout(renderAtClock(r.value));
          if (!r.value.met)
            missedClock(
              ctx,
              { explicit: true },
              `${top} misses the ${clockNs} ns clock: OpenSTA's critical path is ${(r.value.sta.criticalPathPs / 1000).toFixed(3)} ns (${r.value.sta.startPoint} -> ${r.value.sta.endPoint}) after trying ${[...new Set(r.value.attempts.map((a) => a.adder))].join(', ')} adders`,
            );
          return;
        }
        // The sweep: from relaxed towards the tightest clock met.
        let clocks: number[];
        if (sweep === 'auto') {
          const area = await synthesize(files, top, {
            liberty: liberty!,
            ...(o.clockGating ? { clockGating: true } : {}),
            yosys: o.yosys as YosysKind,
            ...(cacheDir ? { cacheDir } : {}),
            onProgress: bar.step,
          });
          if (!area.value) return fail(area.diagnostics);
          const p0 = ((area.value.criticalPathPs ?? 0) + params.registerOverheadPs) / 1000;
          clocks = [1.6, 1.3, 1.15, 1.05, 1.0, 0.95, 0.9, 0.85, 0.8].map((f) => Math.round(p0 * f * 100) / 100);
        } else clocks = sweep!;
        const rows: AtClockReport[] = [];
        const skip = new Set<AdderArch>();
        for (const c of clocks) {
          const r = await synthesizeAtClock(files, top, { ...base, clockNs: c, skip });
          if (!r.value) return fail(r.diagnostics);
          rows.push(r.value);
          // An architecture that missed this clock by more than 10% will not reach a tighter one.
          for (const a of r.value.attempts) if (a.staCriticalPathPs > c * 1000 * 1.1) skip.add(a.adder);
          if (sweep === 'auto' && !r.value.met) break;
        }
        bar.done();
        if (o.json) ctx.stdout(JSON.stringify({ top, sweep: rows.map(atClockJson) }, null, 2) + '\n');
        else {
          const lines = [
            `${top}: area versus clock (timing-driven synthesis, ${liberty!.name}; OpenSTA sign-off)`,
            'clock ns  met     adders        area um2   OpenSTA ns   slack ns',
          ];
          for (const r of rows)
            lines.push(
              `${r.clockNs.toFixed(2).padStart(8)}  ${(r.met ? 'yes' : 'no').padEnd(6)}  ${r.adder.padEnd(12)}  ${(r.synth.area ?? 0).toFixed(0).padStart(9)}  ${(r.sta.criticalPathPs / 1000).toFixed(3).padStart(10)}  ${(r.sta.slackPs / 1000).toFixed(3).padStart(9)}`,
            );
          const met = rows.filter((r) => r.met);
          lines.push(met.length ? `tightest clock met: ${Math.min(...met.map((r) => r.clockNs))} ns` : 'no clock of the sweep was met');
          ctx.stdout(lines.join('\n') + '\n');
        }
        return;
      }
      const r = await synthesize(files, top, {
        ...(liberty ? { liberty } : {}),
        ...(o.clockGating ? { clockGating: true } : {}),
        yosys: o.yosys as YosysKind,
        ...(cacheDir ? { cacheDir } : {}),
        onProgress: bar.step,
      });
      bar.done(r.value ? 'ok' : 'failed');
      if (!r.value) {
        printDiagnostics(ctx, r.diagnostics as Diagnostic[]);
        return raise(ctx, r.diagnostics.some((d) => d.code === 'E0905') ? EXIT.TOOL : EXIT.INPUT);
      }
      // Wall time is not part of the JSON so the same input gives the same bytes.
      const { elapsedMs, netlist, ...rep } = r.value;
      void netlist;
      if (o.json) ctx.stdout(JSON.stringify(rep, null, 2) + '\n');
      else ctx.stdout(renderSynth(r.value) + `(${(elapsedMs / 1000).toFixed(1)} s)\n`);
      // The header's clock against the area-oriented netlist (ABC's figure plus the register overhead).
      if (headerClock !== undefined && r.value.criticalPathPs !== undefined && liberty) {
        const m = readLibertyModel(liberty.text, liberty.name);
        const p = m.value ? clockTargetParams(m.value) : undefined;
        const need = r.value.criticalPathPs + (p?.registerOverheadPs ?? 0);
        if (need > headerClock * 1000) {
          missedClock(
            ctx,
            { explicit: false, failOnMissed: o.failOnMissedClock },
            `${top}: the area-oriented netlist misses the design's clock ${headerClock} ns: ABC's critical path ${(r.value.criticalPathPs / 1000).toFixed(3)} ns + ${p?.registerOverheadPs ?? 0} ps register overhead; try \`tpe synth --clock ${headerClock}\` for timing-driven synthesis`,
          );
        }
      }
    });
};
