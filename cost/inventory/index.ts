// The component inventory of a design: every component is read from the RTL model `tpe emit`
// builds (rtl-reading.ts, the same for every architecture); the entry of its architecture
// (cost/architectures.ts) adds the register-to-register timing paths.
import { arrayShape, lanesPerPe, type Design } from '../../ir/index.js';
import { COST_ARCHITECTURES } from '../architectures.js';
import { operands } from '../blocks.js';
import type { Inventory } from '../types.js';
import type { Ctx } from './context.js';
import { designReading } from './rtl-reading.js';

/** The inventory of a design the RTL templates cover (estimate() checks that first). */
export function inventory(des: Design): Inventory {
  const rtl = designReading(des);
  if (!rtl.value) throw new Error(`inventory: ${rtl.diagnostics.map((x) => x.message).join('; ')}`);
  const s = arrayShape(des);
  const lanes = lanesPerPe(des);
  const c: Ctx = { des, o: operands(des), R: s.rows, C: s.cols, Kp: lanes, pes: s.rows * s.cols, stages: [], notes: [], rtl: rtl.value };
  COST_ARCHITECTURES[des.architecture].stages(c);
  return {
    design: des.name,
    pes: c.pes,
    macsPerCycle: c.pes * lanes,
    items: rtl.value.items.map((i) => ({ ...i })),
    stages: c.stages,
    notes: c.notes,
  };
}
