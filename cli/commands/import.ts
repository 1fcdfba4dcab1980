// `tpe import scalesim study.cfg topology.csv -o dir/`: a SCALE-Sim study as a sweep spec plus
// its base design (sweep/scalesim.ts); then `tpe sweep dir/<run>.yaml -o results/`.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { loadDesign, printDesign } from '../../dsl/index.js';
import { importScaleSim, parseScaleSimConfig, parseScaleSimTopology } from '../../sweep/scalesim.js';
import { assetPath } from '../../util/assets.js';
import { ensureDir } from '../../util/fs.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import { fsReason } from '../files.js';
import { printDiagnostics } from './dsl-io.js';
import type { RegisterCommand } from './index.js';

export const registerImport: RegisterCommand = (program: Command, ctx: CommandContext) => {
  program
    .command('import')
    .description('bring a study from another tool over: `tpe import scalesim study.cfg topology.csv -o dir/`')
    .argument('<tool>', 'scalesim')
    .argument('<config>', 'SCALE-Sim .cfg')
    .argument('<topology>', 'SCALE-Sim topology .csv (convolution layers, or Layer, M, N, K rows)')
    .requiredOption('-o, --out <dir>', 'where the sweep spec and its base design go')
    .action((tool: string, cfgFile: string, topoFile: string, o: { out: string }) => {
      if (tool !== 'scalesim') {
        ctx.stderr(`error: unknown tool "${tool}" (tpe import knows scalesim)\n`);
        raise(ctx, EXIT.USAGE);
        return;
      }
      const read = (f: string): string | undefined => {
        try {
          return readFileSync(resolve(ctx.cwd, f), 'utf8');
        } catch (e) {
          const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : fsReason(e);
          ctx.stderr(`error[Y0601]: ${f}: ${why}\n`);
          raise(ctx, EXIT.INPUT);
          return undefined;
        }
      };
      const ct = read(cfgFile),
        tt = ct === undefined ? undefined : read(topoFile);
      if (ct === undefined || tt === undefined) return;
      const cfg = parseScaleSimConfig(ct, cfgFile);
      if (!cfg.value) {
        printDiagnostics(ctx, cfg.diagnostics);
        raise(ctx, EXIT.INPUT);
        return;
      }
      const layers = parseScaleSimTopology(tt, topoFile);
      if (!layers.value) {
        printDiagnostics(ctx, layers.diagnostics);
        raise(ctx, EXIT.INPUT);
        return;
      }
      const base = loadDesign(assetPath('examples', cfg.value.dataflow === 'os' ? 'sa_os.tpe' : 'sa_ws.tpe'));
      if (!base.value) {
        printDiagnostics(ctx, base.diagnostics);
        raise(ctx, EXIT.TOOL);
        return;
      }
      const r = importScaleSim(cfg.value, layers.value, base.value, { cfg: cfgFile, topology: topoFile });
      if (!r.value) {
        printDiagnostics(ctx, r.diagnostics);
        raise(ctx, EXIT.INPUT);
        return;
      }
      const out = resolve(ctx.cwd, o.out);
      try {
        ensureDir(out);
      } catch (e) {
        ctx.stderr(`error: ${(e as Error).message}\n`);
        raise(ctx, EXIT.INPUT);
        return;
      }
      writeFileSync(join(out, r.value.designFile), printDesign(r.value.design));
      const spec = `${cfg.value.runName}.yaml`;
      writeFileSync(join(out, spec), r.value.specText);
      ctx.stdout(
        `imported ${layers.value.length} layers of ${topoFile} on a ${cfg.value.rows}x${cfg.value.cols} ${cfg.value.dataflow.toUpperCase()} array -> ${join(o.out, spec)} (design ${join(o.out, r.value.designFile)})\n`,
      );
    });
};
