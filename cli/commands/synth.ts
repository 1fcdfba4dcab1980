// `tpe synth design.tpe [--liberty file.lib|none] [--clock ns] [--json] [--yosys wasm|native]`:
// emits the design's Verilog and synthesizes it with Yosys (WASM by default). Also accepts
// Verilog files directly (`tpe synth a.v b.v --top name`).
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Diagnostic } from '../../ir/index.js';
import { emitDesign } from '../../rtl/index.js';
import { readBounded } from '../../util/fs.js';
import { synthesize, type LibertyText, type SynthReport, type VerilogFile, type YosysKind } from '../../synth/index.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import { load, printDiagnostics } from './dsl-io.js';
import type { RegisterCommand } from './index.js';
import { LIBERTY_HELP, libertyFor } from './liberty.js';
import { stepper } from '../progress.js';

interface SynthFlags {
  liberty?: string;
  clock?: string;
  json?: boolean;
  yosys: string;
  top?: string;
}

/**
 * Progress of one synthesis (or a calibration): cli/progress.ts — a spinner with the step and
 * elapsed time on a terminal, a started/done line in CI logs once it runs past two seconds,
 * nothing when `quiet` (--json).
 */
export function progress(ctx: CommandContext, label: string, quiet = false): { step: (s: string) => void; done: (outcome?: string) => void } {
  const p = stepper(ctx, { quiet })(label);
  return { step: (s) => p.tick(0, s.slice(0, 60)), done: (outcome) => p.done(outcome) };
}

export function renderSynth(r: SynthReport): string {
  const out: string[] = [`${r.top}: ${r.tool}, ${r.mode === 'liberty' ? `liberty ${r.liberty}` : 'generic gates'}`];
  if (r.area !== undefined) out.push(`area ${r.area.toFixed(1)} um2 (sequential ${r.sequentialArea?.toFixed(1)}, combinational ${r.combinationalArea?.toFixed(1)})`);
  if (r.transistors !== undefined) out.push(`transistors ${r.transistorsLowerBound ? 'at least ' : ''}${r.transistors} (Yosys CMOS estimate)`);
  if (r.criticalPathPs !== undefined) {
    out.push(`critical path ${r.criticalPathPs.toFixed(1)} ps (combinational, ABC), ${r.startPoint ?? '?'} -> ${r.endPoint ?? '?'}` +
      (r.slackNs !== undefined ? `; slack at ${r.clockNs} ns: ${r.slackNs.toFixed(3)} ns` : ''));
    let prev = 0;
    for (const p of r.criticalPath ?? []) { out.push(`    ${p.arrivalPs.toFixed(1).padStart(9)} ps  +${(p.arrivalPs - prev).toFixed(1).padStart(7)}  ${p.cell}`); prev = p.arrivalPs; }
  }
  out.push(`cells ${r.cellCount}:`);
  for (const [c, n] of Object.entries(r.cellsByType)) out.push(`  ${c.padEnd(24)} ${String(n).padStart(7)}`);
  return out.join('\n') + '\n';
}

export const registerSynth: RegisterCommand = (program: Command, ctx: CommandContext) => {
  program.command('synth')
    .description('synthesize a design (or Verilog files) with Yosys: cell area, cell counts, critical path')
    .argument('<inputs...>', '.tpe design file, or .v/.sv files with --top')
    .option('--liberty <file>', `${LIBERTY_HELP}; "none": Yosys's generic gates and a transistor count`)
    .option('--clock <ns>', 'target clock period; reports the slack of the critical path')
    .option('--json', 'print the report as JSON')
    .option('--yosys <kind>', 'wasm (@yowasp/yosys, default) or native (the yosys binary)', 'wasm')
    .option('--top <module>', 'top module when synthesizing Verilog files')
    .action(async (inputs: string[], o: SynthFlags) => {
      if (o.yosys !== 'wasm' && o.yosys !== 'native') { ctx.stderr(`error: --yosys expects wasm or native, got "${o.yosys}"\n`); return raise(ctx, EXIT.USAGE); }
      const clockNs = o.clock === undefined ? undefined : Number(o.clock);
      if (clockNs !== undefined && !(clockNs > 0)) { ctx.stderr(`error: --clock expects a positive number of ns, got "${o.clock}"\n`); return raise(ctx, EXIT.USAGE); }
      let files: VerilogFile[];
      let top: string;
      const verilog = inputs.every((f) => /\.s?v$/i.test(f));
      if (verilog) {
        if (!o.top) { ctx.stderr('error: synthesizing Verilog files needs --top <module>\n'); return raise(ctx, EXIT.USAGE); }
        files = [];
        for (const f of inputs) {
          try { files.push({ name: f.replace(/^.*[\\/]/, ''), text: readBounded(resolve(ctx.cwd, f), 256 << 20, { text: true }).toString('utf8') }); } catch (e) {
            ctx.stderr(`error: cannot read ${f}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
            return raise(ctx, EXIT.INPUT);
          }
        }
        top = o.top;
      } else {
        if (inputs.length !== 1) { ctx.stderr('error: give one .tpe design (or .v files with --top)\n'); return raise(ctx, EXIT.USAGE); }
        const parsed = load(ctx, inputs[0]);
        if (!parsed.value) { printDiagnostics(ctx, parsed.diagnostics); return raise(ctx, EXIT.INPUT); }
        const e = emitDesign(parsed.value);
        if (!e.value) { printDiagnostics(ctx, e.diagnostics); return raise(ctx, EXIT.INPUT); }
        files = e.value.files;
        top = e.value.top;
      }
      let liberty: LibertyText | undefined;
      if (o.liberty !== 'none') {
        liberty = libertyFor(ctx, o.liberty);
        if (!liberty) return;
      }
      const bar = progress(ctx, `synth ${top}`, o.json === true);
      const r = await synthesize(files, top, { ...(liberty ? { liberty } : {}), ...(clockNs !== undefined ? { clockNs } : {}), yosys: o.yosys as YosysKind, onProgress: bar.step });
      bar.done(r.value ? 'ok' : 'failed');
      if (!r.value) { printDiagnostics(ctx, r.diagnostics as Diagnostic[]); return raise(ctx, r.diagnostics.some((d) => d.code === 'E0905') ? EXIT.TOOL : EXIT.INPUT); }
      // Wall time is not part of the JSON so the same input gives the same bytes.
      const { elapsedMs, ...rep } = r.value;
      if (o.json) ctx.stdout(JSON.stringify(rep, null, 2) + '\n');
      else ctx.stdout(renderSynth(r.value) + `(${(elapsedMs / 1000).toFixed(1)} s)\n`);
    });
};
