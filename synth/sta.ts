// OpenSTA (Debian `opensta`, command `sta`, 2.0.17 here) as the sign-off timer and power
// reference of a mapped netlist: a Tcl script reads the liberty and the Verilog netlist, links it,
// creates the clock, constrains the other ports to it, reports the worst setup path
// (`report_checks`) and, when asked, `report_power` under a global activity or per-input-port
// activities that OpenSTA propagates through the logic.
//
// Wires: pre-layout, no wire capacitance. The IHP liberty declares a default wire-load model
// ("1k", chosen by area) that OpenSTA applies by itself; the script selects the library's
// lightest wire-load model instead (IHP: "Zero", 1e-6 pF per net), so OpenSTA, ABC
// (`WireLoad = "none"`) and the gate-level power (no wire) see the same loads.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic, Result } from '../ir/index.js';

export const STA_INSTALL = 'apt-get install opensta   (Debian/Ubuntu: the `sta` command, OpenSTA)';

export interface StaStatus {
  ok: boolean;
  version?: string;
  message?: string;
}

let cachedStatus: StaStatus | undefined;

/** Is `sta` on PATH, and which version. */
export function staStatus(): StaStatus {
  if (cachedStatus) return cachedStatus;
  const r = spawnSync('sta', ['-version'], { encoding: 'utf8', timeout: 20000 });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    cachedStatus = {
      ok: false,
      message: code === 'ENOENT' ? `OpenSTA (sta) is not on PATH; install it: ${STA_INSTALL}` : `cannot run sta: ${r.error.message}`,
    };
  } else {
    cachedStatus = { ok: true, version: (r.stdout || r.stderr).trim().split('\n')[0] };
  }
  return cachedStatus;
}

export type StaActivity =
  | { kind: 'global'; activity: number; duty: number }
  | { kind: 'ports'; ports: { name: string; activity: number; duty: number }[]; defaultActivity?: number; defaultDuty?: number };

export interface StaOptions {
  /** Netlist Verilog (Yosys `write_verilog -noattr` after `opt_clean -purge`). */
  netlist: string;
  top: string;
  liberty: { name: string; text: string };
  clockNs: number;
  /** Clock port; default `clk`. */
  clockPort?: string;
  /** Activity for report_power; without it no power is reported. Activities are transitions per clock period. */
  activity?: StaActivity;
  /** Seconds before the run is stopped (default 900). */
  timeoutS?: number;
}

export interface StaPathStep {
  pin: string;
  cell: string;
  /** Arrival at this pin, ps from the launching clock edge. */
  arrivalPs: number;
  rise: boolean;
}

export interface StaPower {
  internalW: number;
  switchingW: number;
  leakageW: number;
  totalW: number;
  sequentialW: number;
  combinationalW: number;
}

export interface StaReport {
  tool: string;
  clockNs: number;
  /** Worst setup slack, ps (negative: the clock is missed). */
  slackPs: number;
  /** Data arrival at the worst endpoint, ps (includes clock-to-Q). */
  arrivalPs: number;
  /** The endpoint's setup time, ps. */
  setupPs: number;
  /** Shortest clock period this netlist meets: clock − slack = arrival + setup, ps. */
  criticalPathPs: number;
  startPoint: string;
  endPoint: string;
  path: StaPathStep[];
  wireLoad: string;
  power?: StaPower;
  warnings: string[];
}

const d = (code: string, message: string, hint?: string): Diagnostic => ({ code, severity: 'error', message, ...(hint ? { hint } : {}) });

/** The lightest wire-load model a liberty declares (by capacitance x slope), or undefined. */
export function lightestWireLoad(libText: string): string | undefined {
  let best: { name: string; c: number } | undefined;
  const re = /\bwire_load\s*\(\s*"?([^")\s]+)"?\s*\)\s*\{([^}]*)\}/g;
  for (let m = re.exec(libText); m; m = re.exec(libText)) {
    const cap = Number(/\bcapacitance\s*:\s*([0-9.eE+-]+)/.exec(m[2])?.[1] ?? NaN);
    const slope = Number(/\bslope\s*:\s*([0-9.eE+-]+)/.exec(m[2])?.[1] ?? 1);
    const c = cap * slope;
    if (Number.isFinite(c) && (!best || c < best.c)) best = { name: m[1], c };
  }
  return best?.name;
}

const tclQuote = (s: string) => `{${s.replace(/[{}\\]/g, '')}}`;

/**
 * OpenSTA 2.0.17's Verilog reader takes no concatenation on the left of an `assign`, which Yosys
 * writes where output bits copy other bits (`assign { out[62:48], out[30:16] } = { out[63], ... }`).
 * Rewrites each such assign as one assign per bit; everything else is left as it is.
 */
export function splitConcatAssigns(verilog: string): string {
  if (!/^\s*assign\s*\{/m.test(verilog)) return verilog;
  const widths = new Map<string, { hi: number; lo: number }>();
  for (const m of verilog.matchAll(/^\s*(?:input|output|inout|wire|reg)\s+(?:\[(\d+):(\d+)\]\s*)?(\\\S+|[A-Za-z_][\w$]*)\s*;/gm)) {
    widths.set(m[3], m[1] !== undefined ? { hi: Number(m[1]), lo: Number(m[2]) } : { hi: 0, lo: 0 });
  }
  const bitsOf = (expr: string): string[] | undefined => {
    const body = expr.trim().replace(/^\{/, '').replace(/\}$/, '');
    const items = body.match(/\\\S+\s*(?:\[\d+(?::\d+)?\])?|[A-Za-z_][\w$]*\s*(?:\[\d+(?::\d+)?\])?|\d+'[hbdoHBDO][0-9a-fA-FxXzZ_]+/g);
    if (!items) return undefined;
    const out: string[] = []; // MSB first
    for (const it of items) {
      const c = /^(\d+)'([hbdoHBDO])([0-9a-fA-FxXzZ_]+)$/.exec(it);
      if (c) {
        const w = Number(c[1]);
        const digits = c[3].replace(/_/g, '');
        const base = c[2].toLowerCase();
        let bin = '';
        if (/[xz]/i.test(digits)) bin = 'x'.repeat(w);
        else if (base === 'b') bin = digits;
        else if (base === 'h') bin = [...digits].map((d) => parseInt(d, 16).toString(2).padStart(4, '0')).join('');
        else if (base === 'o') bin = [...digits].map((d) => parseInt(d, 8).toString(2).padStart(3, '0')).join('');
        else bin = BigInt(digits).toString(2);
        bin = bin.padStart(w, '0').slice(-w);
        for (const b of bin) out.push(`1'b${b}`);
        continue;
      }
      const m = /^(\\\S+|[A-Za-z_][\w$]*)\s*(?:\[(\d+)(?::(\d+))?\])?$/.exec(it.trim());
      if (!m) return undefined;
      const name = m[1];
      const sep = name.startsWith('\\') ? ' ' : '';
      let hi: number, lo: number;
      if (m[2] !== undefined) {
        hi = Number(m[2]);
        lo = m[3] !== undefined ? Number(m[3]) : hi;
      } else {
        const w = widths.get(name);
        if (!w) return undefined;
        hi = w.hi;
        lo = w.lo;
        if (hi === 0 && lo === 0 && !verilog.includes(`${name}[`) && !verilog.includes(`${name} [`)) {
          out.push(name);
          continue;
        }
      }
      for (let i = hi; i >= lo; i--) out.push(`${name}${sep}[${i}]`);
    }
    return out;
  };
  return verilog.replace(/^(\s*)assign\s*(\{[^;]*?\})\s*=\s*([^;]*);/gm, (all, ind: string, lhs: string, rhs: string) => {
    const l = bitsOf(lhs),
      r = bitsOf(rhs);
    if (!l || !r) return all;
    const out: string[] = [];
    for (let k = 0; k < l.length; k++) {
      const src = r[r.length - l.length + k] ?? "1'b0";
      out.push(`${ind}assign ${l[k]} = ${src};`);
    }
    return out.join('\n');
  });
}

export function staScript(o: StaOptions, files: { lib: string; net: string }, wireLoad: string | undefined): string {
  const clk = o.clockPort ?? 'clk';
  const lines = [
    `read_liberty ${files.lib}`,
    `read_verilog ${files.net}`,
    `link_design ${o.top}`,
    ...(wireLoad ? [`set_wire_load_model -name ${tclQuote(wireLoad)}`] : []),
    `create_clock -name clk -period ${o.clockNs} [get_ports ${clk}]`,
    `set inputs [delete_from_list [all_inputs] [get_ports ${clk}]]`,
    'set_input_delay 0 -clock clk $inputs',
    'set_output_delay 0 -clock clk [all_outputs]',
    'puts "TPE-CHECKS"',
    'report_checks -path_delay max -digits 5 -fields {input_pin}',
    'puts "TPE-WNS"',
  ];
  const a = o.activity;
  if (a) {
    if (a.kind === 'global') lines.push(`set_power_activity -global -activity ${a.activity} -duty ${a.duty}`);
    else {
      lines.push(`set_power_activity -input -activity ${a.defaultActivity ?? 0} -duty ${a.defaultDuty ?? 0}`);
      for (const p of a.ports)
        lines.push(`set_power_activity -input_ports [get_ports ${tclQuote(p.name)}] -activity ${p.activity} -duty ${p.duty}`);
    }
    lines.push('puts "TPE-POWER"', 'report_power -digits 8');
  }
  return lines.join('\n') + '\n';
}

const num = (s: string) => Number(s);

/** Parses the report of staScript. Exported for tests. */
export function parseStaOutput(out: string, clockNs: number): Omit<StaReport, 'tool' | 'wireLoad'> | string {
  const warnings: string[] = [];
  for (const l of out.split('\n')) if (/^Warning:/.test(l)) warnings.push(l.trim());
  const missing = [...out.matchAll(/module (\S+) not found/g)].map((m) => m[1]);
  if (missing.length) return `OpenSTA cannot link cells missing from the liberty: ${[...new Set(missing)].join(', ')}`;
  const errs = out.split('\n').filter((l) => /^Error:/.test(l.trim()));
  if (errs.length) return `OpenSTA failed: ${errs.slice(0, 3).join(' | ')}`;
  const ci = out.indexOf('TPE-CHECKS');
  if (ci < 0) return 'OpenSTA stopped before timing the netlist: ' + out.trim().split('\n').slice(-3).join(' | ');
  const checks = out.slice(ci, out.indexOf('TPE-WNS') >= 0 ? out.indexOf('TPE-WNS') : undefined);
  const sp = /Startpoint:\s*(\S+)/.exec(checks)?.[1];
  const ep = /Endpoint:\s*(\S+)/.exec(checks)?.[1];
  const arr = /([-0-9.]+)\s+data arrival time/.exec(checks);
  const slack = /([-0-9.]+)\s+slack \((?:MET|VIOLATED)\)/.exec(checks);
  const setup = /([-0-9.]+)\s+([-0-9.]+)\s+library setup time/.exec(checks);
  if (!sp || !ep || !arr || !slack) {
    if (/No paths found/.test(checks)) return 'OpenSTA found no register-to-register or port path to time (is the clock port named clk?)';
    return 'cannot read OpenSTA report_checks output: ' + checks.trim().split('\n').slice(0, 4).join(' | ');
  }
  const path: StaPathStep[] = [];
  const body = checks.slice(checks.indexOf('Description'), arr.index);
  for (const l of body.split('\n')) {
    const m = /^\s*([-0-9.]+)\s+([-0-9.]+)\s+([v^])\s+(\S+)\s+\(([^)]+)\)/.exec(l);
    if (m) path.push({ pin: m[4], cell: m[5], arrivalPs: round(num(m[2]) * 1000), rise: m[3] === '^' });
  }
  const slackPs = round(num(slack[1]) * 1000);
  const rep: Omit<StaReport, 'tool' | 'wireLoad'> = {
    clockNs,
    slackPs,
    arrivalPs: round(num(arr[1]) * 1000),
    setupPs: setup ? round(-num(setup[1]) * 1000) : 0,
    criticalPathPs: round(clockNs * 1000 - slackPs),
    startPoint: sp,
    endPoint: ep,
    path,
    warnings,
  };
  const pi = out.indexOf('TPE-POWER');
  if (pi >= 0) {
    const p = out.slice(pi);
    const row = (name: string) => {
      const m = new RegExp(`^${name}\\s+([-0-9.eE+]+)\\s+([-0-9.eE+]+)\\s+([-0-9.eE+]+)\\s+([-0-9.eE+]+)`, 'm').exec(p);
      return m ? [num(m[1]), num(m[2]), num(m[3]), num(m[4])] : undefined;
    };
    const tot = row('Total');
    const seq = row('Sequential');
    const comb = row('Combinational');
    if (!tot) return 'cannot read OpenSTA report_power output: ' + p.trim().split('\n').slice(0, 4).join(' | ');
    rep.power = {
      internalW: tot[0],
      switchingW: tot[1],
      leakageW: tot[2],
      totalW: tot[3],
      sequentialW: seq?.[3] ?? 0,
      combinationalW: comb?.[3] ?? 0,
    };
  }
  return rep;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Times (and optionally prices) a netlist with OpenSTA. E0920 sta missing (exit 3), E0921 link, E0922 other. */
export async function runSta(o: StaOptions): Promise<Result<StaReport>> {
  const st = staStatus();
  if (!st.ok) return { diagnostics: [d('E0920', st.message ?? 'OpenSTA (sta) is not available', STA_INSTALL)] };
  if (!(o.clockNs > 0 && Number.isFinite(o.clockNs)))
    return { diagnostics: [d('E0922', `clock period must be a positive number of ns, got ${o.clockNs}`)] };
  const dir = await mkdtemp(join(tmpdir(), 'tpe-sta-'));
  try {
    const files = { lib: join(dir, 'cells.lib'), net: join(dir, 'netlist.v') };
    await writeFile(files.lib, o.liberty.text);
    await writeFile(files.net, splitConcatAssigns(o.netlist));
    const wl = lightestWireLoad(o.liberty.text);
    await writeFile(join(dir, 'run.tcl'), staScript(o, files, wl));
    const out = await new Promise<{ code: number; text: string; timedOut: boolean }>((resolve, reject) => {
      const p = spawn('sta', ['-no_init', '-exit', join(dir, 'run.tcl')], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      let text = '';
      let timedOut = false;
      const timer = setTimeout(
        () => {
          timedOut = true;
          p.kill('SIGKILL');
        },
        (o.timeoutS ?? 900) * 1000,
      );
      p.stdout.setEncoding('utf8').on('data', (s: string) => {
        text += s;
      });
      p.stderr.setEncoding('utf8').on('data', (s: string) => {
        text += s;
      });
      p.on('error', reject);
      p.on('close', (c) => {
        clearTimeout(timer);
        resolve({ code: c ?? 1, text, timedOut });
      });
    });
    if (out.timedOut) return { diagnostics: [d('E0922', `OpenSTA did not finish within ${o.timeoutS ?? 900} s on ${o.top}`)] };
    const parsed = parseStaOutput(out.text, o.clockNs);
    if (typeof parsed === 'string') {
      const link = /cannot link/.test(parsed);
      return {
        diagnostics: [
          d(
            link ? 'E0921' : 'E0922',
            `${o.top}: ${parsed}`,
            link ? `the netlist uses cells that ${o.liberty.name} does not define; synthesize with the same liberty` : undefined,
          ),
        ],
      };
    }
    return { value: { tool: `OpenSTA ${st.version ?? ''}`.trim(), wireLoad: wl ?? 'library default', ...parsed }, diagnostics: [] };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
