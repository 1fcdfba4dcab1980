// What an engine needs to know about a design, derived once from the IR by the facade.
import type { Design, LoopVar } from '../../ir/index.js';
import type { DigitTable } from '../arith/encode.js';

export interface EngineSpec {
  readonly design: Design;
  /** Array rows / columns / depth (ir/derive.ts arrayShape) and the loops they index. */
  readonly R: number;
  readonly C: number;
  readonly depth: number;
  readonly rowVar: LoopVar;
  readonly colVar: LoopVar;
  /** Pipeline stages between operand entry and accumulation. */
  readonly P: number;
  /** Cycles of the final CPA after the results are valid (CYCLES.md `drain`). */
  readonly drainCycles: number;
  /** The k reduction / accumulator is kept in carry-save form (OPT1/OPT2, bit-slice). */
  readonly carrySave: boolean;
  /** Digit table of the encoded (j-loop) operand, and which operand that is. */
  readonly encTab: DigitTable;
  readonly encOperand: 'A' | 'B';
  /** Bit-slice baseline: digit table of the i-loop operand. */
  readonly encTab2?: DigitTable;
  /** Register masks of A and B (their widths) and the product width. */
  readonly maskA: number;
  readonly maskB: number;
  readonly bitsA: number;
  readonly bitsB: number;
  readonly prodBits: number;
  /** Zero-skip group size (OPT3/OPT4). */
  readonly group: number;
}
