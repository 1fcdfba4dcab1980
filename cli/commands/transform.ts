// `tpe transform --apply opt1[,opt2...] <file> [-o out] [--cpa per-row|shared] [--lanes 8]
// [--sparse-group 4] [--group 2] [--json]`: apply OPT passes and print the result as DSL (or IR JSON).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { applyTransforms, printDesign, TRANSFORMS, type TransformOptions } from '../../dsl/index.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import { load, printDiagnostics } from './dsl-io.js';
import { MAX_PES, MAX_SPARSE_GROUP } from '../../ir/check-limits.js';
import type { RegisterCommand } from './index.js';

const CPAS = ['per-pe', 'per-row', 'per-column', 'shared'] as const;

export const registerTransform: RegisterCommand = (program: Command, ctx: CommandContext) => {
  program
    .command('transform')
    .description('apply optimizations (opt1, opt2, opt3, opt4c, opt4e) and print the transformed design')
    .argument('<file>', '.tpe file')
    .requiredOption('--apply <opts>', `comma-separated passes, applied left to right: ${Object.keys(TRANSFORMS).join(', ')}`)
    .option('-o, --output <file>', 'write the result here instead of stdout')
    .option('--cpa <where>', `OPT1: where the final CPA sits: ${CPAS.join(', ')}`)
    .option('--lanes <n>', 'OPT1 with --cpa shared: CPA lanes of the resolve stage outside the array (default: one per row)')
    .option('--sparse-group <n>', 'OPT3: k-elements per sparse group (default 4)')
    .option('--group <n>', 'OPT4E: PE lanes along k (default 2)')
    .option('--json', 'print the IR as JSON instead of DSL')
    .action(
      (
        file: string,
        o: { apply: string; output?: string; cpa?: string; lanes?: string; sparseGroup?: string; group?: string; json?: boolean },
      ) => {
        const names = o.apply
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        const bad = names.filter((n) => !(n in TRANSFORMS));
        if (names.length === 0 || bad.length > 0) {
          ctx.stderr(
            `error: unknown transformation ${bad.map((b) => `\`${b}\``).join(', ') || '(none given)'}; expected a comma-separated list of ${Object.keys(TRANSFORMS).join(', ')}\n`,
          );
          return raise(ctx, EXIT.USAGE);
        }
        const opts: TransformOptions = {};
        if (o.cpa !== undefined) {
          if (!(CPAS as readonly string[]).includes(o.cpa)) {
            ctx.stderr(`error: --cpa expects one of ${CPAS.join(', ')}, got "${o.cpa}"\n`);
            return raise(ctx, EXIT.USAGE);
          }
          opts.cpa = o.cpa as TransformOptions['cpa'];
        }
        if (o.lanes !== undefined && o.cpa !== 'shared') {
          ctx.stderr('error: --lanes sets the lanes of a shared resolve stage: give it with --cpa shared\n');
          return raise(ctx, EXIT.USAGE);
        }
        // The same bounds as the design rules (ir/check-limits.ts), said as a usage error.
        for (const [key, flag, min, max] of [
          ['sparseGroup', 'sparse-group', 1, MAX_SPARSE_GROUP],
          ['group', 'group', 2, MAX_PES],
          ['lanes', 'lanes', 1, MAX_PES],
        ] as const) {
          const v = o[key];
          if (v === undefined) continue;
          const n = Number(v);
          if (!Number.isSafeInteger(n) || n < min || n > max) {
            ctx.stderr(`error: --${flag} expects an integer in ${min}..${max}, got "${v}"\n`);
            return raise(ctx, EXIT.USAGE);
          }
          if (key === 'sparseGroup') opts.sparseGroup = n;
          else if (key === 'group') opts.peGroup = n;
          else opts.lanes = n;
        }
        const r = load(ctx, file);
        printDiagnostics(
          ctx,
          r.diagnostics.filter((d) => d.severity === 'error'),
        );
        if (!r.value) return raise(ctx, EXIT.INPUT);
        const t = applyTransforms(r.value, names, opts);
        printDiagnostics(ctx, t.diagnostics);
        if (!t.value) return raise(ctx, EXIT.INPUT);
        const text = o.json ? JSON.stringify(t.value, null, 2) + '\n' : printDesign(t.value);
        if (!o.output) return ctx.stdout(text);
        try {
          writeFileSync(resolve(ctx.cwd, o.output), text);
        } catch (e) {
          // An unwritable -o is the user's input, not a crash: say where and why, exit 1.
          const code = (e as NodeJS.ErrnoException).code;
          const why =
            code === 'ENOENT'
              ? 'its folder does not exist'
              : code === 'EISDIR'
                ? 'it is a directory'
                : code === 'EACCES'
                  ? 'permission denied'
                  : (code ?? String(e));
          ctx.stderr(`error: cannot write ${o.output}: ${why}\n  = hint: pass -o a file path in an existing, writable folder\n`);
          return raise(ctx, EXIT.INPUT);
        }
      },
    );
};
