// `tpe merge results-*/ -o all.jsonl`: join the shards of a sweep, in point order; exit 1 when
// a point is missing (each named) or two inputs disagree.
import { existsSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Diagnostic } from '../../ir/index.js';
import { mergeResults, resolveInput, type MergeInput } from '../../sweep/merge.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import { printDiagnostics } from './dsl-io.js';
import type { RegisterCommand } from './index.js';

export const registerMerge: RegisterCommand = (program: Command, ctx: CommandContext) => {
  program
    .command('merge')
    .description('join sweep shards (tpe sweep -o folders) into one JSON Lines file; check every point is there once')
    .argument('<inputs...>', 'sweep output folders (or rows files written by tpe merge)')
    .requiredOption('-o, --out <file>', 'merged rows (.jsonl); its manifest goes beside it')
    .action((args: string[], o: { out: string }) => {
      const inputs: MergeInput[] = [];
      for (const a of args) {
        const r = resolveInput(resolve(ctx.cwd, a), a);
        if ('code' in r) {
          printDiagnostics(ctx, [r as Diagnostic]);
          raise(ctx, EXIT.INPUT);
          return;
        }
        inputs.push(r);
      }
      if (!o.out.endsWith('.jsonl')) {
        ctx.stderr(`error: -o expects a .jsonl file, got "${o.out}"\n`);
        raise(ctx, EXIT.USAGE);
        return;
      }
      // The output is written from the start while the inputs are read: -o on an input's rows
      // file (or its manifest's name) would overwrite the results being merged.
      const out = resolve(ctx.cwd, o.out);
      const same = inputs.find((i) => samePath(i.rows, out) || samePath(i.manifest, out.replace(/\.jsonl$/, '') + '.manifest.json'));
      if (same) {
        ctx.stderr(
          `error: -o ${o.out} would overwrite the input ${same.shown}\n  = hint: write the merged rows to a new file, e.g. -o all.jsonl beside the shard folders\n`,
        );
        raise(ctx, EXIT.USAGE);
        return;
      }
      const r = mergeResults(inputs, out);
      if (!r.result) {
        printDiagnostics(ctx, r.diagnostics);
        raise(ctx, EXIT.INPUT);
        return;
      }
      const x = r.result;
      ctx.stdout(
        `merged ${x.rows} of ${x.points} points from ${inputs.length} input${inputs.length > 1 ? 's' : ''} -> ${o.out}${x.duplicates ? ` (${x.duplicates} identical duplicate rows dropped)` : ''}\n`,
      );
      if (x.missing > 0) {
        ctx.stderr(
          `error[Y0605]: ${x.missing} point${x.missing > 1 ? 's are' : ' is'} missing:\n${x.missingShown.map((s) => `  ${s}`).join('\n')}${x.missing > x.missingShown.length ? `\n  ... and ${x.missing - x.missingShown.length} more` : ''}\n  = hint: rerun the shard that holds them (tpe sweep resumes where it stopped)\n`,
        );
        raise(ctx, EXIT.INPUT);
      }
    });
};

/** True when both paths name the same file (through links too, when it exists). */
function samePath(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return existsSync(a) && existsSync(b) && realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}
