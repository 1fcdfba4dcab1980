// `tpe gate all.jsonl --baseline base.jsonl --max-regression area=1%,energy=2%,fmax=1%,cycles=0%
// [--summary out.md] [--json] [--update-baseline all|failing|tighten]`: verdicts per point
// against a baseline (sweep/gate.ts). Exit 0 pass, 1 a regression, 4 errors only (2 usage);
// with --update-baseline the baseline file is rewritten and the exit is 0.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { gate, parseLimits, renderGate, updateBaseline, type UpdateMode } from '../../sweep/gate.js';
import { RowsError } from '../../sweep/jsonl.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import { fsReason } from '../files.js';
import { printDiagnostics } from './dsl-io.js';
import type { RegisterCommand } from './index.js';

export const registerGate: RegisterCommand = (program: Command, ctx: CommandContext) => {
  program
    .command('gate')
    .description('regression gate: per-point PASS / FAIL / INCONCLUSIVE / ERROR against a baseline of sweep rows')
    .argument('<rows>', 'current rows (.jsonl)')
    .requiredOption('--baseline <file>', 'baseline rows (.jsonl)')
    .option('--max-regression <list>', 'allowed worsening per metric', 'area=1%,energy=2%,fmax=1%,cycles=0%')
    .option('--summary <file>', 'also write the summary as Markdown (e.g. $GITHUB_STEP_SUMMARY)')
    .option('--update-baseline <mode>', 'rewrite the baseline: all | failing (accept the regressions) | tighten (take improvements)')
    .option('--json', 'print verdicts as JSON')
    .action((file: string, o: { baseline: string; maxRegression: string; summary?: string; updateBaseline?: string; json?: boolean }) => {
      const limits = parseLimits(o.maxRegression);
      if (typeof limits === 'string') {
        ctx.stderr(`error: ${limits}\n(run tpe gate --help for usage)\n`);
        raise(ctx, EXIT.USAGE);
        return;
      }
      const mode = o.updateBaseline;
      if (mode !== undefined && !['all', 'failing', 'tighten'].includes(mode)) {
        ctx.stderr(`error: --update-baseline expects all, failing or tighten, got "${mode}"\n`);
        raise(ctx, EXIT.USAGE);
        return;
      }
      const cur = resolve(ctx.cwd, file),
        base = resolve(ctx.cwd, o.baseline);
      for (const [p, shown] of [
        [cur, file],
        [base, o.baseline],
      ] as const) {
        if (!existsSync(p) && !(p === base && mode === 'all')) {
          ctx.stderr(`error[Y0601]: ${shown}: no such file\n`);
          raise(ctx, EXIT.INPUT);
          return;
        }
        // Named here: the reader's EISDIR would not say which of the two it was.
        if (existsSync(p) && statSync(p).isDirectory()) {
          ctx.stderr(`error[Y0601]: ${shown}: it is a folder\n  = hint: give its rows.jsonl, or the file tpe merge wrote\n`);
          raise(ctx, EXIT.INPUT);
          return;
        }
      }
      if (mode === 'all' && !existsSync(base)) {
        updateBaseline(cur, base, limits, 'all');
        ctx.stdout(`baseline ${o.baseline} written from ${file}\n`);
        return;
      }
      let g;
      try {
        g = gate(cur, base, limits, { shown: { current: file, baseline: o.baseline } });
      } catch (e) {
        // A bad line: file:line:col, what was expected and a hint, as the other readers say it.
        if (e instanceof RowsError) {
          printDiagnostics(ctx, [e.diagnostic]);
          raise(ctx, EXIT.INPUT);
          return;
        }
        ctx.stderr(`error[Y0603]: not sweep rows (${fsReason(e)})\n`);
        raise(ctx, EXIT.INPUT);
        return;
      }
      if (o.json)
        ctx.stdout(
          JSON.stringify({ counts: g.counts, exitCode: g.exitCode, limits: g.limits, byMetric: g.byMetric, points: g.points }, null, 1) +
            '\n',
        );
      else ctx.stdout(renderGate(g));
      if (o.summary) writeFileSync(resolve(ctx.cwd, o.summary), renderGate(g, { markdown: true }), { flag: 'a' });
      if (mode) {
        const n = updateBaseline(cur, base, limits, mode as UpdateMode);
        ctx.stdout(`baseline ${o.baseline} updated (${mode}${n >= 0 ? `: ${n} rows replaced` : ''})\n`);
        return;
      }
      raise(ctx, g.exitCode);
    });
};
