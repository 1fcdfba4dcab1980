// `tpe report results.jsonl [more.jsonl ...] [-o report.html] [--format html|md] [--baseline base.jsonl]`
// and `tpe report design.tpe --gemm MxNxK [-o report.html]`: one self-contained HTML file (d3
// and the data inlined, no network) or a short Markdown summary. Same input, same bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { Design } from '../../ir/index.js';
import { designReport, parseGate, readRowFiles, REPORT_CODES, rowsPath, sweepReport, type ReportFormat } from '../../report/index.js';
import { MAX_SEED, formatDist, generateMatrix, simulate } from '../../simulator/index.js';
import { estimate, loadTech } from '../../cost/index.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import { fsReason } from '../files.js';
import { load, printDiagnostics } from './dsl-io.js';
import { parseEstimateFlags } from './estimate.js';
import type { RegisterCommand } from './index.js';
import { buildDesignData } from './report-design.js';

interface ReportFlags {
  out?: string;
  format: string;
  title?: string;
  baseline?: string[];
  gate?: string;
  gemm: string;
  dist: string;
  seed: string;
  tech?: string;
  freq?: string;
}

const usage = (ctx: CommandContext, msg: string) => {
  ctx.stderr(`error: ${msg}\n(run tpe report --help for usage)\n`);
  raise(ctx, EXIT.USAGE);
};

/** Writes the report to the named file, or stdout for "-" (and for Markdown without -o). */
export function writeReport(ctx: CommandContext, text: string, out: string | undefined, format: ReportFormat): boolean {
  const target = out ?? (format === 'md' ? '-' : 'report.html');
  if (target === '-') {
    ctx.stdout(text.endsWith('\n') ? text : `${text}\n`);
    return true;
  }
  try {
    writeFileSync(resolve(ctx.cwd, target), text);
  } catch (e) {
    ctx.stderr(`error: cannot write ${target}: ${fsReason(e)}\n  = hint: choose a writable output file with -o\n`);
    raise(ctx, EXIT.INPUT);
    return false;
  }
  ctx.stderr(
    `report: wrote ${target} (${text.length < 1e6 ? `${(text.length / 1024).toFixed(0)} KB` : `${(text.length / 1048576).toFixed(2)} MB`})\n`,
  );
  return true;
}

export const registerReport: RegisterCommand = (program: Command, ctx: CommandContext) => {
  program
    .command('report')
    .description('one self-contained HTML report (d3, no network) or a Markdown summary: of sweep results (.jsonl) or of one design (.tpe)')
    .argument('<inputs...>', 'sweep results (.jsonl files), or one .tpe design')
    .option('-o, --out <file>', 'output file, - for stdout (default: report.html; Markdown goes to stdout)')
    .option('--format <format>', 'html | md', 'html')
    .option('--title <text>', 'title of the report')
    .option('--baseline <files...>', 'results of a baseline run (.jsonl): the changes view and the biggest changes')
    .option('--gate <file>', 'verdicts from `tpe gate ... --json`: counts and failing points in the summary')
    .option('--gemm <MxNxK>', 'one design: GEMM shape to simulate and estimate', '17x9x33')
    .option('--dist <dist>', 'one design: operand distribution: uniform | normal:MEAN,STD | laplace:B', 'normal:0,20')
    .option('--seed <n>', `one design: PRNG seed 0..${MAX_SEED} (A uses seed, B seed+1)`, '1')
    .option('--tech <tech>', "one design: generic | ihp-sg13g2 | path to a JSON table (default: the design's technology)")
    .option('--freq <MHz>', 'one design: also give throughput and power figures at this clock')
    .action((inputs: string[], o: ReportFlags) => {
      if (o.format !== 'html' && o.format !== 'md') return usage(ctx, `--format expects html or md, got "${o.format}"`);
      const format = o.format as ReportFormat;
      const generator = `TPE Toolkit ${program.version() ?? ''}`.trim();
      const designs = inputs.filter((f) => f.endsWith('.tpe'));
      if (designs.length > 0) {
        if (inputs.length !== 1) return usage(ctx, 'give one .tpe design, or only .jsonl result files');
        if (o.baseline || o.gate) return usage(ctx, `${o.baseline ? '--baseline' : '--gate'} applies to sweep results, not to one design`);
        return designCommand(ctx, inputs[0], o, format, generator);
      }
      const r = readRowFiles(inputs, ctx.cwd);
      const base = o.baseline ? readRowFiles(o.baseline, ctx.cwd) : undefined;
      const gate = o.gate !== undefined ? readGate(ctx, o.gate) : undefined;
      const diags = [...r.diagnostics, ...(base?.diagnostics ?? []), ...(gate?.diagnostic ? [gate.diagnostic] : [])];
      if (diags.length) {
        printDiagnostics(ctx, diags);
        raise(ctx, EXIT.INPUT);
        return;
      }
      const rep = sweepReport(
        { files: inputs.map((f) => rowsPath(f, ctx.cwd)), rows: r.rows },
        {
          format,
          generator,
          ...(o.title !== undefined ? { title: o.title } : {}),
          ...(base && o.baseline ? { baseline: { files: o.baseline, rows: base.rows } } : {}),
          ...(gate?.value ? { gate: gate.value } : {}),
        },
      );
      writeReport(ctx, rep.text, o.out, format);
    });
};

function readGate(ctx: CommandContext, file: string): ReturnType<typeof parseGate> {
  let text: string;
  try {
    text = readFileSync(resolve(ctx.cwd, file), 'utf8');
  } catch (e) {
    return {
      diagnostic: {
        code: REPORT_CODES.unreadable,
        severity: 'error',
        message: `cannot read ${file}: ${fsReason(e)}`,
        hint: 'write it with: tpe gate all.jsonl --baseline base.jsonl --json > gate.json',
      },
    };
  }
  return parseGate(text, file);
}

function designCommand(ctx: CommandContext, file: string, o: ReportFlags, format: ReportFormat, generator: string): void {
  const opts = parseEstimateFlags(ctx, 'report', {
    gemm: o.gemm,
    dist: o.dist,
    seed: o.seed,
    ...(o.tech !== undefined ? { tech: o.tech } : {}),
    ...(o.freq !== undefined ? { freq: o.freq } : {}),
  });
  if (!opts || !opts.shape) return;
  const parsed = load(ctx, file);
  printDiagnostics(ctx, parsed.diagnostics);
  if (!parsed.value) {
    raise(ctx, EXIT.INPUT);
    return;
  }
  const d: Design = parsed.value;
  let tech = opts.tech;
  if (!tech) {
    const t = loadTech(d.technology, ctx.cwd);
    if (!t.value) {
      printDiagnostics(
        ctx,
        t.diagnostics.map((x) => ({ ...x, span: d.span, message: `${x.message} (named by the design's technology)` })),
      );
      raise(ctx, EXIT.INPUT);
      return;
    }
    tech = t.value;
  }
  const shape = opts.shape;
  const a = generateMatrix(shape.M, shape.K, d.types.A, opts.dist, opts.seed);
  const b = generateMatrix(shape.K, shape.N, d.types.B, opts.dist, opts.seed + 1);
  const sim = simulate(d, a, b, { wrap: true });
  if (!sim.value) {
    printDiagnostics(ctx, sim.diagnostics);
    raise(ctx, EXIT.INPUT);
    return;
  }
  const est = estimate(d, {
    tech,
    ...(opts.freq !== undefined ? { freqMHz: opts.freq } : {}),
    workload: { macs: sim.value.macs, cycles: sim.value.cycles.total, toggles: sim.value.toggles },
  });
  if (!est.value) {
    printDiagnostics(ctx, est.diagnostics);
    raise(ctx, EXIT.INPUT);
    return;
  }
  const data = buildDesignData({
    file,
    design: d,
    shape,
    dist: formatDist(opts.dist),
    seed: opts.seed,
    sim: sim.value,
    est: est.value,
    generator,
    ...(o.title !== undefined ? { title: o.title } : {}),
    ...(opts.freq !== undefined ? { freqMHz: opts.freq } : {}),
  });
  writeReport(ctx, designReport(data, format), o.out, format);
}
