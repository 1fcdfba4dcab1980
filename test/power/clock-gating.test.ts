// Automatic clock gating (synth clockGating) and the gate-level power of gated clocks, on the CI
// form of the systolic OS OPT1 shared pair's variant (2x2, its shared resolve stage holds enable
// registers): gating removes enable muxes and adds sg13g2_lgcp_1 cells, the gated netlist still
// computes the exact GEMM (zero-delay and timed, Icarus agreeing net by net), a gated flip-flop
// is clocked only in cycles its enable was 1 and the energy drops; this module's OpenSTA 2.0.17
// arithmetic reproduces report_power on the gated netlist when a gated clock gets the clock's
// activity (OpenSTA's rule), and does not when it gets the global activity; netlists whose
// clocks the simulator cannot follow are E0944. The estimate's simulated enable duty
// (cost/inventory/enable-duty.ts) counts the cycles each gated clock pulses in the gate-level
// simulation, also on zero-skip designs whose enables follow the operands' digits.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPairDesign } from '../../pipeline/reproduce.js';
import { designReading } from '../../cost/inventory/rtl-reading.js';
import { enableDuties } from '../../cost/inventory/enable-duty.js';
import {
  bindDelays,
  buildNetlist,
  gatePower,
  GateSim,
  netTiming,
  parseSdf,
  priceOpenStaRules,
  readLibertyModel,
  runTestbench,
  staSdf,
  TimedSim,
  uniformOpenStaRules,
  type LibertyModel,
} from '../../power/index.js';
import { icarusStatus, runIcarus } from '../../power/icarus.js';
import { buildRtlModel, emitDesign } from '../../rtl/index.js';
import { generateMatrix, parseDist } from '../../simulator/index.js';
import { repoRoot, runSta, sharedLibertyPath, staStatus, synthesize, type SynthReport } from '../../synth/index.js';

const CI = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
const HAVE_STA = staStatus().ok;
const HAVE_IVERILOG = icarusStatus().ok;
if (CI && (!HAVE_STA || !HAVE_IVERILOG)) throw new Error('OpenSTA (sta) and Icarus Verilog (iverilog) are required in CI');
const LIB = { name: 'sg13g2_stdcell_typ_1p20V_25C.lib', text: readFileSync(sharedLibertyPath()!, 'utf8') };
const des = loadPairDesign(repoRoot(), 'sa_os_16x16_opt1_shared.tpe', true).value!;
let model: LibertyModel;
let plain: SynthReport;
let gated: SynthReport;
let top: string;

beforeAll(async () => {
  model = readLibertyModel(LIB.text, LIB.name).value!;
  const e = emitDesign(des).value!;
  top = e.top;
  const [p, g] = await Promise.all([
    synthesize(e.files, top, { liberty: LIB, netlist: true }),
    synthesize(e.files, top, { liberty: LIB, netlist: true, clockGating: true }),
  ]);
  expect(p.diagnostics).toEqual([]);
  expect(g.diagnostics).toEqual([]);
  plain = p.value!;
  gated = g.value!;
}, 240_000);

const dist = parseDist('normal:0,20').value!;
const a = generateMatrix(5, 13, des.types.A, dist, 1);
const b = generateMatrix(13, 7, des.types.B, dist, 2);
const power = (json: string) =>
  gatePower({
    netlistJson: json,
    top,
    lib: model,
    libName: LIB.name,
    tb: buildRtlModel(des).value!.tb,
    a,
    b,
    acc: des.types.acc,
    clockNs: 5,
    macs: 5 * 7 * 13,
  });
const count = (r: SynthReport, re: RegExp) =>
  Object.entries(r.cellsByType)
    .filter(([c]) => re.test(c))
    .reduce((s, [, n]) => s + n, 0);

describe('clock gating in synthesis (Yosys clockgate with sg13g2_lgcp_1)', () => {
  it('replaces enable muxes by clock gates: lgcp cells in, mux cells out, the same flip-flops, less area', () => {
    expect(count(plain, /lgcp/)).toBe(0);
    expect(plain.clockGating).toBeUndefined();
    const icgs = count(gated, /^sg13g2_lgcp_1$/);
    expect(icgs).toBeGreaterThan(0);
    expect(gated.clockGating).toEqual({ cell: 'sg13g2_lgcp_1', count: icgs });
    expect(count(gated, /mux2/)).toBeLessThan(count(plain, /mux2/));
    expect(count(gated, /^sg13g2_df/)).toBe(count(plain, /^sg13g2_df/));
    expect(gated.area!).toBeLessThan(plain.area!);
    // The ICG is sequential area (a latch and a gate).
    expect(gated.sequentialArea!).toBeCloseTo(plain.sequentialArea! + icgs * 27.216, 2);
  });

  it('without a clock-gating cell in the liberty, or without a liberty, it is E0913', async () => {
    const e = emitDesign(des).value!;
    const noIcg = LIB.text.replace(/clock_gating_integrated_cell : "latch_posedge";/g, '');
    expect(noIcg).not.toBe(LIB.text);
    const r = await synthesize(e.files, top, { liberty: { name: 'noicg.lib', text: noIcg }, clockGating: true });
    expect(r.diagnostics[0].code).toBe('E0913');
    expect(r.diagnostics[0].message).toContain('noicg.lib');
    const g = await synthesize(e.files, top, { clockGating: true });
    expect(g.diagnostics[0].code).toBe('E0913');
  });
});

describe('gate-level power of the gated netlist', () => {
  it('computes the exact GEMM; gated flip-flops are clocked only when enabled; the energy drops', () => {
    const p = power(plain.netlist!.json);
    const g = power(gated.netlist!.json);
    expect(p.diagnostics).toEqual([]);
    expect(g.diagnostics).toEqual([]); // E0950 if C were not the exact GEMM
    const pv = p.value!;
    const gv = g.value!;
    expect(gv.unattributed).toBe(0);
    expect(gv.uncovered).toBe(0);
    expect(gv.simulatedCycles).toBe(pv.simulatedCycles);
    const cg = gv.clockGates!;
    expect(pv.clockGates).toBeUndefined();
    expect(cg.gates).toBe(gated.clockGating!.count);
    expect(cg.gatedFlops).toBeGreaterThan(cg.gates * 3 - 1);
    expect(cg.flops).toBe(count(gated, /^sg13g2_df/));
    expect(cg.enabledFraction).toBeGreaterThan(0);
    expect(cg.enabledFraction).toBeLessThan(1);
    // Every GCLK pulses (two transitions) at most once a cycle.
    const nl = buildNetlist(gated.netlist!.json, top, model, LIB.name).value!;
    expect(nl.gates.length).toBe(cg.gates);
    expect(nl.flops.filter((f) => f.gate >= 0).length).toBe(cg.gatedFlops);
    // Flip-flop clock pins are charged per clock edge they see: less flip-flop energy, and less in all.
    expect(gv.energyJ.sequential).toBeLessThan(pv.energyJ.sequential);
    expect(gv.energyJ.total).toBeLessThan(pv.energyJ.total);
    expect(gv.byCell.find((c) => c.cell === 'sg13g2_lgcp_1')!.energy).toBeGreaterThan(0);
    // Deterministic.
    expect(power(gated.netlist!.json).value!.energyJ).toEqual(gv.energyJ);
  });

  it('a disabled gate stops its flip-flops: forcing every GATE to 0 freezes them, and C is wrong (E0950)', () => {
    const doc = JSON.parse(gated.netlist!.json) as {
      modules: Record<string, { cells: Record<string, { type: string; connections: Record<string, unknown[]> }> }>;
    };
    for (const c of Object.values(doc.modules[top].cells)) if (c.type === 'sg13g2_lgcp_1') c.connections.GATE = ['0'];
    const r = power(JSON.stringify(doc));
    expect(r.diagnostics[0]?.code).toBe('E0950');
  });

  it('E0944 for a clock gate not on clk, and for logic that reads a gated clock', () => {
    const doc = () =>
      JSON.parse(gated.netlist!.json) as {
        modules: Record<
          string,
          { ports: Record<string, { bits: unknown[] }>; cells: Record<string, { type: string; connections: Record<string, unknown[]> }> }
        >;
      };
    const d1 = doc();
    const m1 = d1.modules[top];
    const icg = Object.values(m1.cells).find((c) => c.type === 'sg13g2_lgcp_1')!;
    icg.connections.CLK = m1.ports.start.bits;
    const r1 = buildNetlist(JSON.stringify(d1), top, model, LIB.name);
    expect(r1.diagnostics[0].code).toBe('E0944');
    expect(r1.diagnostics[0].message).toMatch(/clock gate .* is not clocked by the clk port/);
    const d2 = doc();
    const m2 = d2.modules[top];
    const g2 = Object.values(m2.cells).find((c) => c.type === 'sg13g2_lgcp_1')!;
    const inv = Object.values(m2.cells).find((c) => c.type === 'sg13g2_inv_1')!;
    inv.connections.A = g2.connections.GCLK;
    const r2 = buildNetlist(JSON.stringify(d2), top, model, LIB.name);
    expect(r2.diagnostics[0].code).toBe('E0944');
    expect(r2.diagnostics[0].message).toMatch(/reads a clock as data/);
  });
});

describe.skipIf(!HAVE_STA)('against OpenSTA 2.0.17 on the gated netlist (skipped only where sta is not installed; CI requires it)', () => {
  for (const [activity, clockNs] of [
    [0.1, 5],
    [0.3, 3],
  ] as const) {
    it(`reproduces report_power within 5% at a uniform activity of ${activity} (gated clocks at the clock's activity)`, async () => {
      const net = gated.netlist!;
      const mine = uniformOpenStaRules(net.json, top, model, LIB.name, activity, 0.5, clockNs).value!;
      const sta = await runSta({ netlist: net.verilog, top, liberty: LIB, clockNs, activity: { kind: 'global', activity, duty: 0.5 } });
      expect(sta.diagnostics).toEqual([]);
      const p = sta.value!.power!;
      for (const [m, s] of [
        [mine.rates.internal, p.internalW],
        [mine.rates.switching, p.switchingW],
        [mine.rates.total, p.totalW],
      ])
        expect(Math.abs(m / s - 1)).toBeLessThan(0.05);
      // OpenSTA's rule, not the global activity, for a gated clock: the alternative misses by more.
      const alt = priceOpenStaRules(mine.nl, mine.timing, model, () => ({ activity, duty: 0.5 }), clockNs);
      expect(Math.abs(alt.total / p.totalW - 1)).toBeGreaterThan(2 * Math.abs(mine.rates.total / p.totalW - 1));
      // ... and its propagated GCLK transition times, not the ideal clock's.
      const ideal = priceOpenStaRules(
        mine.nl,
        netTiming(mine.nl),
        model,
        (n) => (mine.nl.isClock[n] ? { activity: 2, duty: 0.5 } : { activity, duty: 0.5 }),
        clockNs,
      );
      expect(Math.abs(ideal.internal / p.internalW - 1)).toBeGreaterThan(2 * Math.abs(mine.rates.internal / p.internalW - 1));
    });
  }

  it('OpenSTA reads and times the gated netlist; a gate GATE pin is a clock-gating check end point with a setup time', async () => {
    const r = await runSta({ netlist: gated.netlist!.verilog, top, liberty: LIB, clockNs: 5 });
    expect(r.diagnostics).toEqual([]);
    expect(r.value!.slackPs).toBeGreaterThan(0);
    const icg = /sg13g2_lgcp_1\s+(\S+)\s*\(/.exec(gated.netlist!.verilog)![1];
    const dir = mkdtempSync(join(tmpdir(), 'tpe-cg-'));
    writeFileSync(join(dir, 'net.v'), gated.netlist!.verilog);
    writeFileSync(
      join(dir, 'run.tcl'),
      [
        `read_liberty ${sharedLibertyPath()}`,
        'read_verilog net.v',
        `link_design ${top}`,
        'create_clock -name clk -period 5 [get_ports clk]',
        `report_checks -path_delay max -to [get_pins ${icg}/GATE]`,
        '',
      ].join('\n'),
    );
    const out = execFileSync('sta', ['-no_splash', '-exit', 'run.tcl'], { cwd: dir, encoding: 'utf8' });
    expect(out).toMatch(/clock gating-check end-point/);
    expect(out).toMatch(/library setup time/);
    expect(out).toMatch(/slack \(MET\)/);
  });

  it('the timed simulation of the gated netlist ends every cycle on the zero-delay values; Icarus agrees on every net', async () => {
    const nl = buildNetlist(gated.netlist!.json, top, model, LIB.name).value!;
    const s = await staSdf(nl, LIB, 10);
    expect(s.diagnostics).toEqual([]);
    const sdf = parseSdf(s.value!.sdf).value!;
    const dl = bindDelays(nl, sdf, 'sta', { ignoreCond: true }).value!;
    const sim = new TimedSim(nl, dl, { pulse: 'latest', inputDelayPs: 1, recordInputs: true });
    const a2 = generateMatrix(4, 8, des.types.A, dist, 1);
    const b2 = generateMatrix(8, 4, des.types.B, dist, 2);
    runTestbench(sim, buildRtlModel(des).value!.tb, a2, b2); // throws on a cycle that ends elsewhere
    const gclk = nl.gates.map((g) => g.gclk);
    const mine = sim.counts().toggles;
    expect(gclk.some((n) => mine[n] > 0)).toBe(true);
    if (!HAVE_IVERILOG) return;
    const ic = await runIcarus({
      nl,
      verilog: s.value!.verilog,
      sdf,
      cellDir: dirname(sharedLibertyPath()!),
      vectors: sim.vectors,
      inputNets: sim.inputNets,
      skipEdges: sim.skippedEdges,
      periodNs: 10,
      inputDelayPs: 1,
    });
    expect(ic.diagnostics).toEqual([]);
    expect(ic.value!.unknowns).toBe(0);
    let bad = 0;
    for (let n = 2; n < nl.nets; n++) if (nl.driver[n] >= 0 && mine[n] !== ic.value!.toggles[n]) bad++;
    expect(bad).toBe(0);
    for (const n of gclk) expect(ic.value!.toggles[n]).toBe(mine[n]);
  });
});

describe("the estimate's simulated enable duty against the gated netlist", () => {
  // Zero-skip designs (2x2 forms of the reproduce pairs): their enables follow the operands'
  // digits (EN-T encoders in the bit-slice's, radix-4 Booth ones in Laconic's), so the duty is
  // known only when the cone simulation streams the real operands and evaluates the encoders.
  const shape = { M: 4, N: 4, K: 16 };
  const onCycles = async (file: string) => {
    const d = loadPairDesign(repoRoot(), file, true).value!;
    const e = emitDesign(d).value!;
    const g = await synthesize(e.files, e.top, { liberty: LIB, netlist: true, clockGating: true });
    expect(g.diagnostics).toEqual([]);
    const nl = buildNetlist(g.value!.netlist!.json, e.top, model, LIB.name).value!;
    const a2 = generateMatrix(shape.M, shape.K, d.types.A, dist, 1);
    const b2 = generateMatrix(shape.K, shape.N, d.types.B, dist, 2);
    const sim = new GateSim(nl);
    const run = runTestbench(sim, buildRtlModel(d).value!.tb, a2, b2);
    const flops = nl.gates.map((_, k) => nl.flops.filter((f) => f.gate === k).length);
    // A gated clock pulses (a rise and a fall) once per cycle its enable is on.
    const gate = nl.gates.map((g, k) => [flops[k], sim.counts().toggles[g.gclk] / 2]);
    const rd = designReading(d).value!;
    const banks = rd.gating.banks.filter((b) => b.gated);
    const r = enableDuties(rd, banks, shape, { operands: { a: a2, b: b2 } });
    expect(r.duties.every((x) => x.duty !== undefined)).toBe(true);
    expect(r.cycles).toBe(run.simulatedCycles);
    const est = banks.map((b, i) => [b.bits, Math.round(r.duties[i].duty! * r.cycles)]);
    return { gate, est, cycles: r.cycles };
  };
  const byBits = (x: number[][]) => [...x].sort((p, q) => p[0] - q[0] || p[1] - q[1]);

  it('bitslice_c16_opt4c: every bank is a gated clock of the netlist, on in the same cycles', async () => {
    const { gate, est, cycles } = await onCycles('bitslice_c16_opt4c.tpe');
    expect(byBits(est)).toEqual(byBits(gate));
    expect(est.some(([, on]) => on > 0 && on < cycles)).toBe(true);
  }, 120_000);

  it("laconic_c16: every bank is a gated clock of the netlist, on in the same cycles (opt_dff's narrowed enables included)", async () => {
    // Yosys folds the lane counters' holding D muxes into their enables (7 ICGs): the reading does too.
    const { gate, est } = await onCycles('laconic_c16.tpe');
    expect(byBits(est)).toEqual(byBits(gate));
  }, 120_000);

  it("bitslice_c16_opt3: its banks (a late input's dload included) are on in the netlist's gated clocks' cycles", async () => {
    const { gate, est, cycles } = await onCycles('bitslice_c16_opt3.tpe');
    const on = (x: number[][]) => x.map(([, o]) => o).sort((p, q) => p - q);
    expect(on(est)).toEqual(on(gate));
    expect(est.some(([, o]) => o > 0 && o < cycles)).toBe(true);
    // Bits agree too: the two PEs load the same broadcast A digits under one dload (pe0_0's a late
    // input, pe1_0 reading the same net), one bank of 64 flip-flops in the reading as in the netlist
    // (before 2026-12-03 the reading kept the 64 copies Yosys merges: 128 bits against 64).
    expect(byBits(est)).toEqual(byBits(gate));
  }, 120_000);
});
