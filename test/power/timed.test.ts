// The timed (glitch-aware) activity mode: a glitch known by hand (an XOR of a signal and its copy
// delayed through three buffers: zero-delay it never moves, timed it pulses twice per input
// change when the pulse outlasts the XOR's delay and not at all when inertial filtering swallows
// it), OpenSTA's SDF parsed and bound, the end-of-cycle values equal to the zero-delay
// simulation's, Icarus Verilog agreeing net by net on the hand netlist and on the mapped 2x2
// array, and `tpe power --activity timed`.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main.js';
import { printDesign } from '../../dsl/index.js';
import { presetDesign } from '../../ir/index.js';
import {
  bindDelays,
  buildNetlist,
  gatePower,
  netlistDelays,
  parseSdf,
  priceEvents,
  netTiming,
  readLibertyModel,
  runTestbench,
  staSdf,
  TimedSim,
  type LibertyModel,
  type Netlist,
  type PulseMode,
  type TimedDelays,
} from '../../power/index.js';
import { icarusStatus, runIcarus } from '../../power/icarus.js';
import { buildRtlModel, emitDesign } from '../../rtl/index.js';
import { generateMatrix, parseDist } from '../../simulator/index.js';
import { sharedLibertyPath, staStatus, synthesize, type MappedNetlist } from '../../synth/index.js';

const CI = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
const HAVE_STA = staStatus().ok;
const HAVE_IVERILOG = icarusStatus().ok;
if (CI && (!HAVE_STA || !HAVE_IVERILOG)) throw new Error('OpenSTA (sta) and Icarus Verilog (iverilog) are required in CI');
const LIB = { name: 'sg13g2_stdcell_typ_1p20V_25C.lib', text: readFileSync(sharedLibertyPath()!, 'utf8') };
const CELLS = dirname(sharedLibertyPath()!);
let model: LibertyModel;

// a -> buf -> buf -> buf -> d; x = a ^ d; a flip-flop samples x (x is 0 whenever it settles).
const HAND = JSON.stringify({
  modules: {
    glitch: {
      ports: { clk: { direction: 'input', bits: [2] }, a: { direction: 'input', bits: [3] }, q: { direction: 'output', bits: [8] } },
      cells: {
        b1: { type: 'sg13g2_buf_1', connections: { A: [3], X: [4] } },
        b2: { type: 'sg13g2_buf_1', connections: { A: [4], X: [5] } },
        b3: { type: 'sg13g2_buf_1', connections: { A: [5], X: [6] } },
        x: { type: 'sg13g2_xor2_1', connections: { A: [3], B: [6], X: [7] } },
        f: { type: 'sg13g2_dfrbpq_1', connections: { CLK: [2], D: [7], RESET_B: ['1'], Q: [8] } },
      },
    },
  },
});

beforeAll(() => {
  model = readLibertyModel(LIB.text, LIB.name).value!;
});

function hand(): Netlist {
  const nl = buildNetlist(HAND, 'glitch', model, LIB.name);
  expect(nl.diagnostics).toEqual([]);
  return nl.value!;
}

/** Delays by hand: every buffer `buf` ps, the XOR `xor` ps, the flip-flop 100 ps. */
function handDelays(nl: Netlist, buf: number, xor: number): TimedDelays {
  return {
    unit: nl.units.map((u) => {
      const d = nl.instances[u.inst].cell.name === 'sg13g2_xor2_1' ? xor : buf;
      return u.ins.map(() => [{ mask: 0, want: 0, rise: d, fall: d }]);
    }),
    flop: nl.flops.map((f) => f.outs.map(() => ({ rise: 100, fall: 100 }))),
    maxPs: Math.max(buf, xor, 100),
    source: 'by hand',
  };
}

/** Toggles `a` every cycle for `n` cycles; returns the simulator. */
function drive(nl: Netlist, dl: TimedDelays, pulse: PulseMode, n: number, o: { inputDelayPs?: number; record?: boolean } = {}): TimedSim {
  const sim = new TimedSim(nl, dl, {
    pulse,
    trace: true,
    ...(o.inputDelayPs !== undefined ? { inputDelayPs: o.inputDelayPs } : {}),
    ...(o.record ? { recordInputs: true } : {}),
  });
  const a = nl.inputs.get('a')![0];
  sim.counting = false;
  sim.initState();
  for (let i = 0; i < 2; i++) {
    sim.fallingEdge();
    sim.settle();
    sim.risingEdge();
  }
  sim.counting = true;
  for (let c = 0; c < n; c++) {
    sim.fallingEdge();
    sim.setNet(a, (c + 1) % 2);
    sim.settle();
    sim.risingEdge();
  }
  return sim;
}

/** Icarus on the same netlist, SDF and recorded input vectors (inputs 1 ps after the edge), checked clean. */
async function icarusOf(nl: Netlist, verilog: string, sdf: Parameters<typeof runIcarus>[0]['sdf'], sim: TimedSim, periodNs: number) {
  const ic = await runIcarus({
    nl,
    verilog,
    sdf,
    cellDir: CELLS,
    vectors: sim.vectors,
    inputNets: sim.inputNets,
    skipEdges: sim.skippedEdges,
    periodNs,
    inputDelayPs: 1,
  });
  expect(ic.diagnostics).toEqual([]);
  expect(ic.value!.unknowns).toBe(0);
  return ic;
}

const net = (nl: Netlist, port: string) => nl.outputs.get(port)?.[0] ?? nl.inputs.get(port)![0];
const xNet = (nl: Netlist) => nl.instances.findIndex((i) => i.cell.name === 'sg13g2_xor2_1');

describe('a glitch known by hand', () => {
  it('zero-delay: the XOR never moves; timed: two transitions per input change, each priced', () => {
    const nl = hand();
    const x = nl.instances[xNet(nl)].pins.get('X')!;
    const sim = drive(nl, handDelays(nl, 50, 40), 'inertial', 10);
    // a changes in each of the 10 counted cycles.
    expect(sim.zeroDelayCounts().toggles[x]).toBe(0);
    expect(sim.counts().toggles[x]).toBe(2 * 10);
    // The pulse: up 40 ps after a, down 40 ps after the delayed copy (150 ps later).
    const ev = sim.trace!.filter((e) => e.net === x && e.cycle === 2);
    expect(ev.map((e) => [e.t, e.val])).toEqual([
      [40, 1],
      [190, 0],
    ]);
    expect(sim.counts().unattributed).toBe(0);
    // No net ends a cycle changed except the input's own buffer chain (3 nets, 10 cycles).
    expect(sim.stats().functional).toBe(3 * 10);
    const t = netTiming(nl);
    const timed = priceEvents(nl, t, model, sim.counts(), 5);
    const zero = priceEvents(nl, t, model, sim.zeroDelayCounts(), 5);
    // The glitch costs the XOR's internal energy and its net's switching: logic energy goes up, and
    // the flip-flop's D pin sees it too.
    expect(timed.energy.combinational).toBeGreaterThan(zero.energy.combinational);
    expect(timed.energy.switching).toBeGreaterThan(zero.energy.switching);
    expect(timed.energy.sequential).toBeGreaterThan(zero.energy.sequential);
  });

  it('inertial: a pulse shorter than the XOR delay is swallowed; transport keeps it', () => {
    const nl = hand();
    const x = nl.instances[xNet(nl)].pins.get('X')!;
    const dl = handDelays(nl, 50, 200); // pulse 150 ps < 200 ps
    const inertial = drive(nl, dl, 'inertial', 10);
    expect(inertial.counts().toggles[x]).toBe(0);
    expect(inertial.stats().cancelled).toBe(10);
    const transport = drive(nl, dl, 'transport', 10);
    expect(transport.counts().toggles[x]).toBe(2 * 10);
    // At exactly the delay the pulse passes (the delayed copy arrives as the XOR's edge lands).
    expect(drive(nl, handDelays(nl, 50, 150), 'inertial', 10).counts().toggles[x]).toBe(2 * 10);
    expect(drive(nl, handDelays(nl, 50, 151), 'inertial', 10).counts().toggles[x]).toBe(0);
  });

  it('the flip-flop samples the settled XOR (0) every cycle in every mode', () => {
    const nl = hand();
    const q = net(nl, 'q');
    for (const p of ['inertial', 'transport', 'latest'] as const) {
      const sim = drive(nl, handDelays(nl, 50, 40), p, 10);
      expect(sim.counts().toggles[q]).toBe(0);
      expect(sim.v[q]).toBe(0);
    }
  });
});

describe('SDF', () => {
  const SDF = `(DELAYFILE (SDFVERSION "3.0") (DESIGN "t") (TIMESCALE 1ps)
 (CELL (CELLTYPE "t") (INSTANCE) (DELAY (ABSOLUTE (INTERCONNECT a i0/A (0.0::0.0) (0.0::0.0)))))
 (CELL (CELLTYPE "sg13g2_xnor2_1") (INSTANCE i0) (DELAY (ABSOLUTE
   (COND (B == 1'b0) (IOPATH A Y (10::12) (20::22)))
   (COND B == 1'b1 (IOPATH A Y (30::32) (40::42)))
   (IOPATH A Y (5::6) (7::8))
   (IOPATH (posedge CLK) Q () (9:9:9))
 ))))`;
  it('reads COND with and without parentheses, max of min::max, () as no delay', () => {
    const s = parseSdf(SDF);
    expect(s.diagnostics).toEqual([]);
    const p = s.value!.iopaths.get('i0')!;
    expect(p).toEqual([
      { from: 'A', to: 'Y', cond: [{ pin: 'B', val: 0 }], rise: 12, fall: 22 },
      { from: 'A', to: 'Y', cond: [{ pin: 'B', val: 1 }], rise: 32, fall: 42 },
      { from: 'A', to: 'Y', rise: 6, fall: 8 },
      { from: 'CLK', edge: 'posedge', to: 'Q', fall: 9 },
    ]);
    expect(s.value!.interconnects).toHaveLength(1);
  });
  it('bad SDF is a coded diagnostic', () => {
    expect(parseSdf('(DELAYFILE (CELL').diagnostics[0].code).toBe('E0955');
    expect(parseSdf('(DELAYFILE (CELL (INSTANCE x) (DELAY (INCREMENT (IOPATH A Y (1) (1))))))').diagnostics[0].code).toBe('E0955');
    const nl = hand();
    const ic = parseSdf('(DELAYFILE (TIMESCALE 1ns) (CELL (INSTANCE) (DELAY (ABSOLUTE (INTERCONNECT a i0/A (0.01) (0.01))))))').value!;
    expect(bindDelays(nl, ic, 'x').diagnostics[0].code).toBe('E0956');
    // No delays at all for the netlist's arcs.
    expect(bindDelays(nl, parseSdf('(DELAYFILE)').value!, 'x').diagnostics[0].code).toBe('E0956');
  });
});

describe.skipIf(!HAVE_STA)('with OpenSTA delays (skipped only where sta is not installed; CI requires it)', () => {
  it("the hand netlist's glitch follows OpenSTA's delays: it passes exactly when the delayed copy lags by at least the XOR's delay", async () => {
    const nl = hand();
    const d = await netlistDelays(nl, LIB, 5);
    expect(d.diagnostics).toEqual([]);
    const dl = d.value!;
    const x = nl.instances[xNet(nl)].pins.get('X')!;
    const xu = nl.units.findIndex((u) => u.out === x);
    const bufs = nl.units.filter((u) => nl.instances[u.inst].cell.name === 'sg13g2_buf_1').map((u) => nl.units.indexOf(u));
    expect(bufs).toHaveLength(3);
    // a rises: the copy rises after the three rise delays; the XOR rises through A (B = 0 then).
    const lag = bufs.reduce((s, u) => s + dl.unit[u][0][0].rise, 0);
    for (const k of [0, 1]) expect(dl.unit[xu][k].length).toBeGreaterThan(0);
    const sim = drive(nl, dl, 'inertial', 3);
    const up = sim.trace!.filter((e) => e.net === x && e.cycle === 2);
    const pick = (k: number, idx: number) => dl.unit[xu][k].find((a) => (idx & a.mask) === a.want)!;
    const aPin = nl.units[xu].ins.indexOf(nl.inputs.get('a')![0]);
    const rise = pick(aPin, 1 << aPin).rise; // A = 1, B = 0
    if (lag >= rise) expect(up.map((e) => e.val)).toEqual([1, 0]);
    else expect(up).toEqual([]);
    expect(up[0]?.t ?? rise).toBe(rise);
  });

  it.skipIf(!HAVE_IVERILOG)('Icarus Verilog agrees on the hand netlist, transition by transition', async () => {
    const nl = hand();
    const s = await staSdf(nl, LIB, 5);
    expect(s.diagnostics).toEqual([]);
    const sdf = parseSdf(s.value!.sdf).value!;
    const dl = bindDelays(nl, sdf, 'sta', { ignoreCond: true }).value!;
    const sim = drive(nl, dl, 'latest', 12, { inputDelayPs: 1, record: true });
    const ic = await icarusOf(nl, s.value!.verilog, sdf, sim, 5);
    const mine = sim.counts().toggles;
    for (let n = 2; n < nl.nets; n++)
      if (nl.driver[n] >= 0) expect([nl.netName[n], ic.value!.toggles[n]]).toEqual([nl.netName[n], mine[n]]);
    const x = nl.instances[xNet(nl)].pins.get('X')!;
    expect(mine[x]).toBeGreaterThan(0);
  });
});

describe.skipIf(!HAVE_STA)('the mapped 2x2 output-stationary array, timed (skipped only where sta is not installed)', () => {
  const des = presetDesign('systolic-os', 'baseline', { rows: 2, cols: 2, technology: 'ihp-sg13g2' });
  let netl: MappedNetlist;
  let top: string;
  let nl: Netlist;
  const dist = parseDist('normal:0,20').value!;
  const a = generateMatrix(4, 8, des.types.A, dist, 1);
  const b = generateMatrix(8, 4, des.types.B, dist, 2);
  beforeAll(async () => {
    const e = emitDesign(des).value!;
    top = e.top;
    const s = await synthesize(e.files, top, { liberty: LIB, netlist: true });
    expect(s.diagnostics).toEqual([]);
    netl = s.value!.netlist!;
    nl = buildNetlist(netl.json, top, model, LIB.name).value!;
  });

  it('computes the exact GEMM, ends every cycle on the zero-delay values, prices more logic energy than zero-delay', async () => {
    const dl = (await netlistDelays(nl, LIB, 5)).value!;
    const base = {
      netlistJson: netl.json,
      top,
      lib: model,
      libName: LIB.name,
      tb: buildRtlModel(des).value!.tb,
      a,
      b,
      acc: des.types.acc,
      clockNs: 5,
      macs: 4 * 4 * 8,
    };
    const zero = gatePower(base);
    const timed = gatePower({ ...base, timed: { delays: dl } });
    expect(timed.diagnostics).toEqual([]);
    const g = timed.value!;
    const t = g.timed!;
    // The same run's zero-delay figures are the toggle mode's, to the joule.
    expect(t.zeroDelay.energyJ).toEqual(zero.value!.energyJ);
    expect(g.unattributed).toBe(0);
    expect(g.uncovered).toBe(0);
    expect(t.toggles.timed).toBeGreaterThan(t.toggles.zeroDelay);
    expect(g.energyJ.combinational).toBeGreaterThan(t.zeroDelay.energyJ.combinational);
    expect(t.cancelledPulses).toBeGreaterThan(0);
    // Every end-of-cycle change is a transition of both modes; glitches come on top.
    expect(t.toggles.functional).toBeGreaterThan(0);
    expect(t.toggles.timed).toBeGreaterThan(t.toggles.functional);
    expect(t.toggles.zeroDelay).toBeGreaterThanOrEqual(t.toggles.functional);
    // Deterministic.
    expect(gatePower({ ...base, timed: { delays: dl } }).value!.energyJ).toEqual(g.energyJ);
  });

  it.skipIf(!HAVE_IVERILOG)('Icarus Verilog (its module-path rule, unconditional IOPATHs) agrees on every net', async () => {
    const s = await staSdf(nl, LIB, 10);
    const sdf = parseSdf(s.value!.sdf).value!;
    const dl = bindDelays(nl, sdf, 'sta', { ignoreCond: true }).value!;
    const sim = new TimedSim(nl, dl, { pulse: 'latest', inputDelayPs: 1, recordInputs: true });
    runTestbench(sim, buildRtlModel(des).value!.tb, a, b);
    const ic = await icarusOf(nl, s.value!.verilog, sdf, sim, 10);
    const mine = sim.counts().toggles;
    let total = 0,
      bad = 0;
    for (let n = 2; n < nl.nets; n++) {
      if (nl.driver[n] < 0) continue;
      total += mine[n];
      if (mine[n] !== ic.value!.toggles[n]) bad++;
    }
    expect(bad).toBe(0);
    expect(total).toBeGreaterThan(sim.zeroDelayCounts().toggles.reduce((x, y) => x + y, 0) * 0.5);
  });
});

describe.skipIf(!HAVE_STA)('tpe power --activity timed (skipped only where sta is not installed)', () => {
  let dir: string;
  const run = async (args: string[]) => {
    let out = '',
      err = '';
    const code = await main(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), cwd: dir, isTTY: false });
    return { code, out, err };
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tpe-timed-'));
    writeFileSync(
      join(dir, 'os2.tpe'),
      printDesign(presetDesign('systolic-os', 'baseline', { rows: 2, cols: 2, technology: 'ihp-sg13g2', name: 'os2' })),
    );
  });
  it('prints the timed figures with the zero-delay ones of the same run, the same bytes twice', async () => {
    const r = await run(['power', 'os2.tpe', '--gemm', '4x4x8', '--clock', '8', '--activity', 'timed', '--json']);
    expect(r.err).not.toMatch(/error|warning/);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.activity).toBe('timed');
    expect(j.timed.pulse).toBe('inertial');
    expect(j.timed.toggles.timed).toBeGreaterThan(j.timed.toggles.zeroDelay);
    expect(j.energyPerMacPj).toBeGreaterThan(j.timed.zeroDelay.energyPerMacPj);
    expect(j.energyPj.combinational).toBeGreaterThan(j.timed.zeroDelay.energyPj.combinational);
    const z = await run(['power', 'os2.tpe', '--gemm', '4x4x8', '--clock', '8', '--json']);
    expect(JSON.parse(z.out).energyPerMacPj).toBe(j.timed.zeroDelay.energyPerMacPj);
    const again = await run(['power', 'os2.tpe', '--gemm', '4x4x8', '--clock', '8', '--activity', 'timed', '--json']);
    expect(again.out).toBe(r.out);
  });
  it('an unknown mode is a usage error', async () => {
    const r = await run(['power', 'os2.tpe', '--gemm', '4x4x8', '--activity', 'glitchy']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--activity expects toggles, timed or propagated/);
  });
});
