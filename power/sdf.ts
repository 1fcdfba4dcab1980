// Cell delays for the timed simulation, from OpenSTA: the netlist written as structural Verilog
// (verilog.ts), OpenSTA 2.0.17 reads it with the liberty, the lightest wire-load model (as
// synth/sta.ts), the clock, and `write_sdf`; this module parses the SDF's IOPATH delays (rise
// and fall per arc, COND entries for state-dependent arcs) and INTERCONNECT delays, and binds
// them to the netlist's evaluation units and flip-flop outputs. OpenSTA writes (min::max)
// triplets; the max value (the one its setup analysis signs off with) is used. Delays are in
// integer picoseconds (rounded), the timed simulation's time step.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic, Result } from '../ir/index.js';
import { lightestWireLoad, staStatus, STA_INSTALL } from '../synth/index.js';
import { exprVars } from './expr.js';
import type { Netlist } from './netlist.js';
import { writeStructuralVerilog } from './verilog.js';

type SExp = string | SExp[];

export interface SdfIopath {
  from: string;
  /** posedge / negedge qualifier of the input, if any. */
  edge?: 'posedge' | 'negedge';
  to: string;
  /** Conjunction of pin == value terms (COND); undefined: unconditional. */
  cond?: { pin: string; val: number }[];
  /** Picoseconds; undefined where the SDF gives `()`. */
  rise?: number;
  fall?: number;
}

export interface Sdf {
  /** Per instance name: its IOPATH entries in file order. */
  iopaths: Map<string, SdfIopath[]>;
  interconnects: { from: string; to: string; rise?: number; fall?: number }[];
}

const err = (code: string, message: string, hint?: string): Diagnostic => ({ code, severity: 'error', message, ...(hint ? { hint } : {}) });

function parseSexp(text: string): SExp[] | string {
  const stack: SExp[][] = [[]];
  const re = /"([^"]*)"|([()])|([^\s()"]+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[2] === '(') {
      const l: SExp[] = [];
      stack[stack.length - 1].push(l);
      stack.push(l);
    } else if (m[2] === ')') {
      if (stack.length < 2) return 'unbalanced ")"';
      stack.pop();
    } else stack[stack.length - 1].push(m[1] ?? m[3]);
  }
  if (stack.length !== 1) return 'unbalanced "("';
  return stack[0];
}

const head = (x: SExp) => (Array.isArray(x) && typeof x[0] === 'string' ? x[0].toUpperCase() : '');

/** One delay value `(min:typ:max)`, `(v)` or `()`: the max (else typ, else min), ps; undefined for `()`. */
function delayPs(x: SExp | undefined, scalePs: number): number | undefined | null {
  if (!Array.isArray(x)) return null;
  if (x.length === 0) return undefined;
  if (typeof x[0] !== 'string') return null;
  const parts = x[0].split(':');
  const pick = parts.length === 3 ? parts[2] || parts[1] || parts[0] : parts[0];
  const v = Number(pick);
  return Number.isFinite(v) ? Math.round(v * scalePs) : null;
}

function parseCond(x: SExp): { pin: string; val: number }[] | undefined {
  const flat: string[] = [];
  const walk = (y: SExp) => (Array.isArray(y) ? y.forEach(walk) : flat.push(y));
  walk(x);
  const out: { pin: string; val: number }[] = [];
  const toks = flat.join(' ').split(/\s*&&\s*/);
  for (const t of toks) {
    let m = /^\s*!?\s*([A-Za-z_][\w]*)\s*$/.exec(t);
    if (m) {
      out.push({ pin: m[1], val: t.trim().startsWith('!') ? 0 : 1 });
      continue;
    }
    m = /^\s*([A-Za-z_][\w]*)\s*==\s*1'b([01])\s*$/.exec(t);
    if (!m) return undefined;
    out.push({ pin: m[1], val: Number(m[2]) });
  }
  return out;
}

/** Parses an SDF 3.0 file (OpenSTA's write_sdf): E0955 on anything it cannot read. */
export function parseSdf(text: string): Result<Sdf> {
  const top = parseSexp(text);
  if (typeof top === 'string') return { diagnostics: [err('E0955', `SDF does not parse: ${top}`)] };
  const df = top.find((x) => head(x) === 'DELAYFILE') as SExp[] | undefined;
  if (!df) return { diagnostics: [err('E0955', 'SDF has no DELAYFILE')] };
  let scalePs = 1000;
  const ts = df.find((x) => head(x) === 'TIMESCALE') as SExp[] | undefined;
  if (ts) {
    const s = (ts.slice(1) as string[]).join('');
    const m = /^([0-9.]+)\s*(ps|ns|us)$/i.exec(s);
    if (!m) return { diagnostics: [err('E0955', `SDF TIMESCALE "${s}" not understood`)] };
    scalePs = Number(m[1]) * { ps: 1, ns: 1000, us: 1e6 }[m[2].toLowerCase() as 'ps' | 'ns' | 'us'];
  }
  const iopaths = new Map<string, SdfIopath[]>();
  const interconnects: Sdf['interconnects'] = [];
  const bad = (what: string) => ({ diagnostics: [err('E0955', `SDF: ${what}`)] });
  for (const cell of df) {
    if (head(cell) !== 'CELL') continue;
    const c = cell as SExp[];
    const inst = c.find((x) => head(x) === 'INSTANCE') as SExp[] | undefined;
    const name = inst && typeof inst[1] === 'string' ? inst[1] : '';
    const list: SdfIopath[] = [];
    for (const dl of c) {
      if (head(dl) !== 'DELAY') continue;
      for (const ab of (dl as SExp[]).slice(1)) {
        const h = head(ab);
        if (h !== 'ABSOLUTE') {
          if (h === 'INCREMENT') return bad(`INCREMENT delays in ${name || 'the top cell'} are not read`);
          continue;
        }
        for (const e of (ab as SExp[]).slice(1)) {
          const eh = head(e);
          if (eh === 'INTERCONNECT') {
            const x = e as SExp[];
            const r = delayPs(x[3], scalePs),
              f = x.length > 4 ? delayPs(x[4], scalePs) : r;
            if (r === null || f === null) return bad(`INTERCONNECT ${String(x[1])} ${String(x[2])}: bad delay`);
            interconnects.push({
              from: String(x[1]),
              to: String(x[2]),
              ...(r !== undefined ? { rise: r } : {}),
              ...(f !== undefined ? { fall: f } : {}),
            });
            continue;
          }
          let cond: SdfIopath['cond'];
          let io = e as SExp[];
          if (eh === 'COND') {
            const x = e as SExp[];
            // OpenSTA writes the condition with or without parentheses: everything before the IOPATH.
            cond = parseCond(x.slice(1, -1));
            if (!cond) return bad(`${name}: COND ${JSON.stringify(x.slice(1, -1))} is not a conjunction of pin == 1'b0/1 terms`);
            io = x[x.length - 1] as SExp[];
            if (head(io) !== 'IOPATH') return bad(`${name}: COND without an IOPATH`);
          } else if (eh !== 'IOPATH') return bad(`${name}: ${eh} delays are not read`);
          let from = io[1];
          let edge: SdfIopath['edge'];
          if (Array.isArray(from)) {
            const eg = String(from[0]).toLowerCase();
            if (eg !== 'posedge' && eg !== 'negedge') return bad(`${name}: IOPATH edge ${eg}`);
            edge = eg;
            from = from[1];
          }
          const r = delayPs(io[3], scalePs),
            f = io.length > 4 ? delayPs(io[4], scalePs) : r;
          if (r === null || f === null) return bad(`${name}: IOPATH ${String(from)} ${String(io[2])}: bad delay`);
          list.push({
            from: String(from),
            ...(edge ? { edge } : {}),
            to: String(io[2]),
            ...(cond ? { cond } : {}),
            ...(r !== undefined ? { rise: r } : {}),
            ...(f !== undefined ? { fall: f } : {}),
          });
        }
      }
    }
    if (name) iopaths.set(name, [...(iopaths.get(name) ?? []), ...list]);
  }
  return { value: { iopaths, interconnects }, diagnostics: [] };
}

/** One input arc's delays: entries tried in order; the first whose (index & mask) === want applies. */
export interface ArcDelay {
  mask: number;
  want: number;
  rise: number;
  fall: number;
}

export interface TimedDelays {
  /** Per evaluation unit (netlist.ts order), per input k (bit k of its truth-table index). */
  unit: ArcDelay[][][];
  /** Per flip-flop, per output (Flop.outs order): clock-to-output rise and fall, ps. */
  flop: { rise: number; fall: number }[][];
  /** Largest delay anywhere, ps (for reports). */
  maxPs: number;
  source: string;
}

/** Binds SDF delays to the netlist (instances named i<k>, verilog.ts). E0956 where an arc has no delay. */
export function bindDelays(nl: Netlist, sdf: Sdf, source: string, o: { ignoreCond?: boolean } = {}): Result<TimedDelays> {
  const nonzero = sdf.interconnects.filter((x) => (x.rise ?? 0) !== 0 || (x.fall ?? 0) !== 0);
  if (nonzero.length)
    return {
      diagnostics: [
        err(
          'E0956',
          `${nonzero.length} INTERCONNECT delays are not zero (first ${nonzero[0].from} -> ${nonzero[0].to}): wire delays are not simulated`,
          'write the SDF without wire loads (the toolkit uses the lightest wire-load model)',
        ),
      ],
    };
  let maxPs = 0;
  const missing: string[] = [];
  const unit = nl.units.map((u) => {
    const ins = nl.instances[u.inst];
    const vars = exprVars(ins.cell.pins.get(u.pin)!.func!);
    const paths = (sdf.iopaths.get(`i${u.inst}`) ?? []).filter((p) => p.to === u.pin && !p.edge);
    return vars.map((pin) => {
      const mine = paths.filter((p) => p.from === pin);
      const out: ArcDelay[] = [];
      const add = (p: SdfIopath, mask: number, want: number) => {
        const rise = p.rise ?? p.fall ?? 0,
          fall = p.fall ?? p.rise ?? 0;
        maxPs = Math.max(maxPs, rise, fall);
        out.push({ mask, want, rise, fall });
      };
      for (const p of mine) {
        if (!p.cond || o.ignoreCond) continue;
        let mask = 0,
          want = 0,
          ok = true;
        for (const t of p.cond) {
          const k = vars.indexOf(t.pin);
          if (k < 0) ok = false;
          else {
            mask |= 1 << k;
            if (t.val) want |= 1 << k;
          }
        }
        if (ok) add(p, mask, want);
      }
      const dflt = mine.find((p) => !p.cond);
      if (dflt) add(dflt, 0, 0);
      if (!out.length) missing.push(`${ins.name} (${ins.cell.name}) ${pin} -> ${u.pin}`);
      else if (!dflt) {
        // Every state covered by some COND or not: the largest conditional delay is the fallback.
        const w = out.reduce((a, b) => (Math.max(b.rise, b.fall) > Math.max(a.rise, a.fall) ? b : a));
        out.push({ mask: 0, want: 0, rise: w.rise, fall: w.fall });
      }
      return out;
    });
  });
  const flop = nl.flops.map((f) => {
    const ins = nl.instances[f.inst];
    const paths = sdf.iopaths.get(`i${f.inst}`) ?? [];
    return f.outs.map((o) => {
      const p = paths.find((x) => x.from === f.clockPin && x.to === o.pin && x.edge !== 'negedge');
      if (!p) {
        missing.push(`${ins.name} (${ins.cell.name}) ${f.clockPin} -> ${o.pin}`);
        return { rise: 0, fall: 0 };
      }
      const rise = p.rise ?? p.fall ?? 0,
        fall = p.fall ?? p.rise ?? 0;
      maxPs = Math.max(maxPs, rise, fall);
      return { rise, fall };
    });
  });
  if (missing.length)
    return {
      diagnostics: [
        err('E0956', `the SDF has no delay for ${missing.length} arcs of the netlist (first: ${missing.slice(0, 3).join('; ')})`),
      ],
    };
  return { value: { unit, flop, maxPs, source }, diagnostics: [] };
}

/** OpenSTA `write_sdf` for the netlist as verilog.ts writes it. E0920 sta missing, E0955 failure. */
export async function staSdf(
  nl: Netlist,
  liberty: { name: string; text: string },
  clockNs: number,
): Promise<Result<{ sdf: string; verilog: string }>> {
  const st = staStatus();
  if (!st.ok) return { diagnostics: [err('E0920', st.message ?? 'OpenSTA (sta) is not available', STA_INSTALL)] };
  const v = writeStructuralVerilog(nl);
  const dir = await mkdtemp(join(tmpdir(), 'tpe-sdf-'));
  try {
    await writeFile(join(dir, 'cells.lib'), liberty.text);
    await writeFile(join(dir, 'net.v'), v.text);
    const wl = lightestWireLoad(liberty.text);
    const clk = nl.inputs.has('clk') ? `create_clock -name clk -period ${clockNs} [get_ports clk]` : '';
    const tcl = [
      'read_liberty cells.lib',
      'read_verilog net.v',
      `link_design ${nl.top}`,
      ...(wl ? [`set_wire_load_model -name {${wl}}`] : []),
      clk,
      'write_sdf -digits 4 -no_timestamp -no_version out.sdf',
      'puts TPE-SDF-DONE',
    ].join('\n');
    await writeFile(join(dir, 'run.tcl'), tcl + '\n');
    const text = await new Promise<string>((resolve, reject) => {
      const p = spawn('sta', ['-no_init', '-exit', 'run.tcl'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      p.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
      p.stderr.setEncoding('utf8').on('data', (s: string) => (out += s));
      p.on('error', reject);
      p.on('close', () => resolve(out));
    });
    const errs = text.split('\n').filter((l) => /^Error:/.test(l.trim()));
    if (errs.length || !text.includes('TPE-SDF-DONE'))
      return {
        diagnostics: [
          err('E0955', `OpenSTA write_sdf failed on ${nl.top}: ${(errs.length ? errs : text.trim().split('\n').slice(-2)).join(' | ')}`),
        ],
      };
    return { value: { sdf: await readFile(join(dir, 'out.sdf'), 'utf8'), verilog: v.text }, diagnostics: [] };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** OpenSTA's SDF for the netlist, parsed and bound. */
export async function netlistDelays(nl: Netlist, liberty: { name: string; text: string }, clockNs: number): Promise<Result<TimedDelays>> {
  const s = await staSdf(nl, liberty, clockNs);
  if (!s.value) return { diagnostics: s.diagnostics };
  const p = parseSdf(s.value.sdf);
  if (!p.value) return { diagnostics: p.diagnostics };
  return bindDelays(nl, p.value, `OpenSTA ${staStatus().version ?? ''} write_sdf`.trim());
}
