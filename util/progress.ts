// Feedback on long work. On a terminal: a bar (when the total is known) or a spinner, with the
// step, elapsed time, rate and ETA, redrawn at most every 100 ms on one line of stderr. Not on a
// terminal (CI logs): one plain line when a step starts, a line at most every `everyMs` while it
// runs, and one when it ends. Quiet (--json): nothing at all. One small module rather than a
// library: the three modes and the CI line format are the whole need, and bars from npm either
// lack the non-TTY mode or pull in terminal-colour dependencies.

export interface ProgressOptions {
  /** Where lines go (stderr in the CLI; tests pass their own). */
  write: (s: string) => void;
  /** Redraw one line in place (a terminal) or print plain lines. */
  isTTY: boolean;
  /** Print nothing (machine output on stdout, e.g. --json). */
  quiet?: boolean;
  /** Non-TTY: at most one progress line per this many ms (default 10 s). */
  everyMs?: number;
  /** Clock in ms (tests inject one). */
  now?: () => number;
}

export interface Progress {
  /** Advance by `n` units (default 1) and optionally name what is being done. */
  tick(n?: number, detail?: string): void;
  /** Set the absolute count done. */
  update(done: number, detail?: string): void;
  /** End the step with a final line (`ok` or a short failure word). */
  done(outcome?: string): void;
}

/**
 * Starts a named step of a longer job (`total` for a bar, none for a spinner). Library code that
 * runs long work (rtl/verify.ts) takes one of these, so the CLI decides how progress is shown.
 */
export type StartStep = (step: string, total?: number) => Progress;

const SPIN = ['|', '/', '-', '\\'];

/** Seconds as "4.2s", "3m07s" or "1h02m". */
export function formatDuration(ms: number): string {
  const s = Math.max(0, ms) / 1000;
  if (s < 60) return `${s.toFixed(1)}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(Math.floor(s % 60)).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

function formatRate(perSec: number): string {
  if (perSec >= 1e6) return `${(perSec / 1e6).toFixed(1)}M/s`;
  if (perSec >= 1e3) return `${(perSec / 1e3).toFixed(1)}k/s`;
  return `${perSec.toFixed(perSec >= 10 ? 0 : 1)}/s`;
}

/**
 * Starts a step. `total` undefined gives a spinner with elapsed time (an RTL build, a synthesis);
 * a number gives a bar with rate and ETA (verify cases, sweep points).
 */
export function startProgress(step: string, total: number | undefined, o: ProgressOptions): Progress {
  const now = o.now ?? Date.now;
  const t0 = now();
  let count = 0;
  let detail = '';
  let lastDraw = -Infinity;
  let lastLine = t0;
  let frame = 0;
  let ended = false;
  const every = o.everyMs ?? 10_000;
  const quiet = o.quiet === true;

  const status = (): string => {
    const el = now() - t0;
    const parts = [step];
    if (total !== undefined) {
      const pct = total > 0 ? Math.min(100, (100 * count) / total) : 100;
      parts.push(`${count}/${total} (${pct.toFixed(0)}%)`);
    } else if (count > 0) parts.push(String(count));
    parts.push(formatDuration(el));
    if (count > 0 && el > 0) {
      const rate = (count * 1000) / el;
      parts.push(formatRate(rate));
      if (total !== undefined && count < total) parts.push(`ETA ${formatDuration(((total - count) / rate) * 1000)}`);
    }
    if (detail) parts.push(detail);
    return parts.join('  ');
  };

  const bar = (): string => {
    if (total === undefined || total <= 0) return `${SPIN[frame++ % SPIN.length]} `;
    const width = 20;
    const filled = Math.round((width * Math.min(count, total)) / total);
    return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] `;
  };

  const draw = (force: boolean): void => {
    if (quiet || ended) return;
    const t = now();
    if (o.isTTY) {
      if (!force && t - lastDraw < 100) return;
      lastDraw = t;
      o.write(`\r\x1b[2K${bar()}${status()}`);
    } else if (force || t - lastLine >= every) {
      lastLine = t;
      o.write(`${status()}\n`);
    }
  };

  if (!quiet) {
    if (o.isTTY) draw(true);
    else o.write(`${step}: started${total !== undefined ? ` (${total})` : ''}\n`);
  }

  return {
    tick(n = 1, d) {
      count += n;
      if (d !== undefined) detail = d;
      draw(false);
    },
    update(v, d) {
      count = v;
      if (d !== undefined) detail = d;
      draw(false);
    },
    done(outcome = 'ok') {
      if (ended) return;
      detail = '';
      const line = `${step}: ${outcome}  ${total !== undefined ? `${count}/${total}  ` : ''}${formatDuration(now() - t0)}`;
      ended = true;
      if (quiet) return;
      o.write(o.isTTY ? `\r\x1b[2K${line}\n` : `${line}\n`);
    },
  };
}

/** Runs `work` under a spinner that redraws every 250 ms on a terminal while it is pending. */
export async function withSpinner<T>(step: string, o: ProgressOptions, work: () => Promise<T>): Promise<T> {
  const p = startProgress(step, undefined, o);
  const timer = o.isTTY && !o.quiet ? setInterval(() => p.tick(0), 250) : undefined;
  try {
    const v = await work();
    p.done('ok');
    return v;
  } catch (e) {
    p.done('failed');
    throw e;
  } finally {
    if (timer) clearInterval(timer);
  }
}
