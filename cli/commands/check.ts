// `tpe check <files...> [--json]`: parse and validate engines. Exit 0 when no file has errors
// (warnings are printed but pass), 1 otherwise. A valid design the RTL model cannot be built for
// gets warning W0601 saying why: `tpe sim` takes every valid design; emit, verify, lint, synth and
// the estimate (which reads the RTL model) a subset (rtl/model/build.ts checkSupport).
import type { Command } from 'commander';
import type { Diagnostic } from '../../ir/index.js';
import { checkSupport } from '../../rtl/model/build.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import { errorCount, load, printDiagnostics, warningCount } from './dsl-io.js';
import type { RegisterCommand } from './index.js';

export const registerCheck: RegisterCommand = (program: Command, ctx: CommandContext) => {
  program
    .command('check')
    .description('parse and validate .tpe files; errors and warnings with file:line:col')
    .argument('<files...>', '.tpe files')
    .option('--json', 'print the diagnostics as JSON on stdout')
    .action((files: string[], o: { json?: boolean }) => {
      const report: { file: string; ok: boolean; diagnostics: unknown[] }[] = [];
      for (const f of files) {
        const loaded = load(ctx, f);
        const r = loaded.value ? { ...loaded, diagnostics: [...loaded.diagnostics, ...backEndNotes(loaded.value)] } : loaded;
        const errs = errorCount(r.diagnostics);
        if (errs > 0) raise(ctx, EXIT.INPUT);
        if (o.json) {
          report.push({ file: f, ok: errs === 0, diagnostics: [...r.diagnostics] });
          continue;
        }
        printDiagnostics(ctx, r.diagnostics);
        const w = warningCount(r.diagnostics);
        const tail = w > 0 ? ` (${w} warning${w > 1 ? 's' : ''})` : '';
        ctx.stdout(errs === 0 ? `${f}: ok${tail}\n` : `${f}: ${errs} error${errs > 1 ? 's' : ''}${tail}\n`);
      }
      if (o.json) ctx.stdout(JSON.stringify({ files: report }, null, 2) + '\n');
    });
};

/** What the RTL back end cannot build, as warnings on a design every other step accepts. */
function backEndNotes(d: Parameters<typeof checkSupport>[0]): Diagnostic[] {
  return checkSupport(d).map((x) => ({
    ...x,
    code: 'W0601',
    severity: 'warning',
    message: `tpe emit, verify, lint, synth, estimate and compare need the RTL model, which this design has not: ${x.message.replace(/^no RTL template covers this design: /, '')}`,
    hint: 'tpe sim works on it; for the others change the design to a combination the RTL templates cover',
  }));
}
