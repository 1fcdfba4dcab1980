// Cross-check of the timed simulation against a simulator this project did not write: Icarus
// Verilog (`iverilog -gspecify`) on the same structural netlist (verilog.ts), the vendored IHP
// cell models (their specify blocks carry zero delays) annotated with OpenSTA's SDF by
// $sdf_annotate, driven by the input vectors the timed simulation applied at each clock edge.
// Per-net transitions are read from its VCD over the counted cycles and set against the timed
// simulation's per-net toggles.
//
// What the copy of the cell models changes for Icarus (in a temporary folder; the vendored
// files stay as they are): `timescale 1ns/1ps instead of 1ns/10ps (the SDF's delays would be
// rounded to 10 ps), `initial q = 1'b0` in the flip-flop primitives (the zero-delay simulation
// starts every flip-flop at 0; Icarus would start them at x) with a table row that keeps the
// state when the clock falls from x, and the specify blocks and timing checks as icarusCells says.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic, Result } from '../ir/index.js';
import type { Netlist } from './netlist.js';
import type { Sdf } from './sdf.js';
import { writeStructuralVerilog } from './verilog.js';

const ns = (ps: number) => (ps / 1000).toFixed(3);

export interface IcarusStatus {
  ok: boolean;
  version?: string;
  message?: string;
}

export function icarusStatus(): IcarusStatus {
  const r = spawnSync('iverilog', ['-V'], { encoding: 'utf8', timeout: 20000 });
  if (r.error) return { ok: false, message: 'Icarus Verilog (iverilog) is not on PATH; install it: apt-get install iverilog' };
  return { ok: true, version: (r.stdout || r.stderr).split('\n')[0].trim() };
}

export interface IcarusRun {
  /** Transitions (0 <-> 1) per net over the window, by the netlist's net index. */
  toggles: Float64Array;
  /** Values x or z seen on a compared net inside the window. */
  unknowns: number;
  /** Icarus's warnings about the SDF (unsupported constructs), deduplicated. */
  sdfWarnings: string[];
  seconds: number;
}

export interface IcarusInput {
  nl: Netlist;
  /** verilog.ts output for nl. */
  verilog: string;
  /** OpenSTA's SDF, parsed; Icarus gets its unconditional IOPATHs (see icarusSdf). */
  sdf: Sdf;
  /** Folder of sg13g2_stdcell.v and sg13g2_udp.v. */
  cellDir: string;
  /** Input values (input nets, as TimedSim.inputVectors lists them) before each rising edge. */
  vectors: Uint8Array[];
  inputNets: Int32Array;
  /** Edges not counted (their cycles are outside the window). */
  skipEdges: number;
  periodNs: number;
  inputDelayPs: number;
  /** Work in this folder and keep it (debugging); default a temporary folder, removed after. */
  keepDir?: string;
}

const err = (code: string, message: string): Diagnostic => ({ code, severity: 'error', message });

/** Runs Icarus on the netlist; E0957 when iverilog is missing or fails. */
export async function runIcarus(o: IcarusInput): Promise<Result<IcarusRun>> {
  const st = icarusStatus();
  if (!st.ok) return { diagnostics: [err('E0957', st.message!)] };
  const t0 = performance.now();
  const dir = o.keepDir ?? (await mkdtemp(join(tmpdir(), 'tpe-icarus-')));
  try {
    const cells = icarusCells(readFileSync(join(o.cellDir, 'sg13g2_stdcell.v'), 'utf8'));
    const udp = readFileSync(join(o.cellDir, 'sg13g2_udp.v'), 'utf8')
      .replace(/`timescale\s+1ns\/10ps/g, '`timescale 1ns/1ps')
      .replace(/(primitive\s+ihp_dff\w*\s*\(([^)]*)\);[^]*?)(\n\s*table)/g, (_a, decl: string, ports: string, tab: string) => {
        // The clock falling from x (time 0) keeps the state: without this row an x-to-0 clock
        // edge while D is still x makes q x, whatever the initial value.
        const ins = ports
          .split(',')
          .map((x) => x.trim())
          .slice(1);
        const row = ins.map((x) => (x === 'clk' ? '(x0)' : '?')).join(' ');
        return `${decl}\n\tinitial q = 1'b0;${tab}\n\t\t${row} : ? : -;`;
      });
    await writeFile(join(dir, 'cells.v'), cells);
    await writeFile(join(dir, 'udp.v'), udp);
    await writeFile(join(dir, 'net.v'), '`timescale 1ns/1ps\n' + o.verilog);
    await writeFile(join(dir, 'net.sdf'), icarusSdf(o.nl, o.sdf));
    const nl = o.nl;
    const ports = [...nl.inputs].filter(([p]) => p !== 'clk');
    // Vector bit order: the ports in order, each MSB first (a Verilog concatenation).
    const order: number[] = [];
    for (const [, nets] of ports) for (let i = nets.length - 1; i >= 0; i--) order.push(nets[i]);
    const pos = new Map<number, number>();
    o.inputNets.forEach((n, i) => pos.set(n, i));
    const lines = o.vectors.map((v) => order.map((n) => (pos.has(n) ? v[pos.get(n)!] : 0)).join(''));
    await writeFile(join(dir, 'vec.txt'), lines.join('\n') + '\n');
    const W = order.length;
    const E = o.vectors.length;
    const T = Math.round(o.periodNs * 1000);
    const decl = (dir2: string, p: string, nets: number[]) => `  ${dir2} ${nets.length > 1 ? `[${nets.length - 1}:0] ` : ''}${p};`;
    const tb = [
      '`timescale 1ns/1ps',
      'module tpe_tb;',
      '  reg clk = 0;',
      ...ports.map(([p, nets]) => decl('reg', p, nets)),
      ...[...nl.outputs].filter(([p]) => !nl.inputs.has(p)).map(([p, nets]) => decl('wire', p, nets)),
      `  ${nl.top} dut(${[...(nl.inputs.has('clk') ? ['.clk(clk)'] : []), ...ports.map(([p]) => `.${p}(${p})`), ...[...nl.outputs.keys()].filter((p) => !nl.inputs.has(p)).map((p) => `.${p}(${p})`)].join(', ')});`,
      `  reg [${W - 1}:0] vec [0:${E - 1}];`,
      '  integer e;',
      '  initial begin',
      '    $sdf_annotate("net.sdf", dut);',
      '    $readmemb("vec.txt", vec);',
      `    {${ports.map(([p]) => p).join(', ')}} = vec[0];`,
      '    $dumpfile("out.vcd");',
      '    $dumpvars(1, dut);',
      // Edge e at T/2 + e*T; the next vector d after it; the falling edge at T after the loop's start.
      `    for (e = 0; e < ${E}; e = e + 1) begin`,
      `      #${ns(T / 2)} clk = 1;`,
      `      #${ns(o.inputDelayPs)} if (e + 1 < ${E}) {${ports.map(([p]) => p).join(', ')}} = vec[e + 1];`,
      `      #${ns(T / 2 - o.inputDelayPs)} clk = 0;`,
      '    end',
      `    #${ns(T / 2)} $finish;`,
      '  end',
      'endmodule',
      '',
    ];
    await writeFile(join(dir, 'tb.v'), tb.join('\n'));
    const run = (cmd: string, args: string[]) =>
      new Promise<{ code: number; text: string }>((resolve, reject) => {
        const p = spawn(cmd, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
        let text = '';
        p.stdout.setEncoding('utf8').on('data', (s: string) => (text += s));
        p.stderr.setEncoding('utf8').on('data', (s: string) => (text += s));
        p.on('error', reject);
        p.on('close', (c) => resolve({ code: c ?? 1, text }));
      });
    const c = await run('iverilog', ['-gspecify', '-o', 'sim.vvp', '-s', 'tpe_tb', 'udp.v', 'cells.v', 'net.v', 'tb.v']);
    if (c.code !== 0) return { diagnostics: [err('E0957', `iverilog failed: ${c.text.trim().split('\n').slice(0, 4).join(' | ')}`)] };
    const r = await run('vvp', ['-n', 'sim.vvp']);
    if (r.code !== 0) return { diagnostics: [err('E0957', `vvp failed: ${r.text.trim().split('\n').slice(-4).join(' | ')}`)] };
    const sdfWarnings = [
      ...new Set(
        (c.text + '\n' + r.text)
          .split('\n')
          .filter((l) => /warn|error|sorry|unsupported|ignor/i.test(l))
          .map((l) =>
            l
              .replace(/^[^:]*:\d+:\s*/, '')
              .replace(/\d+/g, 'N')
              .trim(),
          ),
      ),
    ].sort();
    const vcd = await readFile(join(dir, 'out.vcd'), 'utf8');
    // The first clock edge is at T/2 in tb.v (the loop's first delay), each next one T later.
    const t0ps = T / 2;
    const win = { from: t0ps + (o.skipEdges - 1) * T, to: t0ps + (E - 1) * T };
    const parsed = parseVcd(vcd, nl, win);
    return { value: { ...parsed, sdfWarnings, seconds: (performance.now() - t0) / 1000 }, diagnostics: [] };
  } finally {
    if (!o.keepDir) await rm(dir, { recursive: true, force: true });
  }
}

/** Toggles per net from a VCD of the top scope ($dumpvars depth 1) in [from, to) ps. */
export function parseVcd(vcd: string, nl: Netlist, win: { from: number; to: number }): { toggles: Float64Array; unknowns: number } {
  const byName = new Map<string, number>();
  writeStructuralVerilog(nl).netExpr.forEach((x, n) => n > 1 && byName.set(x, n));
  // Names as verilog.ts writes them: port bits keep their names, other nets are n<index>.
  const ids = new Map<string, { nets: (number | undefined)[]; last: string }>();
  const lines = vcd.split('\n');
  let i = 0;
  let scopeDepth = 0;
  let unit = 1;
  for (; i < lines.length; i++) {
    const l = lines[i].trim();
    if (l.startsWith('$timescale')) {
      const t = (l + ' ' + (lines[i + 1] ?? '')).match(/(\d+)\s*(fs|ps|ns)/);
      if (t) unit = Number(t[1]) * { fs: 1e-3, ps: 1, ns: 1000 }[t[2] as 'fs' | 'ps' | 'ns'];
    }
    if (l.startsWith('$scope')) scopeDepth++;
    if (l.startsWith('$upscope')) scopeDepth--;
    if (l.startsWith('$var') && scopeDepth === 2) {
      const m = /^\$var\s+\S+\s+(\d+)\s+(\S+)\s+(\S+)(?:\s+\[(\d+)(?::(\d+))?\])?\s+\$end/.exec(l);
      if (!m) continue;
      const w = Number(m[1]);
      const nets: (number | undefined)[] = [];
      if (w === 1) nets.push(byName.get(m[4] !== undefined ? `${m[3]}[${m[4]}]` : m[3]) ?? byName.get(m[3]));
      else {
        const hi = Number(m[4] ?? w - 1),
          lo = Number(m[5] ?? 0);
        // nets[k]: bit k from the LSB end of the value string.
        for (let b = lo; b <= hi; b++) nets.push(byName.get(`${m[3]}[${b}]`));
      }
      ids.set(m[2], { nets, last: '' });
    }
    if (l.startsWith('$enddefinitions')) break;
  }
  const toggles = new Float64Array(nl.nets);
  let unknowns = 0;
  let t = 0;
  for (i++; i < lines.length; i++) {
    const l = lines[i].trim();
    if (!l) continue;
    const c = l[0];
    if (c === '#') {
      t = Number(l.slice(1)) * unit;
      continue;
    }
    if (c === '$') continue;
    let val: string, id: string;
    if (c === 'b' || c === 'B') {
      const sp = l.indexOf(' ');
      val = l.slice(1, sp);
      id = l.slice(sp + 1).trim();
    } else {
      val = c;
      id = l.slice(1);
    }
    const v = ids.get(id);
    if (!v) continue;
    const w = v.nets.length;
    const full = val.length >= w ? val.slice(val.length - w) : val.padStart(w, val[0] === '1' ? '0' : val[0]);
    const inWin = t >= win.from && t < win.to;
    for (let k = 0; k < w; k++) {
      const n = v.nets[k];
      const now = full[w - 1 - k];
      const was = v.last ? v.last[w - 1 - k] : 'x';
      if (n === undefined || !inWin) continue;
      if (now !== '0' && now !== '1') unknowns++;
      else if (was !== now && (was === '0' || was === '1')) toggles[n]++;
    }
    v.last = full;
  }
  return { toggles, unknowns };
}

/**
 * The cell models as Icarus 11 can annotate them: `timescale 1ns/1ps; every specify block
 * reduced to one simple path per (input, output) pair it names, (A => Y) = (0.0, 0.0), because
 * Icarus drops `ifnone` edge-sensitive paths ("Sorry: ifnone with an edge-sensitive path is not
 * supported") and does not apply SDF COND entries (iverilog issue 949); timing checks removed and
 * their delayed_* signals replaced by the signals themselves (Icarus does not drive them: "timing
 * checks are not supported and delayed signal ... will not be driven", which left every
 * flip-flop at x).
 */
export function icarusCells(text: string): string {
  let s = text.replace(/`timescale\s+1ns\/10ps/g, '`timescale 1ns/1ps');
  s = s.replace(/specify([^]*?)endspecify/g, (_all, body: string) => {
    const pairs: string[] = [];
    for (const m of body.matchAll(/\(\s*(?:posedge|negedge)?\s*(\w+)\s*[*=]>\s*\(?\s*(\w+)/g)) {
      const p = `(${m[1]} => ${m[2]}) = (0.0, 0.0);`;
      if (!pairs.includes(p)) pairs.push(p);
    }
    return `specify\n${pairs.map((p) => `\t\t${p}\n`).join('')}\tendspecify`;
  });
  s = s.replace(/\n\s*wire\s+delayed_[^;]*;/g, '').replace(/\bdelayed_(\w+)/g, '$1');
  return s;
}

/**
 * The SDF Icarus reads: the unconditional IOPATHs of OpenSTA's SDF (the timed simulation is run
 * with `ignoreCond` for the comparison), each value written as (v:v:v) ns with the picoseconds
 * the timed simulation uses (Icarus takes the typ value, which OpenSTA leaves empty). Clock gates
 * get none: the timed simulation treats GCLK as an ideal clock edge (timed.ts), and with the
 * gate's CLK->GCLK delay (hundreds of ps for an unbuffered ICG driving its bank) the gated
 * flip-flops would be clocked late, capturing data launched at the same edge (a hold race no
 * clock-tree synthesis has fixed here).
 */
export function icarusSdf(nl: Netlist, sdf: Sdf): string {
  const v = (ps: number | undefined) => (ps === undefined ? '()' : `(${ns(ps)}:${ns(ps)}:${ns(ps)})`);
  const out = ['(DELAYFILE', ' (SDFVERSION "3.0")', ` (DESIGN "${nl.top}")`, ' (DIVIDER /)', ' (TIMESCALE 1ns)'];
  nl.instances.forEach((ins, k) => {
    const ps = (sdf.iopaths.get(`i${k}`) ?? []).filter((p) => !p.cond);
    if (!ps.length || ins.cell.icg) return;
    out.push(` (CELL (CELLTYPE "${ins.cell.name}") (INSTANCE i${k}) (DELAY (ABSOLUTE`);
    for (const p of ps) out.push(`  (IOPATH ${p.edge ? `(${p.edge} ${p.from})` : p.from} ${p.to} ${v(p.rise)} ${v(p.fall)})`);
    out.push(' )))');
  });
  out.push(')', '');
  return out.join('\n');
}
