// Progress of the long steps of every command (RTL builds, synthesis, calibration, verify
// batches, large simulations) on stderr through util/progress: a bar or spinner with the step and
// elapsed time on a terminal, plain lines in CI logs, nothing with --json. A step stays silent
// for its first `delayMs` (default 2 s), so the many short runs print nothing at all.
import { startProgress, type Progress, type StartStep } from '../util/progress.js';
import type { CommandContext } from './context.js';

export interface StepOptions {
  /** Print nothing (machine output on stdout). */
  quiet?: boolean;
  /** Silent until the step has run this long (ms); 0 shows it at once. */
  delayMs?: number;
  /** Clock (tests inject one). */
  now?: () => number;
}

export type { StartStep };

export function stepper(ctx: CommandContext, o: StepOptions = {}): StartStep {
  const now = o.now ?? Date.now;
  const delay = o.delayMs ?? 2000;
  return (step, total) => {
    const t0 = now();
    let count = 0;
    let detail: string | undefined;
    let real: Progress | undefined;
    let ended = false;
    let timer: ReturnType<typeof setInterval> | undefined;
    const show = (): void => {
      if (real || ended || o.quiet || now() - t0 < delay) return;
      // The shown step starts when the work did: its first clock reading is t0.
      let first = true;
      const clock = () => {
        if (first) {
          first = false;
          return t0;
        }
        return now();
      };
      real = startProgress(step, total, { write: ctx.stderr, isTTY: ctx.isTTY, now: clock });
      real.update(count, detail);
    };
    // Awaited work without ticks (a build, a synthesis): a timer shows the step once it is slow
    // and keeps a terminal spinner turning. Unref'd: it never keeps the process alive.
    if (!o.quiet) {
      timer = setInterval(() => {
        show();
        if (real && ctx.isTTY) real.tick(0);
      }, 250);
      timer.unref();
    }
    if (delay <= 0) show();
    const stop = () => {
      ended = true;
      if (timer) clearInterval(timer);
    };
    return {
      tick(n = 1, d) {
        count += n;
        if (d !== undefined) detail = d;
        if (real) real.tick(n, d);
        else show();
      },
      update(v, d) {
        count = v;
        if (d !== undefined) detail = d;
        if (real) real.update(v, d);
        else show();
      },
      done(outcome = 'ok') {
        stop();
        real?.done(outcome);
      },
    };
  };
}
