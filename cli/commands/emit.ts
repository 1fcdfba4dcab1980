// `tpe emit design.tpe [-o dir] [--lint]`: deterministic Verilog, one file per module.
import { basename, resolve } from 'node:path';
import type { Command } from 'commander';
import { emitDesign } from '../../rtl/index.js';
import { writeRtl } from '../../rtl/write.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import { load, prepareDir, printDiagnostics } from './dsl-io.js';
import type { RegisterCommand } from './index.js';

export const registerEmit: RegisterCommand = (program: Command, ctx: CommandContext) => {
  program.command('emit')
    .description('emit synthesizable Verilog for a design (same input, same bytes)')
    .argument('<design>', '.tpe design file')
    .option('-o, --out <dir>', 'output folder (default: <design>_rtl)')
    .option('--list', 'print the file names only, write nothing')
    .action((file: string, o: { out?: string; list?: boolean }) => {
      const d = load(ctx, file);
      if (!d.value) { printDiagnostics(ctx, d.diagnostics); raise(ctx, EXIT.INPUT); return; }
      const e = emitDesign(d.value);
      if (!e.value) { printDiagnostics(ctx, e.diagnostics); raise(ctx, EXIT.INPUT); return; }
      if (o.list) { for (const f of e.value.files) ctx.stdout(`${f.name}\n`); return; }
      const dir = o.out ?? `${basename(file).replace(/\.tpe$/, '')}_rtl`;
      if (!prepareDir(ctx, dir, 'output')) return;
      const r = writeRtl(resolve(ctx.cwd, dir), e.value);
      ctx.stdout(`${dir}: top ${e.value.top}, ${e.value.files.length} files (${r.written.length} written, ${r.removed.length} stale removed)\n`);
    });
};
