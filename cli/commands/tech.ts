// `tpe tech derive [--liberty file.lib] [-o out.json] [--name n] [--generic] [--slew ns] [--load pf] [--map f=cell,...]`
// and `tpe tech check table.json`: technology tables for the cost model (docs/TECH.md).
import { basename } from 'node:path';
import type { Command } from 'commander';
import { deriveTechTable, loadTech, normalizeToNand2, DEFAULT_OP, IHP_CELL, type FunctionCell } from '../../cost/index.js';
import type { Diagnostic } from '../../ir/index.js';
import { EXIT, raise, type CommandContext } from '../context.js';
import { writeOutput } from '../files.js';
import type { RegisterCommand } from './index.js';
import { LIBERTY_HELP, libertyFor } from './liberty.js';

function show(ctx: CommandContext, diags: readonly Diagnostic[]): void {
  for (const d of diags)
    ctx.stderr(
      `${d.severity}[${d.code}]: ${d.message}\n${d.expected ? `  expected: ${d.expected}\n` : ''}${d.hint ? `  hint: ${d.hint}\n` : ''}`,
    );
}

export const registerTech: RegisterCommand = (program: Command, ctx: CommandContext) => {
  const tech = program.command('tech').description('technology tables for the cost model');
  tech
    .command('derive')
    .description('derive a technology table from a liberty file')
    .option('--liberty <file>', LIBERTY_HELP)
    .option('-o, --output <file>', 'write the table here (default: stdout)')
    .option('--name <name>', 'table name (default: the library name)')
    .option('--generic', 'normalize to NAND2 equivalents (the technology-free table)')
    .option('--slew <ns>', `operating point input slew (default ${DEFAULT_OP.slewNs})`)
    .option('--load <pf>', `operating point output load (default ${DEFAULT_OP.loadPf})`)
    .option('--area-factor <x>', 'global combinational-area correction (from tpe calibrate --fit)')
    .option('--delay-factor <x>', 'global logic-delay correction (from tpe calibrate --fit)')
    .option('--fanout-factor <x>', 'global fan-out-delay correction (from tpe calibrate --fit)')
    .option(
      '--at-clock <a,p,r,s[,rs,m[,ca,cs]]>',
      'estimate-at-a-clock factors: adder area, prefix speed-up, ripple delay, sizing[, ripple sizing, margin[, CPA-limited adder area, CPA-limited sizing]] (from tpe calibrate --fit)',
    )
    .option(
      '--energy <l,r,c,o,p>',
      'energy factors: product datapath, register data, clock, operand fan-out, carry-propagate adders (from tpe calibrate --fit)',
    )
    .option('--map <pairs>', `cells for functions, e.g. nand2=ND2X1,xor2=XOR2X1 (functions: ${Object.keys(IHP_CELL).join(', ')})`)
    .action(
      (o: {
        liberty?: string;
        output?: string;
        name?: string;
        generic?: boolean;
        slew?: string;
        load?: string;
        map?: string;
        areaFactor?: string;
        delayFactor?: string;
        fanoutFactor?: string;
        atClock?: string;
        energy?: string;
      }) => {
        const lib = libertyFor(ctx, o.liberty, { parse: false }); // deriveTechTable parses it and names the line
        if (!lib) return;
        const text = lib.text;
        const num = (s: string | undefined, d: number, what: string) => {
          if (s === undefined) return d;
          const x = Number(s);
          if (!(x > 0)) {
            ctx.stderr(`error: --${what} expects a positive number, got "${s}"\n`);
            raise(ctx, EXIT.USAGE);
          }
          return x;
        };
        const op = { slewNs: num(o.slew, DEFAULT_OP.slewNs, 'slew'), loadPf: num(o.load, DEFAULT_OP.loadPf, 'load') };
        const af = num(o.areaFactor, 1, 'area-factor');
        const df = num(o.delayFactor, 1, 'delay-factor');
        const ff = num(o.fanoutFactor, 1, 'fanout-factor');
        const list = (s: string | undefined, n: number, what: string, counts = `${n}`) => {
          if (s === undefined) return undefined;
          const xs = s.split(',').map((x) => Number(x));
          if (xs.length !== n || xs.some((x) => !(x >= 0) || !Number.isFinite(x))) {
            ctx.stderr(`error: --${what} expects ${counts} comma-separated non-negative numbers, got "${s}"\n`);
            raise(ctx, EXIT.USAGE);
            return undefined;
          }
          return xs;
        };
        // adderArea, prefixSpeedup, rippleDelay, sizing[, rippleSizing, margin[, criticalAdderArea, criticalSizing]]
        const nAc = o.atClock?.split(',').length;
        const ac = list(o.atClock, nAc === 6 || nAc === 8 ? nAc : 4, 'at-clock', '4, 6 or 8');
        const en = list(o.energy, 5, 'energy');
        if (ctx.exitCode) return;
        const fitted = af !== 1 || df !== 1 || ff !== 1 || !!ac || !!en;
        const corrections = {
          area: af,
          delay: df,
          fanoutDelay: ff,
          ...(ac
            ? {
                atClock: {
                  adderArea: ac[0],
                  prefixSpeedup: ac[1],
                  rippleDelay: ac[2],
                  sizing: ac[3],
                  ...(ac.length >= 6 ? { rippleSizing: ac[4], margin: ac[5] } : {}),
                  ...(ac.length === 8 ? { criticalAdderArea: ac[6], criticalSizing: ac[7] } : {}),
                },
              }
            : {}),
          ...(en ? { energy: { logic: en[0], register: en[1], clock: en[2], operand: en[3], cpa: en[4] } } : {}),
          note: fitted
            ? 'global factors fitted once by `tpe calibrate --all --fit` over the 2x2 subset and every example (area: Yosys 0.55 WASM + ABC &nf on this liberty; delay and the at-clock factors: timing-driven synthesis signed off by OpenSTA 2.0.17; energy: toggle-accurate gate-level power of the workload); the same for every design'
            : 'none',
        };
        const cellMap: Partial<Record<FunctionCell, string>> = {};
        for (const pair of (o.map ?? '').split(',').filter(Boolean)) {
          const [f, c] = pair.split('=');
          if (!c || !(f in IHP_CELL)) {
            ctx.stderr(`error: --map entry "${pair}" is not function=cell with a function among ${Object.keys(IHP_CELL).join(', ')}\n`);
            return raise(ctx, EXIT.USAGE);
          }
          cellMap[f as FunctionCell] = c;
        }
        const r = deriveTechTable(text, {
          libertyName: basename(lib.name),
          name: o.generic ? undefined : o.name,
          op,
          cellMap,
          corrections,
        });
        if (!r.value) {
          show(ctx, r.diagnostics);
          return raise(ctx, EXIT.INPUT);
        }
        const table = o.generic ? normalizeToNand2(r.value, o.name ?? 'generic') : r.value;
        const json = JSON.stringify(table, null, 2) + '\n';
        if (o.output) writeOutput(ctx, o.output, json);
        else ctx.stdout(json);
      },
    );
  tech
    .command('check')
    .description('validate a technology table against tech/schema.json')
    .argument('<table>', 'generic, ihp-sg13g2 or a JSON file')
    .action((spec: string) => {
      const r = loadTech(spec, ctx.cwd);
      if (!r.value) {
        show(ctx, r.diagnostics);
        return raise(ctx, EXIT.INPUT);
      }
      ctx.stdout(
        `${spec}: ok (${r.value.name}, ${Object.keys(r.value.components).length} components, units ${r.value.units.area}/${r.value.units.delay}/${r.value.units.energy}/${r.value.units.leakage})\n`,
      );
    });
};
