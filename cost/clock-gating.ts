// The estimate under automatic clock gating, as the synthesis flow builds it (synth/synthesize.ts:
// Yosys `clockgate -min_net_size 3` before dfflibmap). Structural, the same for every design: the
// RTL reading groups the kept flip-flops by their enable signal (rtl-reading.ts EnableBank); a
// bank of >= 3 bits is clocked through one integrated clock-gating cell (ICG) and its enable
// selects are gone. Clock energy of a gated bank: its bits x the cycles its enable is on x a
// flip-flop's clock energy, plus the ICG's clock pin every cycle and its gated-clock output
// (a rise and a fall) on every enabled cycle; ungated bits are clocked every cycle as before.
import type { DesignReading } from './inventory/rtl-reading.js';
import type { TechTable } from './tech/types.js';
import type { GatedClockModel } from './estimate.js';

export interface ClockGatingFigures {
  /** The cell placed per gated bank. */
  cell: string;
  gates: number;
  gatedBits: number;
  ungatedBits: number;
  /** Gated banks by the blocks their registers belong to, with the enable duty used. */
  banks: { blocks: string; banks: number; bits: number; duty: number; dutyKnown: boolean }[];
}

export interface GatedClock {
  gates: number;
  model: GatedClockModel;
  figures: () => ClockGatingFigures;
  notes: string[];
}

/**
 * The fraction of cycles a bank's enable is on. No engine reports its enables' duty yet, so
 * every bank is taken as enabled every cycle (duty 1: the gated clock's upper bound, what a
 * design whose registers load every cycle sees) and the estimate's notes say so. A per-bank
 * duty from the engines replaces this constant.
 */
const DUTY = 1;

export function gatedClock(rd: DesignReading, t: TechTable): GatedClock {
  const icg = t.clockGate!;
  const clk = t.register.clockEnergyPerCycle;
  const gated = rd.gating.banks.filter((b) => b.gated);
  const gatedBits = gated.reduce((s, b) => s + b.bits, 0);
  const ungatedBits = rd.totals.flops - gatedBits;
  const model: GatedClockModel = {
    clock: (w) =>
      w.cycles *
      (ungatedBits * clk + gated.reduce((s, b) => s + b.bits * DUTY * clk + icg.clockEnergyPerCycle + 2 * DUTY * icg.energyPerToggle, 0)),
    items: rd.gating.items,
    gateLeakage: gated.length * icg.leakage,
  };
  const figures = (): ClockGatingFigures => {
    const by = new Map<string, ClockGatingFigures['banks'][number]>();
    for (const b of gated) {
      const k = b.blocks.join(', ');
      const e = by.get(k) ?? { blocks: k, banks: 0, bits: 0, duty: DUTY, dutyKnown: false };
      e.banks++;
      e.bits += b.bits;
      by.set(k, e);
    }
    const banks = [...by.values()].sort((a, b) => b.bits - a.bits || a.blocks.localeCompare(b.blocks));
    return { cell: icg.cell, gates: gated.length, gatedBits, ungatedBits, banks };
  };
  const notes = [
    `clock gating: ${gated.length} ${icg.cell} clock gates over ${gatedBits} of ${rd.totals.flops} flip-flops (banks of >= 3 sharing an enable; their enable selects removed)`,
  ];
  if (gated.length)
    notes.push(
      'clock gating: the enable duty of the gated banks is not known from the simulator; each is taken as on every cycle (duty 1, an upper bound on the gated clock energy)',
    );
  return { gates: gated.length, model, figures, notes };
}
