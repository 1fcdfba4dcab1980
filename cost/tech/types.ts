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
  corrections: { area: number; sequentialArea?: number; delay: number; fanoutDelay?: number; note: string };
  components: Record<ComponentId, TechComponent>;
}
