// The `tpe` command line. Exit codes: cli/context.ts EXIT (0 ok, 1 input / failed check, 2 usage,
// 3 tool missing, 4 gate: errors only, 70 internal error). Only the module of the command being run is loaded
// (cli/commands/index.ts), so start-up stays small whatever the other commands import.
import { Command, CommanderError, Help } from 'commander';
import { COMMANDS, type CommandEntry } from './commands/index.js';
import { fsReason, isFsError } from './files.js';
import { EXIT, type CommandContext } from './context.js';
import { TOOLKIT_VERSION } from '../util/version.js';

export { EXIT };
export const VERSION = TOOLKIT_VERSION;

/** The entry whose module must be loaded for this command line, if any. */
function wanted(argv: readonly string[]): CommandEntry | undefined {
  const word = argv[0] === 'help' ? argv[1] : argv[0];
  return COMMANDS.find((c) => c.name === word);
}

export async function main(argv: string[], io: Partial<CommandContext> = {}): Promise<number> {
  const ctx: CommandContext = {
    stdout:
      io.stdout ??
      ((s) => {
        process.stdout.write(s);
      }),
    stderr:
      io.stderr ??
      ((s) => {
        process.stderr.write(s);
      }),
    cwd: io.cwd ?? process.cwd(),
    isTTY: io.isTTY ?? Boolean(process.stderr.isTTY),
    exitCode: EXIT.OK,
  };
  // `tpe check *.tpe | head -1`: the reader went away, so stop quietly with the code so far.
  if (!io.stdout) {
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(ctx.exitCode);
      throw e;
    });
  }
  const program = new Command('tpe')
    .description('TPE Toolkit: describe, simulate, estimate, emit and verify tensor processing engines in bit-weight notation')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: ctx.stdout, writeErr: ctx.stderr })
    .showHelpAfterError('(run with --help for usage)');
  const entry = wanted(argv);
  if (entry) (await entry.load())(program, ctx);
  else {
    // The overview (--help, no command, an unknown command with "did you mean"): every command
    // is listed from its entry, none is loaded.
    for (const c of COMMANDS) program.command(c.name).description(c.summary);
    const terms = new Map(COMMANDS.map((c) => [c.name, `${c.name}${c.usage ? ` ${c.usage}` : ''}`]));
    const base = new Help();
    program.configureHelp({ subcommandTerm: (c) => terms.get(c.name()) ?? base.subcommandTerm(c) });
  }
  for (const c of program.commands) c.exitOverride().configureOutput({ writeOut: ctx.stdout, writeErr: ctx.stderr });
  // An empty value (`-o ""`, an unset shell variable) is a missing one: as a path it would name
  // the working folder (emit wrote its Verilog there, lint its cache) or be skipped as unset.
  program.hook('preAction', (_root, action) => {
    for (const opt of action.options) {
      const v: unknown = action.getOptionValue(opt.attributeName());
      if (v === '' || (Array.isArray(v) && v.includes('')))
        action.error(`error: option '${opt.flags}' argument is empty`, { exitCode: EXIT.USAGE, code: 'tpe.emptyOptionValue' });
    }
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version exit through here with code 0.
      if (e.exitCode === 0) return EXIT.OK;
      return EXIT.USAGE;
    }
    // A file-system failure a command did not catch itself (a read-only file, a full disk) is
    // still the user's situation, not a bug: say which file and why.
    if (isFsError(e)) {
      // Node's message ("EACCES: permission denied, open '/x'") said again in words with the path.
      const { syscall, path } = e as NodeJS.ErrnoException;
      ctx.stderr(
        `error: ${path ? `cannot ${syscall} ${path}: ${fsReason(e)}` : `${fsReason(e)}: ${(e as Error).message}`}\n  = hint: check the paths and permissions of the files this command reads and writes\n`,
      );
      return EXIT.INPUT;
    }
    ctx.stderr(
      `tpe: internal error: ${e instanceof Error ? e.message : String(e)}\n` +
        'This is a bug in TPE Toolkit; please report it with the command and input that caused it.\n',
    );
    return EXIT.INTERNAL;
  }
  return ctx.exitCode;
}
