// Start-up benchmark (part of `npm run bench`; alone: `npm run bench:startup`): CPU time (user +
// system) of whole `tpe` processes, `tpe --help` and `tpe check examples/sa_os.tpe`, the best of
// 10, for the compiled CLI (bin/tpe.js -> dist/cli.js, rebuilt from the sources first) beside the
// TypeScript sources run through tsx as bin/tpe.js did before the build step, in the same run.
// CPU time of a child comes from bash's `times` (its children's user and system time), which is
// steadier than wall time on a shared machine. Aim: under 150 ms for the compiled CLI.
// `--baseline DIR` (or TPE_STARTUP_BASELINE=DIR) adds a column for another checkout's bin/tpe.js,
// e.g. the commit before the build step: `git worktree add /tmp/old d29e2a6`.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
export const STARTUP_AIM_MS = 150;

/** CPU ms of one process `node args...` run from the repository root (output discarded). */
export function processCpuMs(args: readonly string[]): number {
  const r = spawnSync('bash', ['-c', '"$@" >/dev/null 2>&1; times', 'bash', process.execPath, ...args], { cwd: ROOT, encoding: 'utf8' });
  // `times`: the shell's user/sys on line 1, its children's on line 2, as "0m0.123s 0m0.004s".
  const line = r.stdout.trim().split('\n')[1] ?? '';
  const secs = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  if (secs.length !== 2) throw new Error(`cannot read the CPU time from bash times: ${JSON.stringify(r.stdout)}`);
  return (secs[0] + secs[1]) * 1000;
}

export function bestOf(n: number, args: readonly string[]): number {
  let best = Infinity;
  for (let i = 0; i < n; i++) best = Math.min(best, processCpuMs(args));
  return best;
}

export interface StartupRow {
  command: string;
  compiledMs: number;
  tsxMs: number;
  baselineMs?: number;
}

export async function startupBench(runs = 10, baseline?: string): Promise<{ rows: StartupRow[]; text: string }> {
  const { bundle } = (await import(join(ROOT, 'build', 'bundle.mjs'))) as { bundle: () => Promise<void> };
  await bundle();
  const tsx = join(ROOT, 'bench', 'tsx-launcher.mjs');
  const cases: [string, string[]][] = [
    ['tpe --help', ['--help']],
    ['tpe check examples/sa_os.tpe', ['check', 'examples/sa_os.tpe']],
  ];
  const rows = cases.map(([command, args]) => ({
    command,
    compiledMs: bestOf(runs, [join(ROOT, 'bin', 'tpe.js'), ...args]),
    tsxMs: bestOf(runs, [tsx, ...args]),
    ...(baseline ? { baselineMs: bestOf(runs, [join(baseline, 'bin', 'tpe.js'), ...args]) } : {}),
  }));
  const node = bestOf(runs, ['-e', '0']);
  const w = Math.max(...rows.map((r) => r.command.length));
  const text = [
    `start-up, CPU ms (user + system) of the whole process, best of ${runs} (node -e 0: ${node.toFixed(0)} ms; aim < ${STARTUP_AIM_MS} ms compiled):`,
    `  ${'command'.padEnd(w)}  compiled  tsx (sources)  ratio${baseline ? `  baseline (${baseline})  ratio` : ''}`,
    ...rows.map(
      (r) =>
        `  ${r.command.padEnd(w)}  ${r.compiledMs.toFixed(0).padStart(8)}  ${r.tsxMs.toFixed(0).padStart(13)}  ${(r.tsxMs / r.compiledMs).toFixed(1).padStart(4)}x` +
        (r.baselineMs !== undefined
          ? `  ${r.baselineMs.toFixed(0).padStart(13 + baseline!.length)}  ${(r.baselineMs / r.compiledMs).toFixed(1).padStart(4)}x`
          : '') +
        (r.compiledMs < STARTUP_AIM_MS ? '' : '  OVER THE AIM'),
    ),
  ].join('\n');
  return { rows, text };
}

/** `--baseline DIR` from argv, else TPE_STARTUP_BASELINE. */
export function baselineArg(argv: readonly string[]): string | undefined {
  const i = argv.indexOf('--baseline');
  return i >= 0 ? argv[i + 1] : process.env.TPE_STARTUP_BASELINE || undefined;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  console.log((await startupBench(10, baselineArg(process.argv))).text);
