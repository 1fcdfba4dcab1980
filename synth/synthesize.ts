// `synthesize`: Verilog -> gate-level figures with Yosys. With a liberty: cells mapped by
// dfflibmap + ABC (&nf area-oriented mapping with delay awareness, then fan-out buffering and
// gate sizing), total and sequential cell area of the final netlist, counts by cell type, and
// ABC's critical path (`stime -p`). Without: Yosys's generic gates and its CMOS transistor
// estimate.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, Result } from '../ir/index.js';
import { parseAbcTiming, parseChipArea, parseStatJson, yosysErrors, type PathStep } from './parse-log.js';
import { scanLibertyCells } from './liberty-cells.js';
import { runYosysScript, YosysUnavailable, type YosysKind } from './yosys-run.js';
import { adderTechmap, type AdderArch } from './adders.js';

export interface VerilogFile {
  name: string;
  text: string;
}

export interface SynthOptions {
  /** Liberty text and a name for messages (a path as the user gave it). */
  liberty?: { name: string; text: string };
  /** Target clock period; reported with the slack of the combinational critical path. */
  clockNs?: number;
  yosys?: YosysKind;
  onProgress?: (step: string) => void;
  /**
   * Folder for cached reports, keyed by a hash of the script, the Verilog, the liberty and the
   * tool kind: a repeated synthesis of the same input is read back instead of rerun.
   */
  cacheDir?: string;
  /** Carry network of every adder (default: Yosys's own Brent-Kung). */
  adder?: AdderArch;
  /**
   * Timing-driven mapping: ABC maps, buffers and sizes to this register-to-register delay (`abc -D`,
   * ps), with register outputs driven by `constraints.drivingCell` and register inputs loaded by
   * `constraints.loadFf` (ABC `read_constr`). Without it: the area-oriented flow.
   */
  delayTargetPs?: number;
  constraints?: { drivingCell: string; loadFf: number };
  /** Also return the mapped netlist (Verilog for OpenSTA, Yosys JSON for the gate-level simulator). */
  netlist?: boolean;
  /**
   * Automatic clock gating (needs a liberty): every bank of at least 3 flip-flops sharing an enable
   * is clocked through one integrated clock-gating cell (Yosys `clockgate`, before dfflibmap),
   * the liberty's smallest `clock_gating_integrated_cell : "latch_posedge"` cell; the enable muxes
   * go away. Default off.
   */
  clockGating?: boolean;
}

export interface MappedNetlist {
  /** `write_verilog -noattr` after `opt_clean -purge`. */
  verilog: string;
  /** `write_json` of the same netlist. */
  json: string;
}

export interface SynthReport {
  top: string;
  tool: string;
  mode: 'liberty' | 'generic';
  liberty?: string;
  cellCount: number;
  cellsByType: Record<string, number>;
  /** Liberty area units (µm² for IHP). */
  area?: number;
  sequentialArea?: number;
  combinationalArea?: number;
  transistors?: number;
  transistorsLowerBound?: boolean;
  /**
   * Register-to-register combinational delay from ABC (flip-flop outputs are its inputs and
   * flip-flop inputs its outputs), ps. Excludes clock-to-Q and setup.
   */
  criticalPathPs?: number;
  criticalPath?: PathStep[];
  startPoint?: string;
  endPoint?: string;
  clockNs?: number;
  slackNs?: number;
  adder?: AdderArch;
  delayTargetPs?: number;
  /** With clockGating: the ICG cell and how many were placed. */
  clockGating?: { cell: string; count: number };
  /** With `netlist: true` (kept beside the cached report, not in it). */
  netlist?: MappedNetlist;
  /** Wall time of the Yosys run, ms (not part of deterministic JSON output unless asked). */
  elapsedMs: number;
}

const d = (code: string, message: string, hint?: string): Diagnostic => ({ code, severity: 'error', message, ...(hint ? { hint } : {}) });

const LIB = 'cells.lib';
// After area-oriented mapping (&nf), ABC's standard-cell passes do what a real flow's
// timing repair does: `buffer -p` builds buffer trees on high-fan-out nets (control, select and
// broadcast operand nets would otherwise drive hundreds of gates through one weak cell), and
// `upsize`/`dnsize` swap gates on and off the critical path for stronger/smaller drive
// strengths. `stime -p` then reports the buffered netlist's critical path (docs/TECH.md, 5).
const ABC_SCRIPT = '+strash;&get,-n;&dch;&nf;&put;buffer,-p;upsize;dnsize;topo;stime,-p';
// The same passes with the delay target (`{D}` is replaced by `-D <ps>` by Yosys): &nf recovers
// area within the target, upsize stops once it is met and dnsize shrinks what has slack.
const ABC_SCRIPT_D = '+strash;&get,-n;&dch;&nf,{D};&put;buffer,-p;upsize,{D};dnsize,{D};topo;stime,-p';
const CONSTR = 'tpe_abc.constr';
/** Smallest bank of flip-flops sharing an enable that gets a clock gate. */
export const CG_MIN_BANK = 3;

/**
 * The liberty's clock-gating cell for a positive-edge flow: the smallest
 * `clock_gating_integrated_cell : "latch_posedge"` cell. `dont_use` is ignored on purpose: IHP
 * marks sg13g2_lgcp_1 dont_use (so `clockgate -liberty` finds nothing), as libraries often do
 * for cells only a clock-gating step should place.
 */
export function clockGateCell(
  cells: ReturnType<typeof scanLibertyCells>,
): { cell: string; gate: string; clock: string; out: string } | undefined {
  const c = [...(cells ?? new Map())]
    .filter(([, i]) => i.icg?.kind === 'latch_posedge')
    .sort(([a, x], [b, y]) => x.area - y.area || (a < b ? -1 : 1))[0];
  return c ? { cell: c[0], gate: c[1].icg!.gate, clock: c[1].icg!.clock, out: c[1].icg!.out } : undefined;
}

function safeName(n: string): string {
  return n.replace(/[^A-Za-z0-9_.-]/g, '_');
}

export interface ScriptOptions {
  adderMap?: string;
  /** Clock gating with this cell and its pins (Yosys `clockgate -pos`). */
  clockGate?: { cell: string; gate: string; clock: string; out: string };
  delayTargetPs?: number;
  constraints?: boolean;
  netlist?: boolean;
}

export function synthScript(files: string[], top: string, liberty: boolean, o: ScriptOptions = {}): string {
  const read = `read_verilog -sv ${files.join(' ')}`;
  const common = [
    read,
    `hierarchy -check -top ${top}`,
    ...(o.adderMap
      ? // Coarse synthesis makes the $alu/$lcu cells; the adder map replaces Yosys's own $lcu.
        [`synth -flatten -top ${top} -run :fine`, `techmap -map +/techmap.v -map ${o.adderMap}`, `synth -top ${top} -run fine:`]
      : [`synth -flatten -top ${top}`]),
  ];
  if (!liberty) return [...common, 'delete t:$scopeinfo', 'tee -q -o stat.json stat -json -tech cmos', 'stat -tech cmos'].join('; ');
  const abc =
    o.delayTargetPs !== undefined
      ? `abc -D ${Math.max(1, Math.round(o.delayTargetPs))}${o.constraints ? ` -constr ${CONSTR}` : ''} -liberty ${LIB} -script "${ABC_SCRIPT_D}"`
      : `abc -liberty ${LIB} -script "${ABC_SCRIPT}"`;
  // After `synth`, flip-flops with an enable are $_DFFE_* cells; clockgate turns each enable shared
  // by >= 3 of them into one ICG driving plain $_DFF_* cells (Genus/DC's default bank size is 3).
  const cg = o.clockGate
    ? [`clockgate -pos ${o.clockGate.cell} ${o.clockGate.gate}:${o.clockGate.clock}:${o.clockGate.out} -min_net_size ${CG_MIN_BANK}`]
    : [];
  return [
    ...common,
    ...cg,
    `dfflibmap -liberty ${LIB}`,
    abc,
    // $scopeinfo (0.55+) records flattened hierarchy for debugging; it is not a cell.
    'delete t:$scopeinfo',
    'opt_clean',
    `tee -q -o stat.json stat -json -liberty ${LIB}`,
    `stat -liberty ${LIB}`,
    // OpenSTA 2.0.17 reads no concatenations on the left of an assign: drop the named internal
    // wires that only carry them (the cells and their connections are unchanged).
    ...(o.netlist ? ['opt_clean -purge', 'write_verilog -noattr netlist.v', 'write_json netlist.json'] : []),
  ].join('; ');
}

export async function synthesize(verilog: VerilogFile[], top: string, opts: SynthOptions = {}): Promise<Result<SynthReport>> {
  if (verilog.length === 0) return { diagnostics: [d('E0901', 'no Verilog files to synthesize')] };
  if (!/^[A-Za-z_][A-Za-z0-9_$]*$/.test(top)) return { diagnostics: [d('E0902', `top module name "${top}" is not a Verilog identifier`)] };
  let libCells: ReturnType<typeof scanLibertyCells>;
  if (opts.liberty) {
    libCells = scanLibertyCells(opts.liberty.text);
    if (!/^\s*(\/\*[\s\S]*?\*\/\s*)*library\s*\(/.test(opts.liberty.text) || !libCells) {
      return {
        diagnostics: [
          d(
            'E0903',
            `${opts.liberty.name}: not a liberty file (expected "library (name) {" with "cell (...)" groups)`,
            'pass a Liberty (.lib) timing library, e.g. third_party/ihp-sg13g2/sg13g2_stdcell_typ_1p20V_25C.lib',
          ),
        ],
      };
    }
  }
  const inputs = new Map<string, string | Uint8Array>();
  const names: string[] = [];
  for (const f of verilog) {
    const n = safeName(f.name);
    if (inputs.has(n)) return { diagnostics: [d('E0904', `two Verilog files map to the name "${n}"`)] };
    inputs.set(n, f.text);
    names.push(n);
  }
  if (opts.liberty) inputs.set(LIB, opts.liberty.text);
  const map = opts.adder ? adderTechmap(opts.adder) : undefined;
  if (map) inputs.set(map.name, map.text);
  const timed = opts.delayTargetPs !== undefined && !!opts.liberty;
  if (timed && opts.constraints)
    inputs.set(CONSTR, `set_driving_cell ${opts.constraints.drivingCell}\nset_load ${opts.constraints.loadFf}\n`);
  let clockGate: ScriptOptions['clockGate'];
  if (opts.clockGating) {
    clockGate = opts.liberty ? clockGateCell(libCells!) : undefined;
    if (!clockGate)
      return {
        diagnostics: [
          d(
            'E0913',
            opts.liberty
              ? `${opts.liberty.name}: no integrated clock-gating cell (clock_gating_integrated_cell : "latch_posedge"): cannot gate clocks`
              : 'clock gating needs a liberty (its integrated clock-gating cell)',
            'leave out --clock-gating, or use a liberty with a latch_posedge ICG such as the IHP sg13g2_lgcp_1',
          ),
        ],
      };
  }
  const kind = opts.yosys ?? 'wasm';
  const wantNet = !!opts.netlist && !!opts.liberty;
  const script = synthScript(names, top, !!opts.liberty, {
    ...(map ? { adderMap: map.name } : {}),
    ...(timed ? { delayTargetPs: opts.delayTargetPs, constraints: !!opts.constraints } : {}),
    netlist: wantNet,
    ...(clockGate ? { clockGate } : {}),
  });
  let cacheFile: string | undefined;
  if (opts.cacheDir) {
    const h = createHash('sha256').update(`${kind}\0${script}\0${opts.clockNs ?? ''}\0`);
    for (const [k, v] of [...inputs].sort(([a], [b]) => (a < b ? -1 : 1))) h.update(`${k}\0`).update(v).update('\0');
    cacheFile = join(opts.cacheDir, `${h.digest('hex').slice(0, 32)}.json`);
    try {
      const hit = JSON.parse(readFileSync(cacheFile, 'utf8')) as SynthReport;
      if (wantNet) {
        hit.netlist = {
          verilog: readFileSync(cacheFile.replace(/\.json$/, '.netlist.v'), 'utf8'),
          json: readFileSync(cacheFile.replace(/\.json$/, '.netlist.json'), 'utf8'),
        };
      }
      return { value: { ...hit, liberty: opts.liberty?.name ?? hit.liberty }, diagnostics: [] };
    } catch {
      /* not cached yet */
    }
  }
  const t0 = performance.now();
  let run;
  try {
    run = await runYosysScript({
      kind,
      script,
      inputs,
      outputNames: ['stat.json', ...(wantNet ? ['netlist.v', 'netlist.json'] : [])],
      onLine: opts.onProgress
        ? (l) => {
            const m = /^\s*(\d+(?:\.\d+)*)\.\s+Executing\s+(.*?)\.?$/.exec(l);
            if (m) opts.onProgress!(`${m[1]} ${m[2]}`);
          }
        : undefined,
    });
  } catch (e) {
    if (e instanceof YosysUnavailable) return { diagnostics: [d('E0905', e.message)] };
    throw e;
  }
  const elapsedMs = performance.now() - t0;
  const errs = yosysErrors(run.log);
  if (run.code !== 0 || errs.length > 0) {
    const libErr = errs.find((e) => /liberty|\.lib\b/i.test(e));
    return {
      diagnostics: [
        d(
          libErr ? 'E0906' : 'E0907',
          `Yosys failed (exit ${run.code}) on ${libErr ? (opts.liberty?.name ?? 'the liberty') : top}: ${errs.join(' | ') || run.log.trim().split('\n').slice(-3).join(' | ')}`,
          libErr
            ? 'check that the liberty parses in Yosys (read_liberty -lib)'
            : 'run `verilator --lint-only` on the Verilog to locate the problem',
        ),
      ],
    };
  }
  const json = run.outputs.get('stat.json');
  if (json === undefined)
    return {
      diagnostics: [
        d('E0908', 'Yosys did not write its statistics (stat -json); log tail: ' + run.log.trim().split('\n').slice(-3).join(' | ')),
      ],
    };
  const stat = parseStatJson(json, top);
  if (typeof stat === 'string') return { diagnostics: [d('E0908', stat)] };
  const rep: SynthReport = {
    top,
    tool: run.version ?? `yosys (${kind})`,
    mode: opts.liberty ? 'liberty' : 'generic',
    cellCount: stat.cellCount,
    cellsByType: stat.cellsByType,
    elapsedMs,
  };
  if (opts.liberty && libCells) {
    rep.liberty = opts.liberty.name;
    const area = stat.area ?? parseChipArea(run.log, top);
    const unknown = Object.keys(stat.cellsByType).filter((c) => !libCells!.has(c));
    if (unknown.length > 0)
      return {
        diagnostics: [
          d(
            'E0909',
            `cells not in ${opts.liberty.name} after mapping: ${unknown.join(', ')}`,
            'the liberty lacks a flip-flop or gate Yosys needs (dfflibmap/abc could not map them)',
          ),
        ],
      };
    let seq = 0;
    let total = 0;
    for (const [c, n] of Object.entries(stat.cellsByType)) {
      const info = libCells.get(c)!;
      total += info.area * n;
      if (info.sequential) seq += info.area * n;
    }
    rep.area = round(area ?? total, 4);
    rep.sequentialArea = round(seq, 4);
    rep.combinationalArea = round((area ?? total) - seq, 4);
    const t = parseAbcTiming(run.log);
    if (t) {
      rep.criticalPathPs = t.delayPs;
      rep.criticalPath = t.path;
      if (t.startPoint) rep.startPoint = t.startPoint;
      if (t.endPoint) rep.endPoint = t.endPoint;
    }
  } else {
    if (stat.transistors !== undefined) rep.transistors = stat.transistors;
    if (stat.transistorsLowerBound) rep.transistorsLowerBound = true;
  }
  if (opts.clockNs !== undefined) {
    rep.clockNs = opts.clockNs;
    if (rep.criticalPathPs !== undefined) rep.slackNs = round(opts.clockNs - rep.criticalPathPs / 1000, 4);
  }
  if (opts.adder) rep.adder = opts.adder;
  if (clockGate) rep.clockGating = { cell: clockGate.cell, count: stat.cellsByType[clockGate.cell] ?? 0 };
  if (timed) rep.delayTargetPs = Math.max(1, Math.round(opts.delayTargetPs!));
  let net: MappedNetlist | undefined;
  if (wantNet) {
    const v = run.outputs.get('netlist.v');
    const j = run.outputs.get('netlist.json');
    if (v === undefined || j === undefined)
      return { diagnostics: [d('E0908', 'Yosys did not write the mapped netlist (write_verilog / write_json)')] };
    net = { verilog: v, json: j };
  }
  if (cacheFile) {
    try {
      mkdirSync(opts.cacheDir!, { recursive: true });
      if (net) {
        writeFileSync(cacheFile.replace(/\.json$/, '.netlist.v'), net.verilog);
        writeFileSync(cacheFile.replace(/\.json$/, '.netlist.json'), net.json);
      }
      writeFileSync(cacheFile, JSON.stringify(rep));
    } catch {
      /* a cache that cannot be written is only slower */
    }
  }
  return { value: net ? { ...rep, netlist: net } : rep, diagnostics: [] };
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
