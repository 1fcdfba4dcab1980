// The estimate under clock gating (cost/clock-gating.ts): the banks the reading finds are the
// flow's (>= 3 flip-flops sharing one enable), checked by hand on the 2x2 systolic OS of
// `tpe reproduce --synth --small`; gating removes exactly the gated bits' enable selects, adds one
// ICG per bank, prices the clock as the model says, and leaves every other term and the ungated
// estimate untouched.
import { describe, expect, it } from 'vitest';
import { estimate, loadTech } from '../../cost/index.js';
import { designReading } from '../../cost/inventory/rtl-reading.js';
import { enableDuties } from '../../cost/inventory/enable-duty.js';
import { loadPairDesign } from '../../pipeline/reproduce.js';
import { simulatedWorkload } from '../../pipeline/workload.js';
import { parseDist } from '../../simulator/index.js';
import { repoRoot } from '../../synth/index.js';

const ihp = loadTech('ihp-sg13g2').value!;
const dist = parseDist('normal:0,20').value!;
const sa = loadPairDesign(repoRoot(), 'sa_os_16x16.tpe', true).value!;
const tree = loadPairDesign(repoRoot(), 'adder_tree_k4.tpe', false).value!;
const shared = loadPairDesign(repoRoot(), 'sa_os_16x16_opt1_shared.tpe', true).value!;
const laconic = loadPairDesign(repoRoot(), 'laconic_c16.tpe', true).value!;
const opt3 = loadPairDesign(repoRoot(), 'bitslice_c16_opt3.tpe', true).value!;
const w = simulatedWorkload(sa, { M: 4, N: 4, K: 8 }, dist, 1).value!;

describe('estimate with clock gating', () => {
  it('finds the enable banks of a 2x2 systolic OS: the controller and one accumulator bank per anti-diagonal', () => {
    const g = designReading(sa).value!.gating;
    // Accumulators (32 bits per PE) load on the skewed valid: PE 0_0 alone, 0_1 and 1_0 together, 1_1 alone.
    const acc = g.banks.filter((b) => b.blocks.includes('accumulator')).map((b) => b.bits);
    expect(acc.sort((a, b) => a - b)).toEqual([32, 32, 64]);
    expect(g.banks.every((b) => b.gated)).toBe(true);
    expect(g.banks.reduce((s, b) => s + b.bits, 0)).toBe(194);
    expect(designReading(sa).value!.totals.flops).toBe(250);
  });

  it('a bank of fewer than 3 flip-flops keeps its enable selects; gated ones lose exactly theirs', () => {
    const rd = designReading(tree).value!;
    const small = rd.gating.banks.filter((b) => !b.gated);
    expect(small.map((b) => b.bits)).toEqual([2]);
    const gatedBits = rd.gating.banks.filter((b) => b.gated).reduce((s, b) => s + b.bits, 0);
    const sel = (items: typeof rd.items) =>
      items.filter((i) => i.component === 'mux2' && i.block.endsWith(' enable')).reduce((s, i) => s + i.perUnit * i.units, 0);
    expect(sel(rd.items) - sel(rd.gating.items)).toBe(gatedBits);
    expect(sel(rd.gating.items)).toBe(2);
  });

  it('area and clock energy are what the model says; every other figure is the ungated one', () => {
    const u = estimate(sa, { tech: ihp, workload: w }).value!;
    const g = estimate(sa, { tech: ihp, workload: w, clockGating: true }).value!;
    const c = ihp.corrections;
    const icg = ihp.clockGate!;
    const mux = ihp.components.mux2.area * c.area;
    expect(g.area.total).toBeCloseTo(u.area.total - 194 * mux + 4 * icg.area * (c.sequentialArea ?? 1), 1);
    expect(g.clockGating).toMatchObject({ cell: 'sg13g2_lgcp_1', gates: 4, gatedBits: 194, ungatedBits: 56 });
    // Each gated bank clocked on the cycles its enable is on (its simulated duty), plus each ICG's clock pin every cycle and its gated-clock rise and fall when on.
    const fc = c.energy?.clock ?? 1;
    const rd = designReading(sa).value!;
    const gated = rd.gating.banks.filter((b) => b.gated);
    const { duties } = enableDuties(rd, gated, w.gemm!);
    const on = gated.reduce((s, b, i) => s + b.bits * duties[i].duty!, 0);
    const onGates = duties.reduce((s, d) => s + d.duty!, 0);
    const clk =
      w.cycles * ((56 + on) * ihp.register.clockEnergyPerCycle + 4 * icg.clockEnergyPerCycle + 2 * onGates * icg.energyPerToggle) * fc;
    expect(g.power!.atFmax!.clock).toBeCloseTo(clk, 1);
    expect(g.power!.atFmax!.dynamic).toBe(u.power!.atFmax!.dynamic);
    expect(g.clockGating!.banks.every((b) => b.dutyKnown && b.duty < 1)).toBe(true);
    expect(g.notes.some((n) => /enable duty of 4 of 4 gated banks simulated/.test(n))).toBe(true);
    expect(g.timing).toEqual(u.timing);
  });

  it('the enable duty of each gated bank is the cycles the schedule loads it', () => {
    // On the 2x2 arrays every PE's accumulator loads once per MAC (K cycles a tile), the
    // controller's k_first on start and the K cycles of its run, a shared resolve stage once per
    // output pair (2 a tile): 4 tiles of K = 8 for a 4x4x8 GEMM.
    const count = (d: typeof sa, shape: { M: number; N: number; K: number }) => {
      const rd = designReading(d).value!;
      const gated = rd.gating.banks.filter((b) => b.gated);
      const r = enableDuties(rd, gated, shape);
      return { cycles: r.cycles, on: gated.map((b, i) => [b.enable, Math.round(r.duties[i].duty! * r.cycles)]) };
    };
    const a = count(sa, { M: 4, N: 4, K: 8 });
    expect(a.on).toEqual([
      ['k_first: start | run', 36],
      ['pe0_0/acc: vld', 32],
      ['pe0_1/acc: vld', 32],
      ['pe1_1/acc: vld', 32],
    ]);
    const b = count(shared, { M: 2, N: 2, K: 5 });
    expect(b.on).toEqual([
      ['k_first: start | run', 6],
      ['pe0_0/acc_s: vld', 5],
      ['pe0_1/acc_s: vld', 5],
      ['pe1_1/acc_s: vld', 5],
      ['u_resolve/l0_res: step2_q0', 2],
      ['u_resolve/l0_s: step2', 2],
    ]);
    // The cycles are the testbench's (rtl/sim/drive.ts): the gate level averages over the same.
    expect(b.cycles).toBe(11);
  });

  it("a zero-skip design: its enables follow the operands, simulated on the workload's own", () => {
    // Laconic's digit loads wait on the radix-4 Booth encoders' nonzero digits of the streamed A:
    // known from the workload's operands (the gate level's: A from the seed, B from seed + 1).
    const shape = { M: 4, N: 4, K: 8 };
    const wl = simulatedWorkload(laconic, shape, dist, 1).value!;
    const g = estimate(laconic, { tech: ihp, workload: wl, clockGating: true }).value!;
    expect(g.clockGating!.banks.every((b) => b.dutyKnown && b.duty > 0 && b.duty < 1)).toBe(true);
    expect(g.notes.some((n) => /enable duty of 7 of 7 gated banks simulated/.test(n))).toBe(true);
    const rd = designReading(laconic).value!;
    const gated = rd.gating.banks.filter((b) => b.gated);
    const withData = enableDuties(rd, gated, shape, { operands: wl.operands! });
    // Zero operands skip every digit: fewer cycles, and other duties (the schedule follows the data).
    const zero = (rows: number, cols: number) => ({ rows, cols, data: new Int32Array(rows * cols) });
    const zeros = enableDuties(rd, gated, shape, { operands: { a: zero(4, 8), b: zero(8, 4) } });
    expect(zeros.cycles).toBeLessThan(withData.cycles);
    expect(zeros.duties.map((d) => d.duty)).not.toEqual(withData.duties.map((d) => d.duty));
  });

  it("a register whose D mux holds it gets opt_dff's narrower enable: laconic_c16's lane counters are banks of their own", () => {
    // ci/cj hold (D selects the register) unless (start | k_end) or their step condition: Yosys
    // folds that into the enable (7 ICGs in the gated netlist, as here), done/sfirst keep start | run.
    const rd = designReading(laconic).value!;
    const gated = rd.gating.banks.filter((b) => b.gated);
    expect(gated.map((b) => [b.enable, b.bits])).toEqual([
      ['a0_l0_dq: dload', 84],
      ['ci0: start | run, held by its D mux', 4],
      ['ci1: start | run, held by its D mux', 4],
      ['cj0: start | run, held by its D mux', 4],
      ['cj1: start | run, held by its D mux', 4],
      ['k_first: start | (run & k_end)', 66],
      ['sfirst: start | run', 3],
    ]);
    // The flip-flops keep their RTL enable: the ungated inventory is unchanged (the enable selects of the 169 bits go).
    const sel = (items: typeof rd.items) =>
      items.filter((i) => i.component === 'mux2' && i.block.endsWith(' enable')).reduce((s, i) => s + i.perUnit * i.units, 0);
    expect(sel(rd.items) - sel(rd.gating.items)).toBe(169);
    // Each narrowed enable is on no more often than the RTL one, and less often in all.
    const shape = { M: 4, N: 4, K: 8 };
    const wl = simulatedWorkload(laconic, shape, dist, 1).value!;
    const r = enableDuties(rd, gated, shape, { operands: wl.operands! });
    const on = gated.map((b, i) => [b.enable, r.duties[i].duty!] as const);
    const sfirst = on.find(([e]) => e.startsWith('sfirst'))![1];
    for (const [e, d] of on) if (e.includes('held')) expect(d).toBeLessThan(sfirst);
  });

  it("a late input's fresh bits are driven by their connection: bitslice_c16_opt3's dload banks are known and one", () => {
    // pe0_0's dload (pre | run & all_done, the AND of the PEs' done flags) is read after the PE:
    // fresh bits, tied to the literal the connection computes; pe1_0 reads the same net's bits, so
    // the two PEs' digit registers (the same broadcast A digits) are one bank of 64 flip-flops, as
    // Yosys merges them (the netlist's 142 gated bits).
    const rd = designReading(opt3).value!;
    expect(rd.lateTies.size).toBeGreaterThan(0);
    const gated = rd.gating.banks.filter((b) => b.gated);
    expect(gated.filter((b) => b.enable.endsWith(': dload')).map((b) => b.bits)).toEqual([64]);
    expect(gated.reduce((s, b) => s + b.bits, 0)).toBe(142);
    expect(gated.length).toBe(6);
    const shape = { M: 4, N: 4, K: 16 };
    const wl = simulatedWorkload(opt3, shape, dist, 1).value!;
    const g = estimate(opt3, { tech: ihp, workload: wl, clockGating: true }).value!;
    expect(g.clockGating!.banks.every((b) => b.dutyKnown && b.duty > 0 && b.duty < 1)).toBe(true);
    expect(g.notes.some((n) => /enable duty of 6 of 6 gated banks simulated/.test(n))).toBe(true);
    // The digit registers load (dload = pre | run & all_done) once per step of the controller
    // (kcnt: start | run & all_done): as many cycles, the prefetch's pre standing for the start.
    const r = enableDuties(rd, gated, shape, { operands: wl.operands! });
    const on = (p: string) => Math.round(r.duties[gated.findIndex((b) => b.enable.startsWith(p))].duty! * r.cycles);
    expect(on('kcnt')).toBeGreaterThan(0);
    expect(on('pe0_0/l0_dq0: dload')).toBe(on('kcnt'));
  });

  it('without the operands a bank whose cone reads the operand buses keeps duty 1 and says why', () => {
    const wl = simulatedWorkload(laconic, { M: 4, N: 4, K: 8 }, dist, 1).value!;
    const { operands: _, ...bare } = wl;
    const g = estimate(laconic, { tech: ihp, workload: bare, clockGating: true }).value!;
    expect(g.clockGating!.banks.every((b) => !b.dutyKnown && b.duty === 1)).toBe(true);
    expect(g.notes.some((n) => /taken as on every cycle \(duty 1, an upper bound\): .*operand input \(no operands given\)/.test(n))).toBe(
      true,
    );
  });

  it('never changes an ungated estimate', () => {
    const a = estimate(sa, { tech: ihp, workload: w }).value!;
    const b = estimate(sa, { tech: ihp, workload: w, clockGating: false }).value!;
    expect(b).toEqual(a);
    expect(a.clockGating).toBeUndefined();
    expect(a.area.lines.some((l) => l.block === 'clock gates')).toBe(false);
  });

  it('a table without a clock-gating cell is an error, not an ungated figure', () => {
    const { clockGate: _, ...bare } = ihp;
    const r = estimate(sa, { tech: bare, clockGating: true });
    expect(r.value).toBeUndefined();
    expect(r.diagnostics[0]?.code).toBe('E1014');
  });
});
