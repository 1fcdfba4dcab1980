// `tpe compare a.tpe b.tpe ... [--gemm MxNxK] [--tech T] [--freq MHz] [--json]`: every figure of
// each design as a ratio against the first.
import type { Command } from 'commander';
import { figureList, renderComparison } from '../../cost/report/render.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import { DEFAULT_DIST, DEFAULT_SEED, SEED_HELP } from '../../pipeline/index.js';
import { estimateFile, parseEstimateFlags, type EstimateFlags } from './estimate.js';
import { stepper } from '../progress.js';
import type { RegisterCommand } from './index.js';

export const registerCompare: RegisterCommand = (program: Command, ctx: CommandContext) => {
  program
    .command('compare')
    .description('compare the estimates of several designs (ratios against the first)')
    .argument('<designs...>', '.tpe design files (at least two)')
    .option('--gemm <MxNxK>', 'workload shape; needed for power and TOPS/W')
    .option('--tech <tech>', "generic | ihp-sg13g2 | path to a JSON table (default: each design's technology)")
    .option('--freq <MHz>', 'also compare at this clock')
    .option('--dist <dist>', 'operand distribution', DEFAULT_DIST)
    .option('--seed <n>', SEED_HELP, DEFAULT_SEED)
    .option('--json', 'print figures and ratios as JSON')
    .action((files: string[], o: EstimateFlags) => {
      if (files.length < 2) {
        ctx.stderr('error: compare needs at least two designs\n');
        return raise(ctx, EXIT.USAGE);
      }
      // Options are checked once, so a bad value is reported once rather than once per design.
      const opts = parseEstimateFlags(ctx, 'compare', o);
      if (!opts) return;
      const step = stepper(ctx, { quiet: o.json === true });
      const res = files.map((f) => estimateFile(ctx, f, opts, step));
      if (res.some((r) => !r)) return;
      const ests = res.map((r) => r!.est);
      const techs = new Set(ests.map((e) => e.tech));
      if (techs.size > 1) {
        ctx.stderr(`error: the designs name different technologies (${[...techs].join(', ')}); pass --tech to compare on one\n`);
        return raise(ctx, EXIT.INPUT);
      }
      if (o.json) {
        const base = figureList(ests[0]);
        ctx.stdout(
          JSON.stringify(
            {
              gemm: o.gemm ?? null,
              tech: ests[0].tech,
              units: ests[0].units,
              designs: ests.map((e, i) => ({
                file: files[i],
                name: e.design,
                figures: Object.fromEntries(
                  figureList(e).map(([k, v], j) => [
                    k,
                    { value: v ?? null, ratio: v !== undefined && base[j][1] ? v / base[j][1]! : null },
                  ]),
                ),
              })),
            },
            null,
            2,
          ) + '\n',
        );
      } else {
        ctx.stdout(
          `technology ${ests[0].tech} (${ests[0].units.area}, ${ests[0].units.delay}, ${ests[0].units.energy})${o.gemm ? `, GEMM ${o.gemm}` : ''}\n`,
        );
        ctx.stdout(
          renderComparison(
            res.map((r) => r!.design.name),
            ests,
          ),
        );
      }
    });
};
