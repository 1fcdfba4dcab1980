// A technology table: the data half of the cost model (tech/schema.json is its contract).
import type { ComponentId } from './recipes.js';

export interface TechComponent {
  what?: string;
  cells?: Record<string, number>;
  area: number;
  delay: number;
  energyPerToggle: number;
  leakage: number;
}

export interface TechTable {
  $schema?: string;
  name: string;
  description: string;
  source: string;
  units: { area: string; delay: string; energy: string; leakage: string };
  operatingPoint?: { slewNs: number; loadPf: number; voltage: number };
  register: { clkToQ: number; setup: number; clockEnergyPerCycle: number };
  fanout: { delayPerLoad: number; freeLoads: number };
  corrections: {
    area: number;
    sequentialArea?: number;
    delay: number;
    fanoutDelay?: number;
    /** Fan-outs above `aboveLoads`: `invPerLevel` inverter delays per fourfold load beyond it (cost/estimate.ts bufferedFanout). */
    fanoutBuffered?: { aboveLoads: number; invPerLevel: number };
    /** The estimate at a clock (cost/at-clock.ts). */
    atClock?: {
      adderArea: number;
      criticalAdderArea?: number;
      prefixSpeedup: number;
      rippleDelay: number;
      sizing?: number;
      criticalSizing?: number;
      rippleSizing?: number;
      margin?: number;
    };
    /** Energy, fitted to gate-level power (cost/estimate.ts power): product datapath, register data toggles, clock per register bit, operand fan-out, carry-propagate adders. */
    energy?: { logic: number; register: number; clock: number; operand: number; cpa: number };
    /** Glitch term of the timed (glitch-aware) energy (cost/glitch.ts), fitted on timed gate-level power. */
    glitch?: { perDelay: number; onset: number };
    note: string;
  };
  /** A normalized table's unit cell in absolute terms, so time-dependent figures (leakage) can be priced at a real clock. */
  reference?: { nand2: { delayPs: number; energyFj: number; leakageNw: number } };
  components: Record<ComponentId, TechComponent>;
  /**
   * The library's integrated clock-gating cell (the estimate's `clockGating`): area, leakage, its
   * clock pin's energy per cycle, and the energy of one gated-clock output toggle.
   */
  clockGate?: { cell: string; area: number; leakage: number; clockEnergyPerCycle: number; energyPerToggle: number };
}
