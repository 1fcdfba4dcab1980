// Diagnostics of the simulator: stable codes, one message table (tests assert codes). A design
// the simulator does not cover is one the IR's rules reject (ir/check.ts), with the IR's codes.
import type { Diagnostic, Span } from '../ir/index.js';

export const SIM_CODES = {
  S0101: 'shape mismatch',
  S0102: 'operand value out of the declared type range',
  S0103: 'accumulator overflow',
  S0105: 'accumulator too wide for exact simulation',
  S0106: 'bad GEMM shape',
  S0107: 'bad distribution',
  S0108: 'bad .npy file',
  S0109: 'missing digit statistics',
  S0110: 'K beyond the declared workload',
  S0111: 'bad seed',
} as const;
export type SimCode = keyof typeof SIM_CODES;

export function simError(code: SimCode, message: string, extra: { span?: Span; expected?: string; hint?: string } = {}): Diagnostic {
  return { code, severity: 'error', message, ...extra };
}
