// Ordinary file-system failures (a read-only file, a folder where a file should go, a missing
// folder) as user errors: one line naming the file and the reason, a hint, exit 1; never an
// "internal error".
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXIT, raise, type CommandContext } from './context.js';

const REASON: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EEXIST: 'it already exists',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
  EFBIG: 'larger than the limit for this kind of file',
  EBINARY: 'it holds NUL bytes, not text (a binary file or a device)',
};

/** Why a file operation failed, in words ("permission denied (EACCES)"). */
export function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code) return REASON[code] ? `${REASON[code]} (${code})` : code;
  return e instanceof Error ? e.message : String(e);
}

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
