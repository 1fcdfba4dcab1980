// `tpe check <files...> [--json]`: parse and validate engines. Exit 0 when no file has errors
// (warnings are printed but pass), 1 otherwise.
import type { Command } from 'commander';
import { EXIT, raise, type CommandContext } from '../context.js';
import { errorCount, load, printDiagnostics, warningCount } from './dsl-io.js';
import type { RegisterCommand } from './index.js';

export const registerCheck: RegisterCommand = (program: Command, ctx: CommandContext) => {
  program.command('check')
    .description('parse and validate .tpe files; errors and warnings with file:line:col')
    .argument('<files...>', '.tpe files')
    .option('--json', 'print the diagnostics as JSON on stdout')
    .action((files: string[], o: { json?: boolean }) => {
      const report: { file: string; ok: boolean; diagnostics: unknown[] }[] = [];
      for (const f of files) {
        const r = load(ctx, f);
        const errs = errorCount(r.diagnostics);
        if (errs > 0) raise(ctx, EXIT.INPUT);
        if (o.json) { report.push({ file: f, ok: errs === 0, diagnostics: [...r.diagnostics] }); continue; }
        printDiagnostics(ctx, r.diagnostics);
        const w = warningCount(r.diagnostics);
        const tail = w > 0 ? ` (${w} warning${w > 1 ? 's' : ''})` : '';
        ctx.stdout(errs === 0 ? `${f}: ok${tail}\n` : `${f}: ${errs} error${errs > 1 ? 's' : ''}${tail}\n`);
      }
      if (o.json) ctx.stdout(JSON.stringify({ files: report }, null, 2) + '\n');
    });
};
