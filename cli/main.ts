// The `tpe` command line. Exit codes (stable, for CI): 0 ok, 1 errors in input or a failed
// check (mismatch, regression), 2 usage error, 3 a required tool is missing / internal failure.
import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index.js';
import { EXIT, type CommandContext } from './context.js';

export { EXIT };

export async function main(argv: string[], io: Partial<CommandContext> = {}): Promise<number> {
  const ctx: CommandContext = {
    stdout: io.stdout ?? ((s) => process.stdout.write(s)),
    stderr: io.stderr ?? ((s) => process.stderr.write(s)),
    cwd: io.cwd ?? process.cwd(),
    isTTY: io.isTTY ?? Boolean(process.stderr.isTTY),
    exitCode: EXIT.OK,
  };
  const program = new Command('tpe')
    .description('TPE Toolkit: describe, simulate, estimate, emit and verify tensor processing engines in bit-weight notation')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: ctx.stdout, writeErr: ctx.stderr })
    .showHelpAfterError('(run with --help for usage)');
  for (const register of COMMANDS) register(program, ctx);
  for (const c of program.commands) c.exitOverride().configureOutput({ writeOut: ctx.stdout, writeErr: ctx.stderr });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version exit through here with code 0.
      if (e.exitCode === 0) return EXIT.OK;
      return EXIT.USAGE;
    }
    ctx.stderr(`tpe: internal error: ${e instanceof Error ? e.message : String(e)}\n` +
      'This is a bug in TPE Toolkit; please report it with the command and input that caused it.\n');
    return EXIT.TOOL;
  }
  return ctx.exitCode;
}

export const VERSION = '0.1.0';
