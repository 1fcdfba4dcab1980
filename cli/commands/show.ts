// `tpe show <file> [--json]`: the validated design as canonical DSL (the nest rebuilt from the
// IR) or as IR JSON. Deterministic: same file, same bytes.
import type { Command } from 'commander';
import { printDesign } from '../../dsl/index.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import { load, printDiagnostics } from './dsl-io.js';
import type { RegisterCommand } from './index.js';

export const registerShow: RegisterCommand = (program: Command, ctx: CommandContext) => {
  program
    .command('show')
    .description('print a design as canonical DSL, or as IR JSON with --json')
    .argument('<file>', '.tpe file')
    .option('--json', 'print the IR as JSON (schema: dsl/ir.schema.json)')
    .action((file: string, o: { json?: boolean }) => {
      const r = load(ctx, file);
      printDiagnostics(ctx, r.diagnostics);
      if (!r.value) return raise(ctx, EXIT.INPUT);
      ctx.stdout(o.json ? JSON.stringify(r.value, null, 2) + '\n' : printDesign(r.value));
    });
};
