// `tpe lint design.tpe [--synth]`: the emitted RTL through `verilator --lint-only -Wall` and
// Yosys (read + check, or a full `synth -top` with --synth).
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { emitDesign } from '../../rtl/index.js';
import { verilatorLint, yosysCheck } from '../../rtl/lint.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import { load, prepareDir, printDiagnostics } from './dsl-io.js';
import { stepper } from '../progress.js';
import type { RegisterCommand } from './index.js';

export const registerLint: RegisterCommand = (program: Command, ctx: CommandContext) => {
  program
    .command('lint')
    .description('lint the emitted Verilog with Verilator (-Wall) and read/synthesize it with Yosys')
    .argument('<design>', '.tpe design file')
    .option('--synth', 'run a full Yosys synth -top (slower) instead of read + check')
    .option('--cache <dir>', 'scratch folder', '.tpe-cache')
    .action(async (file: string, o: { synth?: boolean; cache: string }) => {
      const d = load(ctx, file);
      if (!d.value) {
        printDiagnostics(ctx, d.diagnostics);
        raise(ctx, EXIT.INPUT);
        return;
      }
      const e = emitDesign(d.value);
      if (!e.value) {
        printDiagnostics(ctx, e.diagnostics);
        raise(ctx, EXIT.INPUT);
        return;
      }
      if (!prepareDir(ctx, o.cache, 'cache')) return;
      const cache = resolve(ctx.cwd, o.cache);
      const lint = verilatorLint(e.value, cache);
      const p = stepper(ctx)(`yosys ${o.synth ? 'synth' : 'read + check'} ${e.value.top}`);
      const y = await yosysCheck(e.value, cache, o.synth === true);
      p.done(y.missing ? 'missing' : y.ok ? 'ok' : 'failed');
      const steps = [lint, y];
      for (const s of steps) {
        if (s.missing) {
          ctx.stderr(`${file}: ${s.tool} is not installed: ${s.missing}\n`);
          raise(ctx, EXIT.TOOL);
          continue;
        }
        ctx.stdout(`${s.ok ? 'ok  ' : 'FAIL'} ${s.tool} ${s.seconds.toFixed(1)}s\n`);
        if (!s.ok) {
          ctx.stdout(`${s.output}\n`);
          raise(ctx, EXIT.INPUT);
        }
      }
    });
};
