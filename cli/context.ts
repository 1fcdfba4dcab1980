/**
 * Exit codes (stable, for CI; README "Exit codes"): 0 ok, 1 errors in the input or a failed check
 * (mismatch, missed target), 2 usage error, 3 a required tool is missing, 4 an internal error
 * (a bug in the toolkit: the message asks for a report).
 */
// 4 is `tpe gate`'s "some points are errors, none regressed" (issue 12); an internal error is 70
// (EX_SOFTWARE in sysexits.h), so a CI step can tell a toolkit bug from a gate verdict.
export const EXIT = { OK: 0, INPUT: 1, USAGE: 2, TOOL: 3, GATE_ERRORS: 4, INTERNAL: 70 } as const;

/** What a command needs from its surroundings; tests pass their own writers. */
export interface CommandContext {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  /** Progress bars only on a terminal; CI logs get plain lines. */
  isTTY: boolean;
  /** Set by the action; the highest code wins (see raise). */
  exitCode: number;
}

export function raise(ctx: CommandContext, code: number): void {
  if (code > ctx.exitCode) ctx.exitCode = code;
}
