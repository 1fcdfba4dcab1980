// `tpe sweep spec.yaml -o results/ [--shard i/N] [--workers N] [--restart] [--quiet]`: evaluate a
// design space (docs: examples/sweeps/, the spec's JSON Schema with --schema). Rows go to
// results/rows.jsonl as they finish; rerun the same command after a kill to resume. Exit 0 when
// every point has a row (invalid and error rows included: `tpe gate` judges them), 1 for a bad
// spec or an output folder that belongs to another run, 2 for usage errors.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { PointSpace, parseShard } from '../../sweep/points.js';
import { ROWS_FILE, runSweep } from '../../sweep/runner.js';
import { loadSpec, sweepSchema } from '../../sweep/spec.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import { printDiagnostics } from './dsl-io.js';
import type { RegisterCommand } from './index.js';

interface SweepFlags {
  out?: string;
  shard?: string;
  workers?: string;
  restart?: boolean;
  quiet?: boolean;
  schema?: boolean;
  check?: boolean;
  batch?: string;
}

function usage(ctx: CommandContext, msg: string): void {
  ctx.stderr(`error: ${msg}\n(run tpe sweep --help for usage)\n`);
  raise(ctx, EXIT.USAGE);
}

export const registerSweep: RegisterCommand = (program: Command, ctx: CommandContext) => {
  program
    .command('sweep')
    .description('evaluate a design space (sweep.yaml) into resumable JSON Lines rows, on worker threads')
    .argument('[spec]', 'sweep spec (YAML; see examples/sweeps/ and --schema)')
    .option('-o, --out <dir>', 'output folder: rows.jsonl and manifest.json (resumed when it exists)')
    .option('--shard <i/N>', 'evaluate the i-th of N deterministic shares of the points (CI jobs)')
    .option('--workers <n>', 'worker threads (default: the cores; 0: in this thread)')
    .option('--batch <n>', 'points per batch sent to a worker (default by level)')
    .option('--restart', 'throw away rows already in the output folder instead of resuming')
    .option('--check', 'validate the spec and print how many points it has; evaluate nothing')
    .option('--schema', 'print the JSON Schema of sweep specs')
    .option('-q, --quiet', 'no progress output')
    .action(async (file: string | undefined, o: SweepFlags) => {
      if (o.schema) {
        ctx.stdout(JSON.stringify(sweepSchema(), null, 2) + '\n');
        return;
      }
      if (!file) return usage(ctx, 'missing the sweep spec (tpe sweep spec.yaml -o results/)');
      const shard = o.shard !== undefined ? parseShard(o.shard) : undefined;
      if (typeof shard === 'string') return usage(ctx, shard);
      // Number('') is 0: an empty value must not pass as "0 workers" (in this thread).
      const workers = o.workers !== undefined ? (/^\d+$/.test(o.workers) ? Number(o.workers) : NaN) : undefined;
      if (workers !== undefined && !(Number.isSafeInteger(workers) && workers >= 0 && workers <= 256))
        return usage(ctx, `--workers expects 0..256, got "${o.workers}"`);
      const batch = o.batch !== undefined ? Number(o.batch) : undefined;
      if (batch !== undefined && !(Number.isSafeInteger(batch) && batch >= 1))
        return usage(ctx, `--batch expects a positive integer, got "${o.batch}"`);
      if (!o.check && !o.out) return usage(ctx, 'missing -o <dir> (where rows.jsonl goes)');
      const r = await loadSpec(file, ctx.cwd);
      if (!r.spec) {
        printDiagnostics(ctx, r.diagnostics);
        raise(ctx, EXIT.INPUT);
        return;
      }
      const spec = r.spec;
      if (o.check) {
        const sp = new PointSpace(spec);
        ctx.stdout(
          `${file}: ok, ${sp.points} points (${sp.combos} designs x ${sp.workloads} workload GEMMs), level ${spec.level}, spec ${spec.hash}\n`,
        );
        return;
      }
      const res = await runSweep({
        spec,
        out: resolve(ctx.cwd, o.out!),
        ...(shard ? { shard } : {}),
        ...(workers !== undefined ? { workers } : {}),
        ...(batch ? { batch } : {}),
        ...(o.restart ? { restart: true } : {}),
        progress: { write: ctx.stderr, isTTY: ctx.isTTY, quiet: o.quiet === true, everyMs: 10_000 },
      });
      if (!res.result) {
        printDiagnostics(ctx, res.diagnostics);
        raise(ctx, EXIT.INPUT);
        return;
      }
      const x = res.result;
      const c = x.counts;
      ctx.stdout(
        `${spec.name}: ${x.points} point${x.points === 1 ? '' : 's'}${shard ? ` (shard ${shard.index}/${shard.count})` : ''}: ok ${c.ok}, invalid ${c.invalid}, error ${c.error}` +
          `${x.resumed ? `; resumed with ${x.resumed} rows already there` : ''}${x.repairedBytes ? ` (cut a torn last line of ${x.repairedBytes} bytes)` : ''}` +
          ` -> ${o.out}/${ROWS_FILE}\n`,
      );
    });
};
