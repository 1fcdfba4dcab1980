// The estimate under automatic clock gating, as the synthesis flow builds it (synth/synthesize.ts:
// Yosys `clockgate -min_net_size 3` before dfflibmap). Structural, the same for every design: the
// RTL reading groups the kept flip-flops by their enable signal (rtl-reading.ts EnableBank); a
// bank of >= 3 bits is clocked through one integrated clock-gating cell (ICG) and its enable
// selects are gone. Clock energy of a gated bank: its bits x the cycles its enable is on x a
// flip-flop's clock energy, plus the ICG's clock pin every cycle and its gated-clock output
// (a rise and a fall) on every enabled cycle; ungated bits are clocked every cycle as before.
// The cycles a bank's enable is on come from simulating its enable's cone (enable-duty.ts).
import type { DesignReading } from './inventory/rtl-reading.js';
import type { TechTable } from './tech/types.js';
import type { GatedClockModel, Workload } from './estimate.js';
import { enableDuties, type BankDuty } from './inventory/enable-duty.js';

export interface ClockGatingFigures {
  /** The cell placed per gated bank. */
  cell: string;
  gates: number;
  gatedBits: number;
  ungatedBits: number;
  /**
   * Gated banks by the blocks their registers belong to, with the enable duty used (bit-weighted
   * over the group's banks); dutyKnown: every bank's duty was simulated (otherwise the unknown
   * ones count as 1).
   */
  banks: { blocks: string; banks: number; bits: number; duty: number; dutyKnown: boolean }[];
}

export interface GatedClock {
  gates: number;
  model: GatedClockModel;
  figures: () => ClockGatingFigures;
  notes: string[];
}

export function gatedClock(rd: DesignReading, t: TechTable, w?: Pick<Workload, 'gemm' | 'operands' | 'cycles'>): GatedClock {
  const icg = t.clockGate!;
  const clk = t.register.clockEnergyPerCycle;
  const gated = rd.gating.banks.filter((b) => b.gated);
  const gatedBits = gated.reduce((s, b) => s + b.bits, 0);
  const ungatedBits = rd.totals.flops - gatedBits;
  // Each bank's enable duty over the workload's GEMM and operands (enable-duty.ts); unknown: 1, the upper bound.
  const found: BankDuty[] =
    gated.length && w?.gemm
      ? enableDuties(rd, gated, w.gemm, { cycles: w.cycles, ...(w.operands ? { operands: w.operands } : {}) }).duties
      : gated.map(() => ({ why: 'no workload GEMM to simulate the enables over' }));
  const duty = found.map((d) => d.duty ?? 1);
  const model: GatedClockModel = {
    clock: (w) =>
      w.cycles *
      (ungatedBits * clk +
        gated.reduce((s, b, i) => s + b.bits * duty[i] * clk + icg.clockEnergyPerCycle + 2 * duty[i] * icg.energyPerToggle, 0)),
    items: rd.gating.items,
    gateLeakage: gated.length * icg.leakage,
  };
  const figures = (): ClockGatingFigures => {
    const by = new Map<string, ClockGatingFigures['banks'][number] & { onBits: number }>();
    gated.forEach((b, i) => {
      const k = b.blocks.join(', ');
      const e = by.get(k) ?? { blocks: k, banks: 0, bits: 0, duty: 0, dutyKnown: true, onBits: 0 };
      e.banks++;
      e.bits += b.bits;
      e.onBits += b.bits * duty[i];
      e.dutyKnown &&= found[i].duty !== undefined;
      by.set(k, e);
    });
    // A group's duty: its banks' duties weighted by their bits.
    const banks = [...by.values()]
      .map(({ onBits, ...e }) => ({ ...e, duty: Math.round((onBits / e.bits) * 1e4) / 1e4 }))
      .sort((a, b) => b.bits - a.bits || a.blocks.localeCompare(b.blocks));
    return { cell: icg.cell, gates: gated.length, gatedBits, ungatedBits, banks };
  };
  const notes = [
    `clock gating: ${gated.length} ${icg.cell} clock gates over ${gatedBits} of ${rd.totals.flops} flip-flops (banks of >= 3 sharing an enable; their enable selects removed)`,
  ];
  const known = found.filter((d) => d.duty !== undefined).length;
  if (known) {
    const on = gated.reduce((s, b, i) => s + (found[i].duty !== undefined ? b.bits * duty[i] : 0), 0);
    const bits = gated.reduce((s, b, i) => s + (found[i].duty !== undefined ? b.bits : 0), 0);
    notes.push(
      `clock gating: enable duty of ${known} of ${gated.length} gated banks simulated over the workload's GEMM (their enables' cones, driven by the RTL testbench's stimulus): ${Math.round((on / bits) * 1000) / 10}% of cycles on, bit-weighted`,
    );
  }
  const unknown = new Map<string, string[]>();
  gated.forEach((b, i) => {
    const why = found[i].why;
    if (why) unknown.set(why, [...(unknown.get(why) ?? []), b.enable]);
  });
  for (const [why, ens] of unknown)
    notes.push(
      `clock gating: ${ens.length} gated bank(s) taken as on every cycle (duty 1, an upper bound): ${why} (${ens.slice(0, 3).join('; ')}${ens.length > 3 ? '; ...' : ''})`,
    );
  return { gates: gated.length, model, figures, notes };
}
