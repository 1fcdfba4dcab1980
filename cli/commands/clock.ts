// Clock targets shared by the commands that know one (synth, estimate, power): parsing `--clock`
// (a positive, finite number of ns; anything else is a usage error), and the rule for a missed
// clock, the same everywhere: a clock given with --clock is a target, so missing it prints a
// warning and exits 1; the design header's `clock` is informational, so missing it is a warning
// only, unless --fail-on-missed-clock makes it an error (exit 1) too, for CI.
import { EXIT, raise, type CommandContext } from '../context.js';

export function parseClockNs(ctx: CommandContext, cmd: string, flag: string, value: string | undefined): number | undefined | null {
  if (value === undefined) return undefined;
  const x = Number(value);
  if (!(Number.isFinite(x) && x > 0) || value.trim() === '') {
    ctx.stderr(`error: ${flag} expects a positive number of ns, got "${value}"\n(run tpe ${cmd} --help for usage)\n`);
    raise(ctx, EXIT.USAGE);
    return null;
  }
  return x;
}

/** Reports a missed clock; `explicit`: the clock came from --clock. */
export function missedClock(ctx: CommandContext, o: { explicit: boolean; failOnMissed?: boolean }, what: string): void {
  ctx.stderr(`warning: ${what}\n`);
  if (o.explicit || o.failOnMissed) raise(ctx, EXIT.INPUT);
}

export const FAIL_ON_MISSED = [
  '--fail-on-missed-clock',
  "exit 1 when the design header's clock is missed too (an explicit --clock always is)",
] as const;
