// Ordinary file-system failures (a read-only file, a folder where a file should go, a missing
// folder) as user errors: one line naming the file and the reason, a hint, exit 1; never an
// "internal error".
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fsReason } from '../util/fs.js';
import { EXIT, raise, type CommandContext } from './context.js';

export { fsReason };

/** True for the errors `fsReason` describes (errors of the file system, not bugs). */
export const isFsError = (e: unknown): boolean =>
  typeof (e as NodeJS.ErrnoException | undefined)?.code === 'string' && (e as NodeJS.ErrnoException).syscall !== undefined;

/** Prints "error: cannot write FILE: reason" with a hint and sets exit 1. */
export function fsFail(ctx: CommandContext, verb: string, file: string, e: unknown, hint = 'choose a path you can write to'): void {
  ctx.stderr(`error: cannot ${verb} ${file}: ${fsReason(e)}\n  = hint: ${hint}\n`);
  raise(ctx, EXIT.INPUT);
}

/** Writes `data` to `file` (relative to ctx.cwd); on failure prints why and returns false. */
export function writeOutput(ctx: CommandContext, file: string, data: string | Uint8Array): boolean {
  try {
    writeFileSync(resolve(ctx.cwd, file), data);
    return true;
  } catch (e) {
    fsFail(ctx, 'write', file, e);
    return false;
  }
}
