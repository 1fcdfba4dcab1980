// `tpe fmt [--check | --write] <files...>`: canonical spacing and indentation, comments kept.
// Default prints the formatted text; --check lists files that differ (exit 1, for CI);
// --write rewrites them in place. Files with syntax errors are reported, never rewritten.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { formatText, readSource } from '../../dsl/index.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import { printDiagnostics } from './dsl-io.js';
import { writeOutput } from '../files.js';
import type { RegisterCommand } from './index.js';

export const registerFmt: RegisterCommand = (program: Command, ctx: CommandContext) => {
  program
    .command('fmt')
    .description('format .tpe files (keeps comments); prints to stdout unless --check or --write')
    .argument('<files...>', '.tpe files')
    .option('--check', 'exit 1 and list the files that are not formatted')
    .option('--write', 'rewrite the files in place')
    .action((files: string[], o: { check?: boolean; write?: boolean }) => {
      if (o.check && o.write) {
        ctx.stderr('error: --check and --write exclude each other\n');
        return raise(ctx, EXIT.USAGE);
      }
      let unformatted = 0;
      for (const f of files) {
        const src = readSource(resolve(ctx.cwd, f), f);
        if (src.value === undefined) {
          printDiagnostics(ctx, src.diagnostics);
          raise(ctx, EXIT.INPUT);
          continue;
        }
        const r = formatText(src.value, f);
        if (r.value === undefined) {
          printDiagnostics(ctx, r.diagnostics);
          raise(ctx, EXIT.INPUT);
          continue;
        }
        const same = r.value === src.value;
        if (o.check) {
          if (!same) {
            unformatted++;
            ctx.stderr(`${f}: not formatted (run: tpe fmt --write ${f})\n`);
            raise(ctx, EXIT.INPUT);
          }
        } else if (o.write) {
          if (!same && writeOutput(ctx, f, r.value)) ctx.stdout(`formatted ${f}\n`);
        } else ctx.stdout(r.value);
      }
      if (o.check && unformatted === 0 && ctx.exitCode === EXIT.OK)
        ctx.stdout(`${files.length} file${files.length > 1 ? 's' : ''} formatted\n`);
    });
};
