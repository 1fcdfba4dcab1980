// `tpe pareto all.jsonl --objectives area,energy,-throughput [--aggregate] [--json]`: the
// non-dominated design points per workload GEMM, or per workload set with --aggregate (a model's
// layers weighted by how often each runs). Objectives are minimized; '-name' maximizes.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { pareto, parseObjectives } from '../../sweep/pareto.js';
import { RowsError } from '../../sweep/jsonl.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import { fsReason } from '../files.js';
import { printDiagnostics } from './dsl-io.js';
import type { RegisterCommand } from './index.js';

const num = (x: number) => (Math.abs(x) < 1e-3 && x !== 0 ? x.toExponential(4) : Number(x.toPrecision(6)).toString());

export const registerPareto: RegisterCommand = (program: Command, ctx: CommandContext) => {
  program
    .command('pareto')
    .description('non-dominated design points of sweep rows, per workload or aggregated over a model')
    .argument('<rows>', 'rows (.jsonl from tpe sweep or tpe merge)')
    .requiredOption(
      '--objectives <list>',
      "metrics to minimize, '-name' to maximize (area, energy, fmax, cycles, latency, throughput, tops/w, tops/mm2, or row metric names)",
    )
    .option('--aggregate', 'one candidate per design and workload set (sum over its GEMMs, weighted by count)')
    .option('--json', 'print the fronts as JSON')
    .action((file: string, o: { objectives: string; aggregate?: boolean; json?: boolean }) => {
      const obj = parseObjectives(o.objectives);
      if (typeof obj === 'string') {
        ctx.stderr(`error: ${obj}\n(run tpe pareto --help for usage)\n`);
        raise(ctx, EXIT.USAGE);
        return;
      }
      const path = resolve(ctx.cwd, file);
      if (!existsSync(path)) {
        ctx.stderr(`error[Y0601]: ${file}: no such file\n`);
        raise(ctx, EXIT.INPUT);
        return;
      }
      let groups;
      try {
        groups = pareto(path, obj, { aggregate: o.aggregate === true, shown: file });
      } catch (e) {
        // A bad line: file:line:col, what was expected and a hint, as the other readers say it.
        if (e instanceof RowsError) {
          printDiagnostics(ctx, [e.diagnostic]);
          raise(ctx, EXIT.INPUT);
          return;
        }
        ctx.stderr(`error[Y0603]: ${file}: not sweep rows (${fsReason(e)})\n`);
        raise(ctx, EXIT.INPUT);
        return;
      }
      if (o.json) {
        ctx.stdout(JSON.stringify({ objectives: obj, aggregate: o.aggregate === true, groups }, null, 1) + '\n');
        return;
      }
      const out: string[] = [];
      for (const g of groups) {
        out.push(
          `${g.group}: ${g.front.length} of ${g.candidates} design points on the front${g.incomplete ? ` (${g.incomplete} left out: a GEMM of the set has no ok row)` : ''}${g.unusable ? ` (${g.unusable} left out: an objective is missing from their rows)` : ''}`,
        );
        for (const c of g.front)
          out.push(`  ${obj.map((x) => `${x.metric}=${num(c.values[x.metric])}`).join('  ')}  ${c.name}  ${c.design}`);
      }
      ctx.stdout(out.join('\n') + '\n');
    });
};
